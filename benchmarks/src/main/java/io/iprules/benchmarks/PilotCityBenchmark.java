package io.iprules.benchmarks;

import io.iprules.EvaluationRequest;
import io.iprules.RulesEngine;
import io.iprules.pilotcity.CityApplicant;
import io.iprules.pilotcity.ProvinceRecommendation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * pilot-city-2017 decisions per second, engine against plain Java: about six in seven requests a single city's
 * application with its 1 to 4 parks, the rest a province's set ({@code PilotCityPopulation}); {@link PlainPilotCity}
 * gives every condition's code, subject, verdict, actual, required and gap, and the overall verdict.
 */
@State(Scope.Benchmark)
public class PilotCityBenchmark extends PolicyBenchmark {
    PlainPilotCity baseline;

    @Override
    String policy() {
        return "pilot-city-2017";
    }

    @Override
    long seed() {
        return 2017;
    }

    @Override
    void prepareBaseline(RulesEngine built) {
        baseline = new PlainPilotCity(built.policy(policy()));
    }

    @Benchmark
    public PlainPilotCity.Outcome baseline(Cursor c) {
        EvaluationRequest r = next(c);
        return r.subject() instanceof ProvinceRecommendation set
                ? baseline.evaluate(set, r.asOf()) : baseline.evaluate((CityApplicant) r.subject(), r.asOf());
    }
}
