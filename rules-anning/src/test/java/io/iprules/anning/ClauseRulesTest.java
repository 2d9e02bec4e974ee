package io.iprules.anning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.FiredRule;
import io.iprules.Indicator;
import io.iprules.RulesEngine;
import io.iprules.Target;
import io.iprules.kit.Figures;
import io.iprules.kit.PolicyFiles;
import io.iprules.kit.Problems;
import io.iprules.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How the rules are cut: one rule per clause, which takes its clause's targets from the county's report and fires
 * once per county, every indicator citing its clause; counties sharing a session do not meet.
 */
class ClauseRulesTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final LocalDate IN_ACCEPTANCE = LocalDate.of(2025, 7, 31);

    @Test
    void eachClauseRuleFiresOncePerCountyAndItsIndicatorsCiteItsClause() {
        EvaluationResult r = ENGINE.evaluate("anning-2022", IN_ACCEPTANCE, AnningApiTest.everyFigureAtItsTarget());
        Map<String, Long> firings = r.trace().stream().collect(Collectors.groupingBy(FiredRule::rule,
                Collectors.counting()));
        // 15 clauses with targets, and §5's phase of the plan (the date is in the plan: no warning rule)
        assertThat(firings).hasSize(16).allSatisfy((rule, n) -> assertThat(n).as(rule).isEqualTo(1L));
        Map<String, Long> byClause = r.indicators().stream().collect(Collectors.groupingBy(Indicator::citation,
                Collectors.counting()));
        // counted in the text: §3(2)1 发明专利, 实用新型, 外观, 软件著作, 商标; §3(2)4 结案率, 认知度, 满意度;
        // §5 第一阶段 3. 领导小组, 推进工作办公室; §6(3) 专项经费
        assertThat(byClause).containsEntry("anning-2022 §3(2)1", 5L).containsEntry("anning-2022 §3(2)4", 3L)
                .containsEntry("anning-2022 §5", 2L).containsEntry("anning-2022 §6(3)", 1L);
        assertThat(byClause.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(30);
        assertThat(r.trace()).extracting(FiredRule::citation).containsAll(byClause.keySet());
    }

    @Test
    void countiesOfOneChunkKeepTheirOwnFiguresAndFirings() {
        AnningCounty full = AnningApiTest.everyFigureAtItsTarget();
        AnningCounty empty = new AnningCounty("安宁", Map.of());
        List<Outcome> out = ENGINE.evaluateAll(List.of(
                EvaluationRequest.of("anning-2022", IN_ACCEPTANCE, full),
                EvaluationRequest.of("anning-2022", LocalDate.of(2022, 7, 31), empty),
                EvaluationRequest.of("anning-2022", IN_ACCEPTANCE, full)));
        EvaluationResult first = out.get(0).result();
        EvaluationResult second = out.get(1).result();
        assertThat(first.indicatorSummary().met()).isEqualTo(29);
        assertThat(second.indicatorSummary().unknown()).isEqualTo(30);
        assertThat(second.phase()).isEmpty();
        // before the plan's first phase, and so before review and acceptance (§3(1)): its own, not the others'
        assertThat(second.warnings()).hasSize(2);
        assertThat(first.warnings()).isEmpty();
        String phaseRule = "§5 the phase of the plan on the as-of date";
        String warningRule = "§5 before the plan's first phase";
        assertThat(first.trace()).hasSize(16).extracting(FiredRule::rule).contains(phaseRule)
                .doesNotContain(warningRule);
        // the 15 clauses and, before the plan, §5's warning instead of its phase, and §3(1)'s targets not yet due
        assertThat(second.trace()).hasSize(17).extracting(FiredRule::rule)
                .contains(warningRule, "§3(1) 到2025年: before review and acceptance the targets are not yet due")
                .doesNotContain(phaseRule);
        assertThat(out.get(2).result().indicators()).isEqualTo(first.indicators());
    }

    /** A county whose figures hold a key that is not a text is refused alone: its neighbours are still evaluated. */
    @Test
    void aCountyWithAFigureUnderANumberIsRefusedWithoutItsNeighbours() {
        AnningCounty full = AnningApiTest.everyFigureAtItsTarget();
        Map<Object, Object> given = new java.util.HashMap<>();
        given.put(2024, 52);
        @SuppressWarnings("unchecked")
        Map<String, Object> figures = (Map<String, Object>) (Map<?, ?>) given;
        List<Outcome> out = ENGINE.evaluateAll(List.of(
                EvaluationRequest.of("anning-2022", IN_ACCEPTANCE, full),
                EvaluationRequest.of("anning-2022", IN_ACCEPTANCE, new AnningCounty("安宁市", figures)),
                EvaluationRequest.of("anning-2022", IN_ACCEPTANCE, full)));
        assertThat(out).extracting(Outcome::evaluated).containsExactly(true, false, true);
        assertThat(out.get(1).problems()).extracting(io.iprules.Problem::path).containsExactly("applicant.figures");
        assertThat(out.get(2).result().indicatorSummary().met()).isEqualTo(29);
    }

    @Test
    void aClauseWithoutTargetsIsRefusedLoudly() {
        List<Target> targets = PolicyFiles.describe(Anning2022.class).targets();
        CountyReport.Clauses clauses = new CountyReport.Clauses(targets);
        var figures = Figures.read(Map.of("AN_TRADEMARKS", 6500), targets, Problems.root("applicant"));
        CountyReport report = new CountyReport(io.iprules.kit.Decision.start(new OneEvaluation(),
                Anning2022.MESSAGES), clauses, figures);
        assertThat(report.clause("anning-2022 §3(2)1")).extracting(p -> p.target().code())
                .containsExactly("AN_INVENTION_GRANTS_ANNUAL", "AN_UTILITY_MODELS_ANNUAL", "AN_DESIGNS_ANNUAL",
                        "AN_SOFTWARE_COPYRIGHTS", "AN_TRADEMARKS");
        assertThat(report.clause("anning-2022 §3(2)1")[4].figure().actual()).isEqualByComparingTo("6500");
        assertThat(report.clause("anning-2022 §3(2)1")[0].figure().actual()).isNull();
        assertThatThrownBy(() -> report.clause("anning-2022 §3(1)")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("anning-2022 §3(1)");
    }

    /** The least an evaluation is, for a report made outside the engine. */
    private static final class OneEvaluation implements io.iprules.spi.Evaluation {
        @Override
        public io.iprules.PolicyDescription policy() {
            return PolicyFiles.describe(Anning2022.class);
        }

        @Override
        public LocalDate asOf() {
            return IN_ACCEPTANCE;
        }

        @Override
        public String subjectKey() {
            return "applicant";
        }

        @Override
        public Object subject() {
            return new AnningCounty("安宁市", Map.of());
        }

        @Override
        public io.iprules.spi.RuleBase rules() {
            throw new UnsupportedOperationException();
        }
    }
}
