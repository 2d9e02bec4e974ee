package io.iprules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Condition;
import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.Indicator;
import io.iprules.IndicatorStatus;
import io.iprules.RulesEngine;
import io.iprules.northeast.NortheastRegion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine and the hand-written baseline decide the same scope, statuses, shown values, gaps, progress, verdict,
 * measures and period warning for thousands of generated northeast-2017 requests (whose figures sit on §2(2)'s
 * lines: growing exactly as fast as the nation, exactly its holdings per person, or one unit off).
 */
class EngineAgreesWithPlainNortheastTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final PlainNortheast PLAIN = new PlainNortheast(ENGINE.policy("northeast-2017"));

    @Test
    void sameAssessments() {
        List<EvaluationRequest> population = Population.of(ENGINE, "northeast-2017", 4000, 20170227L);
        int outOfScope = 0;
        int eligible = 0;
        int equalNotMet = 0;
        int unknown = 0;
        int early = 0;
        for (EvaluationRequest r : population) {
            EvaluationResult byEngine = EngineAgreesWithPlainNortheastAtBoundariesTest.agree(r);
            PlainNortheast.Outcome byHand = PLAIN.evaluate((NortheastRegion) r.subject());
            assertThat(byEngine.conditions().stream().allMatch(Condition::met)).isEqualTo(byHand.inScope());
            outOfScope += byHand.inScope() ? 0 : 1;
            eligible += byHand.eligible() ? 1 : 0;
            early += byHand.earlyPeriod() ? 1 : 0;
            for (Indicator i : byEngine.indicators()) {
                unknown += i.status() == IndicatorStatus.UNKNOWN ? 1 : 0;
                equalNotMet += i.exact() != null && i.exact().comparison().contains(" = ") ? 1 : 0;
            }
        }
        // the population must reach the lines the text draws, or agreement proves little
        assertThat(outOfScope).isPositive();
        assertThat(eligible).isPositive();
        assertThat(equalNotMet).isGreaterThan(50);
        assertThat(unknown).isGreaterThan(100);
        assertThat(early).isPositive();
    }
}
