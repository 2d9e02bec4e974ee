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

    /** A builder that takes the figures as they are and leaves every check to the evaluation. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * A builder that checks as it builds: {@link Builder#name} refuses a blank name, and each figure is checked
     * when given against the plan's targets (a known indicator code, a whole count, a rate between 0 and 1…), a
     * wrong one refused at once with an {@link io.iprules.InvalidRequestException} at its path
     * ({@code applicant.figures.CODE}).
     *
     * <pre>{@code
     * AnningCounty c = AnningCounty.builder().name("安宁市").figure("AN_RIGHTS_HOLDER_SATISFACTION", "0.90").build();
     * }</pre>
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static Builder builder() {
        return new Builder(null).checked();
    }

    /** The plan's targets as shipped, read once, for a checking builder. */
    private static final class Targets {
        static final java.util.List<io.iprules.Target> OF_THE_PLAN =
                io.iprules.kit.PolicyFiles.describe(Anning2022.class).targets();
    }

    /** Builds an {@link AnningCounty} figure by figure ({@code figure(code, 52)}, {@code figure(code, "0.31")}…). */
    public static final class Builder extends FigureSheet.Builder<Builder> {
        private String name;
        private boolean checked;

        private Builder(String name) {
            this.name = name;
        }

        private Builder checked() {
            this.checked = true;
            return checkedAgainst(Targets.OF_THE_PLAN, "applicant.figures");
        }

        /** The county's name, e.g. 安宁市; a blank one is refused at once by a checking builder. */
        @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
        public Builder name(String value) {
            if (checked) {
                io.iprules.kit.Problems.refuseAtOnce("applicant", p -> p.required("name", value));
            }
            this.name = value;
            return this;
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
            if (checked && name == null) {
                throw new io.iprules.InvalidRequestException("applicant.name",
                        io.iprules.kit.MessageCatalog.kit().text("problem.required"));
            }
            return new AnningCounty(name, figures());
        }
    }
}
