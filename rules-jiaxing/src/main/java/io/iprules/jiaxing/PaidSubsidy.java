package io.iprules.jiaxing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A subsidy already paid to the enterprise under this policy.
 *
 * @param code    the award code paid, e.g. {@code JX_CITY_PATENT_DEMO_ENTERPRISE}
 * @param date    the date it was paid
 * @param subject what it was for, as the award's {@code subjectId}: required for codes that cover several subjects
 *                (a patent, a brand, a loan-year…), ignored for the §6(5)2 recognitions, which are one matter per
 *                enterprise and programme. For {@code JX_SEI_ANNUITY}, the patent number covers the annual fees
 *                of that patent paid by {@code date}; {@code NUMBER/k} names the k-th fee alone.
 * @param amount  the yuan paid, optional; needed by the {@code TOP_UP} variant and by a cumulative maximum limit
 */
public record PaidSubsidy(String code, LocalDate date, String subject, BigDecimal amount) {

    /** A payment whose amount is not stated. */
    public PaidSubsidy(String code, LocalDate date, String subject) {
        this(code, date, subject, null);
    }

    /** A builder with named arguments, each checked as it is given (for {@code JiaxingEnterprise.Builder#paid}). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link PaidSubsidy} argument by argument: a {@code null} or blank argument, or an amount that is
     * negative or finer than a fen, is an {@link IllegalArgumentException} naming it; {@link #build()} requires the
     * code and the date.
     */
    public static final class Builder {
        private String code;
        private LocalDate date;
        private String subject;
        private BigDecimal amount;

        private Builder() {
        }

        /** The award code it was paid under ({@code JX_…}). */
        public Builder code(String value) {
            code = io.iprules.kit.Arguments.text("code", value);
            return this;
        }

        /** The day it was paid. */
        public Builder date(LocalDate value) {
            date = io.iprules.kit.Arguments.required("date", value);
            return this;
        }

        /** What it was paid for (a patent number, a standard…), as the award's subject. */
        public Builder subject(String value) {
            subject = io.iprules.kit.Arguments.text("subject", value);
            return this;
        }

        /** The amount paid, in yuan. */
        public Builder amount(BigDecimal value) {
            amount = io.iprules.kit.Arguments.yuan("amount", value);
            return this;
        }

        /** The payment. */
        public PaidSubsidy build() {
            io.iprules.kit.Arguments.complete("paid subsidy", "code", code, "date", date);
            return new PaidSubsidy(code, date, subject, amount);
        }
    }
}
