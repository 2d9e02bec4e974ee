package io.iprules.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iprules.Award;
import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.PolicyDescription;
import io.iprules.RulesEngine;
import io.iprules.SubjectKind;
import io.iprules.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The batch mechanics over a faked engine: order, bad lines, budget. The fake pays {@code amount} yuan as
 * award {@code code}, or an undetermined award when {@code amount} is absent, and fails on {@code "boom"}.
 */
class JsonLinesBatchTest {
    record Applicant(String name, String code, BigDecimal amount) {
    }

    private static final LocalDate D = LocalDate.of(2020, 1, 1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RulesEngine engine = mock(RulesEngine.class);

    JsonLinesBatchTest() {
        PolicyDescription p = new PolicyDescription("p-1", Text.plain("P"), null, D, D, null, "p-1 §9", "1", List.of(),
                List.of(), List.of(new SubjectKind("applicant", Applicant.class, Text.plain("a"))));
        when(engine.policies()).thenReturn(List.of(p));
        when(engine.policy("p-1")).thenReturn(p);
        when(engine.policy("p-2")).thenThrow(new IllegalArgumentException("unknown policy 'p-2'"));
        when(engine.evaluate(any(EvaluationRequest.class))).thenAnswer(inv -> {
            EvaluationRequest r = inv.getArgument(0);
            Applicant a = (Applicant) r.subject();
            if ("boom".equals(a.name())) {
                throw new IllegalStateException("boom");
            }
            if ("assert".equals(a.name())) {
                throw new AssertionError("a module's assertion"); // an Error no line answers (java -ea)
            }
            if ("heap".equals(a.name())) {
                throw new OutOfMemoryError("Java heap space");
            }
            EvaluationResult.Builder b = EvaluationResult.builder("p-1", r.asOf(), a.name()).eligible(a.code() != null);
            if (a.code() != null) {
                b.award(new Award(a.code(), a.name(), Text.plain(a.name()), r.asOf(), a.amount(),
                        a.amount() == null ? "P" : null, "p-1 §1", Text.plain("r")));
            }
            return b.build();
        });
    }

    private record Out(BatchSummary summary, List<JsonNode> lines) {
    }

    private Out run(String input, int threads, int chunk) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchSummary s = JsonLinesBatch.builder(engine).threads(threads).chunk(chunk).today(D).build()
                .run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).split("\n", -1)) {
            if (!l.isEmpty()) {
                lines.add(JSON.readTree(l));
            }
        }
        return new Out(s, lines);
    }

    private static String line(String name, String code, String amount) {
        return "{\"policy\":\"p-1\",\"asOf\":\"2020-06-30\",\"applicant\":{\"name\":\"" + name + "\""
                + (code == null ? "" : ",\"code\":\"" + code + "\"")
                + (amount == null ? "" : ",\"amount\":\"" + amount + "\"") + "}}";
    }

    @Test
    void oneResultPerLineInInputOrderWhateverTheThreads() throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            in.append(line("n" + i, "C" + (i % 3), "1.00")).append('\n');
        }
        for (int threads : new int[] {1, 3, 8}) {
            Out o = run(in.toString(), threads, 64);
            assertThat(o.lines()).hasSize(1000);
            for (int i = 0; i < 1000; i++) {
                assertThat(o.lines().get(i).get("applicant").asText()).isEqualTo("n" + i);
            }
            assertThat(o.summary().requests()).isEqualTo(1000);
            assertThat(o.summary().evaluated()).isEqualTo(1000);
            assertThat(o.summary().complete()).isTrue();
        }
    }

    /**
     * A heap too small for the run, met by a worker, ends the run as an {@link OutOfMemoryError}, as it does on the
     * reading thread, so that the command says the memory is too small: it was wrapped as a worker's failure, which
     * the command told as an internal error (a bug), in English whatever the language asked.
     */
    @Test
    void aHeapTooSmallMetByAWorkerEndsTheRunAsSuch() {
        String in = line("a", "C", "10.00") + "\n" + line("heap", null, null) + "\n" + line("c", "C", "2.50") + "\n";
        for (int threads : new int[] {1, 2}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(in, threads, 2)).as("%d threads", threads)
                    .isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space");
        }
    }

    /**
     * An {@link Error} other than a heap too small (a module's {@code assert} under {@code -ea}, a class missing from
     * a broken installation) ends the run as a bug, naming the lines the failed worker was evaluating: it was said
     * to have failed "outside any line".
     */
    @Test
    void anErrorMetByAWorkerEndsTheRunNamingItsLines() {
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            in.append(line(i == 3 ? "assert" : "n" + i, "C", "1.00")).append('\n');
        }
        // one thread, one chunk of 8 lines in four slices (of 2 lines each)
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(in.toString(), 1, 8))
                .isInstanceOf(IllegalStateException.class).hasMessage("a batch worker failed evaluating lines 3 to 4")
                .hasCauseInstanceOf(AssertionError.class);
        // two threads, chunks of 2 lines: the second chunk, lines 3 and 4, in slices of one line
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(in.toString(), 2, 2))
                .isInstanceOf(IllegalStateException.class).hasMessage("a batch worker failed evaluating line 3");
    }

    @Test
    void badLinesGetAnErrorWithTheirNumberAndTheRunGoesOn() throws Exception {
        String in = line("a", "C", "10.00") + "\n"
                + "{\"policy\":\"p-1\",\n"                  // line 2: broken JSON
                + "\n"                                      // line 3: empty
                + line("b", "C", "-") + "\n"                // line 4: not a number
                + line("boom", null, null) + "\n"           // line 5: internal failure
                + "{\"policy\":\"p-2\",\"asOf\":\"2020-01-01\",\"applicant\":{}}\r\n"  // line 6: unknown policy, CRLF
                + line("c", "C", "2.50");                   // line 7: no final newline
        Out o = run(in, 2, 2);
        assertThat(o.lines()).hasSize(7);
        assertThat(o.lines().get(0).get("total").asText()).isEqualTo("10.00");
        assertThat(o.lines().get(1).get("line").asInt()).isEqualTo(2);
        assertThat(o.lines().get(1).get("error").get("problems").get(0).get("message").asText())
                .isEqualTo("不是有效的 JSON(第 1 行第 17 列):对象的条目之间意外结束");
        // in the run's language, Chinese by default
        assertThat(o.lines().get(2).get("error").get("problems").get(0).get("message").asText())
                .isEqualTo("该行为空;应为一个 JSON 请求");
        assertThat(o.lines().get(3).get("error").get("problems").get(0).get("path").asText())
                .isEqualTo("applicant.amount");
        assertThat(o.lines().get(4).get("line").asInt()).isEqualTo(5);
        assertThat(o.lines().get(4).get("error").get("internal").asText()).contains("boom");
        assertThat(o.lines().get(5).get("error").get("problems").get(0).get("path").asText()).isEqualTo("policy");
        assertThat(o.lines().get(6).get("total").asText()).isEqualTo("2.50");
        BatchSummary s = o.summary();
        assertThat(s.requests()).isEqualTo(7);
        assertThat(s.evaluated()).isEqualTo(2);
        assertThat(s.invalid()).isEqualTo(4);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.complete()).isTrue();
    }

    /**
     * A failure that is not the request's fault, whether met while reading it (the engine cannot describe its
     * policy) or while evaluating it, is reported on that line, with that line's number, and the run goes on.
     */
    @Test
    void anInternalFailureReadingOrEvaluatingALineIsReportedOnThatLineOnly() throws Exception {
        when(engine.policy("p-3")).thenThrow(new IllegalStateException("policy store down"));
        String in = line("a", "C", "1.00") + "\n"
                + "{\"policy\":\"p-3\",\"asOf\":\"2020-06-30\",\"applicant\":{\"name\":\"x\"}}\n" // line 2
                + line("boom", null, null) + "\n"                                                  // line 3
                + line("b", "C", "2.00") + "\n";
        for (int threads : new int[] {1, 2}) {
            Out o = run(in, threads, 4); // one chunk: lines 2 and 3 are not its first
            assertThat(o.lines()).hasSize(4);
            assertThat(o.lines().get(1).toString())
                    .isEqualTo("{\"line\":2,\"error\":{\"internal\":\"java.lang.IllegalStateException: policy store "
                            + "down\"}}");
            assertThat(o.lines().get(2).toString())
                    .isEqualTo("{\"line\":3,\"error\":{\"internal\":\"java.lang.IllegalStateException: boom\"}}");
            assertThat(o.lines().get(3).get("total").asText()).isEqualTo("2.00");
            BatchSummary s = o.summary();
            assertThat(List.of(s.requests(), s.evaluated(), s.invalid(), s.failed())).containsExactly(4L, 2L, 0L, 2L);
            assertThat(s.complete()).isTrue();
            assertThat(s.budget().total()).isEqualByComparingTo("3.00");
        }
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedWithoutStoppingTheRun() throws Exception {
        String huge = "{\"policy\":\"p-1\",\"x\":\"" + "y".repeat(io.iprules.json.JsonContract.MAX_REQUEST_BYTES)
                + "\"}";
        Out o = run(huge + "\n" + line("a", "C", "1.00") + "\n", 2, 16);
        assertThat(o.lines()).hasSize(2);
        assertThat(o.lines().get(0).get("error").get("problems").get(0).get("message").asText())
                .isEqualTo("该行超过 " + io.iprules.json.JsonContract.MAX_REQUEST_BYTES + " 字节");
        assertThat(o.lines().get(1).get("total").asText()).isEqualTo("1.00");
    }

    @Test
    void theBudgetAddsDeterminedAmountsPerCodeAndCountsTheRest() throws Exception {
        // 10.00 + 2.50 for A; 7.25 for B; one undetermined B; one result with nothing due
        String in = String.join("\n", line("1", "A", "10.00"), line("2", "A", "2.50"), line("3", "B", "7.25"),
                line("4", "B", null), line("5", null, null));
        Budget b = run(in, 2, 2).summary().budget();
        assertThat(b.total()).isEqualByComparingTo("19.75");
        assertThat(b.byCode().get("A")).isEqualTo(new Budget.Line("A", new BigDecimal("12.50"), 2, 0));
        assertThat(b.byCode().get("B")).isEqualTo(new Budget.Line("B", new BigDecimal("7.25"), 1, 1));
        assertThat(b.determined()).isEqualTo(3);
        assertThat(b.undetermined()).isEqualTo(1);
        assertThat(b.evaluatedByPolicy()).containsEntry("p-1", 5L);
        assertThat(b.eligibleByPolicy()).containsEntry("p-1", 4L);
    }

    /**
     * A resumed run counts its kept lines as the run never interrupted counted them: a kept internal failure as a
     * failure (not as a line found invalid), a kept award without an amount as undetermined.
     */
    @Test
    void aResumedRunCountsKeptFailuresAndUndeterminedAwardsAsTheWholeRunDid() throws Exception {
        String in = String.join("\n", line("1", "A", "10.00"), line("boom", null, null), line("3", "B", null),
                "{\"policy\":\"p-1\",", line("5", "A", "2.50"), line("boom", null, null), line("7", "B", "7.25"))
                + "\n";
        byte[] bytes = in.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream full = new ByteArrayOutputStream();
        List<Checkpoint> checkpoints = new ArrayList<>();
        BatchSummary whole = JsonLinesBatch.builder(engine).chunk(2).today(D).checkpoints(checkpoints::add).build()
                .run(new ByteArrayInputStream(bytes), full);
        assertThat(List.of(whole.requests(), whole.evaluated(), whole.invalid(), whole.failed()))
                .containsExactly(7L, 4L, 1L, 2L);
        Checkpoint four = checkpoints.get(1);
        assertThat(four.lines()).isEqualTo(4);
        BatchSummary resumed = JsonLinesBatch.builder(engine).chunk(2).today(D)
                .resume(four, new ByteArrayInputStream(java.util.Arrays.copyOf(full.toByteArray(),
                        (int) four.outputBytes())))
                .build().run(new ByteArrayInputStream(bytes), new ByteArrayOutputStream());
        assertThat(List.of(resumed.requests(), resumed.evaluated(), resumed.invalid(), resumed.failed()))
                .containsExactly(7L, 4L, 1L, 2L);
        assertThat(resumed.budget().byCode().get("B")).isEqualTo(new Budget.Line("B", new BigDecimal("7.25"), 1, 1));
        com.fasterxml.jackson.databind.node.ObjectNode a = resumed.toJson();
        com.fasterxml.jackson.databind.node.ObjectNode b = whole.toJson();
        a.remove("millis");
        b.remove("millis");
        assertThat(a).isEqualTo(b);
    }

    /**
     * The valid requests of a slice go to the engine in one call: one thread, one chunk of 8 lines, so 4 slices of
     * 2 lines, 4 calls of 2 requests each, and none one by one.
     */
    @Test
    void aSlicesRequestsGoToTheEngineInOneCall() throws Exception {
        List<PolicyDescription> policies = engine.policies();
        PolicyDescription p1 = engine.policy("p-1");
        RulesEngine whole = mock(RulesEngine.class);
        when(whole.policies()).thenReturn(policies);
        when(whole.policy("p-1")).thenReturn(p1);
        List<Integer> calls = java.util.Collections.synchronizedList(new ArrayList<>());
        when(whole.evaluateAll(org.mockito.ArgumentMatchers.anyList())).thenAnswer(inv -> {
            List<EvaluationRequest> requests = inv.getArgument(0);
            calls.add(requests.size());
            List<io.iprules.Outcome> out = new ArrayList<>();
            for (EvaluationRequest r : requests) {
                out.add(io.iprules.Outcome.of(engine.evaluate(r)));
            }
            return out;
        });
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            in.append(line("n" + i, "A", "1.00")).append('\n');
        }
        BatchSummary s = JsonLinesBatch.builder(whole).threads(1).chunk(8).today(D).build()
                .run(new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)),
                        new ByteArrayOutputStream());
        assertThat(s.evaluated()).isEqualTo(8);
        assertThat(calls).containsExactly(2, 2, 2, 2);
        org.mockito.Mockito.verify(whole, org.mockito.Mockito.never()).evaluate(any(EvaluationRequest.class));
    }

    /**
     * An error the batch does not answer on a line (neither a runtime exception nor a stack overflow; a heap too small
     * is told as such, above) ends the run with that error as the cause, so that what broke is told.
     */
    @Test
    void anErrorMetByAWorkerEndsTheRunWithThatErrorAsItsCause() {
        NoClassDefFoundError missing = new NoClassDefFoundError("org/example/Missing");
        when(engine.evaluate(any(EvaluationRequest.class))).thenThrow(missing);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(line("a", "C", "1.00") + "\n", 1, 2))
                .isInstanceOf(IllegalStateException.class).hasCause(missing);
    }

    @Test
    void anEmptyInputIsAnEmptyRun() throws Exception {
        Out o = run("", 2, 8);
        assertThat(o.lines()).isEmpty();
        assertThat(o.summary().requests()).isZero();
    }

    @Test
    void aByteOrderMarkIsIgnored() throws Exception {
        Out o = run("\uFEFF" + line("a", "C", "1.00"), 1, 8);
        assertThat(o.lines().get(0).get("applicant").asText()).isEqualTo("a");
    }

    /**
     * A line's result and a line's problems are written with the C1 and bidi controls, DEL and U+2028/U+2029 of its
     * input as {@code \\uXXXX} (JSON allows them raw; a terminal acts on some); a line beginning with a NUL byte is
     * refused naming it, where the parser read UTF-16 and named a character that is not there.
     */
    @Test
    void controlCharactersOfALineAreEscapedAndANulFirstIsNamed() throws Exception {
        String controls = "名\u0085\u009B[2J\u007F\u202E\u2066\u2028\u2029\u200F";
        String escaped = "名\\u0085\\u009B[2J\\u007F\\u202E\\u2066\\u2028\\u2029\\u200F";
        String in = line(controls, "C", "1.00") + "\n"
                + "{\"policy\":\"p-1\",\"applicant\":{\"name\":\"a\",\"" + controls + "\":1}}\n"
                + "\0" + line("b", "C", "1.00") + "\n";
        for (int threads : new int[] {1, 2}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JsonLinesBatch.builder(engine).language(io.iprules.Language.EN).threads(threads).today(D).build()
                    .run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), out);
            String written = out.toString(StandardCharsets.UTF_8);
            for (char c : "\u0085\u009B\u007F\u202E\u2066\u2028\u2029\u200F".toCharArray()) {
                assertThat(written.indexOf(c)).as("U+%04X raw", (int) c).isEqualTo(-1);
            }
            String[] lines = written.split("\n");
            assertThat(lines).hasSize(3);
            assertThat(lines[0]).contains("\"applicant\":\"" + escaped + "\"");
            assertThat(JSON.readTree(lines[0]).get("applicant").asText()).isEqualTo(controls);
            assertThat(lines[1]).contains("\"path\":\"applicant." + escaped + "\"");
            assertThat(JSON.readTree(lines[1]).at("/error/problems/0/path").asText())
                    .isEqualTo("applicant." + controls);
            JsonNode nul = JSON.readTree(lines[2]);
            assertThat(nul.get("line").asInt()).isEqualTo(3);
            assertThat(nul.at("/error/problems/0/message").asText()).isEqualTo("not valid JSON at byte 0: a NUL byte "
                    + "(control character U+0000), which JSON allows nowhere; save the file as UTF-8 (text saved as "
                    + "UTF-16 holds NUL bytes)");
        }
        ByteArrayOutputStream zh = new ByteArrayOutputStream();
        JsonLinesBatch.builder(engine).today(D).build() // in Chinese unless told
                .run(new ByteArrayInputStream(("{\0}\n").getBytes(StandardCharsets.UTF_8)), zh);
        assertThat(JSON.readTree(zh.toString(StandardCharsets.UTF_8)).at("/error/problems/0/message").asText())
                .startsWith("第 1 字节处不是有效的 JSON:NUL 字节(控制字符 U+0000)");
    }
}
