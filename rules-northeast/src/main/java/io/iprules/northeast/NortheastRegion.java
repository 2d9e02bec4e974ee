package io.iprules.northeast;

import io.iprules.kit.Arguments;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The unit assessed under northeast-2017 §2(2) (the {@code applicant} of a request):
 *
 * <pre>{@code
 * { "name": "辽宁省", "level": "PROVINCE", "province": "辽宁省",
 *   "period": { "from": 2016, "to": 2020 },
 *   "population": { "region": 42590000, "national": 1412120000 },
 *   "figures": { "PATENT": { "region": { "start": 60000, "end": 120000 },
 *                            "national": { "start": 1700000, "end": 3000000 } } } }
 * }</pre>
 *
 * Every figure is a whole number. Wrapper types let validation see a missing value ({@link NortheastValidation}).
 * In Java, {@link #builder()} names every value and checks them as it builds.
 *
 * @param name       the unit's name as it should appear in the result, e.g. 辽宁省 or 东北地区
 * @param level      {@code NORTHEAST} (the four together) or {@code PROVINCE}
 * @param province   the province's full name (e.g. 辽宁省, 内蒙古自治区); required for {@code PROVINCE}, absent for
 *                   {@code NORTHEAST}; a province outside the Northeast is assessed with its scope not met
 * @param period     the years growth is averaged over
 * @param population resident population at the end year; optional
 * @param figures    the figures by kind of IP; required, possibly empty
 */
public record NortheastRegion(String name, Level level, String province, Period period, Population population,
                              NortheastFigures figures) {

    /**
     * A builder that names every value and checks as it builds: a value an evaluation would refuse on its own (a
     * blank name, a province not named in full, a year outside 1985–2100, a start figure or a population of 0 or
     * less, a negative end figure) is refused when it is given, and {@link Builder#build()} refuses a region with
     * any problem an evaluation would report (a part left out, a period that does not run forward, a figure above
     * the nation's…); each time an {@link io.iprules.InvalidRequestException} with every problem at its request path
     * ({@code applicant.figures.PATENT.region.start}), worded as {@link NortheastValidation} words it.
     *
     * <pre>{@code
     * NortheastRegion liaoning = NortheastRegion.builder()
     *         .name("辽宁省").province("辽宁省")
     *         .period(p -> p.from(2016).to(2020))
     *         .population(p -> p.region(42_590_000).national(1_412_120_000))
     *         .figures(IpKind.PATENT, f -> f.regionStart(60_000).regionEnd(120_000)
     *                 .nationalStart(1_700_000).nationalEnd(3_000_000))
     *         .build();
     * }</pre>
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link NortheastRegion} value by value, checking each as it is given
     * ({@link NortheastRegion#builder()}). A kind of IP not given is not supplied (its two indicators are
     * {@code UNKNOWN}), and so is the population.
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static final class Builder {
        private String name;
        private Level level;
        private String province;
        private Period period;
        private Population population;
        private final Map<IpKind, KindFigures> figures = new HashMap<>();

        private Builder() {
        }

        /** The unit's name as the result is to be headed, e.g. 辽宁省 or 东北地区; a blank one is refused at once. */
        public Builder name(String value) {
            NortheastValidation.refuseAtOnce(p -> p.required("name", value));
            this.name = value;
            return this;
        }

        /**
         * The unit is the Northeast as a whole (level {@code NORTHEAST}), its figures the sums over the four
         * provinces; it replaces a {@link #province} given before.
         */
        public Builder northeast() {
            this.level = Level.NORTHEAST;
            this.province = null;
            return this;
        }

        /**
         * The unit is one province (level {@code PROVINCE}), by its full name (辽宁省, 内蒙古自治区); a name that is not
         * the full name of a provincial-level unit (辽宁) is refused at once. A province outside the Northeast is
         * valid: it is assessed with its scope not met. It replaces {@link #northeast()} given before.
         */
        public Builder province(String value) {
            NortheastValidation.refuseAtOnce(p -> {
                if (p.required("province", value)) {
                    NortheastValidation.knownProvince(p, value, Northeast2017.SCOPE);
                }
            });
            this.level = Level.PROVINCE;
            this.province = value;
            return this;
        }

        /** The years growth is averaged over, named: {@code .period(p -> p.from(2016).to(2020))}. */
        public Builder period(Consumer<Period.Builder> period) {
            Period.Builder b = new Period.Builder();
            Arguments.required("period", period).accept(b);
            this.period = b.build();
            return this;
        }

        /**
         * The resident population at the end year, the unit's and the nation's, named:
         * {@code .population(p -> p.region(42_590_000).national(1_412_120_000))}. Not given, the three per-capita
         * indicators are {@code UNKNOWN}.
         */
        public Builder population(Consumer<Population.Builder> population) {
            Population.Builder b = new Population.Builder();
            Arguments.required("population", population).accept(b);
            this.population = b.build();
            return this;
        }

        /**
         * The figures of one kind of IP at the start and the end of the period, the unit's and the nation's, named:
         * {@code .figures(IpKind.PATENT, f -> f.regionStart(60_000).regionEnd(120_000).nationalStart(1_700_000)
         * .nationalEnd(3_000_000))}. A kind given twice is an {@link IllegalArgumentException}.
         */
        public Builder figures(IpKind kind, Consumer<KindFigures.Builder> figures) {
            Arguments.required("kind", kind);
            if (this.figures.containsKey(kind)) {
                throw new IllegalArgumentException("figures: " + kind + " already given");
            }
            KindFigures.Builder b = new KindFigures.Builder(kind);
            Arguments.required("figures", figures).accept(b);
            this.figures.put(kind, b.build());
            return this;
        }

        /**
         * The region.
         *
         * @throws io.iprules.InvalidRequestException with every problem an evaluation would report and its path
         */
        public NortheastRegion build() {
            NortheastRegion r = new NortheastRegion(name, level, province, period, population, new NortheastFigures(
                    figures.get(IpKind.PATENT), figures.get(IpKind.TRADEMARK), figures.get(IpKind.COPYRIGHT)));
            NortheastValidation.refuseAtOnce(p -> NortheastValidation.check(r, Northeast2017.SCOPE, p));
            return r;
        }
    }
}
