package io.iprules.spi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount of money as a message argument: rendered with thousands separators and two decimals
 * ({@code 200,000.00}), the same in both languages.
 *
 * @param value the amount in yuan
 */
public record Yuan(BigDecimal value) {

    /** Formats {@code amount} as {@code 200,000.00}. */
    public static String format(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(amount);
    }

    @Override
    public String toString() {
        return format(value);
    }
}
