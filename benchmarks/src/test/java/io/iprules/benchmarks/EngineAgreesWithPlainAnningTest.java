package io.iprules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.IndicatorStatus;
import io.iprules.RulesEngine;
import io.iprules.anning.AnningCounty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine and the hand-written baseline assess the same statuses, actual and required values, progress,
 * phase and counts for thousands of generated county reports of anning-2022.
 */
class EngineAgreesWithPlainAnningTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final PlainAnning PLAIN = new PlainAnning(ENGINE.policy("anning-2022"));

    @Test
    void sameAssessments() {
        List<EvaluationRequest> population = Population.of(ENGINE, "anning-2022", 5000, 20221018L);
        Set<String> phases = new HashSet<>();
        int allMet = 0;
        int someUnknown = 0;
        for (EvaluationRequest r : population) {
            // indicators, phase, summary and verdict compared in full, as at the boundaries
            EvaluationResult byEngine = EngineAgreesWithPlainAnningAtBoundariesTest.agree(r);
            PlainAnning.Outcome byHand = PLAIN.evaluate((AnningCounty) r.subject(), r.asOf());
            String who = r.asOf() + " " + r.subject();
            // the warnings anning gives of a date: before the plan's first phase, and before review and acceptance
            assertThat(byEngine.warnings()).as(who)
                    .hasSize((byHand.phase() == null ? 1 : 0) + (byHand.notYetDue() ? 1 : 0));
            assertThat(byEngine.awards()).as(who).isEmpty();
            assertThat(byEngine.total()).as(who).isZero();
            phases.add(byHand.phase());
            allMet += byHand.allMet() ? 1 : 0;
            someUnknown += byHand.unknown() > 0 ? 1 : 0;
        }
        // the population must reach every phase, the time before the plan, a full pass and gaps, or agreement proves
        // little
        assertThat(phases).containsExactlyInAnyOrder(null, "OPTIMISATION", "IMPLEMENTATION", "ACCEPTANCE",
                "CONSOLIDATION");
        assertThat(allMet).isPositive();
        assertThat(someUnknown).isGreaterThan(1000);
    }

    /** The baseline on its own, against values worked out by hand from the text (not from either implementation). */
    @Test
    void theBaselineReadsTheTextsBoundaries() {
        AnningCounty atTarget = AnningCounty.builder("安宁市")
                .figure("AN_RIGHTS_HOLDER_SATISFACTION", "0.90")      // 超过90%: strict, not met, progress 1
                .figure("AN_PUBLIC_AWARENESS", "0.85")                // 达85%以上: met
                .figure("AN_CASE_CLOSURE_RATE", "0.9999")             // 达100%: not met
                .figure("AN_LIAISON_TEAM", 18)                        // 20人左右: met at 18, progress 18/20
                .figure("AN_INVENTION_GRANTS_ANNUAL", 44)             // 45件以上: not met, 44/45 = 0.9777 (down)
                .inventionDensity(new BigDecimal("19.19"), new BigDecimal("9.6")) // 2 × 9.6 = 19.2: not met
                .figure("AN_LEADING_GROUP", false)                    // due by 2022-10-17: not met, overdue
                .build();
        PlainAnning.Outcome o = PLAIN.evaluate(atTarget, LocalDate.of(2022, 10, 18));
        assertThat(o.phase()).isEqualTo("IMPLEMENTATION");
        assertThat(o.indicators()).filteredOn(row -> row.status() != IndicatorStatus.UNKNOWN).containsExactly(
                new PlainAnning.Row("AN_INVENTION_GRANTS_ANNUAL", IndicatorStatus.NOT_MET, new BigDecimal("44"),
                        new BigDecimal("45"), new BigDecimal("0.9777"), false),
                new PlainAnning.Row("AN_CASE_CLOSURE_RATE", IndicatorStatus.NOT_MET, new BigDecimal("0.9999"),
                        new BigDecimal("1"), new BigDecimal("0.9999"), false),
                new PlainAnning.Row("AN_PUBLIC_AWARENESS", IndicatorStatus.MET, new BigDecimal("0.85"),
                        new BigDecimal("0.85"), new BigDecimal("1.0000"), false),
                new PlainAnning.Row("AN_RIGHTS_HOLDER_SATISFACTION", IndicatorStatus.NOT_MET, new BigDecimal("0.90"),
                        new BigDecimal("0.90"), new BigDecimal("1.0000"), false),
                new PlainAnning.Row("AN_INVENTION_DENSITY", IndicatorStatus.NOT_MET, new BigDecimal("19.19"),
                        new BigDecimal("19.2"), new BigDecimal("0.9994"), false),
                new PlainAnning.Row("AN_LIAISON_TEAM", IndicatorStatus.MET, new BigDecimal("18"),
                        new BigDecimal("18"), new BigDecimal("0.9000"), false),
                new PlainAnning.Row("AN_LEADING_GROUP", IndicatorStatus.NOT_MET, BigDecimal.ZERO, BigDecimal.ONE, null,
                        true));
        assertThat(o.met()).isEqualTo(2);
        assertThat(o.notMet()).isEqualTo(5);
        assertThat(o.unknown()).isEqualTo(23); // 30 targets: 2 met, 5 not met
        assertThat(o.allMet()).isFalse();
        assertThat(PLAIN.evaluate(atTarget, LocalDate.of(2022, 10, 17)).phase()).isEqualTo("OPTIMISATION");
        assertThat(PLAIN.evaluate(atTarget, LocalDate.of(2022, 7, 31)).phase()).isNull();
        assertThat(PLAIN.evaluate(atTarget, LocalDate.of(2030, 12, 31)).phase()).isEqualTo("CONSOLIDATION");
    }
}
