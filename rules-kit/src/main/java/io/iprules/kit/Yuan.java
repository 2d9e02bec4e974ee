package io.iprules.kit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money as a message argument: rendered with thousands separators and two decimals
 * ({@code 200,000.00}), the same in both languages.
 *
 * @param value the amount in yuan
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record Yuan(BigDecimal value) {

    /** Formats {@code amount} as {@code 200,000.00} (rounded half-up to the fen; a minus sign when negative). */
    public static String format(BigDecimal amount) {
        String plain = amount.setScale(2, RoundingMode.HALF_UP).abs().toPlainString();
        int point = plain.length() - 3;
        StringBuilder b = new StringBuilder(plain.length() + point / 3 + 1);
        if (amount.setScale(2, RoundingMode.HALF_UP).signum() < 0) {
            b.append('-');
        }
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) {
                b.append(',');
            }
            b.append(plain.charAt(i));
        }
        return b.append(plain, point, plain.length()).toString();
    }

    @Override
    public String toString() {
        return format(value);
    }
}
