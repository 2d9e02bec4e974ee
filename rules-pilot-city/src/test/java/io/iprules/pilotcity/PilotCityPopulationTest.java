package io.iprules.pilotcity;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Condition;
import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.Provision;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.iprules.testkit.Populations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The synthetic pilot-city population: reproducible from its seed, always valid input, and varied enough that a few
 * thousand requests exercise every condition both ways and both verdicts.
 */
class PilotCityPopulationTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();

    @TestFactory
    Stream<DynamicTest> generator() {
        return Populations.checks(new PilotCityPopulation());
    }

    @Test
    void everyRequestIsValidAndThePopulationExercisesEveryConditionBothWays() {
        TreeMap<String, int[]> byCode = new TreeMap<>(); // code → {met, unmet}
        Set<ApplicantType> types = EnumSet.noneOf(ApplicantType.class);
        Set<Integer> parkCounts = new TreeSet<>();
        int sets = 0;
        int eligible = 0;
        int withWarnings = 0;
        int twoOrThreeParks = 0;
        int cities = 0;
        List<String> densityHairs = new ArrayList<>();
        List<String> deadlineActuals = new ArrayList<>();
        for (JsonContract.Evaluated evaluated : Populations.evaluate(ENGINE,
                Populations.draw(new PilotCityPopulation(), 20170627L, 3000))) {
            EvaluationRequest request = evaluated.request();
            EvaluationResult result = evaluated.result();
            assertThat(result.asOf()).as("%s", request).isBetween(LocalDate.of(2017, 6, 1), LocalDate.of(2017, 10, 31));
            List<CityApplicant> applicants;
            if (request.subject() instanceof ProvinceRecommendation r) {
                sets++;
                applicants = r.cities();
            } else {
                applicants = List.of((CityApplicant) request.subject());
            }
            for (CityApplicant c : applicants) {
                cities++;
                types.add(c.type());
                parkCounts.add(c.parks().size());
                twoOrThreeParks += c.parks().size() == 2 || c.parks().size() == 3 ? 1 : 0;
            }
            eligible += result.eligible() ? 1 : 0;
            withWarnings += result.warnings().isEmpty() ? 0 : 1;
            for (Condition c : result.conditions()) {
                byCode.computeIfAbsent(c.code(), k -> new int[2])[c.met() ? 0 : 1]++;
                if (c.code().equals("PC_PARK_PATENT_DENSITY")
                        && (c.actual().equals("48.40") || c.actual().startsWith("48.39"))) {
                    densityHairs.add(c.actual() + (c.met() ? " met" : " unmet"));
                }
                if (c.code().equals("PC_DEADLINE")) {
                    deadlineActuals.add(c.actual() + (c.met() ? " met" : " unmet"));
                }
            }
        }

        // both kinds of request: mostly single cities, some provinces' sets
        assertThat(sets).isBetween(300, 600);
        // both verdicts, neither rare
        assertThat(eligible).isBetween(300, 2700);
        assertThat(withWarnings).isPositive();
        // every kind of applicant, eligible or not; 1 to 4 parks, mostly 2 or 3
        assertThat(types).containsExactlyInAnyOrder(ApplicantType.values());
        assertThat(parkCounts).containsExactly(1, 2, 3, 4);
        assertThat(twoOrThreeParks).isGreaterThan(cities * 3 / 4);
        // every condition the policy defines, met and unmet
        List<String> codes = ENGINE.policy(PilotCity2017.ID).provisions().stream()
                .flatMap((Provision p) -> p.codes().stream()).toList();
        assertThat(byCode.keySet()).containsExactlyInAnyOrderElementsOf(codes);
        byCode.forEach((code, n) -> {
            assertThat(n[0]).as("%s met", code).isPositive();
            assertThat(n[1]).as("%s unmet", code).isPositive();
        });
        // densities within a hair of 48.4, on either side: exactly 48.40 and 48.39…
        assertThat(densityHairs).contains("48.40 met", "48.39 unmet");
        // letters on the deadline, the day after, and none yet
        assertThat(deadlineActuals).contains("2017-07-31 met", "2017-08-01 unmet", "null unmet");
    }
}
