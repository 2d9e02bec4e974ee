package io.iprules.benchmarks;

import io.iprules.EvaluationRequest;
import io.iprules.RulesEngine;
import io.iprules.jiaxing.JiaxingEnterprise;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * jiaxing-2012 decisions per second, engine against plain Java: enterprises of {@code JiaxingPopulation}, with no
 * deployment parameters (amounts the text leaves open stay undetermined) or the example implementing rules;
 * {@link PlainJiaxing} decides codes, subjects, amounts, exclusion reasons and totals.
 */
@State(Scope.Benchmark)
public class DecisionBenchmark extends PolicyBenchmark {
    /** The deployment parameters: none (amounts the text leaves open stay undetermined) or the example file. */
    @Param({"none", "example"})
    public String parameters;

    PlainJiaxing baseline;

    @Override
    String policy() {
        return "jiaxing-2012";
    }

    @Override
    long seed() {
        return 2026;
    }

    @Override
    RulesEngine.Builder engineBuilder() {
        RulesEngine.Builder b = RulesEngine.builder();
        if (parameters.equals("example")) {
            b.parameters(Path.of(System.getProperty("ip-rules.params", "examples/params/"
                    + "jiaxing-implementing-rules.example.json")));
        }
        return b;
    }

    @Override
    void prepareBaseline(RulesEngine built) {
        baseline = new PlainJiaxing(built.policy(policy()));
    }

    @Benchmark
    public PlainJiaxing.Outcome baseline(Cursor c) {
        EvaluationRequest r = next(c);
        return baseline.evaluate((JiaxingEnterprise) r.subject(), r.asOf());
    }
}
