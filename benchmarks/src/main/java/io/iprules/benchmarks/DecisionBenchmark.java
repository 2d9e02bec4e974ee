package io.iprules.benchmarks;

import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.Language;
import io.iprules.RulesEngine;
import io.iprules.jiaxing.JiaxingEnterprise;
import io.iprules.json.JsonContract;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decisions per second for typical applicants, engine against plain Java. Each invocation decides the next
 * applicant of a seeded population of 4,096 (cycling), so branch prediction sees a realistic mix.
 *
 * <ul>
 *   <li>{@code engine}: {@code RulesEngine.evaluate} — the full result: awards and exclusions with citations,
 *       reasons and details (explanations rendered lazily, when read);</li>
 *   <li>{@code engineJson}: the same, then written as the contract's JSON in Chinese — every explanation rendered;</li>
 *   <li>{@code engineReceipt}: {@code engine}, then its receipt, whose request digest (a canonical
 *       re-serialisation of the request and its SHA-256) is computed when first asked for;</li>
 *   <li>{@code jsonLine}: one batch line: read the JSON request, evaluate, write the JSON result (receipt
 *       included);</li>
 *   <li>{@code baseline}: the same rules hand-written in plain Java, amounts and reasons only.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class DecisionBenchmark {
    /** The deployment parameters: none (amounts the text leaves open stay undetermined) or the example file. */
    @Param({"none", "example"})
    public String parameters;

    RulesEngine engine;
    JsonContract json;
    PlainJiaxing baseline;
    EvaluationRequest[] requests;
    byte[][] lines;

    /** A counter per thread, so that threads walk the population independently. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void setUp() {
        RulesEngine.Builder b = RulesEngine.builder();
        if (parameters.equals("example")) {
            b.parameters(Path.of(System.getProperty("ip-rules.params", "examples/params/jiaxing-implementing-rules.example.json")));
        }
        engine = b.build();
        json = new JsonContract(engine);
        baseline = new PlainJiaxing(engine.policy("jiaxing-2012"));
        List<EvaluationRequest> population = Population.of(engine, "jiaxing-2012", 4096, 2026);
        requests = population.toArray(new EvaluationRequest[0]);
        lines = Population.lines("jiaxing-2012", 4096, 2026).toArray(new byte[0][]);
    }

    private int next(Cursor c) {
        int i = c.next;
        c.next = (i + 1) & 4095;
        return i;
    }

    @Benchmark
    public EvaluationResult engine(Cursor c) {
        return engine.evaluate(requests[next(c)]);
    }

    @Benchmark
    public io.iprules.Receipt engineReceipt(Cursor c) {
        return engine.evaluate(requests[next(c)]).receipt().orElseThrow();
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
    public PlainJiaxing.Outcome baseline(Cursor c) {
        EvaluationRequest r = requests[next(c)];
        return baseline.evaluate((JiaxingEnterprise) r.subject(), r.asOf());
    }
}
