package io.iprules.beijing;

import java.math.BigDecimal;

/**
 * A year's interest on an IP-pledge loan (知识产权质押贷款, beijing-2012 §3(1)).
 *
 * @param bank         the lending bank
 * @param pledge       what secures the loan
 * @param interestPaid the interest paid in the year, in yuan
 * @param year         the year
 */
public record PledgeLoan(String bank, Pledge pledge, BigDecimal interestPaid, Integer year) {

    /**
     * A builder with named arguments, each checked as it is given (for {@code BeijingEnterprise.Builder#pledgeLoan}).
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link PledgeLoan} argument by argument: a {@code null} or blank argument, a year that is not positive,
     * or interest that is negative or finer than a fen, is an {@link IllegalArgumentException} naming it;
     * {@link #build()} requires all four, as an evaluation does. Whether the year is one a loan can have (1985 to
     * 2100) is checked by {@code BeijingEnterprise.Builder#build()}, at the entry's path, as an evaluation checks it.
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static final class Builder {
        private String bank;
        private Pledge pledge;
        private BigDecimal interestPaid;
        private Integer year;

        private Builder() {
        }

        /** The lending bank. */
        public Builder bank(String value) {
            bank = io.iprules.kit.Arguments.text("bank", value);
            return this;
        }

        /** What secures the loan: 专利权, 商标专用权 or 著作权. */
        public Builder pledge(Pledge value) {
            pledge = io.iprules.kit.Arguments.required("pledge", value);
            return this;
        }

        /** The interest paid in the year, in yuan, to the fen: the subsidy is worked out from it. */
        public Builder interestPaid(BigDecimal value) {
            interestPaid = io.iprules.kit.Arguments.yuan("interestPaid", value);
            return this;
        }

        /** The year the interest was paid in. */
        public Builder year(int value) {
            year = io.iprules.kit.Arguments.positive("year", value);
            return this;
        }

        /** The year's interest. */
        public PledgeLoan build() {
            io.iprules.kit.Arguments.complete("pledge loan", "bank", bank, "pledge", pledge, "interestPaid",
                    interestPaid, "year", year);
            return new PledgeLoan(bank, pledge, interestPaid, year);
        }
    }
}
