package io.iprules;

import java.util.Objects;

/**
 * A named variant of a reading applied to this result: where the module supports more than one reading of a clause
 * and the deployment (or the request's facts) selected one, the result says which, so that a reader and a replay
 * know the decision rests on it.
 *
 * <p>The reports show it by its reading ({@link PolicyDescription#reading}), whose id is {@link #readingId()}.
 *
 * @param code     the variant's code, e.g. {@code TOP_UP}
 * @param citation the clause read
 * @param basis    the deployment's parameter value that switched it on (the parameter, the first day of the value in
 *                 force, the value and the source the deployment gave), as an amount names its basis; {@code null}
 *                 when no parameter did (the request's facts selected it). New in 0.2.0, experimental as its type is
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record Variant(String code, String citation, AmountBasis basis) {
    /** Checks the parts. */
    public Variant {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(citation, "citation");
    }

    /** A variant no parameter switched on ({@code basis} {@code null}). */
    public Variant(String code, String citation) {
        this(code, citation, null);
    }

    /**
     * The id of the reading that describes it: the code in lower case with hyphens ({@code TOP_UP}: {@code top-up}).
     */
    public String readingId() {
        return code.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
