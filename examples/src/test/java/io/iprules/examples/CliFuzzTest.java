package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iprules.examples.Hostile.Case;
import io.iprules.examples.Hostile.Seed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command against hostile input, in-process: {@code evaluate} and {@code report} exit with 0 or 2, never 1; on 2
 * stdout is empty and stderr names the problem without a stack trace; {@code batch} answers every line of a file
 * of hostile lines mixed with valid ones, each with a result or an input error, and exits with 0.
 */
class CliFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration BOUND = Duration.ofSeconds(60);

    /** A spread of hostile cases: each kind of mutation, on each shipped example. */
    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        List<Seed> seeds = Hostile.seeds(0);
        for (int k = 0; k < seeds.size(); k++) {
            Seed s = seeds.get(k);
            List<String> pointers = Hostile.pointers(s.tree());
            String at = pointers.get((7 * k + 3) % pointers.size());
            out.add(Hostile.replaced(s, at, Hostile.CHEAP_VALUES.get((5 * k) % Hostile.CHEAP_VALUES.size())));
            out.add(Hostile.replaced(s, at, "1e999999999"));
            out.add(Hostile.deleted(s, at));
            out.add(Hostile.truncated(s, s.bytes().length / 2));
            out.add(Hostile.inserted(s, 1, Hostile.ODD_BYTES.get(k % Hostile.ODD_BYTES.size()), "odd bytes"));
            out.add(new Case(s.name() + " as is", s.bytes()));
        }
        out.add(new Case("empty", new byte[0]));
        out.add(new Case("nested 100,000 deep", "[".repeat(100_000).getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(byte[] stdin, String... args) {
        return assertTimeoutPreemptively(BOUND, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = IpRules.run(args, new ByteArrayInputStream(stdin),
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        });
    }

    @Test
    void evaluateExitsWithZeroOrTwoAndNeverShowsAStackTrace() throws Exception {
        for (Case c : cases()) {
            for (String[] args : List.of(new String[] {"evaluate", "-", "--format", "json", "--lang", "en"},
                    new String[] {"evaluate", "-"})) {
                Run r = run(c.bytes(), args);
                String what = c + " " + String.join(" ", args) + ": " + Hostile.abbreviate(r.err());
                assertThat(r.exit()).as(what).isIn(0, 2);
                assertThat(r.err()).as(what).doesNotContain("Exception").doesNotContain("\tat ")
                        .doesNotContain("internal error");
                if (r.exit() == 2) {
                    assertThat(r.out()).as(what).isEmpty();
                    assertThat(r.err()).as(what).isNotBlank();
                } else if (args.length > 2) {
                    assertThat(JSON.readTree(r.out()).has("eligible")).as(what).isTrue();
                }
            }
        }
    }

    @Test
    void reportExitsWithZeroOrTwo() {
        for (Case c : cases().subList(0, 24)) {
            Run r = run(c.bytes(), "report", "-", "--html", "-");
            String what = c + ": " + Hostile.abbreviate(r.err());
            assertThat(r.exit()).as(what).isIn(0, 2);
            assertThat(r.err()).as(what).doesNotContain("Exception").doesNotContain("\tat ");
            if (r.exit() == 2) {
                assertThat(r.out()).as(what).isEmpty();
            }
        }
    }

    /** Every line of a mixed file is answered, in order, with a result or an input error; none is an internal one. */
    @Test
    void batchAnswersEveryLineOfAMixedFile(@TempDir Path tmp) throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        int lines = 0;
        for (Case c : cases()) {
            byte[] line = c.bytes().clone(); // one request a line: the pretty-printed examples joined up
            for (int i = 0; i < line.length; i++) {
                line[i] = line[i] == '\n' ? (byte) ' ' : line[i];
            }
            file.write(line);
            file.write('\n');
            lines++;
        }
        Path in = tmp.resolve("in.jsonl");
        Path out = tmp.resolve("out.jsonl");
        Files.write(in, file.toByteArray());
        Run r = run(new byte[0], "batch", in.toString(), "--out", out.toString(), "--threads", "2", "--no-progress");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        List<String> answers = Files.readAllLines(out);
        assertThat(answers).hasSize(lines);
        int evaluated = 0;
        for (int i = 0; i < answers.size(); i++) {
            JsonNode a = JSON.readTree(answers.get(i));
            if (a.has("error")) {
                assertThat(a.get("line").asInt()).isEqualTo(i + 1);
                assertThat(a.get("error").has("internal")).as(answers.get(i)).isFalse();
                assertThat(a.get("error").get("problems")).isNotEmpty();
            } else {
                assertThat(a.has("eligible")).isTrue();
                evaluated++;
            }
        }
        assertThat(evaluated).as("the valid lines among them").isGreaterThanOrEqualTo(8);
    }
}
