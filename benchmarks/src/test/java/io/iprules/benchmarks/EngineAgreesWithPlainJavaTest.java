package io.iprules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Award;
import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.Exclusion;
import io.iprules.RulesEngine;
import io.iprules.jiaxing.JiaxingEnterprise;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine and the hand-written baseline decide the same codes, subjects, amounts, exclusion reasons and
 * totals for thousands of generated applicants: with no deployment parameters (most amounts undetermined), with
 * the example implementing rules, and with those plus a maximum limit that bites.
 */
class EngineAgreesWithPlainJavaTest {

    @ParameterizedTest
    @ValueSource(strings = {"none", "example", "example+cap", "example+cap+cumulative+topup"})
    void sameDecisions(String parameters) {
        RulesEngine.Builder b = RulesEngine.builder();
        if (parameters.startsWith("example")) {
            b.parameters(Path.of("../examples/params/jiaxing-implementing-rules.example.json"));
        }
        if (parameters.contains("cap")) {
            b.parameter("jiaxing-2012", "JX_MAXIMUM_LIMIT", java.time.LocalDate.of(2012, 11, 5), "120000", "test");
        }
        if (parameters.contains("cumulative")) {
            b.parameter("jiaxing-2012", "JX_MAXIMUM_LIMIT.CUMULATIVE", java.time.LocalDate.of(2012, 11, 5), "1",
                    "test");
        }
        if (parameters.contains("topup")) {
            b.parameter("jiaxing-2012", "JX_VARIANT.TOP_UP", java.time.LocalDate.of(2012, 11, 5), "1", "test");
        }
        RulesEngine engine = b.build();
        PlainJiaxing plain = new PlainJiaxing(engine.policy("jiaxing-2012"));
        List<EvaluationRequest> population = Population.of(engine, "jiaxing-2012", 5000, 20261121L);
        int withExclusions = 0;
        int refused = 0;
        int topUps = 0;
        for (EvaluationRequest r : population) {
            EvaluationResult byEngine;
            try {
                byEngine = engine.evaluate(r);
            } catch (io.iprules.InvalidRequestException e) {
                // TOP_UP and a cumulative limit need the amounts paid; a history without them is refused
                assertThat(parameters).contains("cumulative");
                refused++;
                continue;
            }
            PlainJiaxing.Outcome byHand = plain.evaluate((JiaxingEnterprise) r.subject(), r.asOf());
            List<PlainJiaxing.Item> awards = byEngine.awards().stream()
                    .map((Award a) -> new PlainJiaxing.Item(a.code(), a.subjectId(), a.amount(), null,
                        PlainJiaxing.tieBreakOf(a))).toList();
            List<PlainJiaxing.Item> excluded = byEngine.excluded().stream()
                    .map((Exclusion x) -> new PlainJiaxing.Item(x.code(), x.subjectId(), x.amount(), x.reason().code(),
                        PlainJiaxing.tieBreakOf(x))).toList();
            String who = r.subject().toString();
            assertThat(awards).as(who).isEqualTo(byHand.awards());
            assertThat(excluded).as(who).isEqualTo(byHand.excluded());
            assertThat(byEngine.total()).as(who).isEqualTo(byHand.total());
            if (!excluded.isEmpty()) {
                withExclusions++;
            }
            topUps += (int) byEngine.awards().stream().filter(a -> a.citation().equals("jiaxing-2012 §7(1)")).count();
        }
        // the population must exercise the exclusions, or agreement would prove little
        assertThat(withExclusions).isGreaterThan(300);
        assertThat(refused).isLessThan(population.size() / 20);
        // the variant's own award lines occur when, and only when, it is applied
        if (parameters.contains("topup")) {
            assertThat(topUps).isPositive();
        } else {
            assertThat(topUps).isZero();
        }
    }
}
