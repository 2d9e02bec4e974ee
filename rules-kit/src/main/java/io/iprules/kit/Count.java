package io.iprules.kit;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;

/**
 * A count as a message argument (patents, people, working days, entries): rendered with thousands separators, the
 * same in both languages ({@code 4839} as {@code 4,839}, {@code 1000000} as {@code 1,000,000}), as the officer's text
 * groups every figure of 1,000 or more and as {@link Yuan} renders money. A year is no count: pass it as a plain
 * number, which renders as written ({@code 2015年}, never {@code 2,015年}).
 *
 * @param value the count
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record Count(BigInteger value) {
    /** Checks the value is given. */
    public Count {
        Objects.requireNonNull(value, "value");
    }

    /** A count that fits a {@code long}. */
    public Count(long value) {
        this(BigInteger.valueOf(value));
    }

    /** Formats {@code count} with thousands separators: {@code 4839} as {@code 4,839}; a minus sign when negative. */
    public static String format(BigInteger count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** Formats {@code count} with thousands separators: {@code 4839} as {@code 4,839}. */
    public static String format(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    @Override
    public String toString() {
        return format(value);
    }
}
