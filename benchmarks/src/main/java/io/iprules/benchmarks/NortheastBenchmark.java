package io.iprules.benchmarks;

import io.iprules.EvaluationRequest;
import io.iprules.RulesEngine;
import io.iprules.northeast.NortheastRegion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * northeast-2017 assessments per second, engine against plain Java: requests of {@code NortheastPopulation} (the
 * scope, six indicators decided exactly with the shown rates, gaps and progress, the measures), and
 * {@link PlainNortheast} for the baseline.
 */
@State(Scope.Benchmark)
public class NortheastBenchmark extends PolicyBenchmark {
    PlainNortheast baseline;

    @Override
    String policy() {
        return "northeast-2017";
    }

    @Override
    long seed() {
        return 2017;
    }

    @Override
    void prepareBaseline(RulesEngine built) {
        baseline = new PlainNortheast(built.policy(policy()));
    }

    @Benchmark
    public PlainNortheast.Outcome baseline(Cursor c) {
        EvaluationRequest r = next(c);
        return baseline.evaluate((NortheastRegion) r.subject());
    }
}
