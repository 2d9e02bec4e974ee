package io.iprules.benchmarks;

import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.Language;
import io.iprules.Receipt;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.iprules.Outcome;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What every policy's benchmark measures, over a seeded population of {@value #SIZE} typical requests cycled
 * through (each thread walks it on its own), so branch prediction sees a realistic mix:
 *
 * <ul>
 *   <li>{@code engine}: {@code RulesEngine.evaluate} — the full result with citations (explanations rendered
 *       lazily, when read);</li>
 *   <li>{@code engineJson}: the same, then written as the contract's JSON in Chinese — every explanation rendered;</li>
 *   <li>{@code engineReceipt}: {@code engine}, then its receipt, whose request digest (a canonical
 *       re-serialisation of the request and its SHA-256) is computed when first asked for;</li>
 *   <li>{@code engineChunk}: {@code RulesEngine.evaluateAll} over a chunk of {@value #CHUNK} requests, as a batch
 *       evaluates them (one rule session per chunk where the module prepares its subjects), per decision;</li>
 *   <li>{@code jsonLine}: one batch line: read the JSON request, evaluate, write the JSON result (receipt
 *       included);</li>
 *   <li>{@code baseline} (in each subclass): the same rules hand-written in plain Java.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public abstract class PolicyBenchmark {
    static final int SIZE = 4096;
    /** The requests a batch hands to a module at once (a thread's slice of a chunk of lines). */
    static final int CHUNK = 64;

    RulesEngine engine;
    JsonContract json;
    EvaluationRequest[] requests;
    List<List<EvaluationRequest>> chunks;
    byte[][] lines;

    /** A counter per thread, so that threads walk the population independently. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    /** The policy measured. */
    abstract String policy();

    /** The population's seed. */
    abstract long seed();

    /** The engine to measure; a subclass may add deployment parameters. */
    RulesEngine.Builder engineBuilder() {
        return RulesEngine.builder();
    }

    /** Prepares the plain-Java baseline from the engine's parameter and target data. */
    abstract void prepareBaseline(RulesEngine built);

    @Setup(Level.Trial)
    public void setUp() {
        engine = engineBuilder().build();
        json = new JsonContract(engine);
        prepareBaseline(engine);
        requests = Population.of(engine, policy(), SIZE, seed()).toArray(new EvaluationRequest[0]);
        chunks = new java.util.ArrayList<>();
        for (int i = 0; i < SIZE; i += CHUNK) {
            chunks.add(List.of(requests).subList(i, i + CHUNK));
        }
        lines = Population.lines(policy(), SIZE, seed()).toArray(new byte[0][]);
    }

    /** The next request of this thread's walk. */
    EvaluationRequest next(Cursor c) {
        return requests[advance(c)];
    }

    private static int advance(Cursor c) {
        int i = c.next;
        c.next = (i + 1) & (SIZE - 1);
        return i;
    }

    @Benchmark
    public EvaluationResult engine(Cursor c) {
        return engine.evaluate(next(c));
    }

    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public List<Outcome> engineChunk(Cursor c) {
        int i = c.next;
        c.next = (i + CHUNK) & (SIZE - 1);
        return engine.evaluateAll(chunks.get(i / CHUNK));
    }

    @Benchmark
    public String engineJson(Cursor c) {
        return json.write(engine.evaluate(next(c)), Language.ZH, false);
    }

    @Benchmark
    public Receipt engineReceipt(Cursor c) {
        return engine.evaluate(next(c)).receipt().orElseThrow();
    }

    @Benchmark
    public String jsonLine(Cursor c) {
        return json.write(json.evaluate(lines[advance(c)], null, null), Language.ZH, false);
    }
}
