package io.iprules.benchmarks;

import io.iprules.EvaluationRequest;
import io.iprules.RulesEngine;
import io.iprules.anning.AnningCounty;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * anning-2022 assessments per second, engine against plain Java: county reports of {@code AnningPopulation} (24
 * indicators with citations, the phase, the counts), and {@link PlainAnning} for the baseline.
 */
@State(Scope.Benchmark)
public class AnningBenchmark extends PolicyBenchmark {
    PlainAnning baseline;

    @Override
    String policy() {
        return "anning-2022";
    }

    @Override
    long seed() {
        return 2026;
    }

    @Override
    void prepareBaseline(RulesEngine built) {
        baseline = new PlainAnning(built.policy(policy()));
    }

    @Benchmark
    public PlainAnning.Outcome baseline(Cursor c) {
        EvaluationRequest r = next(c);
        return baseline.evaluate((AnningCounty) r.subject(), r.asOf());
    }
}
