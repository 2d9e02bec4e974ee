package io.iprules.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #10 in the batch itself: line numbers on every line, checkpoints a killed run can be resumed from (and
 * only with its own input), chunks bounded in bytes, and repeated applicants flagged.
 */
class BatchSafetyTest {
    record Applicant(String name, String creditCode, BigDecimal amount) {
    }

    private static final LocalDate D = LocalDate.of(2020, 1, 1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RulesEngine engine = mock(RulesEngine.class);

    BatchSafetyTest() {
        PolicyDescription p = new PolicyDescription("p-1", Text.plain("P"), null, D, D, null, "p-1 §9", "1", List.of(),
                List.of(), List.of(new SubjectKind("applicant", Applicant.class, Text.plain("a"),
                        List.of("creditCode", "name"))));
        when(engine.policies()).thenReturn(List.of(p));
        when(engine.policy("p-1")).thenReturn(p);
        when(engine.evaluate(any(EvaluationRequest.class))).thenAnswer(inv -> {
            EvaluationRequest r = inv.getArgument(0);
            Applicant a = (Applicant) r.subject();
            return EvaluationResult.builder("p-1", r.asOf(), a.name()).eligible(true)
                    .award(new Award("A", a.name(), Text.plain(a.name()), r.asOf(), a.amount(), null, "p-1 §1",
                            Text.plain("r"))).build();
        });
    }

    private static String line(String name, String code, String amount) {
        return "{\"policy\":\"p-1\",\"asOf\":\"2020-06-30\",\"applicant\":{\"name\":\"" + name + "\""
                + (code == null ? "" : ",\"creditCode\":\"" + code + "\"") + ",\"amount\":\"" + amount + "\"}}";
    }

    private static byte[] input(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i % 17 == 5 ? "{\"policy\":" : line("n" + i, "C" + i, "1.00")).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyLineCarriesItsInputLineNumber() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLinesBatch.builder(engine).threads(3).chunk(7).today(D).build()
                .run(new ByteArrayInputStream(input(50)), out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(50);
        for (int i = 0; i < lines.length; i++) {
            assertThat(JSON.readTree(lines[i]).get("line").asInt()).isEqualTo(i + 1);
        }
    }

    @Test
    void aRunKilledAfterACheckpointResumesIntoTheSameBytes() throws Exception {
        byte[] in = input(100);
        ByteArrayOutputStream full = new ByteArrayOutputStream();
        List<Checkpoint> checkpoints = new ArrayList<>();
        BatchSummary whole = JsonLinesBatch.builder(engine).threads(2).chunk(8).today(D).checkpoints(checkpoints::add)
                .build().run(new ByteArrayInputStream(in), full);
        assertThat(checkpoints).hasSize(13); // 100 lines in chunks of 8
        assertThat(checkpoints.get(12)).isEqualTo(new Checkpoint(100, in.length, checkpoints.get(12).inputSha256(),
                full.size(), crc32c(full.toByteArray())));
        byte[] fullBytes = full.toByteArray();

        Checkpoint c = checkpoints.get(4); // 40 lines kept
        assertThat(c.lines()).isEqualTo(40);
        byte[] kept = Arrays.copyOf(fullBytes, (int) c.outputBytes());
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        BatchSummary resumed = JsonLinesBatch.builder(engine).threads(2).chunk(8).today(D)
                .resume(c, new ByteArrayInputStream(kept)).build().run(new ByteArrayInputStream(in), rest);
        byte[] together = new byte[kept.length + rest.size()];
        System.arraycopy(kept, 0, together, 0, kept.length);
        System.arraycopy(rest.toByteArray(), 0, together, kept.length, rest.size());
        assertThat(new String(together, StandardCharsets.UTF_8))
                .isEqualTo(new String(fullBytes, StandardCharsets.UTF_8));
        // the summary counts the kept lines too
        assertThat(resumed.requests()).isEqualTo(whole.requests());
        assertThat(resumed.evaluated()).isEqualTo(whole.evaluated());
        assertThat(resumed.invalid()).isEqualTo(whole.invalid());
        assertThat(resumed.budget().total()).isEqualTo(whole.budget().total());
        assertThat(resumed.budget().byCode()).isEqualTo(whole.budget().byCode());
    }

    @Test
    void aResumeIsRefusedForAnotherInputOrAnotherOutput() throws Exception {
        byte[] in = input(40);
        ByteArrayOutputStream full = new ByteArrayOutputStream();
        List<Checkpoint> checkpoints = new ArrayList<>();
        JsonLinesBatch.builder(engine).chunk(8).today(D).checkpoints(checkpoints::add).build()
                .run(new ByteArrayInputStream(in), full);
        Checkpoint c = checkpoints.get(1);
        byte[] kept = Arrays.copyOf(full.toByteArray(), (int) c.outputBytes());
        byte[] other = in.clone();
        other[3] = 'P'; // "policy" → "Policy" in line 1
        assertThatThrownBy(() -> resume(c, kept, other)).isInstanceOf(ResumeException.class)
                .hasMessageContaining("not the one the interrupted run read")
                .satisfies(e -> assertThat(((ResumeException) e).text().in(io.iprules.Language.ZH))
                        .isEqualTo("输入不是中断的运行所读的那一个:其前 " + c.inputBytes() + " 个字节不同"));
        byte[] shuffled = new String(kept, StandardCharsets.UTF_8).replace("\"line\":3}", "\"line\":4}")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> resume(c, shuffled, in)).isInstanceOf(ResumeException.class)
                .hasMessageContaining("does not answer input line 3")
                .satisfies(e -> assertThat(((ResumeException) e).text().in(io.iprules.Language.ZH))
                        .isEqualTo("已保留输出的第 3 行不是对输入第 3 行的回答"));
        byte[] shorter = Arrays.copyOf(kept, kept.length - 10);
        assertThatThrownBy(() -> resume(c, shorter, in)).isInstanceOf(ResumeException.class);
    }

    /**
     * The kept output must end where its checkpoint says: a kept output that lost only its last newline still has
     * every line, but the lines written after it would be glued to its last one (and a file continued at the
     * checkpoint's byte would hold a hole there).
     */
    @Test
    void aResumeIsRefusedWhenTheKeptOutputIsNotTheCheckpointsLength() throws Exception {
        byte[] in = input(40);
        Whole w = whole(in);
        Checkpoint c = w.checkpoints().get(1); // 16 lines
        byte[] withoutLastNewline = Arrays.copyOf(w.output(), (int) c.outputBytes() - 1);
        assertThat(withoutLastNewline[withoutLastNewline.length - 1]).isEqualTo((byte) '}');
        assertThatThrownBy(() -> resume(c, withoutLastNewline, in)).isInstanceOf(ResumeException.class)
                .hasMessage("the kept output has " + (c.outputBytes() - 1) + " bytes, not the " + c.outputBytes()
                        + " its checkpoint records")
                .satisfies(e -> assertThat(((ResumeException) e).text().in(io.iprules.Language.ZH))
                        .isEqualTo("已保留的输出有 " + (c.outputBytes() - 1) + " 个字节,而不是其检查点记录的 "
                                + c.outputBytes() + " 个"));
        // a line end written CRLF by an editor: the same lines, one byte more
        String crlf = new String(w.kept(1), StandardCharsets.UTF_8);
        byte[] oneCrlf = (crlf.substring(0, crlf.length() - 1) + "\r\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> resume(c, oneCrlf, in)).isInstanceOf(ResumeException.class)
                .hasMessage("the kept output has " + (c.outputBytes() + 1) + " bytes, not the " + c.outputBytes()
                        + " its checkpoint records");
    }

    /**
     * A kept result changed in place — a byte flipped on the disk, an amount or a verdict edited by hand — keeps its
     * length, its JSON and its line number: only the output's checksum (CRC-32C), recorded with each checkpoint,
     * tells it. It was kept as it was, and passed on (with its amount in the budget) as a result this engine decided.
     */
    @Test
    void aResumeIsRefusedWhenAKeptResultWasChangedInPlace() throws Exception {
        byte[] in = input(40);
        Whole w = whole(in);
        Checkpoint c = w.checkpoints().get(1); // 16 lines
        assertThat(c.outputCrc32c()).isEqualTo(crc32c(w.kept(1)));
        String kept = new String(w.kept(1), StandardCharsets.UTF_8);
        assertThat(kept).contains("\"total\":\"1.00\"");
        byte[] edited = kept.replaceFirst("\"total\":\"1\\.00\"", "\"total\":\"9.00\"")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(edited).hasSameSizeAs(w.kept(1)).isNotEqualTo(w.kept(1));
        assertThatThrownBy(() -> resumed(c, edited, in)).isInstanceOf(ResumeException.class)
                .hasMessage("the kept output was changed after the run was interrupted: its " + c.outputBytes()
                        + " bytes do not have the checksum (CRC-32C) its checkpoint records, so none of its results "
                        + "can be kept; start the run again")
                .satisfies(e -> assertThat(((ResumeException) e).text().in(io.iprules.Language.ZH))
                        .isEqualTo("已保留的输出在中断后被改动过:其 " + c.outputBytes() + " 个字节的校验和(CRC-32C)与检查点记录的不符,"
                                + "其中的结果都不能保留;请重新运行"));
        // as written, it is kept; and a checkpoint resumed from goes on summing the whole output, kept part included
        List<Checkpoint> after = new ArrayList<>();
        JsonLinesBatch.builder(engine).threads(2).chunk(8).today(D).checkpoints(after::add)
                .resume(c, new ByteArrayInputStream(w.kept(1))).build()
                .run(new ByteArrayInputStream(in), new ByteArrayOutputStream());
        assertThat(after).isEqualTo(w.checkpoints().subList(2, w.checkpoints().size()));
        // a checkpoint that records no checksum (made with the four-part constructor) is checked line by line only
        Checkpoint unrecorded = new Checkpoint(c.lines(), c.inputBytes(), c.inputSha256(), c.outputBytes());
        assertThat(resumed(unrecorded, w.kept(1), in).requests()).isEqualTo(40);
    }

    /** The CRC-32C of {@code bytes} as a checkpoint records it, eight lower-case hex digits. */
    private static String crc32c(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return String.format(java.util.Locale.ROOT, "%08x", crc.getValue());
    }

    /** The whole run of {@code in} in chunks of 8 lines: its output, summary and checkpoints. */
    private record Whole(byte[] output, BatchSummary summary, List<Checkpoint> checkpoints) {
        byte[] kept(int checkpoint) {
            return Arrays.copyOf(output, (int) checkpoints.get(checkpoint).outputBytes());
        }
    }

    private Whole whole(byte[] in) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Checkpoint> checkpoints = new ArrayList<>();
        BatchSummary s = JsonLinesBatch.builder(engine).threads(2).chunk(8).today(D).checkpoints(checkpoints::add)
                .build().run(new ByteArrayInputStream(in), out);
        return new Whole(out.toByteArray(), s, checkpoints);
    }

    private BatchSummary resumed(Checkpoint c, byte[] kept, byte[] in) throws Exception {
        return JsonLinesBatch.builder(engine).threads(2).chunk(8).today(D).resume(c, new ByteArrayInputStream(kept))
                .build().run(new ByteArrayInputStream(in), new ByteArrayOutputStream());
    }

    @Test
    void aResumeIsRefusedWhenTheInputOrTheKeptOutputHasFewerLinesThanTheCheckpoint() throws Exception {
        byte[] in = input(40);
        Whole w = whole(in);
        Checkpoint sixteen = w.checkpoints().get(1);
        assertThatThrownBy(() -> resume(sixteen, w.kept(0), in)).isInstanceOf(ResumeException.class)
                .hasMessage("its checkpoint records 16 kept lines but the kept output has only 8")
                .satisfies(e -> assertThat(((ResumeException) e).text().in(io.iprules.Language.ZH))
                        .isEqualTo("检查点记录已保留 16 行,但已保留的输出只有 8 行"));
        String text = new String(in, StandardCharsets.UTF_8); // ASCII: a character is a byte
        int end = 0;
        for (int k = 0; k < 10; k++) {
            end = text.indexOf('\n', end) + 1;
        }
        byte[] tenLines = Arrays.copyOf(in, end);
        assertThatThrownBy(() -> resume(sixteen, w.kept(1), tenLines)).isInstanceOf(ResumeException.class)
                .hasMessage("its checkpoint records 16 kept lines but the input has only 10")
                .satisfies(e -> assertThat(((ResumeException) e).text().in(io.iprules.Language.ZH))
                        .isEqualTo("检查点记录已保留 16 行,但输入只有 10 行"));
    }

    /** An applicant first met in the kept lines and again after the checkpoint is a repeat, as in one run. */
    @Test
    void aRepeatOfAnApplicantKeptBeforeTheCheckpointIsFlaggedInTheResumedRun() throws Exception {
        String in = line("甲", "C1", "3.00") + "\n" + line("乙", "C2", "4.00") + "\n"
                + line("甲 again", "C1", "5.00") + "\n"; // line 3, in the second chunk
        byte[] bytes = in.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Checkpoint> checkpoints = new ArrayList<>();
        JsonLinesBatch.builder(engine).chunk(2).today(D).checkpoints(checkpoints::add).build()
                .run(new ByteArrayInputStream(bytes), out);
        Checkpoint two = checkpoints.get(0);
        assertThat(two.lines()).isEqualTo(2);
        BatchSummary s = JsonLinesBatch.builder(engine).chunk(2).today(D)
                .resume(two, new ByteArrayInputStream(Arrays.copyOf(out.toByteArray(), (int) two.outputBytes())))
                .build().run(new ByteArrayInputStream(bytes), new ByteArrayOutputStream());
        assertThat(s.duplicates()).isEqualTo(new DuplicateApplicants(1, new BigDecimal("5.00"),
                List.of(new DuplicateApplicants.Repeat("p-1", "creditCode", "C1", 1, 3, new BigDecimal("5.00")))));
    }

    /**
     * A batch of more applicants than the check for repeats may remember (48 KiB: 1,365 values; a line's code and its
     * name are two, so lines 1 to 682 wholly and line 683's code) answers every line, budgets each, and counts the
     * lines it could not remember wholly; a repeat of a remembered applicant is still flagged.
     * Before, the check grew without bound: 1.4 million applicants ended a run in 110 MB with an OutOfMemoryError.
     */
    @Test
    void aBatchOfMoreApplicantsThanTheCheckMayRememberAnswersEveryLineAndSaysHowManyWereNotChecked()
            throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= 1400; i++) {
            in.append(line("企业" + i, "C" + i, "1.00")).append('\n');
        }
        // line 1401: its code remembered, a repeat; its new name not remembered
        in.append(line("企业1 again", "C1", "2.00")).append('\n');
        in.append(line("企业1400 again", "C1400", "3.00")).append('\n'); // line 1402: not remembered, not flagged
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchSummary s = JsonLinesBatch.builder(engine).today(D).duplicateCheckBytes(48 * 1024).build()
                .run(new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)), out);
        assertThat(s.requests()).isEqualTo(1402);
        assertThat(s.evaluated()).isEqualTo(1402);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1402);
        // lines 683 to 1400 (718), 1401 and 1402
        assertThat(s.duplicates().unchecked()).isEqualTo(720);
        assertThat(s.duplicates().repeats()).containsExactly(
                new DuplicateApplicants.Repeat("p-1", "creditCode", "C1", 1, 1401, new BigDecimal("2.00")));
        assertThatThrownBy(() -> JsonLinesBatch.builder(engine).duplicateCheckBytes(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A request that names no applicant (its name blank, no code) is evaluated and budgeted like any other, is nobody's
     * repeat, and takes no room in the check for repeats: with room for 682 applicants only (the first table's two
     * thirds, the least any bound gives, here one byte), 700 such lines leave every applicant after them checked.
     * Without a bound given, the check may take a quarter of the heap: 700 applicants are all remembered.
     */
    @Test
    void requestsNamingNoApplicantAreEvaluatedAndTakeNoRoomInTheCheckForRepeats() throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= 700; i++) {
            in.append(line("", null, "1.00")).append('\n');
        }
        in.append(line("甲", "C1", "2.00")).append('\n').append(line("甲", "C1", "3.00")).append('\n');
        BatchSummary s = JsonLinesBatch.builder(engine).today(D).duplicateCheckBytes(1).build()
                .run(new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)),
                        new ByteArrayOutputStream());
        assertThat(List.of(s.requests(), s.evaluated(), s.invalid(), s.failed())).containsExactly(702L, 702L, 0L, 0L);
        assertThat(s.budget().total()).isEqualByComparingTo("705.00");
        assertThat(s.duplicates()).isEqualTo(new DuplicateApplicants(1, new BigDecimal("3.00"), List.of(
                new DuplicateApplicants.Repeat("p-1", "creditCode", "C1", 701, 702, new BigDecimal("3.00"))), 0));

        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 700; i++) {
            many.append(line("企业" + i, "C" + i, "1.00")).append('\n');
        }
        many.append(line("企业1 again", "C1", "2.00")).append('\n');
        BatchSummary d = JsonLinesBatch.builder(engine).today(D).build()
                .run(new ByteArrayInputStream(many.toString().getBytes(StandardCharsets.UTF_8)),
                        new ByteArrayOutputStream());
        assertThat(d.duplicates()).isEqualTo(new DuplicateApplicants(1, new BigDecimal("2.00"), List.of(
                new DuplicateApplicants.Repeat("p-1", "creditCode", "C1", 1, 701, new BigDecimal("2.00"))), 0));
    }

    /**
     * A checkpoint's {@code inputSha256} is the SHA-256 of the input's first {@code inputBytes} bytes, line ends
     * included, as anyone can compute it (for instance {@code head -c N input | sha256sum}).
     */
    @Test
    void aCheckpointRecordsTheSha256OfTheInputBytesItCovers() throws Exception {
        byte[] in = input(40);
        Whole w = whole(in);
        assertThat(w.checkpoints()).hasSize(5);
        for (Checkpoint c : w.checkpoints()) {
            byte[] covered = Arrays.copyOf(in, (int) c.inputBytes());
            assertThat(covered[covered.length - 1]).isEqualTo((byte) '\n');
            assertThat(c.inputSha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(covered)));
        }
    }

    /**
     * The kept output holds the checkpoint's lines and no more (a line more is told as such, not only as bytes too
     * many), and the checkpoint's input bytes are those its lines take: a checkpoint whose count of input bytes was
     * changed (its hash still that of its lines) is not of this input.
     */
    @Test
    void aResumeIsRefusedWhenTheKeptOutputHasMoreLinesOrTheCheckpointOtherInputBytes() throws Exception {
        byte[] in = input(40);
        Whole w = whole(in);
        Checkpoint sixteen = w.checkpoints().get(1);
        assertThatThrownBy(() -> resume(sixteen, w.kept(2), in)).isInstanceOf(ResumeException.class)
                .hasMessage("the kept output has more lines than its checkpoint (16)")
                .satisfies(e -> assertThat(((ResumeException) e).text().in(io.iprules.Language.ZH))
                        .isEqualTo("已保留的输出多于其检查点记录的 16 行"));
        Checkpoint otherBytes = new Checkpoint(16, sixteen.inputBytes() + 1, sixteen.inputSha256(),
                sixteen.outputBytes(), sixteen.outputCrc32c());
        assertThatThrownBy(() -> resume(otherBytes, w.kept(1), in)).isInstanceOf(ResumeException.class)
                .hasMessage("the input is not the one the interrupted run read: its first " + (sixteen.inputBytes() + 1)
                        + " bytes differ");
    }

    /**
     * Results whose engine writes no receipt record no date: a run that overrode every date resumes with the same
     * override, nothing being recorded to compare. Its progress, as the kept lines are counted and then as it goes
     * on, never tells fewer lines or bytes than were kept.
     */
    @Test
    void aRunOverridingItsDatesResumesWithItsProgressGoingOnFromTheKeptLines() throws Exception {
        byte[] in = input(40);
        ByteArrayOutputStream full = new ByteArrayOutputStream();
        List<Checkpoint> checkpoints = new ArrayList<>();
        BatchSummary whole = JsonLinesBatch.builder(engine).chunk(8).asOf(D).checkpoints(checkpoints::add).build()
                .run(new ByteArrayInputStream(in), full);
        assertThat(full.toString(StandardCharsets.UTF_8)).doesNotContain("receipt");
        Checkpoint c = checkpoints.get(1);
        List<long[]> progress = new ArrayList<>();
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        BatchSummary s = JsonLinesBatch.builder(engine).chunk(8).asOf(D)
                .progress((l, b) -> progress.add(new long[] {l, b}))
                .resume(c, new ByteArrayInputStream(Arrays.copyOf(full.toByteArray(), (int) c.outputBytes()))).build()
                .run(new ByteArrayInputStream(in), rest);
        assertThat(s.requests()).isEqualTo(whole.requests());
        assertThat((int) c.outputBytes() + rest.size()).isEqualTo(full.size());
        assertThat(progress).isNotEmpty();
        for (long[] p : progress) {
            assertThat(p[0]).as("lines").isBetween(c.lines() + 1, 40L);
            assertThat(p[1]).as("bytes").isBetween(c.inputBytes(), (long) in.length);
        }
        assertThat(progress.get(progress.size() - 1)).containsExactly(40L, in.length);
    }

    /**
     * A resumed run's summary counts the kept lines as the interrupted run counted them: verdicts, indicators, and
     * items held out until the applicant chooses (a reason the kept line gives by its code only).
     */
    @Test
    void aResumedRunSummarisesAsTheRunNeverInterrupted() throws Exception {
        io.iprules.ExclusionReason choice = new io.iprules.ExclusionReason("CHOICE_REQUIRED", "p-1 §7",
                Text.plain("c"), true);
        io.iprules.ExclusionReason paid = new io.iprules.ExclusionReason("ALREADY_PAID", "p-1 §7", Text.plain("p"));
        PolicyDescription p = new PolicyDescription("p-1", Text.plain("P"), null, D, D, null, "p-1 §9", "1", List.of(),
                List.of(), engine.policy("p-1").subjects(), List.of(), List.of(), List.of(choice, paid), List.of());
        when(engine.policies()).thenReturn(List.of(p));
        when(engine.policy("p-1")).thenReturn(p);
        when(engine.findPolicy("p-1")).thenReturn(java.util.Optional.of(p));
        // applicant nK: eligible when K is even; its indicator met, not met or unknown as K divided by 3 leaves 0,
        // 1 or 2; an item of 5.00 held out for the applicant's choice when K is a multiple of 4, one already paid
        // when K is 2 more than one
        when(engine.evaluate(any(EvaluationRequest.class))).thenAnswer(inv -> {
            EvaluationRequest r = inv.getArgument(0);
            Applicant a = (Applicant) r.subject();
            int k = Integer.parseInt(a.name().substring(1));
            EvaluationResult.Builder b = EvaluationResult.builder("p-1", r.asOf(), a.name()).eligible(k % 2 == 0)
                    .indicator(BudgetTest.indicator(k % 3 == 0 ? io.iprules.IndicatorStatus.MET
                            : k % 3 == 1 ? io.iprules.IndicatorStatus.NOT_MET : io.iprules.IndicatorStatus.UNKNOWN));
            if (k % 4 != 1 && k % 4 != 3) {
                b.exclusion(new io.iprules.Exclusion("G", a.name(), Text.plain("g"), r.asOf(), new BigDecimal("5.00"),
                        k % 4 == 0 ? choice : paid, "p-1 §7", "p-1 §1", Text.plain("x")));
            }
            return b.build();
        });
        byte[] in = input(40); // lines 6, 23 and 40 (n5, n22, n39) are not valid requests
        Whole w = whole(in);
        BatchSummary s = resumed(w.checkpoints().get(1), w.kept(1), in);
        // 37 evaluated: the 20 even K of 0..39 but 22; 14 K leave 0 but 39, 13 leave 1 but 22, 13 leave 2 but 5;
        // the 10 multiples of 4
        assertThat(s.evaluated()).isEqualTo(37);
        assertThat(s.budget().eligibleByPolicy()).isEqualTo(java.util.Map.of("p-1", 19L));
        assertThat(s.budget().indicatorsByPolicy()).isEqualTo(java.util.Map.of("p-1",
                new Budget.IndicatorCounts(13, 12, 12)));
        assertThat(s.budget().awaitingApplicantInAll()).isEqualTo(new Budget.Awaiting("", 10, new BigDecimal("50.00"),
                0));
        com.fasterxml.jackson.databind.node.ObjectNode resumedJson = s.toJson();
        com.fasterxml.jackson.databind.node.ObjectNode wholeJson = w.summary().toJson();
        resumedJson.remove("millis");
        wholeJson.remove("millis");
        assertThat(resumedJson).isEqualTo(wholeJson);
    }

    private void resume(Checkpoint c, byte[] kept, byte[] in) throws Exception {
        JsonLinesBatch.builder(engine).chunk(8).today(D).resume(c, new ByteArrayInputStream(kept)).build()
                .run(new ByteArrayInputStream(in), new ByteArrayOutputStream());
    }

    @Test
    void aChunkHoldsAtMostItsBytesOfInput() throws Exception {
        // lines of 1,000 bytes, chunks of 4,000 bytes: a checkpoint every 4 lines, whatever the line count allows
        String pad = " ".repeat(1000 - line("n", "C", "1.00").length());
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            String l = line("n" + i, "C" + i, "1.00");
            b.append(l, 0, l.length() - 1).append(pad, 0, 1000 - l.length()).append("}\n");
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        JsonLinesBatch.builder(engine).chunk(2048).chunkBytes(4000).today(D).checkpoints(checkpoints::add).build()
                .run(new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8)),
                        new ByteArrayOutputStream());
        assertThat(checkpoints).extracting(Checkpoint::lines).containsExactly(4L, 8L, 12L, 16L, 20L);
    }

    @Test
    void repeatedApplicantsAreFlaggedWithWhatTheyWouldCountTwice() throws Exception {
        String in = line("甲公司", "91330400MA28A0001D", "100.00") + "\n"
                + line("乙公司", "91330400MA28A0002B", "50.00") + "\n"
                + line("甲公司 (renamed)", "91330400MA28A0001D", "100.00") + "\n" // same code
                + line("丙", null, "7.00") + "\n"
                + line("丙", null, "8.00") + "\n" // same name, no code
                + line("丁", null, "1.00") + "\n";
        BatchSummary s = JsonLinesBatch.builder(engine).today(D).build()
                .run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream());
        DuplicateApplicants d = s.duplicates();
        assertThat(d.count()).isEqualTo(2);
        assertThat(d.amount()).isEqualByComparingTo("108.00");
        assertThat(d.repeats()).containsExactly(
                new DuplicateApplicants.Repeat("p-1", "creditCode", "91330400MA28A0001D", 1, 3,
                        new BigDecimal("100.00")),
                new DuplicateApplicants.Repeat("p-1", "name", "丙", 4, 5, new BigDecimal("8.00")));
        assertThat(s.budget().total()).isEqualByComparingTo("266.00"); // still budgeted: flagged, not dropped
    }

    @Test
    void theLineLimitIsTheSameWhateverTheLineEnding() throws Exception {
        byte[] exact = "x".repeat(10).getBytes(StandardCharsets.UTF_8);
        for (String end : List.of("\n", "\r\n")) {
            byte[] b = (new String(exact, StandardCharsets.UTF_8) + end + "y".repeat(11) + end)
                    .getBytes(StandardCharsets.UTF_8);
            LineReader r = new LineReader(new ByteArrayInputStream(b), 10);
            assertThat(r.next()).as(end).isEqualTo(exact);
            assertThat(r.next()).as(end).isSameAs(LineReader.TOO_LONG);
            assertThat(r.next()).isNull();
        }
    }

    /** The problems of the error line a batch in {@code language} answers the one line {@code request} with. */
    private JsonNode problemsOf(String request, io.iprules.Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLinesBatch.builder(engine).today(D).language(language).build()
                .run(new ByteArrayInputStream(request.getBytes(StandardCharsets.UTF_8)), out);
        return JSON.readTree(out.toByteArray()).get("error").get("problems");
    }

    /**
     * A request without its subject and with 1,000 unknown fields has 1,001 problems: the missing subject is kept
     * (in place of the hundredth unknown field), and the count says the 901 not listed. It had said "…and 2 more",
     * counting the count itself.
     */
    @Test
    void aRequestWithoutItsSubjectAndManyUnknownFieldsCountsTheRestExactly() throws Exception {
        StringBuilder b = new StringBuilder("{\"policy\":\"p-1\",\"asOf\":\"2020-06-30\"");
        for (int i = 0; i < 1_000; i++) {
            b.append(",\"u").append(i).append("\":0");
        }
        b.append("}\n");
        JsonNode problems = problemsOf(b.toString(), io.iprules.Language.EN);
        assertThat(problems).hasSize(101);
        assertThat(problems.get(98).get("path").asText()).isEqualTo("u98");
        assertThat(problems.get(99).get("path").asText()).isEqualTo("applicant"); // the one subject p-1 can have
        assertThat(problems.get(99).get("message").asText()).startsWith("a request of p-1 needs 'applicant'");
        assertThat(problems.get(100).get("message").asText()).isEqualTo("…and 901 more");
    }

    @Test
    void aRequestsProblemsAreCutAtAHundred() throws Exception {
        StringBuilder b = new StringBuilder(line("x", "C", "1.00"));
        b.setLength(b.length() - 1);
        for (int i = 0; i < 5000; i++) {
            b.append(",\"u").append(i).append("\":0");
        }
        b.append("}\n");
        JsonNode problems = problemsOf(b.toString(), io.iprules.Language.EN);
        assertThat(problems).hasSize(101);
        assertThat(problems.get(100).get("message").asText()).isEqualTo("…and 4,900 more");
        JsonNode inChinese = problemsOf(b.toString(), io.iprules.Language.ZH);
        assertThat(inChinese.get(0).get("message").asText()).startsWith("未知字段;");
        assertThat(inChinese.get(100).get("message").asText()).isEqualTo("……另有 4,900 项问题");
    }

    static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
