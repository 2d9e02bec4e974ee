package io.iprules.spi;

import io.iprules.PolicyDescription;
import java.time.LocalDate;

/**
 * One evaluation handed to a {@link PolicyModule}, as an item of a chunk: the request, and what the engine prepared.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Evaluation {

    /** The policy, as described with this engine's parameter values. */
    PolicyDescription policy();

    /** The evaluation date. */
    LocalDate asOf();

    /** The request key that carried the subject, e.g. {@code applicant}: the root of every problem path. */
    String subjectKey();

    /** The subject, already known to be of the type {@link #subjectKey()} binds to. */
    Object subject();

    /** The policy's rule base. */
    RuleBase rules();
}
