package io.iprules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** What a parameter's value is. */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public enum ParameterUnit {
    /** Yuan, a non-negative decimal. */
    YUAN,
    /** A share between 0 and 1 inclusive (0.5 is half). */
    RATIO,
    /** A non-negative decimal without a currency, e.g. patents per 10,000 people. */
    NUMBER,
    /** A non-negative whole number. */
    COUNT,
    /** A calendar date, {@code YYYY-MM-DD}. */
    DATE,
    /** Yes or no, for a target that is a fact rather than a figure (has a plan been issued?): 1 is yes, 0 is no. */
    YES_NO;

    /**
     * Parses a value written for this unit, checking its range.
     *
     * @return a {@link BigDecimal}, an {@link Integer} for a count, or a {@link LocalDate}
     * @throws IllegalArgumentException saying what the value must be
     */
    public Object parse(String text) {
        if (this == DATE) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be a date YYYY-MM-DD, not '" + text + "'");
            }
        }
        BigDecimal d;
        try {
            d = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a decimal number, not '" + text + "'");
        }
        // 1e999999999 would pass here and then fail every evaluation that uses it: the request's digit limit holds.
        long digits = Math.max((long) d.precision() - d.scale(), 0) + Math.max(d.scale(), 0);
        if (digits > io.iprules.json.JsonContract.MAX_NUMBER) {
            throw new IllegalArgumentException("has " + digits + " digits written out in full; at most "
                    + io.iprules.json.JsonContract.MAX_NUMBER + " are accepted");
        }
        if (d.signum() < 0) {
            throw new IllegalArgumentException("must not be negative, not " + text);
        }
        switch (this) {
            case YES_NO:
                if (d.compareTo(BigDecimal.ONE) != 0 && d.signum() != 0) {
                    throw new IllegalArgumentException("is yes (1) or no (0), not " + text);
                }
                return d;
            case RATIO:
                if (d.compareTo(BigDecimal.ONE) > 0) {
                    throw new IllegalArgumentException("is a share between 0 and 1 (0.5 is half), not " + text);
                }
                return d;
            case COUNT:
                if (d.stripTrailingZeros().scale() > 0) {
                    throw new IllegalArgumentException("must be a whole number, not " + text);
                }
                return d.intValueExact();
            case YUAN:
                if (d.stripTrailingZeros().scale() > 2) {
                    throw new IllegalArgumentException("is yuan with at most two decimals (分), not " + text);
                }
                return d;
            default:
                return d;
        }
    }
}

