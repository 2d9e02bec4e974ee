package io.iprules.kit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in yuan that may be undetermined: when a parameter the text leaves open is not set, the amount
 * names that parameter instead of inventing a figure. Arithmetic keeps the first missing parameter.
 *
 * <p>Determined amounts are exact, with two decimals (分); a product is rounded half-up to the fen, the
 * ordinary 四舍五入 of Chinese public finance.
 *
 * @param value      the yuan amount with scale 2, or {@code null}
 * @param waitingFor the missing parameter's name when {@code value} is {@code null}, else {@code null}
 * @param basis      the deployment's parameter that set a value the text leaves open, or {@code null} (the text's
 *                   own figure, or a value worked out from the request alone)
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record Amount(BigDecimal value, String waitingFor, io.iprules.AmountBasis basis) {

    /** Checks that exactly one of value and waitingFor is present, and normalises the scale. */
    public Amount {
        if ((value == null) == (waitingFor == null)) {
            throw new IllegalArgumentException("an amount is a value or the parameter it waits for, not both");
        }
        if (value == null && basis != null) {
            throw new IllegalArgumentException("an amount still awaited has no basis yet");
        }
        if (value != null) {
            if (value.signum() < 0) {
                throw new IllegalArgumentException("an amount is never negative: " + value);
            }
            value = value.setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** An amount without a basis of its own: a value, or the parameter it waits for. */
    public Amount(BigDecimal value, String waitingFor) {
        this(value, waitingFor, null);
    }

    /** A known amount in yuan. */
    public static Amount yuan(BigDecimal value) {
        return new Amount(Objects.requireNonNull(value, "value"), null);
    }

    /** This amount, set by {@code basis} (a deployment's value of an open parameter); itself when either is absent. */
    public Amount withBasis(io.iprules.AmountBasis basis) {
        return basis == null || value == null ? this : new Amount(value, null, basis);
    }

    /** A known amount in yuan, from a decimal string such as {@code "300000"}. */
    public static Amount yuan(String value) {
        return yuan(new BigDecimal(value));
    }

    /** An amount that waits for {@code parameter}. */
    public static Amount undetermined(String parameter) {
        return new Amount(null, Objects.requireNonNull(parameter, "parameter"));
    }

    /** Whether the value is known. */
    public boolean isDetermined() {
        return value != null;
    }

    /** This amount times a whole number, on the same basis. */
    public Amount times(int n) {
        return value == null ? this : yuan(value.multiply(BigDecimal.valueOf(n))).withBasis(basis);
    }

    /** This amount times a factor, rounded half-up to the fen, on the same basis. */
    public Amount times(BigDecimal factor) {
        return value == null ? this : yuan(value.multiply(factor)).withBasis(basis);
    }

    /**
     * A factor (e.g. a rate) that may itself be undetermined, applied to a known base amount; without a basis, so a
     * rate a deployment sets for an open parameter is better read through {@link Decision#share}, which names it.
     * A base of nothing is nothing whatever the rate: 0.00, not an amount awaiting a rate that cannot change it.
     */
    public static Amount share(BigDecimal base, BigDecimal rate, String rateParameter) {
        return base.signum() == 0 ? yuan(BigDecimal.ZERO)
                : rate == null ? undetermined(rateParameter) : yuan(base.multiply(rate));
    }

    /** The value, or {@code null}: for rules that compare amounts. */
    public BigDecimal getValue() {
        return value;
    }
}
