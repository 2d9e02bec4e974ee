package io.iprules.json;

import java.math.BigDecimal;

/**
 * A number a request wrote with an exponent that leaves it a whole number with no fraction digits ({@code 3e0},
 * {@code 3.0e1}, {@code 0.3e1}), as the contract's reader hands it on where a request takes a value of any type (a
 * figure): equal to the {@link BigDecimal} it extends in value, scale and every operation, and only marking how it
 * was written. Read as a plain {@link BigDecimal} it would be {@code 3} at scale 0, the number a Java caller gives as
 * {@code new BigDecimal("3")}, which a count takes; written so, it is a decimal, which a count must not be (the
 * contract: a count is a whole JSON number, so {@code 3.0} and {@code 1e3} are refused, and so is {@code 3e0}). A
 * number written with an exponent that leaves it a scale ({@code 3.0}'s 1, {@code 1e3}'s -3) needs no mark. Not API:
 * public only so the policy kit can tell it.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.2.0")
public final class WholeWithExponent extends BigDecimal {
    private static final long serialVersionUID = 1L;

    /**
     * {@code value} marked as written with an exponent.
     *
     * @throws IllegalArgumentException when its scale is not 0: any other scale says by itself that it is a decimal
     */
    public WholeWithExponent(BigDecimal value) {
        super(value.unscaledValue(), value.scale());
        if (value.scale() != 0) {
            throw new IllegalArgumentException("not at scale 0: " + value);
        }
    }

    /**
     * The number in exponent form, as {@link BigDecimal#toString()} writes {@code 1e3} ({@code 1E+3}): {@code 3E+0} for
     * {@code 3e0}, {@code 30E+0} for {@code 3.0e1}; what a message quotes to show the exponent it was written with.
     */
    public String withExponent() {
        return unscaledValue() + "E+0";
    }
}
