package io.iprules.benchmarks;

import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.Language;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.iprules.pilotcity.CityApplicant;
import io.iprules.pilotcity.ProvinceRecommendation;
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
 * pilot-city-2017 decisions per second, engine against plain Java. Each invocation decides the next request of a
 * seeded population of 4,096 (cycling): about six in seven a single city's application with its 1 to 4 parks, the
 * rest a province's set of cities (see {@code PilotCityPopulation}), so the mix of outcomes is realistic.
 *
 * <ul>
 *   <li>{@code engine}: {@code RulesEngine.evaluate} — every condition with its actual and required values, gap and
 *       citation (explanations rendered lazily, when read);</li>
 *   <li>{@code engineJson}: the same, then written as the contract's JSON in Chinese — every explanation rendered;</li>
 *   <li>{@code jsonLine}: one batch line: read the JSON request, evaluate, write the JSON result;</li>
 *   <li>{@code baseline}: the same rules hand-written in plain Java ({@link PlainPilotCity}): every condition's code,
 *       subject, verdict, actual, required and gap, and the overall verdict; no explanations.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class PilotCityBenchmark {
    private static final String POLICY = "pilot-city-2017";
    private static final int SIZE = 4096;
    private static final long SEED = 2017;

    RulesEngine engine;
    JsonContract json;
    PlainPilotCity baseline;
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
        baseline = new PlainPilotCity(engine.policy(POLICY));
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
    public PlainPilotCity.Outcome baseline(Cursor c) {
        EvaluationRequest r = requests[next(c)];
        return r.subject() instanceof ProvinceRecommendation set
                ? baseline.evaluate(set, r.asOf()) : baseline.evaluate((CityApplicant) r.subject(), r.asOf());
    }
}
