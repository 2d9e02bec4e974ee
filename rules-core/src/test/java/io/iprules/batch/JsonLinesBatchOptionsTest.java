package io.iprules.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.iprules.Award;
import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.FiredRule;
import io.iprules.Language;
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

/** The batch's options: the evaluation date, the language, the chunks and the progress it reports. */
class JsonLinesBatchOptionsTest {
    record Applicant(String name) {
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private final RulesEngine engine = mock(RulesEngine.class);

    JsonLinesBatchOptionsTest() {
        PolicyDescription p = new PolicyDescription("p-1", Text.plain("P"), null, TODAY, TODAY, null, "p-1 §9", "1",
                List.of(), List.of(), List.of(new SubjectKind("applicant", Applicant.class, Text.plain("a"))));
        when(engine.policies()).thenReturn(List.of(p));
        when(engine.policy("p-1")).thenReturn(p);
        // pays 1 yuan, its reason in two languages
        when(engine.evaluate(any(EvaluationRequest.class))).thenAnswer(inv -> {
            EvaluationRequest r = inv.getArgument(0);
            return EvaluationResult.builder("p-1", r.asOf(), ((Applicant) r.subject()).name()).eligible(true)
                    .award(new Award("A", "s", Text.plain("s"), r.asOf(), BigDecimal.ONE.setScale(2), null, "p-1 §1",
                            Text.bilingual("理由", "reason"))).fired(new FiredRule("pays", "p-1 §1")).build();
        });
    }

    private static String line(String name, String asOf) {
        return "{\"policy\":\"p-1\"," + (asOf == null ? "" : "\"asOf\":\"" + asOf + "\",")
                + "\"applicant\":{\"name\":\""
                + name + "\"}}";
    }

    private static String run(JsonLinesBatch batch, String input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        batch.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theDateIsTheRequestsOrTodayOrTheOverride() throws Exception {
        String in = line("a", "2013-06-30") + "\n" + line("b", null) + "\n";
        String byToday = run(JsonLinesBatch.builder(engine).today(TODAY).build(), in);
        assertThat(byToday.split("\n")[0]).contains("\"asOf\":\"2013-06-30\"", "\"warnings\":[]");
        // a request without a date is evaluated as of today, and the result says so
        assertThat(byToday.split("\n")[1]).contains("\"asOf\":\"2026-11-21\"", "\"warnings\":[\"");
        String overridden = run(JsonLinesBatch.builder(engine).asOf(LocalDate.of(2015, 1, 1)).build(), in);
        assertThat(overridden.split("\n")).allMatch(l -> l.contains("\"asOf\":\"2015-01-01\"")
                && l.contains("\"warnings\":[]"));
    }

    @Test
    void explanationsAreInTheChosenLanguage() throws Exception {
        assertThat(run(JsonLinesBatch.builder(engine).today(TODAY).build(), line("a", null)))
                .contains("\"reason\":\"理由\"");
        assertThat(run(JsonLinesBatch.builder(engine).today(TODAY).language(Language.EN).build(), line("a", null)))
                .contains("\"reason\":\"reason\"");
    }

    @Test
    void theRulesFiredAreWrittenOnlyWhenAsked() throws Exception {
        assertThat(run(JsonLinesBatch.builder(engine).today(TODAY).build(), line("a", null)))
                .doesNotContain("\"trace\"");
        assertThat(run(JsonLinesBatch.builder(engine).today(TODAY).trace(true).build(), line("a", null)))
                .contains("\"trace\":[{\"rule\":\"pays\",\"citation\":\"p-1 §1\"}]");
    }

    @Test
    void progressIsToldAsEachSliceIsEvaluatedWithTheBytesOfTheLinesWritten() throws Exception {
        List<long[]> told = new ArrayList<>();
        String in = line("a", null) + "\n" + line("b", null) + "\n" + line("c", null) + "\n";
        long firstTwo = (line("a", null) + "\n" + line("b", null) + "\n").getBytes(StandardCharsets.UTF_8).length;
        BatchSummary s = JsonLinesBatch.builder(engine).today(TODAY).chunk(2).threads(1)
                .progress((lines, bytes) -> told.add(new long[] {lines, bytes})).build()
                .run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream());
        // chunk 1 (lines 1-2) in two slices of one line, then written; chunk 2 (line 3) in one slice, then written
        assertThat(told).extracting(t -> t[0]).containsExactly(1L, 2L, 2L, 3L, 3L);
        // bytes are those of lines written, never of the chunk read ahead (line 3 is read before chunk 1 is written)
        assertThat(told).extracting(t -> t[1]).containsExactly(0L, 0L, firstTwo, firstTwo,
                (long) in.getBytes(StandardCharsets.UTF_8).length);
        assertThat(s.millis()).isBetween(0L, 600_000L);
        assertThat(s.requests()).isEqualTo(3);
    }

    @Test
    void aChunkOfOneLineAndOneThreadWork() throws Exception {
        String out = run(JsonLinesBatch.builder(engine).today(TODAY).chunk(1).threads(1).build(),
                line("a", null) + "\n" + line("b", null));
        assertThat(out.split("\n")).hasSize(2);
    }

    @Test
    void aChunkOfOneByteHoldsOneLine() throws Exception {
        List<Long> checkpoints = new ArrayList<>();
        JsonLinesBatch.builder(engine).today(TODAY).chunkBytes(1).checkpoints(c -> checkpoints.add(c.lines())).build()
                .run(new ByteArrayInputStream((line("a", null) + "\n" + line("b", null) + "\n" + line("c", null))
                        .getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream());
        assertThat(checkpoints).containsExactly(1L, 2L, 3L);
    }

    /** A worker stuck on a line must not keep the JVM alive once the run has given up on it. */
    @Test
    void theWorkersAreDaemonThreads() throws Exception {
        List<Thread> workers = java.util.Collections.synchronizedList(new ArrayList<>());
        when(engine.evaluate(any(EvaluationRequest.class))).thenAnswer(inv -> {
            workers.add(Thread.currentThread());
            EvaluationRequest r = inv.getArgument(0);
            return EvaluationResult.builder("p-1", r.asOf(), "x").build();
        });
        run(JsonLinesBatch.builder(engine).today(TODAY).threads(2).build(), line("a", null) + "\n" + line("b", null));
        assertThat(workers).isNotEmpty().allSatisfy(t -> {
            assertThat(t.isDaemon()).isTrue();
            assertThat(t.getName()).matches("ip-rules-batch-[12]");
        });
    }

    @Test
    void aBatchInterruptedWhileWaitingStopsAndKeepsTheInterrupt() throws Exception {
        java.util.concurrent.CountDownLatch evaluating = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        when(engine.evaluate(any(EvaluationRequest.class))).thenAnswer(inv -> {
            evaluating.countDown();
            never.await(); // a worker stuck on a line, until the batch gives up on it
            return null;
        });
        java.util.concurrent.atomic.AtomicReference<Throwable> thrown =
                new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean stillInterrupted = new java.util.concurrent.atomic.AtomicBoolean();
        Thread runner = new Thread(() -> {
            try {
                run(JsonLinesBatch.builder(engine).today(TODAY).threads(1).build(), line("a", null));
            } catch (Throwable t) {
                thrown.set(t);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        runner.start();
        assertThat(evaluating.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        runner.interrupt();
        runner.join(30_000);
        assertThat(runner.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(java.io.IOException.class).hasMessage("interrupted");
        assertThat(stillInterrupted.get()).isTrue();
    }

    @Test
    void theBuilderRefusesWhatCannotWork() {
        JsonLinesBatch.Builder b = JsonLinesBatch.builder(engine);
        assertThatThrownBy(() -> b.chunk(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a chunk holds at least one line, not 0");
        assertThatThrownBy(() -> b.threads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be at least 1, not 0");
        assertThatThrownBy(() -> b.chunkBytes(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a chunk holds at least one byte, not 0");
        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("today() or asOf()");
        assertThatThrownBy(() -> JsonLinesBatch.builder(null)).isInstanceOf(NullPointerException.class);
        assertThat(b.today(TODAY).build().engine()).isSameAs(engine);
        assertThat(JsonLinesBatch.builder(engine).asOf(TODAY).build()).isNotNull();
    }
}
