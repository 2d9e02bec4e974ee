package io.iprules.anning;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.EvaluationResult;
import io.iprules.Indicator;
import io.iprules.IndicatorStatus;
import io.iprules.Phase;
import io.iprules.PolicyDescription;
import io.iprules.RulesEngine;
import io.iprules.Target;
import io.iprules.json.JsonContract;
import io.iprules.testkit.Populations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The synthetic county reports: reproducible, all valid, and covering every status of every target and every phase. */
class AnningPopulationTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final int COUNT = 3000;
    private static final long SEED = 20221018L;

    private static List<EvaluationResult> results;

    @BeforeAll
    static void evaluateThePopulation() {
        results = Populations.evaluate(ENGINE, Populations.draw(new AnningPopulation(), SEED, COUNT)).stream()
                .map(JsonContract.Evaluated::result).toList();
    }

    @TestFactory
    Stream<DynamicTest> generator() {
        return Populations.checks(new AnningPopulation());
    }

    @Test
    void everyRequestIsEvaluated() {
        assertThat(results).hasSize(COUNT).allSatisfy(r -> {
            assertThat(r.policy()).isEqualTo("anning-2022");
            assertThat(r.indicators()).hasSize(30);
            assertThat(r.awards()).isEmpty();
        });
    }

    @Test
    void everyIndicatorIsSeenMetNotMetAndUnknown() {
        Map<String, Set<IndicatorStatus>> seen = new TreeMap<>();
        for (EvaluationResult r : results) {
            for (Indicator i : r.indicators()) {
                seen.computeIfAbsent(i.code(), c -> EnumSet.noneOf(IndicatorStatus.class)).add(i.status());
            }
        }
        List<String> codes = ENGINE.policy("anning-2022").targets().stream().map(Target::code).toList();
        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(seen).allSatisfy((code, statuses) ->
                assertThat(statuses).as(code).containsExactlyInAnyOrder(IndicatorStatus.values()));
    }

    @Test
    void everyPhaseIsSeenAndSomeDatesAreBeforeThePlan() {
        PolicyDescription policy = ENGINE.policy("anning-2022");
        Set<String> phases = new HashSet<>();
        int beforeThePlan = 0;
        for (EvaluationResult r : results) {
            r.phase().ifPresent(p -> phases.add(p.code()));
            if (r.phase().isEmpty()) {
                assertThat(r.asOf()).isBefore(LocalDate.of(2022, 8, 1));
                assertThat(r.warnings()).hasSize(2); // no phase yet; the targets not yet due (§3(1))
                beforeThePlan++;
            }
        }
        assertThat(phases).containsExactlyInAnyOrderElementsOf(policy.phases().stream().map(Phase::code).toList());
        assertThat(beforeThePlan).isBetween(COUNT / 100, COUNT / 10);
        // the first and last days of the phases, as §5 is read: 2022-10-17 optimisation, 2022-10-18 implementation
        assertThat(results).anySatisfy(r -> {
            assertThat(r.asOf()).isEqualTo(LocalDate.of(2022, 10, 17));
            assertThat(r.phase()).hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("OPTIMISATION"));
        });
        assertThat(results).anySatisfy(r -> {
            assertThat(r.asOf()).isEqualTo(LocalDate.of(2022, 10, 18));
            assertThat(r.phase()).hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("IMPLEMENTATION"));
        });
        assertThat(results).extracting(EvaluationResult::asOf).anySatisfy(d -> assertThat(d.getYear()).isEqualTo(2026));
    }

    @Test
    void figuresFallExactlyOnTheTargetAndWithinAHairOfIt() {
        // §3(2)4 满意度超过90%: exactly 0.90 is not met, 0.9001 is; §4(1)1 不低于2倍: exactly 2 × the average is met
        assertThat(indicators("AN_RIGHTS_HOLDER_SATISFACTION")).anySatisfy(i -> {
            assertThat(i.actual()).isEqualByComparingTo("0.90");
            assertThat(i.status()).isEqualTo(IndicatorStatus.NOT_MET);
        }).anySatisfy(i -> {
            assertThat(i.actual()).isEqualByComparingTo("0.9001");
            assertThat(i.status()).isEqualTo(IndicatorStatus.MET);
        }).anySatisfy(i -> {
            assertThat(i.actual()).isEqualByComparingTo("0.8999");
            assertThat(i.status()).isEqualTo(IndicatorStatus.NOT_MET);
        });
        assertThat(indicators("AN_INVENTION_DENSITY")).anySatisfy(i -> {
            assertThat(i.reference().value()).isNotNull();
            assertThat(i.actual()).isEqualByComparingTo(twice(i.reference().value()));
            assertThat(i.status()).isEqualTo(IndicatorStatus.MET);
        }).anySatisfy(i -> {
            assertThat(i.reference().value()).isNotNull();
            assertThat(i.actual()).isEqualByComparingTo(twice(i.reference().value()).subtract(new BigDecimal("0.01")));
            assertThat(i.status()).isEqualTo(IndicatorStatus.NOT_MET);
        }).anySatisfy(i -> {
            // the county's figure without the province's average: shown, but not assessed
            assertThat(i.actual()).isNotNull();
            assertThat(i.status()).isEqualTo(IndicatorStatus.UNKNOWN);
        });
        // 20人左右: met at 18, progress against 20; 17 is not met
        assertThat(indicators("AN_LIAISON_TEAM")).anySatisfy(i -> {
            assertThat(i.actual()).isEqualByComparingTo("18");
            assertThat(i.status()).isEqualTo(IndicatorStatus.MET);
            assertThat(i.progress()).isEqualByComparingTo("0.9000");
        }).anySatisfy(i -> {
            assertThat(i.actual()).isEqualByComparingTo("17");
            assertThat(i.status()).isEqualTo(IndicatorStatus.NOT_MET);
        });
    }

    private static BigDecimal twice(BigDecimal v) {
        return v.add(v);
    }

    private static List<Indicator> indicators(String code) {
        return results.stream().flatMap(r -> r.indicators().stream()).filter(i -> i.code().equals(code)).toList();
    }
}
