package io.iprules.examples;

import io.iprules.testkit.Props;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.Problem;
import io.iprules.RulesEngine;
import io.iprules.examples.Hostile.Case;
import io.iprules.examples.Hostile.Seed;
import io.iprules.json.JsonContract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The JSON entry point ({@link JsonContract#evaluate}) against hostile requests: every one must give a result (which
 * then also writes, in both languages) or an {@link InvalidRequestException} whose problems each have a path and a
 * message — never another exception, never a hang (each case runs under a time bound). The systematic tests apply
 * every mutation to every node of every seed; the campaign draws random mutations (fixed seed; longer with
 * {@code -Dprops.tries=N}, another seed with {@code -Dprops.seed=S}). A failing input is written to
 * {@code target/fuzz-failures/}.
 */
class JsonContractFuzzTest {
    private static final Props PROPS = new Props(20240101L);
    /** Far above the slowest valid request (a 4 MiB one), far below a hang. */
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final RulesEngine ENGINE = RulesEngine.builder()
            .parameters(Path.of("params/jiaxing-implementing-rules.example.json")).build();
    private static final JsonContract CONTRACT = new JsonContract(ENGINE);
    /** {@code -Dfuzz.full=true}: every mutation at every place of more seeds (minutes), not a sample (seconds). */
    private static final boolean FULL = Boolean.getBoolean("fuzz.full");
    private static final List<Seed> SEEDS = Hostile.seeds(FULL ? 4 : 1);

    /**
     * Whether the {@code j}-th mutation of the {@code i}-th place is tried: all of them in a full run, else a third.
     */
    private static boolean sampled(int i, int j) {
        return FULL || (i + j) % 3 == 0;
    }

    /** What a request gave. */
    enum Outcome { RESULT, INVALID }

    /** Evaluates {@code c} under the time bound; a failure says which case and keeps its bytes. */
    static Outcome attempt(Case c) {
        try {
            return assertTimeoutPreemptively(BOUND, () -> evaluate(c.bytes()), () -> "over " + BOUND + ": " + c);
        } catch (Throwable t) {
            keep(c);
            throw new AssertionError(c + ": " + t, t);
        }
    }

    private static Outcome evaluate(byte[] json) {
        EvaluationResult r;
        try {
            r = CONTRACT.evaluate(json, TODAY, null);
        } catch (InvalidRequestException e) {
            assertThat(e.problems()).isNotEmpty();
            for (Problem p : e.problems()) {
                assertThat(p.path()).isNotNull();
                assertThat(p.message()).isNotBlank();
                // an error says what is wrong; it does not echo a hostile megabyte back
                assertThat(p.message().length() + p.path().length()).as("%s", Hostile.abbreviate(p.toString()))
                        .isLessThan(2_000);
            }
            return Outcome.INVALID;
        }
        for (Language language : Language.values()) {
            assertThat(CONTRACT.write(r, language, true)).startsWith("{");
        }
        return Outcome.RESULT;
    }

    private static void keep(Case c) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
            Files.write(dir.resolve(Integer.toHexString(java.util.Arrays.hashCode(c.bytes())) + ".json"), c.bytes());
        } catch (Exception ignored) {
            // the assertion error is the report; the file is a convenience
        }
    }

    /** Runs every case, then reports every failure at once (so one bug does not hide the next). */
    private static void all(List<Case> cases, Consumer<Outcome> seen) {
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            if (c == null) {
                continue;
            }
            try {
                seen.accept(attempt(c));
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        assertThat(failures).as("%d of %d cases failed", failures.size(), cases.size()).isEmpty();
    }

    // ================================================================== systematic

    @Test
    void everyValueReplacedByAWrongTypeOrAnOddValue() {
        List<Case> cases = new ArrayList<>();
        for (Seed s : SEEDS) {
            List<String> pointers = Hostile.pointers(s.tree());
            for (int i = 0; i < pointers.size(); i++) {
                for (int j = 0; j < Hostile.CHEAP_VALUES.size(); j++) {
                    if (sampled(i, j)) {
                        cases.add(Hostile.replaced(s, pointers.get(i), Hostile.CHEAP_VALUES.get(j)));
                    }
                }
            }
        }
        int[] results = new int[2];
        all(cases, o -> results[o.ordinal()]++);
        // the mutations reach both sides: some values are accepted (a name, a date moved), most refused
        assertThat(results[Outcome.RESULT.ordinal()]).isPositive();
        assertThat(results[Outcome.INVALID.ordinal()]).isPositive();
    }

    @Test
    void everyFieldDeletedDuplicatedOrJoinedByAnUnknownOne() {
        List<Case> cases = new ArrayList<>();
        for (Seed s : SEEDS) {
            cases.add(Hostile.extraField(s, ""));
            for (String at : Hostile.pointers(s.tree())) {
                cases.add(Hostile.deleted(s, at));
                cases.add(Hostile.duplicated(s, at, "null"));
                cases.add(Hostile.duplicated(s, at, "1"));
                cases.add(Hostile.extraField(s, at));
            }
        }
        all(cases, o -> { });
    }

    /**
     * The first shipped example (examples/requests, by name) of each policy and request kind (the request's set of
     * top-level fields): a new module's example is taken without pushing another policy's out.
     */
    private static List<Seed> shippedKinds() {
        java.util.Map<String, Seed> first = new java.util.LinkedHashMap<>();
        for (Seed s : SEEDS) {
            if (s.name().contains(" generated #")) {
                continue;
            }
            com.fasterxml.jackson.databind.JsonNode t = s.tree();
            List<String> fields = new ArrayList<>();
            t.fieldNames().forEachRemaining(fields::add);
            fields.sort(null);
            first.putIfAbsent(t.path("policy").asText() + " " + fields, s);
        }
        return List.copyOf(first.values());
    }

    @Test
    void costlyValuesAndBlownUpListsAnywhere() {
        List<Case> cases = new ArrayList<>();
        for (Seed s : shippedKinds()) { // a shipped example of every policy and request kind
            List<String> pointers = Hostile.pointers(s.tree());
            List<String> costly = Hostile.costlyValues();
            for (int i = 0; i < pointers.size(); i += 5) {
                for (int j = 0; j < costly.size(); j++) {
                    if (sampled(i, j)) {
                        cases.add(Hostile.replaced(s, pointers.get(i), costly.get(j)));
                    }
                }
            }
            for (String at : pointers) {
                cases.add(Hostile.blownUp(s, at, 1_001));
                cases.add(Hostile.blownUp(s, at, 20_000));
            }
        }
        all(cases, o -> { });
    }

    @Test
    void truncatedAtEveryByteAndBytesFlippedAnywhere() {
        List<Case> cases = new ArrayList<>();
        for (Seed s : SEEDS) {
            byte[] b = s.bytes();
            for (int n = 0; n < b.length; n++) {
                // every position class: after each structural character, inside strings, numbers and literals
                if (FULL || n % 5 == 0 || n > 0 && "{}[]:,\"".indexOf(b[n - 1]) >= 0) {
                    cases.add(Hostile.truncated(s, n));
                }
            }
            for (int i = 0; i < b.length; i += FULL ? 1 : 7) {
                cases.add(Hostile.flipped(s, i, 0xff));
                cases.add(Hostile.flipped(s, i, '"'));
                cases.add(Hostile.flipped(s, i, '9'));
            }
            for (int i = 0; i < b.length; i += FULL ? 5 : 37) {
                for (byte[] odd : Hostile.ODD_BYTES) {
                    cases.add(Hostile.inserted(s, i, odd, "bytes " + java.util.HexFormat.of().formatHex(odd)));
                }
            }
            for (byte[] odd : Hostile.ODD_BYTES) {
                cases.add(Hostile.inserted(s, 0, odd, "prefix " + java.util.HexFormat.of().formatHex(odd)));
            }
        }
        all(cases, o -> { });
    }

    @Test
    void notJsonAtAll() {
        List<Case> cases = new ArrayList<>();
        for (String s : List.of("", " ", "\n", "null", "true", "1", "\"x\"", "[]", "[{}]", "{}", "{\"policy\":null}",
                "{\"policy\":1}", "{\"policy\":\"\"}", "{\"policy\":\"no-such\"}", "{\"policy\":\"jiaxing-2012\"}",
                "{\"policy\":\"jiaxing-2012\",\"applicant\":null}", "{\"policy\":\"jiaxing-2012\",\"applicant\":[]}",
                "{\"policy\":\"jiaxing-2012\",\"applicant\":{},\"city\":{}}",
                "{\"policy\":\"anning-2022\",\"applicant\":{}}",
                "{\"policy\":\"pilot-city-2017\",\"recommendation\":{}}",
                "{\"policy\":\"jiaxing-2012\",\"asOf\":null,\"applicant\":{}}",
                "{\"asOf\":\"2013-01-01\",\"policy\":\"jiaxing-2012\",\"city\":{\"name\":\"x\",\"figures\":{}}}",
                "{} {}", "{\"a\":1}}", "/* comment */ {}", "{'policy':'x'}", "{policy:1}", "\u0000", "\ufeff{}")) {
            cases.add(new Case("literal " + Hostile.abbreviate(s), s.getBytes(StandardCharsets.UTF_8)));
        }
        cases.add(new Case("5 MiB of spaces", " ".repeat(5 << 20).getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("4 MiB of '['", "[".repeat(4 << 20).getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("random bytes", randomBytes(100_000)));
        all(cases, o -> { });
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new java.util.Random(7).nextBytes(b);
        return b;
    }

    // ================================================================== campaign

    /** Mutations drawn at random, one to three stacked, shrunk to the simplest failing one. */
    @Test
    void randomMutationCampaign() {
        Gen<Integer> any = Generate.range(0, Integer.MAX_VALUE - 1);
        Gen<Case> cases = in -> {
            Seed s = SEEDS.get(Generate.range(0, SEEDS.size() - 1).generate(in));
            int steps = Generate.range(1, 3).generate(in);
            Case c = null;
            for (int i = 0; i < steps; i++) {
                Seed base = c == null ? s : reparse(s, c);
                if (base == null) {
                    break;
                }
                Case next = mutate(base, Generate.range(0, 7).generate(in), any.generate(in), any.generate(in));
                if (next != null) {
                    c = next;
                }
            }
            return c == null ? new Case(s.name() + ": as is", s.bytes()) : c;
        };
        PROPS.qt(1_500).forAll(cases).checkAssert(JsonContractFuzzTest::attempt);
    }

    /** A mutated case as the seed of the next mutation, when it is still JSON. */
    private static Seed reparse(Seed s, Case c) {
        String json = new String(c.bytes(), StandardCharsets.UTF_8);
        try {
            // an empty or blank document reads as no tree, not as an error: it is no seed either (its bytes
            // were flipped at a position modulo its length, 0: "/ by zero" under -Dprops.seed=31)
            com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(json);
            if (tree == null || tree.isMissingNode()) {
                return null;
            }
            return new Seed(c.what(), json);
        } catch (Exception e) {
            return null;
        }
    }

    private static Case mutate(Seed s, int op, int a, int b) {
        List<String> pointers = Hostile.pointers(s.tree());
        String at = pointers.isEmpty() ? "" : pointers.get(a % pointers.size());
        return switch (op) {
            case 0 -> pointers.isEmpty() ? null : Hostile.replaced(s, at,
                    Hostile.CHEAP_VALUES.get(b % Hostile.CHEAP_VALUES.size()));
            case 1 -> pointers.isEmpty() ? null : Hostile.deleted(s, at);
            case 2 -> pointers.isEmpty() ? null : Hostile.duplicated(s, at,
                    Hostile.CHEAP_VALUES.get(b % Hostile.CHEAP_VALUES.size()));
            case 3 -> Hostile.extraField(s, at);
            case 4 -> Hostile.truncated(s, a % (s.bytes().length + 1));
            case 5 -> Hostile.flipped(s, a, b & 0xff);
            case 6 -> Hostile.inserted(s, a, Hostile.ODD_BYTES.get(b % Hostile.ODD_BYTES.size()), "odd bytes");
            default -> pointers.isEmpty() ? null : Hostile.blownUp(s, at, 2 + b % 1_200);
        };
    }
}
