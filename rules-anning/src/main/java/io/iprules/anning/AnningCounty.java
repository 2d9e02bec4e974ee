package io.iprules.anning;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
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
        figures = figures == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** A builder, for Java callers. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds an {@link AnningCounty} figure by figure. */
    public static final class Builder {
        private final String name;
        private final Map<String, Object> figures = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        /** A count, e.g. {@code figure("AN_INVENTION_GRANTS_ANNUAL", 52)}. */
        public Builder figure(String code, long count) {
            figures.put(code, count);
            return this;
        }

        /** A decimal figure, e.g. a rate {@code figure("AN_DEMO_CONVERSION_RATE", new BigDecimal("0.31"))}. */
        public Builder figure(String code, BigDecimal value) {
            figures.put(code, value);
            return this;
        }

        /** The answer to a yes/no target, e.g. {@code figure("AN_LEADING_GROUP", true)}. */
        public Builder figure(String code, boolean yes) {
            figures.put(code, yes);
            return this;
        }

        /** A decimal figure written as text, e.g. {@code figure("AN_DEMO_CONVERSION_RATE", "0.31")}. */
        public Builder figure(String code, String value) {
            figures.put(code, value);
            return this;
        }

        /**
         * Valid invention patents per 10,000 people and the province's average for the same period
         * ({@code AN_INVENTION_DENSITY}); either may be {@code null} when not known.
         */
        public Builder inventionDensity(BigDecimal actual, BigDecimal provinceAverage) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("actual", actual);
            m.put("provinceAverage", provinceAverage);
            figures.put("AN_INVENTION_DENSITY", m);
            return this;
        }

        /** The county. */
        public AnningCounty build() {
            return new AnningCounty(name, figures);
        }
    }
}
