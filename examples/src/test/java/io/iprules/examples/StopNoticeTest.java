package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * README (batch, "SIGTERM or Ctrl-C there waits for both renames"): a stop that comes while the results are being put
 * in place "waits for both renames (and the checkpoint's removal) and says nothing; one that comes before them stops
 * the run with nothing renamed and says where the results so far are". The notice runs in a shutdown hook, beside the
 * run: it must never tell the user to resume a run that went on to put its results in place, nor stay silent about
 * one that will not.
 */
@Timeout(30)
class StopNoticeTest {
    @TempDir
    Path dir;

    private final AtomicInteger said = new AtomicInteger();

    private StopNotice notice(Path partial) {
        return new StopNotice(partial, said::incrementAndGet);
    }

    @Test
    void aStopBeforeTheResultsArePutInPlaceSaysWhereTheyAreAndTheRunPutsNothingInPlace() throws IOException {
        Path partial = Files.writeString(dir.resolve("out.jsonl.partial"), "1\n");
        StopNotice stop = notice(partial);
        stop.stop();
        assertThat(said).hasValue(1);
        AtomicInteger placed = new AtomicInteger();
        assertThat(stop.place(placed::incrementAndGet)).isFalse();
        assertThat(placed).hasValue(0);
        assertThat(partial).exists();
    }

    @Test
    void aStopWhileTheResultsAreBeingPutInPlaceWaitsForThemAndSaysNothing() throws Exception {
        Path partial = Files.writeString(dir.resolve("out.jsonl.partial"), "1\n");
        Path out = dir.resolve("out.jsonl");
        StopNotice stop = notice(partial);
        CountDownLatch placing = new CountDownLatch(1);
        CountDownLatch renameNow = new CountDownLatch(1);
        Thread run = new Thread(() -> {
            try {
                assertThat(stop.place(() -> {
                    placing.countDown();
                    await(renameNow);
                    Files.move(partial, out); // the .partial still there when the stop came
                })).isTrue();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        run.start();
        placing.await();
        Thread hook = new Thread(stop::stop);
        hook.start();
        while (hook.getState() != Thread.State.WAITING) { // the hook waits for the rename under way
            assertThat(hook.isAlive()).as("the hook returned before the rename ended").isTrue();
            Thread.onSpinWait();
        }
        assertThat(said).hasValue(0);
        renameNow.countDown();
        hook.join();
        run.join();
        assertThat(said).as("the run finished: nothing to resume").hasValue(0);
        assertThat(out).hasContent("1");
    }

    @Test
    void aStopAfterTheResultsArePutInPlaceSaysNothing() throws IOException {
        Path partial = Files.writeString(dir.resolve("out.jsonl.partial"), "1\n");
        StopNotice stop = notice(partial);
        assertThat(stop.place(() -> Files.move(partial, dir.resolve("out.jsonl")))).isTrue();
        stop.stop();
        assertThat(said).hasValue(0);
    }

    @Test
    void aStopAfterAFailedRenameSaysWhereTheResultsAre() throws IOException {
        Path partial = Files.writeString(dir.resolve("out.jsonl.partial"), "1\n");
        StopNotice stop = notice(partial);
        assertThatThrownBy(() -> stop.place(() -> {
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class);
        stop.stop();
        assertThat(said).as("the .partial is whole and resumable").hasValue(1);
    }

    /**
     * A stop while a checkpoint is being recorded (its {@code .checkpoint.tmp} written, not yet renamed) waits for the
     * rename, and no checkpoint is begun after it: the thread that records them is a daemon, halted by the JVM wherever
     * it is once the hooks have run, and one halted between the write and the rename had left the {@code .tmp} beside
     * the {@code .partial} and the {@code .checkpoint} (seen after a SIGTERM 8 s into a batch on a loaded machine).
     */
    @Test
    void aStopWaitsForTheCheckpointBeingRecordedAndNoneIsBegunAfterIt() throws Exception {
        Path partial = Files.writeString(dir.resolve("out.jsonl.partial"), "1\n");
        Path checkpoint = dir.resolve("out.jsonl.partial.checkpoint");
        Path tmp = dir.resolve("out.jsonl.partial.checkpoint.tmp");
        StopNotice stop = notice(partial);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch renameNow = new CountDownLatch(1);
        AtomicInteger recorded = new AtomicInteger();
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(partial,
                java.nio.file.StandardOpenOption.WRITE);
             BatchCommand.Syncer syncer = new BatchCommand.Syncer(channel, c -> {
                 try {
                     Files.writeString(tmp, c.lines() + "\n");
                     written.countDown();
                     await(renameNow);
                     Files.move(tmp, checkpoint, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                     recorded.incrementAndGet();
                 } catch (IOException e) {
                     throw new java.io.UncheckedIOException(e);
                 }
             }, partial, io.iprules.Language.EN)) {
            stop.halts(syncer::halt);
            syncer.offer(new io.iprules.batch.Checkpoint(1, 2, "sha256:00", 2, "00000000"));
            written.await();
            Thread hook = new Thread(stop::stop);
            hook.start();
            while (hook.getState() != Thread.State.TIMED_WAITING) { // the hook waits for the checkpoint's rename
                assertThat(hook.isAlive()).as("the hook returned before the checkpoint was renamed").isTrue();
                Thread.onSpinWait();
            }
            assertThat(said).hasValue(0);
            renameNow.countDown();
            hook.join();
            assertThat(tmp).as("no temporary checkpoint left").doesNotExist();
            assertThat(checkpoint).hasContent("1");
            assertThat(said).as("the .partial is there to resume").hasValue(1);
            syncer.offer(new io.iprules.batch.Checkpoint(2, 4, "sha256:00", 4, "00000000"));
            syncer.finish();
        }
        assertThat(recorded).as("no checkpoint begun after the stop").hasValue(1);
        assertThat(checkpoint).hasContent("1");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A checkpoint whose recording hangs (a write to a stalled network file system) keeps the stop waiting only so
     * long: the stop goes on and says where the results are, and the JVM can end, where it had waited for ever and a
     * second Ctrl-C did nothing. No checkpoint is begun after it.
     */
    @Test
    @org.junit.jupiter.api.Timeout(30) // without the bound the stop never returned
    void aStopWaitsForAHangingCheckpointOnlySoLong() throws Exception {
        Path partial = Files.writeString(dir.resolve("out.jsonl.partial"), "1\n");
        StopNotice stop = notice(partial);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger begun = new AtomicInteger();
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(partial,
                java.nio.file.StandardOpenOption.WRITE);
             BatchCommand.Syncer syncer = new BatchCommand.Syncer(channel, c -> {
                 begun.incrementAndGet();
                 writing.countDown();
                 try {
                     never.await(); // hangs until the test lets it go, after the stop
                 } catch (InterruptedException e) {
                     Thread.currentThread().interrupt();
                 }
             }, partial, io.iprules.Language.EN, java.time.Duration.ofMillis(200))) {
            stop.halts(syncer::halt);
            syncer.offer(new io.iprules.batch.Checkpoint(1, 2, "sha256:00", 2, "00000000"));
            writing.await();
            long t0 = System.nanoTime();
            stop.stop(); // returns although the recording still hangs
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(
                    java.time.Duration.ofMillis(200));
            assertThat(said).as("the .partial is there to resume").hasValue(1);
            never.countDown();
            syncer.offer(new io.iprules.batch.Checkpoint(2, 4, "sha256:00", 4, "00000000"));
            syncer.finish();
        }
        assertThat(begun).as("no checkpoint begun after the stop").hasValue(1);
        assertThat(BatchCommand.Syncer.HALT_WAIT).as("long enough for a sync on a busy disk")
                .isGreaterThanOrEqualTo(java.time.Duration.ofSeconds(5));
    }
}
