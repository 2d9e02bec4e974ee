package io.iprules.beijing;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.DeadlineStatus;
import io.iprules.EvaluationResult;
import io.iprules.IndicatorStatus;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.iprules.testkit.Populations;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The synthetic Beijing population: reproducible, always valid, and reaching every deadline status. */
class BeijingPopulationTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();

    @TestFactory
    Stream<DynamicTest> generator() {
        return Populations.checks(new BeijingPopulation());
    }

    @Test
    void everyRequestIsValidAndEveryStatusOccurs() {
        Set<DeadlineStatus> statuses = EnumSet.noneOf(DeadlineStatus.class);
        Set<IndicatorStatus> indicators = EnumSet.noneOf(IndicatorStatus.class);
        int awards = 0;
        int excluded = 0;
        for (JsonContract.Evaluated evaluated : Populations.evaluate(ENGINE,
                Populations.draw(new BeijingPopulation(), 20121214L, 2000))) {
            EvaluationResult result = evaluated.result();
            result.deadlines().forEach(d -> statuses.add(d.status()));
            result.indicators().forEach(i -> indicators.add(i.status()));
            awards += result.awards().size();
            excluded += result.excluded().size();
        }
        assertThat(statuses).containsExactlyInAnyOrder(DeadlineStatus.values());
        assertThat(indicators).contains(IndicatorStatus.MET, IndicatorStatus.NOT_MET, IndicatorStatus.UNKNOWN);
        assertThat(awards).isPositive();
        assertThat(excluded).isPositive();
    }
}
