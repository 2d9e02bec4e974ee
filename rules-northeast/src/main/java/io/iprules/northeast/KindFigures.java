package io.iprules.northeast;

/**
 * One kind of IP's figures for the unit and for the whole country over the same period (同期).
 *
 * @param region   the unit's figures (for {@code NORTHEAST}, summed over the four provinces)
 * @param national the whole country's totals (全国平均水平 is the country's totals, the Northeast included, not a mean
 *                 of provincial figures)
 */
public record KindFigures(Counts region, Counts national) {

    /**
     * One kind's four figures by name, for {@link NortheastRegion.Builder#figures}: a start of 0 or less or a negative
     * end is refused when given, at its path ({@code applicant.figures.PATENT.region.start}); a figure left out, or
     * one of the unit's above the nation's, is refused by the region's {@link NortheastRegion.Builder#build() build()}.
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static final class Builder {
        private final IpKind kind;
        private Long regionStart;
        private Long regionEnd;
        private Long nationalStart;
        private Long nationalEnd;

        Builder(IpKind kind) {
            this.kind = kind;
        }

        /** The unit's figure at the end of the first year; growth is measured from it, so it is {@code > 0}. */
        public Builder regionStart(long value) {
            start("region", value);
            this.regionStart = value;
            return this;
        }

        /** The unit's figure at the end of the last year, {@code >= 0}. */
        public Builder regionEnd(long value) {
            end("region", value);
            this.regionEnd = value;
            return this;
        }

        /** The nation's figure at the end of the first year, {@code > 0}. */
        public Builder nationalStart(long value) {
            start("national", value);
            this.nationalStart = value;
            return this;
        }

        /** The nation's figure at the end of the last year, {@code >= 0}. */
        public Builder nationalEnd(long value) {
            end("national", value);
            this.nationalEnd = value;
            return this;
        }

        private void start(String side, long value) {
            NortheastValidation.refuseAtOnce(p -> NortheastValidation.positive(
                    p.at("figures").at(kind.name()).at(side), "start", value, "start figure"));
        }

        private void end(String side, long value) {
            NortheastValidation.refuseAtOnce(p -> NortheastValidation.notNegative(
                    p.at("figures").at(kind.name()).at(side), "end", value));
        }

        /** The figures given; a side of which neither figure was given is left out, as JSON would leave it out. */
        KindFigures build() {
            return new KindFigures(counts(regionStart, regionEnd), counts(nationalStart, nationalEnd));
        }

        private static Counts counts(Long start, Long end) {
            return start == null && end == null ? null : new Counts(start, end);
        }
    }
}
