package io.iprules.northeast;

/**
 * Resident population (常住人口) at the end year of the period, the base of holdings per person (人均拥有量).
 * Left out, the three per-capita indicators are {@code UNKNOWN}; given, both are required and {@code > 0}.
 *
 * @param region   the unit's population (for {@code NORTHEAST}, the four provinces together)
 * @param national the whole country's population (全国, the Northeast included)
 */
public record Population(Long region, Long national) {

    /**
     * The two populations by name, for {@link NortheastRegion.Builder#population}: one of 0 or less is refused when
     * given, at {@code applicant.population.region} or {@code .national}; one left out, or the unit's above the
     * nation's, is refused by the region's {@link NortheastRegion.Builder#build() build()}.
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static final class Builder {
        private Long region;
        private Long national;

        Builder() {
        }

        /** The unit's resident population at the end year (for the Northeast, the four provinces together). */
        public Builder region(long value) {
            NortheastValidation.refuseAtOnce(
                    p -> NortheastValidation.positive(p.at("population"), "region", value, "population"));
            this.region = value;
            return this;
        }

        /** The whole country's resident population at the end year, the Northeast included. */
        public Builder national(long value) {
            NortheastValidation.refuseAtOnce(
                    p -> NortheastValidation.positive(p.at("population"), "national", value, "population"));
            this.national = value;
            return this;
        }

        Population build() {
            return new Population(region, national);
        }
    }
}
