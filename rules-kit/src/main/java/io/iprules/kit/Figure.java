package io.iprules.kit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The figure a request reports for one target, as a fact for the rules: one per target of the policy, with
 * {@code null} where the request supplies nothing (the indicator is then unknown, never met or failed).
 * Made by {@link Figures#read}, which has already checked it.
 *
 * @param code      the indicator code
 * @param actual    the actual value, or {@code null} when not supplied
 * @param reference the reference of a relative target (e.g. the province's average), or {@code null}
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record Figure(String code, BigDecimal actual, BigDecimal reference) {
    /** Checks the code is given. */
    public Figure {
        Objects.requireNonNull(code, "code");
    }
}
