package io.iprules.beijing;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.DeadlineStatus;
import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.IndicatorStatus;
import io.iprules.InvalidRequestException;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.iprules.spi.RequestGenerator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The synthetic Beijing population: reproducible, always valid, and reaching every deadline status. */
class BeijingPopulationTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final JsonContract JSON = new JsonContract(ENGINE);
    /** Never used: every generated request carries its own as-of date. */
    private static final LocalDate TODAY = LocalDate.of(2099, 1, 1);

    private static List<String> lines(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        BeijingPopulation g = new BeijingPopulation();
        return IntStream.range(0, count).mapToObj(i -> g.next(random)).toList();
    }

    @Test
    void isFoundByTheServiceLoader() {
        assertThat(RequestGenerator.forPolicy(Beijing2012.ID)).isInstanceOf(BeijingPopulation.class);
    }

    @Test
    void theSameSeedGivesTheSameRequests() {
        List<String> a = lines(7, 300);
        assertThat(a).isEqualTo(lines(7, 300)).doesNotHaveDuplicates();
        assertThat(lines(8, 300)).isNotEqualTo(a);
        assertThat(a).allSatisfy(line -> assertThat(line).doesNotContain("\n")
                .startsWith("{\"policy\":\"beijing-2012\",\"asOf\":\""));
    }

    @Test
    void everyRequestIsValidAndEveryStatusOccurs() {
        Set<DeadlineStatus> statuses = EnumSet.noneOf(DeadlineStatus.class);
        Set<IndicatorStatus> indicators = EnumSet.noneOf(IndicatorStatus.class);
        int awards = 0;
        int excluded = 0;
        for (String line : lines(20121214L, 2000)) {
            EvaluationResult result;
            try {
                EvaluationRequest request = JSON.read(line.getBytes(StandardCharsets.UTF_8), TODAY).request();
                result = ENGINE.evaluate(request);
            } catch (InvalidRequestException e) {
                throw new AssertionError("the generator made an invalid request: " + e.getMessage() + "\n" + line, e);
            }
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
