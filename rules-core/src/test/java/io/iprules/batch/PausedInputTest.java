package io.iprules.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.PolicyDescription;
import io.iprules.RulesEngine;
import io.iprules.SubjectKind;
import io.iprules.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An input that pauses (a client that waits for the answers to the lines it sent before it sends more, as over
 * {@code POST /v1/batch}) has the lines it sent answered while it is silent: they were held until the next chunk had
 * been read, so such a client got nothing, not even the answers to a whole chunk.
 */
class PausedInputTest {
    record Applicant(String name) {
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    /** How long the answers may take to come: generous, for a machine busy with other work. */
    private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(10);
    private final RulesEngine engine = mock(RulesEngine.class);

    PausedInputTest() {
        PolicyDescription p = new PolicyDescription("p-1", Text.plain("P"), null, TODAY, TODAY, null, "p-1 §9", "1",
                List.of(), List.of(), List.of(new SubjectKind("applicant", Applicant.class, Text.plain("a"))));
        when(engine.policies()).thenReturn(List.of(p));
        when(engine.policy("p-1")).thenReturn(p);
        when(engine.evaluate(any(EvaluationRequest.class))).thenAnswer(inv -> {
            EvaluationRequest r = inv.getArgument(0);
            return EvaluationResult.builder("p-1", r.asOf(), ((Applicant) r.subject()).name()).eligible(true).build();
        });
    }

    private static String lines(int from, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            s.append("{\"policy\":\"p-1\",\"applicant\":{\"name\":\"a").append(i).append("\"}}\n");
        }
        return s.toString();
    }

    private static long newlines(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
    }

    /** Waits, up to {@link #WAIT_NANOS}, for {@code out} to hold {@code lines} lines; the lines it holds. */
    private static long awaitLines(ByteArrayOutputStream out, long lines) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT_NANOS;
        long n = newlines(out);
        while (n < lines && System.nanoTime() < deadline) {
            Thread.sleep(20);
            n = newlines(out);
        }
        return n;
    }

    /**
     * Fewer lines than a chunk, and more than one chunk but fewer than two, then a pause: every line sent is
     * answered (and its checkpoint given) while the input stays open; then the rest, and the output is the one the
     * whole input read at once gives, byte for byte.
     */
    @ParameterizedTest
    @ValueSource(ints = {10, 2500})
    @Timeout(60)
    void theLinesSentAreAnsweredWhileTheInputPauses(int first) throws Exception {
        JsonLinesBatch.Builder builder = JsonLinesBatch.builder(engine).today(TODAY).threads(2);
        List<Long> checkpoints = java.util.Collections.synchronizedList(new ArrayList<>());
        JsonLinesBatch batch = builder.checkpoints(c -> checkpoints.add(c.lines())).build();
        PipedInputStream in = new PipedInputStream(1 << 20); // room for every line written: the writer never waits
        ByteArrayOutputStream out = new ByteArrayOutputStream(); // synchronized: read here while the batch writes
        try (PipedOutputStream client = new PipedOutputStream(in)) {
            CompletableFuture<BatchSummary> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return batch.run(in, out);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            client.write(lines(1, first).getBytes(StandardCharsets.UTF_8));
            client.flush();
            assertThat(awaitLines(out, first)).as("lines answered while the input pauses").isEqualTo(first);
            assertThat(run).isNotDone();
            assertThat(checkpoints).last().isEqualTo((long) first);

            client.write(lines(first + 1, 3).getBytes(StandardCharsets.UTF_8));
            client.flush();
            assertThat(awaitLines(out, first + 3)).isEqualTo(first + 3);
            assertThat(run).isNotDone();
            client.close();
            assertThat(run.get(30, TimeUnit.SECONDS).requests()).isEqualTo(first + 3);
        }
        ByteArrayOutputStream atOnce = new ByteArrayOutputStream();
        JsonLinesBatch.builder(engine).today(TODAY).threads(2).build()
                .run(new ByteArrayInputStream(lines(1, first + 3).getBytes(StandardCharsets.UTF_8)), atOnce);
        assertThat(out.toByteArray()).isEqualTo(atOnce.toByteArray());
    }

    /** An input that always has bytes ready (a file) is still read in whole chunks, each read while one is written. */
    @Test
    void anInputWithBytesAlwaysReadyIsReadInWholeChunks() throws Exception {
        List<Long> checkpoints = new ArrayList<>();
        JsonLinesBatch.builder(engine).today(TODAY).threads(2).checkpoints(c -> checkpoints.add(c.lines())).build()
                .run(new ByteArrayInputStream(lines(1, 5000).getBytes(StandardCharsets.UTF_8)),
                        new ByteArrayOutputStream());
        assertThat(checkpoints).containsExactly(2048L, 4096L, 5000L);
    }
}
