package io.iprules.kit;

import io.iprules.ExclusionReason;
import io.iprules.Text;
import java.util.Objects;

/**
 * Why a {@link Candidate} is held back, and by which clause. Made by {@link Decision#exclusion}, which takes
 * the citation of the rule that is firing.
 *
 * @param reason   the reason code
 * @param citation the excluding clause
 * @param detail   the explanation
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record ExclusionNote(ExclusionReason reason, String citation, Text detail) {
    /** Checks the parts. */
    public ExclusionNote {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(detail, "detail");
    }
}
