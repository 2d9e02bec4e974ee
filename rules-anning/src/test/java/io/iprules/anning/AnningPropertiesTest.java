package io.iprules.anning;

import io.iprules.testkit.Props;
import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.EvaluationResult;
import io.iprules.Indicator;
import io.iprules.IndicatorStatus;
import io.iprules.IndicatorSummary;
import io.iprules.Language;
import io.iprules.Phase;
import io.iprules.RulesEngine;
import io.iprules.anning.AnningGen.Report;
import io.iprules.anning.AnningGen.Requirement;
import io.iprules.json.JsonContract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of anning-2022 that hold for every valid county report, searched for counterexamples over generated
 * reports (see {@link AnningGen}). Statuses and phases are recomputed here from the targets written out in
 * {@link AnningGen} and §5's phases (reading phases), independently of the target and phase files.
 */
class AnningPropertiesTest {
    private static final Props PROPS = new Props(20221018L);
    private static final String POLICY = "anning-2022";
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final int TARGETS = 30;

    private static EvaluationResult evaluate(Report r) {
        return ENGINE.evaluate(POLICY, r.asOf(), r.county());
    }

    private static Map<String, Indicator> byCode(EvaluationResult r) {
        Map<String, Indicator> out = new LinkedHashMap<>();
        r.indicators().forEach(i -> assertThat(out.put(i.code(), i)).as("%s twice", i.code()).isNull());
        return out;
    }

    /** The generators reach the lines the text draws (checked on the first cases of the fixed seed). */
    @Test
    void theGeneratorsReachTheLinesTheTextDraws() {
        java.util.Set<String> seen = new java.util.TreeSet<>();
        PROPS.qt(400).forAll(AnningGen.reports()).checkAssert(report -> {
            EvaluationResult r = evaluate(report);
            for (Indicator i : r.indicators()) {
                seen.add(i.status().name());
                if (i.actual() != null && i.required() != null && i.actual().compareTo(i.required()) == 0) {
                    seen.add("exactly at " + i.comparison().symbol());
                }
            }
            seen.add("phase " + r.phase().map(Phase::code).orElse("none"));
        });
        assertThat(seen).contains("MET", "NOT_MET", "UNKNOWN", "exactly at >=", "exactly at >", "exactly at =",
                "phase none", "phase OPTIMISATION", "phase IMPLEMENTATION", "phase ACCEPTANCE", "phase CONSOLIDATION");
    }

    /** Every target is an indicator, once, and the summary counts them: met + not met + unknown = 30. */
    @Test
    void everyTargetIsCountedOnce() {
        PROPS.qt(400).forAll(AnningGen.reports()).checkAssert(report -> {
            EvaluationResult r = evaluate(report);
            assertThat(byCode(r).keySet()).containsExactlyInAnyOrderElementsOf(
                    AnningGen.REQUIREMENTS.stream().map(Requirement::code).toList());
            IndicatorSummary s = r.indicatorSummary();
            assertThat(s.met() + s.notMet() + s.unknown()).isEqualTo(TARGETS).isEqualTo(s.total());
            assertThat(r.indicators()).hasSize(TARGETS);
            assertThat(s.met()).isEqualTo((int) r.indicators().stream().filter(Indicator::met).count());
            assertThat(r.eligible()).isEqualTo(s.met() == TARGETS);
        });
    }

    /**
     * Status MET exactly when the figure satisfies the text's comparison with the required value, compared exactly
     * (超过90% strict, 100% equal, about 20 met at 18); UNKNOWN exactly when the figure (or the province's average
     * the density is measured against) is not supplied; progress never overstates.
     */
    @Test
    void metExactlyWhenTheComparisonHolds() {
        PROPS.qt(500).forAll(AnningGen.reports()).checkAssert(report -> {
            Map<String, Indicator> indicators = byCode(evaluate(report));
            Map<String, Object> figures = report.county().figures();
            for (Requirement req : AnningGen.REQUIREMENTS) {
                Indicator i = indicators.get(req.code());
                BigDecimal actual;
                BigDecimal required = req.required();
                if (req.code().equals("AN_INVENTION_DENSITY")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> d = (Map<String, Object>) figures.get(req.code());
                    actual = d == null ? null : (BigDecimal) d.get("actual");
                    BigDecimal avg = d == null ? null : (BigDecimal) d.get("provinceAverage");
                    required = avg == null ? null : avg.multiply(BigDecimal.valueOf(2));
                } else if (req.comparison().equals("yes")) {
                    // a yes/no target: met exactly when true; the leading group and the pilot office are due by the
                    // end of phase 1 (§5 第一阶段, 2022-10-17), overdue only when known still false after it
                    Boolean yes = (Boolean) figures.get(req.code());
                    assertThat(i.status()).as(req.code()).isEqualTo(yes == null ? IndicatorStatus.UNKNOWN
                            : yes ? IndicatorStatus.MET : IndicatorStatus.NOT_MET);
                    boolean phase1 = req.code().equals("AN_LEADING_GROUP") || req.code().equals("AN_PILOT_OFFICE");
                    assertThat(i.due()).as(req.code()).isEqualTo(phase1 ? LocalDate.of(2022, 10, 17) : null);
                    assertThat(i.overdue()).as(req.code()).isEqualTo(phase1 && Boolean.FALSE.equals(yes)
                            && report.asOf().isAfter(LocalDate.of(2022, 10, 17)));
                    assertThat(i.progress()).isNull();
                    continue;
                } else {
                    actual = decimal(figures.get(req.code()));
                }
                if (actual == null || required == null) {
                    assertThat(i.status()).as(req.code()).isEqualTo(IndicatorStatus.UNKNOWN);
                    continue;
                }
                int c = actual.compareTo(required);
                boolean holds = switch (req.comparison()) {
                    case ">=" -> c >= 0;
                    case ">" -> c > 0;
                    case "=" -> c == 0;
                    default -> throw new AssertionError(req.comparison());
                };
                assertThat(i.status()).as("%s: %s %s %s", req.code(), actual, req.comparison(), required)
                        .isEqualTo(holds ? IndicatorStatus.MET : IndicatorStatus.NOT_MET);
                assertThat(i.actual()).isEqualByComparingTo(actual);
                // progress is cut, never rounded up: progress × basis <= actual
                assertThat(i.progress().multiply(i.progressBasis())).isLessThanOrEqualTo(actual);
            }
        });
    }

    private static BigDecimal decimal(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof String s) {
            return new BigDecimal(s);
        }
        return BigDecimal.valueOf(((Number) v).longValue());
    }

    /** Leaving a figure out turns exactly that indicator UNKNOWN and changes no other indicator. */
    @Test
    void removingAFigureTurnsExactlyThatIndicatorUnknown() {
        Gen<Object[]> reportAndCode = in -> {
            Report r = AnningGen.reports().generate(in);
            List<String> given = new ArrayList<>();
            r.county().figures().forEach((code, v) -> {
                if (v != null) {
                    given.add(code);
                }
            });
            String code = given.isEmpty() ? null : given.get(AnningGen.between(0, given.size() - 1).generate(in));
            return new Object[] {r, code};
        };
        PROPS.qt(400).forAll(reportAndCode.describedAs(java.util.Arrays::toString)).checkAssert(rc -> {
            Report report = (Report) rc[0];
            String code = (String) rc[1];
            if (code == null) {
                return;
            }
            Map<String, Object> fewer = new LinkedHashMap<>(report.county().figures());
            fewer.remove(code);
            Map<String, Indicator> before = byCode(evaluate(report));
            Map<String, Indicator> after = byCode(evaluate(new Report(report.asOf(),
                    new AnningCounty(report.county().name(), fewer))));
            assertThat(after.get(code).status()).isEqualTo(IndicatorStatus.UNKNOWN);
            assertThat(after.get(code).actual()).isNull();
            before.remove(code);
            after.remove(code);
            assertThat(after).isEqualTo(before);
        });
    }

    // ================================================================== phases (§5)

    /** The phase on a date, as the README reads §5 (a month named as a start or an end includes all its days). */
    private static String phaseOn(LocalDate d) {
        if (d.isBefore(LocalDate.of(2022, 8, 1))) {
            return null;
        }
        if (!d.isAfter(LocalDate.of(2022, 10, 17))) {
            return "OPTIMISATION";
        }
        if (!d.isAfter(LocalDate.of(2025, 4, 30))) {
            return "IMPLEMENTATION";
        }
        if (!d.isAfter(LocalDate.of(2025, 7, 31))) {
            return "ACCEPTANCE";
        }
        return "CONSOLIDATION";
    }

    private static final List<String> ORDER = java.util.Arrays.asList(null, "OPTIMISATION", "IMPLEMENTATION",
            "ACCEPTANCE", "CONSOLIDATION");

    /**
     * The phase depends on the as-of date only — not on the figures — is the one §5 gives for that day, and never
     * goes back as the date moves on.
     */
    @Test
    void thePhaseDependsOnlyOnTheAsOfDateAndNeverGoesBack() {
        PROPS.qt(300).forAll(AnningGen.reports(), AnningGen.county(), AnningGen.asOf())
                .checkAssert((report, other, later) -> {
            EvaluationResult r = evaluate(report);
            String phase = r.phase().map(Phase::code).orElse(null);
            assertThat(phase).isEqualTo(phaseOn(report.asOf()));
            r.phase().ifPresent(p -> assertThat(p.citation()).isEqualTo("anning-2022 §5"));
            assertThat(evaluate(new Report(report.asOf(), other)).phase()).isEqualTo(r.phase());
            LocalDate first = report.asOf().isBefore(later) ? report.asOf() : later;
            LocalDate second = report.asOf().isBefore(later) ? later : report.asOf();
            String p1 = evaluate(new Report(first, other)).phase().map(Phase::code).orElse(null);
            String p2 = evaluate(new Report(second, other)).phase().map(Phase::code).orElse(null);
            assertThat(ORDER.indexOf(p1)).as("%s on %s, %s on %s", p1, first, p2, second)
                    .isLessThanOrEqualTo(ORDER.indexOf(p2));
        });
    }

    /** The same report evaluated twice, another in between, gives the same bytes in both languages. */
    @Test
    void evaluatingTwiceGivesTheSameBytes() {
        JsonContract json = new JsonContract(ENGINE);
        PROPS.qt(200).forAll(AnningGen.reports(), AnningGen.reports()).checkAssert((report, other) -> {
            EvaluationResult first = evaluate(report);
            evaluate(other);
            EvaluationResult second = evaluate(report);
            for (Language language : Language.values()) {
                assertThat(json.write(second, language, true)).isEqualTo(json.write(first, language, true));
            }
        });
    }
}
