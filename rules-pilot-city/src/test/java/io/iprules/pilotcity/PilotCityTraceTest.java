package io.iprules.pilotcity;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.EvaluationResult;
import io.iprules.FiredRule;
import io.iprules.RulesEngine;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The result in the request's order still says which rules fired, each with its clause (ip-rules --verbose). */
class PilotCityTraceTest {
    @Test
    void theRulesFiredAreKeptWithTheirCitations() {
        CityApplicant city = CityApplicant.builder("湖州市", "浙江省", ApplicantType.PREFECTURE_LEVEL_CITY)
                .cityConditions(true, true, true, true, true)
                .park("湖州经济技术开发区", 3, 4840, 1_000_000)
                .park("湖州莫干山高新区", 1, 300, 50_000)
                .application(true, true).recommendation(true, true, LocalDate.of(2017, 7, 31))
                .build();
        EvaluationResult r = RulesEngine.builder().build().evaluate("pilot-city-2017", LocalDate.of(2017, 7, 31), city);
        // every condition was recorded by a rule that fired, so there is at least one rule per clause decided
        assertThat(r.trace()).isNotEmpty();
        assertThat(r.trace()).extracting(FiredRule::citation).contains("pilot-city-2017 §1(1)",
                "pilot-city-2017 §1(2)1", "pilot-city-2017 §1(2)2", "pilot-city-2017 §2(2)");
        assertThat(r.conditions()).extracting(c -> c.citation()).allMatch(c -> r.trace().stream()
                .anyMatch(f -> f.citation().equals(c)));
        assertThat(r.phase()).isEmpty(); // the notice sets no phases
    }
}
