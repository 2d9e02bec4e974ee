package io.iprules.benchmarks;

import io.iprules.EvaluationRequest;
import io.iprules.RulesEngine;
import io.iprules.beijing.BeijingCity;
import io.iprules.beijing.BeijingEnterprise;
import io.iprules.kit.calendar.WorkingDayCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * beijing-2012 evaluations per second, engine against plain Java: requests of {@code BeijingPopulation}
 * (enterprises with green-channel deadlines counted on the official calendar and pledge loans; now and then the
 * city), and {@link PlainBeijing} for the baseline.
 */
@State(Scope.Benchmark)
public class BeijingBenchmark extends PolicyBenchmark {
    PlainBeijing baseline;

    @Override
    String policy() {
        return "beijing-2012";
    }

    @Override
    long seed() {
        return 20121214L;
    }

    @Override
    void prepareBaseline(RulesEngine built) {
        baseline = new PlainBeijing(WorkingDayCalendar.china());
    }

    @Benchmark
    public PlainBeijing.Outcome baseline(Cursor c) {
        EvaluationRequest r = next(c);
        return r.subject() instanceof BeijingCity city ? baseline.evaluate(city)
                : baseline.evaluate((BeijingEnterprise) r.subject(), r.asOf());
    }
}
