package io.iprules.benchmarks;

import io.iprules.EvaluationRequest;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.iprules.spi.RequestGenerator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A seeded synthetic population of one policy, as parsed requests ready to evaluate. */
public final class Population {
    private Population() {
    }

    /** {@code count} requests of {@code policy} drawn with {@code seed}, read through the JSON contract. */
    public static List<EvaluationRequest> of(RulesEngine engine, String policy, int count, long seed) {
        RequestGenerator generator = RequestGenerator.forPolicy(policy);
        JsonContract json = new JsonContract(engine);
        SplittableRandom random = new SplittableRandom(seed);
        List<EvaluationRequest> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(json.read(generator.next(random).getBytes(StandardCharsets.UTF_8), LocalDate.MIN).request());
        }
        return out;
    }

    /** The same population as one batch input: each request on its own line, each line ended by a newline. */
    public static byte[] batchInput(String policy, int count, long seed) {
        RequestGenerator g = RequestGenerator.forPolicy(policy);
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(g.next(random)).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same population as JSON lines. */
    public static List<byte[]> lines(String policy, int count, long seed) {
        RequestGenerator g = RequestGenerator.forPolicy(policy);
        SplittableRandom random = new SplittableRandom(seed);
        List<byte[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(g.next(random).getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }
}
