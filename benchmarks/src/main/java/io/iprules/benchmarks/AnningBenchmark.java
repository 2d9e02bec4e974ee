package io.iprules.benchmarks;

import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.Language;
import io.iprules.RulesEngine;
import io.iprules.anning.AnningCounty;
import io.iprules.json.JsonContract;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * County assessments per second for anning-2022 (24 targets and the phase of the plan), engine against plain
 * Java. Each invocation assesses the next report of a seeded population of 4,096 (cycling): figures around the
 * targets, some missing, as-of dates over the whole plan.
 *
 * <ul>
 *   <li>{@code engine}: {@code RulesEngine.evaluate} — 24 indicators with citations, the phase, the counts;</li>
 *   <li>{@code engineJson}: the same, then written as the contract's JSON in Chinese — every text rendered;</li>
 *   <li>{@code jsonLine}: one batch line: read the JSON request, evaluate, write the JSON result;</li>
 *   <li>{@code baseline}: the same assessment hand-written in plain Java: statuses, values, progress, phase.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class AnningBenchmark {
    private static final String POLICY = "anning-2022";
    private static final int SIZE = 4096;
    private static final long SEED = 2026;

    RulesEngine engine;
    JsonContract json;
    PlainAnning baseline;
    EvaluationRequest[] requests;
    byte[][] lines;

    /** A counter per thread, so that threads walk the population independently. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void setUp() {
        engine = RulesEngine.builder().build();
        json = new JsonContract(engine);
        baseline = new PlainAnning(engine.policy(POLICY));
        List<EvaluationRequest> population = Population.of(engine, POLICY, SIZE, SEED);
        requests = population.toArray(new EvaluationRequest[0]);
        lines = Population.lines(POLICY, SIZE, SEED).toArray(new byte[0][]);
    }

    private int next(Cursor c) {
        int i = c.next;
        c.next = (i + 1) & (SIZE - 1);
        return i;
    }

    @Benchmark
    public EvaluationResult engine(Cursor c) {
        return engine.evaluate(requests[next(c)]);
    }

    @Benchmark
    public String engineJson(Cursor c) {
        return json.write(engine.evaluate(requests[next(c)]), Language.ZH, false);
    }

    @Benchmark
    public String jsonLine(Cursor c) {
        return json.write(json.evaluate(lines[next(c)], null, null), Language.ZH, false);
    }

    @Benchmark
    public PlainAnning.Outcome baseline(Cursor c) {
        EvaluationRequest r = requests[next(c)];
        return baseline.evaluate((AnningCounty) r.subject(), r.asOf());
    }
}
