package io.iprules.kit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Fail-fast checks for the named arguments of the policy modules' Java builders ({@code .patent(p -> p.number(…))}):
 * a {@code null}, blank or negative argument is a programming mistake, an {@link IllegalArgumentException} naming the
 * argument, thrown where it is given rather than at evaluation. (A request read from JSON is checked by the module's
 * validation instead, every problem with its path.) A value refused is told as the kit's problems tell it: what it
 * must be, then {@code but is} and the value ({@code count: must not be negative, but is -1}).
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class Arguments {
    private Arguments() {
    }

    /** {@code value}, refused when {@code null}. */
    public static <T> T required(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + ": must not be null");
        }
        return value;
    }

    /** {@code value}, refused when {@code null} or blank. */
    public static String text(String name, String value) {
        if (required(name, value).isBlank()) {
            throw new IllegalArgumentException(name + ": must not be blank");
        }
        return value;
    }

    /** {@code value}, refused when negative. */
    public static int nonNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + ": must not be negative, but is " + value);
        }
        return value;
    }

    /** {@code value}, refused when zero or negative. */
    public static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + ": must be positive, but is " + value);
        }
        return value;
    }

    /** An amount in yuan: refused when {@code null}, negative or finer than a fen (0.01). */
    public static BigDecimal yuan(String name, BigDecimal value) {
        if (required(name, value).signum() < 0) {
            throw new IllegalArgumentException(name + ": must not be negative, but is " + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(name + ": must be whole fen (at most 2 decimals), but is "
                    + value.toPlainString());
        }
        return value;
    }

    /**
     * Refuses an entry built without some of its required arguments, naming them all.
     *
     * @param entry what is built ("patent"), for the message
     * @param namesAndValues argument name, value, name, value…
     */
    public static void complete(String entry, Object... namesAndValues) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                missing.add((String) namesAndValues[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(entry + ": " + String.join(", ", missing) + " not given");
        }
    }
}
