package io.iprules.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one JMH run's JSON results ({@code -rf json}) and prints, per policy, the engine's decisions per second
 * beside its hand-written baseline's, measured in that same run, the ratio engine ÷ baseline with its error, and
 * the bytes allocated per decision when the run had {@code -prof gc}. Used by {@code benchmarks/run.sh}.
 *
 * <p>The ratio's error is propagated from the two scores' 99.9% confidence half-widths (JMH's {@code scoreError}),
 * as relative errors in quadrature. With more than one fork ({@code -f}), JMH's half-width covers the variation from
 * one JVM to the next as well, and the ratio of each fork's means (engine's fork k ÷ baseline's fork k) is printed
 * after the table, so that a ratio that depends on the JVM it ran in shows as such. The target of issue 15 is
 * engine ÷ baseline ≥ 0.2 (within 5×) on one thread, for the chunked evaluation a batch uses ({@code engineChunk}).
 */
public final class Ratios {
    private static final double TARGET = 0.2;

    private Ratios() {
    }

    /** {@code Ratios RESULTS.json}: prints the table; exits 1 when a policy misses the target. */
    public static void main(String[] args) throws IOException {
        JsonNode runs = new ObjectMapper().readTree(new File(args[0]));
        Map<String, Map<String, JsonNode>> byClass = new TreeMap<>();
        for (JsonNode run : runs) {
            String name = run.get("benchmark").asText();
            int dot = name.lastIndexOf('.');
            String cls = name.substring(name.lastIndexOf('.', dot - 1) + 1, dot);
            byClass.computeIfAbsent(cls, k -> new TreeMap<>()).put(name.substring(dot + 1), run);
        }
        boolean allMet = true;
        StringBuilder perFork = new StringBuilder();
        System.out.printf(Locale.ROOT, "%-16s %14s %14s %14s %18s %10s %12s %12s%n", "policy", "engine/s",
                "engineChunk/s", "baseline/s", "chunk ÷ baseline", "target", "B/decision", "baseline B");
        for (Map.Entry<String, Map<String, JsonNode>> e : byClass.entrySet()) {
            Map<String, JsonNode> m = e.getValue();
            JsonNode baseline = m.get("baseline");
            JsonNode chunk = m.get("engineChunk");
            if (baseline == null || chunk == null) {
                continue;
            }
            double b = score(baseline);
            double c = score(chunk);
            double ratio = c / b;
            double err = ratio * Math.hypot(error(chunk) / c, error(baseline) / b);
            boolean met = ratio >= TARGET;
            allMet &= met;
            System.out.printf(Locale.ROOT, "%-16s %14s %14s %14s %11.3f ± %.3f %10s %12s %12s%n",
                    policy(e.getKey()), m.containsKey("engine") ? String.format(Locale.ROOT, "%,.0f",
                            score(m.get("engine"))) : "-", String.format(Locale.ROOT, "%,.0f", c),
                    String.format(Locale.ROOT, "%,.0f", b), ratio, err, met ? "met" : "MISSED",
                    alloc(chunk), alloc(baseline));
            double[] c1 = forkMeans(chunk);
            double[] b1 = forkMeans(baseline);
            if (c1.length > 1 && c1.length == b1.length) {
                perFork.append(String.format(Locale.ROOT, "%-16s", policy(e.getKey())));
                for (int k = 0; k < c1.length; k++) {
                    perFork.append(String.format(Locale.ROOT, " %8.3f", c1[k] / b1[k]));
                }
                perFork.append('\n');
            }
        }
        if (perFork.length() > 0) {
            System.out.printf(Locale.ROOT, "%nchunk ÷ baseline per fork (each JVM's mean engine ÷ its mean "
                    + "baseline):%n%s",
                    perFork);
        }
        System.exit(allMet ? 0 : 1);
    }

    private static String policy(String benchmarkClass) {
        String p = benchmarkClass.replace("Benchmark", "");
        return p.equals("Decision") ? "Jiaxing" : p;
    }

    private static double score(JsonNode run) {
        return run.get("primaryMetric").get("score").asDouble();
    }

    private static double error(JsonNode run) {
        double e = run.get("primaryMetric").get("scoreError").asDouble();
        return Double.isNaN(e) ? 0 : e;
    }

    /** The mean score of each fork ({@code primaryMetric.rawData}: one array of iterations per fork). */
    private static double[] forkMeans(JsonNode run) {
        JsonNode raw = run.get("primaryMetric").path("rawData");
        double[] out = new double[raw.size()];
        for (int k = 0; k < out.length; k++) {
            double sum = 0;
            for (JsonNode v : raw.get(k)) {
                sum += v.asDouble();
            }
            out[k] = sum / raw.get(k).size();
        }
        return out;
    }

    /** Bytes allocated per operation ({@code -prof gc}), or "-" without the profiler. */
    private static String alloc(JsonNode run) {
        JsonNode secondary = run.path("secondaryMetrics");
        for (String key : new String[] {"gc.alloc.rate.norm", "·gc.alloc.rate.norm"}) {
            if (secondary.has(key)) {
                return String.format(Locale.ROOT, "%,.0f", secondary.get(key).get("score").asDouble());
            }
        }
        return "-";
    }
}
