package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.iprules.Language;
import io.iprules.RulesEngine;
import io.iprules.batch.Checkpoint;
import io.iprules.batch.JsonLinesBatch;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkpoint is what {@code --resume} trusts after a power cut: it must never count bytes of the {@code .partial}
 * that were only in the system's memory. The batch's {@link BatchCommand.Syncer} syncs the {@code .partial}
 * ({@code fdatasync}) before it records a checkpoint, and the whole file before the run renames it.
 */
class BatchSyncsBeforeCheckpointTest {
    @TempDir
    Path dir;

    /** Ten lines (one invalid), in chunks of three. */
    private static byte[] input() throws IOException {
        String request = new ObjectMapper().readTree(Path.of("requests/jiaxing-pilot-and-provincial-demo.json")
                .toFile())
                .toString();
        return ((request + "\n").repeat(5) + "{not json\n" + (request + "\n").repeat(4))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static JsonLinesBatch batch(BatchCommand.Syncer syncer) {
        return JsonLinesBatch.builder(RulesEngine.builder().build()).chunk(3).today(LocalDate.of(2026, 12, 5))
                .checkpoints(syncer::offer).build();
    }

    @Test
    void everyCheckpointRecordedCountsOnlyBytesSyncedToTheDisk() throws Exception {
        Path file = dir.resolve("out.jsonl.partial");
        List<Long> synced = new CopyOnWriteArrayList<>(); // the file's size at each sync
        List<long[]> recorded = new CopyOnWriteArrayList<>(); // {outputBytes, the size last synced}
        try (FileChannel real = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            FileChannel channel = mock(FileChannel.class, delegatesTo(real));
            doAnswer(call -> {
                real.force(call.getArgument(0));
                synced.add(real.size());
                return null;
            }).when(channel).force(anyBoolean());
            try (OutputStream sink = new BatchCommand.ResumedPartial(channel, 0);
                 BatchCommand.Syncer syncer = new BatchCommand.Syncer(channel, c -> recorded.add(new long[] {
                     c.outputBytes(), synced.isEmpty() ? -1 : synced.get(synced.size() - 1)}), file, Language.EN)) {
                batch(syncer).run(new ByteArrayInputStream(input()), sink);
                syncer.finish();
            }
            assertThat(recorded).as("checkpoints recorded (those offered while the syncer was busy are skipped)")
                    .isNotEmpty();
            for (long[] c : recorded) {
                assertThat(c[1]).as("synced before the checkpoint of %d bytes was recorded", c[0])
                        .isGreaterThanOrEqualTo(c[0]);
            }
            assertThat(recorded.get(recorded.size() - 1)[0]).as("the last chunk's checkpoint recorded at the end")
                    .isEqualTo(Files.size(file));
            assertThat(synced.get(synced.size() - 1)).as("the whole file synced before the run renames it")
                    .isEqualTo(Files.size(file));
        }
    }

    /**
     * An input that pauses between lines ends a chunk at each pause; each chunk's checkpoint cost a sync and a record.
     * At most one is recorded a second: ten chunks of one line offer ten, recorded at least a second apart but the
     * last, which is the last chunk's, at the end.
     */
    @Test
    void checkpointsAreRecordedAtMostOnceASecondButTheLast() throws Exception {
        Path file = dir.resolve("out.jsonl.partial");
        List<long[]> recorded = new CopyOnWriteArrayList<>(); // {outputBytes, when}
        List<Checkpoint> offered = new CopyOnWriteArrayList<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
             OutputStream sink = new BatchCommand.ResumedPartial(channel, 0);
             BatchCommand.Syncer syncer = new BatchCommand.Syncer(channel,
                     c -> recorded.add(new long[] {c.outputBytes(), System.nanoTime()}), file, Language.EN)) {
            JsonLinesBatch.builder(RulesEngine.builder().build()).chunk(1).today(LocalDate.of(2026, 12, 5))
                    .checkpoints(c -> {
                        offered.add(c);
                        syncer.offer(c);
                    }).build().run(new ByteArrayInputStream(input()), sink);
            syncer.finish();
        }
        assertThat(offered).hasSize(10);
        assertThat(recorded.size()).as("ten in a second or so: not each").isLessThan(10);
        for (int i = 0; i + 2 < recorded.size(); i++) {
            assertThat(recorded.get(i + 1)[1] - recorded.get(i)[1]).as("a second apart")
                    .isGreaterThanOrEqualTo(BatchCommand.Syncer.SPACING.toNanos());
        }
        assertThat(recorded.get(recorded.size() - 1)[0]).isEqualTo(Files.size(file));
    }

    @Test
    void aSyncThatFailsFailsTheRunNamingThePartial() throws Exception {
        Path file = dir.resolve("out.jsonl.partial");
        List<Checkpoint> recorded = new CopyOnWriteArrayList<>();
        try (FileChannel real = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            FileChannel channel = mock(FileChannel.class, delegatesTo(real));
            doAnswer(call -> {
                throw new IOException("Input/output error");
            }).when(channel).force(anyBoolean());
            try (OutputStream sink = new BatchCommand.ResumedPartial(channel, 0);
                 BatchCommand.Syncer syncer = new BatchCommand.Syncer(channel, recorded::add, file, Language.EN)) {
                assertThatThrownBy(() -> {
                    batch(syncer).run(new ByteArrayInputStream(input()), sink);
                    syncer.finish();
                }).isInstanceOf(UncheckedIOException.class).hasMessageContaining(file.toString())
                        .hasMessageContaining("input/output error (the disk or its connection failed)");
            }
            assertThat(recorded).as("no checkpoint recorded for bytes that could not be synced").isEmpty();
        }
    }

    /**
     * A bug in recording a checkpoint (an {@code Error}) is not a checkpoint silently skipped: the run ends with it.
     */
    @Test
    void anErrorRecordingACheckpointEndsTheRunWithIt() throws Exception {
        Path file = dir.resolve("out.jsonl.partial");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
             OutputStream sink = new BatchCommand.ResumedPartial(channel, 0);
             BatchCommand.Syncer syncer = new BatchCommand.Syncer(channel, c -> {
                 throw new AssertionError("a bug");
             }, file, Language.EN)) {
            assertThatThrownBy(() -> {
                batch(syncer).run(new ByteArrayInputStream(input()), sink);
                syncer.finish();
            }).isInstanceOf(AssertionError.class).hasMessage("a bug");
        }
    }
}
