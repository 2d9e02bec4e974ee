package io.iprules.kit;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A decimal figure as a message argument (a rate in per cent, holdings per 10,000 people, a gap between two such):
 * rendered with thousands separators and exactly the places it has, the same in both languages ({@code 1588.39} as
 * {@code 1,588.39}, {@code 76.79} as it is), as {@link Count} renders a count and {@link Yuan} money; a bare
 * {@code BigDecimal} renders as written, so that one detail read {@code 实际 1,588.39} beside {@code 每万人 1588.39}.
 *
 * @param value the figure
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record Decimal(BigDecimal value) {
    /** Checks the value is given. */
    public Decimal {
        Objects.requireNonNull(value, "value");
    }

    /** Formats {@code value} with thousands separators and its own places: {@code 1588.39} as {@code 1,588.39}. */
    public static String format(BigDecimal value) {
        return String.format(Locale.ROOT, "%,." + Math.max(value.scale(), 0) + "f", value);
    }

    @Override
    public String toString() {
        return format(value);
    }
}
