package io.iprules.kit;

import java.math.BigDecimal;

/**
 * A share as a message argument: rendered as a percentage, exact, the same in both languages ({@code 0.3} as
 * {@code 30%}, {@code 0.125} as {@code 12.5%}), as an officer reads a rate; a parameter file writes it as a share.
 *
 * @param value the share, 0.3 for 30%
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record Percent(BigDecimal value) {

    /** Formats {@code share} as a percentage without trailing zeros: {@code 0.30} as {@code 30%}, exact. */
    public static String format(BigDecimal share) {
        BigDecimal percent = share.movePointRight(2).stripTrailingZeros();
        return (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString() + "%";
    }

    @Override
    public String toString() {
        return format(value);
    }
}
