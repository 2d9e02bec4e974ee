package io.iprules.jiaxing;

import java.math.BigDecimal;

/**
 * A trademark registered in an export country (region), with the enterprise's exports of one year.
 *
 * @param mark    the trademark
 * @param country the country or region where it is registered
 * @param year    the year of the exports
 * @param exports the value of that year's exports, in yuan
 */
public record ExportTrademark(String mark, String country, Integer year, BigDecimal exports) {

    /**
     * A builder with named arguments, each checked as it is given (for
     * {@code JiaxingEnterprise.Builder#exportTrademark}).
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link ExportTrademark} argument by argument: a {@code null} or blank argument, a negative year, or
     * exports that are negative or finer than a fen, is an {@link IllegalArgumentException} naming it;
     * {@link #build()} requires all four.
     */
    public static final class Builder {
        private String mark;
        private String country;
        private Integer year;
        private BigDecimal exports;

        private Builder() {
        }

        /** The trademark. */
        public Builder mark(String value) {
            mark = io.iprules.kit.Arguments.text("mark", value);
            return this;
        }

        /** The country (or region) it is registered in. */
        public Builder country(String value) {
            country = io.iprules.kit.Arguments.text("country", value);
            return this;
        }

        /** The year of the exports. */
        public Builder year(int value) {
            year = io.iprules.kit.Arguments.positive("year", value);
            return this;
        }

        /** That year's exports under the mark, in yuan. */
        public Builder exports(BigDecimal value) {
            exports = io.iprules.kit.Arguments.yuan("exports", value);
            return this;
        }

        /** The trademark with its exports. */
        public ExportTrademark build() {
            io.iprules.kit.Arguments.complete("export trademark", "mark", mark, "country", country, "year", year,
                    "exports", exports);
            return new ExportTrademark(mark, country, year, exports);
        }
    }
}
