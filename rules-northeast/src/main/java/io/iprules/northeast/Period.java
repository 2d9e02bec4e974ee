package io.iprules.northeast;

/**
 * The period over which growth is averaged (年均): from the end of year {@code from} to the end of year {@code to},
 * {@code n = to − from >= 1} years. The text sets no horizon, so the period is the request's; region and nation
 * share it. Wrapper types let validation see a missing value.
 *
 * @param from the first year (its year-end figures are the start)
 * @param to   the last year (its year-end figures are the end, and its population the base of 人均)
 */
public record Period(Integer from, Integer to) {

    /** The number of years {@code to − from}; only meaningful once validated. */
    public int years() {
        return to - from;
    }

    /**
     * The period's two years by name, for {@link NortheastRegion.Builder#period}: a year outside 1985–2100 is refused
     * when given, at {@code applicant.period.from} or {@code .to}; a year left out, or a {@code to} not after
     * {@code from}, is refused by the region's {@link NortheastRegion.Builder#build() build()}.
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static final class Builder {
        private Integer from;
        private Integer to;

        Builder() {
        }

        /** The first year: its year-end figures are the start. */
        public Builder from(int year) {
            NortheastValidation.refuseAtOnce(p -> NortheastValidation.year(p.at("period"), "from", year));
            this.from = year;
            return this;
        }

        /** The last year: its year-end figures are the end, and its population the base of 人均. */
        public Builder to(int year) {
            NortheastValidation.refuseAtOnce(p -> NortheastValidation.year(p.at("period"), "to", year));
            this.to = year;
            return this;
        }

        Period build() {
            return new Period(from, to);
        }
    }
}
