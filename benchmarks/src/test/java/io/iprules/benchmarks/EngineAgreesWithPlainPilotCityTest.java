package io.iprules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Condition;
import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.RulesEngine;
import io.iprules.pilotcity.CityApplicant;
import io.iprules.pilotcity.ProvinceRecommendation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine and the hand-written baseline decide the same conditions — code, subject, met, actual, required, gap,
 * in the same order — and the same verdict, for thousands of generated pilot-city-2017 requests: single cities'
 * applications and provinces' sets.
 */
class EngineAgreesWithPlainPilotCityTest {

    @Test
    void sameDecisions() {
        RulesEngine engine = RulesEngine.builder().build();
        PlainPilotCity plain = new PlainPilotCity(engine.policy("pilot-city-2017"));
        List<EvaluationRequest> population = Population.of(engine, "pilot-city-2017", 3000, 20170731L);
        Map<String, Integer> seen = new HashMap<>();
        for (EvaluationRequest r : population) {
            EvaluationResult byEngine = engine.evaluate(r);
            PlainPilotCity.Outcome byHand = r.subject() instanceof ProvinceRecommendation set
                    ? plain.evaluate(set, r.asOf()) : plain.evaluate((CityApplicant) r.subject(), r.asOf());
            List<PlainPilotCity.Check> checks = byEngine.conditions().stream()
                    .map((Condition c) -> new PlainPilotCity.Check(c.code(), c.subject(), c.met(), c.actual(),
                            c.required(), c.gap())).toList();
            String who = r.subject().toString();
            assertThat(checks).as(who).isEqualTo(byHand.checks());
            assertThat(byEngine.eligible()).as(who).isEqualTo(byHand.eligible());
            seen.merge(r.subjectKey() + (byEngine.eligible() ? " eligible" : " not eligible"), 1, Integer::sum);
        }
        // the population must exercise both kinds of request and both verdicts, or agreement would prove little
        assertThat(seen).containsOnlyKeys("applicant eligible", "applicant not eligible",
                "recommendation eligible", "recommendation not eligible");
        assertThat(seen.values()).allMatch(n -> n >= 50);
    }
}
