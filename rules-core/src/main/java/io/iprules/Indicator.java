package io.iprules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A target a policy sets for a whole city or county, and how far the actual figure reaches it.
 *
 * @param code       the indicator code of RULES.md, e.g. {@code AN_INVENTION_GRANTS_ANNUAL}
 * @param title      what is measured, in words
 * @param status     {@code MET}, {@code NOT_MET}, or {@code UNKNOWN} when the figure was not supplied
 * @param comparison how the actual value is compared with the required one
 * @param required   the required value, exact (for a ratio to a reference, the reference already multiplied in)
 * @param requiredText the requirement as a reader sees it, e.g. {@code >= 2 × 9.6 = 19.2}
 * @param actual     the actual value, or {@code null} when not supplied
 * @param progress   actual ÷ required to four decimals, or {@code null} when unknown or the requirement is zero
 * @param citation   the provision
 */
public record Indicator(String code, Text title, IndicatorStatus status, Comparison comparison,
                        BigDecimal required, String requiredText, BigDecimal actual, BigDecimal progress,
                        String citation) {
    /** Checks the required parts and that the status agrees with the actual value. */
    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(requiredText, "requiredText");
        Objects.requireNonNull(citation, "citation");
        if ((actual == null) != (status == IndicatorStatus.UNKNOWN)) {
            throw new IllegalArgumentException(code + ": status UNKNOWN exactly when no actual value is given");
        }
    }
}
