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
     * @throws InvalidValueException saying what the value must be, in English ({@code getMessage()}) and Chinese
     */
    public Object parse(String text) {
        if (this == DATE) {
            try {
                return io.iprules.internal.IsoDates.parse(text);
            } catch (DateTimeParseException e) {
                // in the request reader's words: 2013-02-30 has the form, but is no date
                throw invalid("必须是有效日期 YYYY-MM-DD,而不是“" + text + "”",
                        "must be a real date YYYY-MM-DD, not '" + text + "'");
            }
        }
        BigDecimal d;
        try {
            d = io.iprules.json.PlainDecimals.parse(text.trim());
        } catch (NumberFormatException e) {
            if (this == YES_NO) { // "yes", "是", "true": what a yes or no is written as, as "2" is told
                throw invalid("应为是(1)或否(0),而不是“" + text + "”", "is yes (1) or no (0), not '" + text + "'");
            }
            throw invalid("必须是十进制数,而不是“" + text + "”", "must be a decimal number, not '" + text + "'");
        }
        // 1e999999999 would pass here and then fail every evaluation that uses it: the request's digit limit holds.
        Text tooLong = io.iprules.json.StrictJsonFile.tooLong(d);
        if (tooLong != null) {
            throw new InvalidValueException(tooLong);
        }
        if (!io.iprules.json.PlainDecimals.matches(text)) { // 5e3, +5, " 5", １２: Java reads them, a request may not
            throw invalid("必须以数字写出(如 5000 或 0.5,不用指数、正号、空格或全角数字),而不是“" + text + "”",
                    "must be written in plain digits (such as 5000 or 0.5: no exponent, plus sign, space or "
                            + "full-width digit), not '" + text + "'");
        }
        if (d.signum() < 0) {
            throw invalid("不能为负数,现为 " + text, "must not be negative, but is " + text);
        }
        switch (this) {
            case YES_NO:
                if (d.compareTo(BigDecimal.ONE) != 0 && d.signum() != 0) {
                    throw invalid("应为是(1)或否(0),现为 " + text, "is yes (1) or no (0), not " + text);
                }
                return d;
            case RATIO:
                if (d.compareTo(BigDecimal.ONE) > 0) {
                    throw invalid("应为 0 到 1 之间的比例(0.5 为一半),现为 " + text,
                            "is a share between 0 and 1 (0.5 is half), not " + text);
                }
                return d;
            case COUNT:
                if (d.stripTrailingZeros().scale() > 0) {
                    throw invalid("必须是整数,而不是 " + text, "must be a whole number, not " + text);
                }
                if (d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                    throw invalid("最大为 " + Integer.MAX_VALUE + ",现为 " + text,
                            "must be at most " + Integer.MAX_VALUE + ", not " + text);
                }
                return d.intValueExact();
            case YUAN:
                if (d.stripTrailingZeros().scale() > 2) {
                    throw invalid("应为元,最多两位小数(分),现为 " + text,
                            "is yuan with at most two decimals (分), not " + text);
                }
                return d;
            default:
                return d;
        }
    }

    private static InvalidValueException invalid(String chinese, String english) {
        return new InvalidValueException(Text.bilingual(chinese, english));
    }

    /** A value unfit for its unit: what it must be, in Chinese and English ({@link #getMessage()} is the English). */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static final class InvalidValueException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient Text text;

        InvalidValueException(Text text) {
            super(text.in(Language.EN));
            this.text = text;
        }

        /** What the value must be, in both languages. */
        public Text text() {
            return text;
        }
    }
}
