package io.iprules.anning;

import java.math.BigDecimal;
import io.iprules.kit.FigureSheet;
import java.util.Map;

/**
 * The county assessed under anning-2022 (the {@code applicant} of a request): its name and its figures, keyed by
 * the indicator codes of the plan's targets.
 *
 * <p>A figure is an exact decimal: a count as a whole number ({@code 52}), a rate as a share between 0 and 1
 * ({@code "0.31"} is 31%). {@code AN_INVENTION_DENSITY} is an object {@code { "actual": "20.1",
 * "provinceAverage": "9.6" }}, since its target is twice the province's average for the same period. A figure left
 * out (or {@code null}) is not supplied: its indicator is {@code UNKNOWN}, never met or failed.
 *
 * @param name    the county's name, e.g. 安宁市
 * @param figures the figures by indicator code (values: numbers, decimal strings, or the density's object);
 *                required, possibly empty
 */
public record AnningCounty(String name, Map<String, Object> figures) {

    /** Keeps the figures in the order given, unmodifiable ({@code null} values stay: they mean "not supplied"). */
    public AnningCounty {
        figures = FigureSheet.keep(figures);
    }

    /** A builder, for Java callers. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds an {@link AnningCounty} figure by figure ({@code figure(code, 52)}, {@code figure(code, "0.31")}…). */
    public static final class Builder extends FigureSheet.Builder<Builder> {
        private final String name;

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Valid invention patents per 10,000 people and the province's average for the same period
         * ({@code AN_INVENTION_DENSITY}); either may be {@code null} when not known.
         */
        public Builder inventionDensity(BigDecimal actual, BigDecimal provinceAverage) {
            return relative("AN_INVENTION_DENSITY", actual, "provinceAverage", provinceAverage);
        }

        /** The county. */
        public AnningCounty build() {
            return new AnningCounty(name, figures());
        }
    }
}
