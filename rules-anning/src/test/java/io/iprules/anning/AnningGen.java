package io.iprules.anning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of valid anning-2022 county reports for property tests: each figure left out, {@code null}, or near its
 * target (exactly at it, a unit or 0.0001 either side, or anywhere in range), written in each form the contract
 * takes; as-of dates on and around the phase boundaries of §5 as the README reads them.
 */
final class AnningGen {
    private AnningGen() {
    }

    /** A county report and the date it is assessed on. */
    record Report(LocalDate asOf, AnningCounty county) {
    }

    /** A target as anning-2022 states it: its code, comparison symbol, required value and unit. */
    record Requirement(String code, String comparison, BigDecimal required, boolean ratio, Integer maximum) {
    }

    /**
     * The 30 targets of anning-2022, written out here (not read from the module's files): the 24 of its first table and
     * the six added after the legal review (two counts, four yes/no targets, comparison {@code "yes"}).
     */
    static final List<Requirement> REQUIREMENTS = List.of(
            count("AN_INVENTION_GRANTS_ANNUAL", ">=", 45), count("AN_UTILITY_MODELS_ANNUAL", ">=", 500),
            count("AN_DESIGNS_ANNUAL", ">=", 35), count("AN_SOFTWARE_COPYRIGHTS", ">=", 700),
            count("AN_TRADEMARKS", ">=", 6500), count("AN_ADVANTAGE_ENTERPRISES", ">=", 25),
            ratio("AN_DEMO_CONVERSION_RATE", ">=", "0.30"), count("AN_STANDARD_CERTIFIED", ">=", 5),
            count("AN_TALENT", ">=", 30), count("AN_PATENT_PROJECTS_10M", ">=", 2),
            count("AN_PATENT_PROJECTS_100M", ">=", 1), ratio("AN_CASE_CLOSURE_RATE", "=", "1"),
            ratio("AN_PUBLIC_AWARENESS", ">=", "0.85"), ratio("AN_RIGHTS_HOLDER_SATISFACTION", ">", "0.90"),
            new Requirement("AN_INVENTION_DENSITY", ">=", null, false, null), // >= 2 × the province's average
            ratio("AN_TRADEMARK_ENTERPRISE_SHARE", ">=", "0.30"), ratio("AN_PATENT_ENTERPRISE_SHARE", ">=", "0.10"),
            count("AN_ACADEMIC_INVENTIONS", ">=", 20), count("AN_IP_ADVANTAGE_CULTIVATED", ">=", 5),
            count("AN_LIAISON_TEAM", ">=", 18), // 20人左右: met at 18 or more (reading about-twenty)
            count("AN_PUBLICITY_EVENTS", ">=", 10), count("AN_PUBLICITY_REACH", ">=", 1500),
            ratio("AN_IP_BUDGET_SHARE", ">=", "0.0012"),
            new Requirement("AN_RIGHTS_STATIONS", ">=", BigDecimal.valueOf(9), false, 9),
            count("AN_SERVICE_PLATFORM", ">=", 1),
            new Requirement("AN_PLATFORM_PORTS", ">=", BigDecimal.valueOf(2), false, 2), // the two ports §3(2)5 names
            yes("AN_LEADING_GROUP"), yes("AN_PILOT_OFFICE"), yes("AN_ANNUAL_ASSESSMENT"),
            yes("AN_PATENT_ANALYSIS_REPORT"));

    /** A yes/no target: met exactly when the county answers true. */
    private static Requirement yes(String code) {
        return new Requirement(code, "yes", BigDecimal.ONE, false, null);
    }

    private static Requirement count(String code, String comparison, int required) {
        return new Requirement(code, comparison, BigDecimal.valueOf(required), false, null);
    }

    private static Requirement ratio(String code, String comparison, String required) {
        return new Requirement(code, comparison, new BigDecimal(required), true, null);
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(T... values) {
        return Generate.pick(Arrays.asList(values));
    }

    static Gen<Integer> between(int min, int max) {
        return Generate.range(min, max);
    }

    /** The phase boundaries of §5 and the days either side, or any day from 2021 to 2027. */
    static Gen<LocalDate> asOf() {
        List<LocalDate> edges = List.of(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 10, 18), LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 8, 1));
        Gen<LocalDate> edge = in -> edges.get(between(0, 3).generate(in)).plusDays(between(-1, 1).generate(in));
        LocalDate from = LocalDate.of(2021, 1, 1);
        Gen<LocalDate> any = between(0, 7 * 365).map(d -> from.plusDays(d));
        return Generate.frequency(Pair.of(1, edge), Pair.of(2, any));
    }

    /** A count near {@code required}, or anywhere up to three times it, never above {@code maximum}. */
    static Gen<Object> countFigure(Requirement r) {
        int required = r.required().intValueExact();
        int max = r.maximum() != null ? r.maximum() : 3 * required + 3;
        Gen<Integer> near = between(-2, 2).map(d -> Math.max(0, Math.min(max, required + d)));
        Gen<Integer> value = Generate.frequency(Pair.of(2, near), Pair.of(1, between(0, max)));
        // the forms a count may take from Java: Integer, Long, a whole BigDecimal
        return in -> {
            int v = value.generate(in);
            return switch (between(0, 2).generate(in)) {
                case 0 -> v;
                case 1 -> (long) v;
                default -> BigDecimal.valueOf(v);
            };
        };
    }

    /** A rate in [0, 1] with four decimals: at its target, 0.0001 either side, or anywhere. */
    static Gen<Object> ratioFigure(Requirement r) {
        BigDecimal step = new BigDecimal("0.0001");
        Gen<BigDecimal> near = between(-1, 1).map(d -> r.required().add(step.multiply(BigDecimal.valueOf(d))))
                .map(v -> v.max(BigDecimal.ZERO).min(BigDecimal.ONE));
        Gen<BigDecimal> any = between(0, 10_000).map(v -> BigDecimal.valueOf(v, 4));
        Gen<BigDecimal> value = Generate.frequency(Pair.of(2, near), Pair.of(1, any));
        return in -> {
            BigDecimal v = value.generate(in);
            return between(0, 1).generate(in) == 0 ? v : v.toPlainString(); // a BigDecimal or a decimal string
        };
    }

    /** {@code { actual, provinceAverage }}, either possibly left out; the actual near twice the average. */
    static Gen<Object> densityFigure() {
        Gen<BigDecimal> average = between(1, 300).map(v -> BigDecimal.valueOf(v, 1)); // 0.1 .. 30.0
        Gen<Integer> delta = between(-2, 2);
        Gen<Integer> present = between(0, 9);
        return in -> {
            BigDecimal avg = average.generate(in);
            BigDecimal actual = avg.multiply(BigDecimal.valueOf(2)).add(BigDecimal.valueOf(delta.generate(in), 2))
                    .max(BigDecimal.ZERO);
            Map<String, Object> m = new LinkedHashMap<>();
            if (present.generate(in) > 0) {
                m.put("actual", actual);
            }
            if (present.generate(in) > 0) {
                m.put("provinceAverage", avg);
            }
            if (m.isEmpty()) {
                m.put("actual", actual);
            }
            return m;
        };
    }

    static Gen<Object> figure(Requirement r) {
        if (r.code().equals("AN_INVENTION_DENSITY")) {
            return densityFigure();
        }
        if (r.comparison().equals("yes")) {
            return Generate.booleans().map(b -> (Object) b);
        }
        return r.ratio() ? ratioFigure(r) : countFigure(r);
    }

    /** A county's figures: each left out (about one in six), given as {@code null} (one in twenty), or a value. */
    static Gen<AnningCounty> county() {
        Gen<Integer> presence = between(0, 19);
        return in -> {
            Map<String, Object> figures = new LinkedHashMap<>();
            for (Requirement r : REQUIREMENTS) {
                int p = presence.generate(in);
                if (p == 0) {
                    figures.put(r.code(), null);
                } else if (p > 3) {
                    figures.put(r.code(), figure(r).generate(in));
                }
            }
            return new AnningCounty(oneOf("安宁市", "Anning").generate(in), figures);
        };
    }

    static Gen<Report> reports() {
        return in -> new Report(asOf().generate(in), county().generate(in));
    }
}
