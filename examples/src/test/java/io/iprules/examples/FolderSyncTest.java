package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.iprules.Language;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README, "A power cut loses nothing said to be written": a file renamed into place is synced, and "the rename with
 * its folder before the command goes on"; only "where a folder cannot be synced (Windows, some network file systems)"
 * does the rename stand as the file system makes it. Which folder cannot be synced is found by syncing it before the
 * rename, whatever words the system gives its error in; a folder that synced before and fails after the rename (the
 * disk's {@code EIO}) is not such a folder: the rename may be lost with the power, so the command must fail rather
 * than say it is done. That every file renamed into place is synced before its rename ({@code fsync}: its bytes and
 * size) nothing but a power cut shows; the JVM's flight recorder sees each sync ({@code jdk.FileForce}).
 */
class FolderSyncTest {
    @TempDir
    Path dir;

    private Path from;
    private Path to;

    private void files() throws IOException {
        from = Files.writeString(dir.resolve("r.jsonl.partial"), "new\n");
        to = Files.writeString(dir.resolve("r.jsonl"), "old\n");
    }

    @Test
    void aFolderThatSyncedBeforeTheRenameAndFailsAfterItIsTheWritesFailure() throws Exception {
        files();
        FileChannel c = mock(FileChannel.class);
        doNothing().doThrow(new IOException("Input/output error")).when(c).force(anyBoolean());
        assertThatThrownBy(() -> Targets.rename(from, to, folder -> c)).isInstanceOf(IOException.class)
                .hasMessage("Input/output error");
        verify(c, times(2)).force(true);
        verify(c).close();
    }

    /**
     * The disk's input/output error in the sync before the rename is not a file system that syncs no folders: the
     * rename is not made (the file stays whole under its temporary name) and the write fails.
     */
    @Test
    void theDisksErrorInTheSyncBeforeTheRenameFailsTheWriteWithNothingRenamed() throws Exception {
        files();
        FileChannel c = mock(FileChannel.class);
        doThrow(new IOException("Input/output error")).when(c).force(anyBoolean());
        assertThatThrownBy(() -> Targets.rename(from, to, folder -> c)).isInstanceOf(IOException.class)
                .hasMessage("Input/output error");
        assertThat(to).hasContent("old");
        assertThat(from).hasContent("new");
        verify(c, times(1)).force(true);
        verify(c).close();
    }

    @Test
    void aFolderThatCannotBeSyncedHereLeavesTheRenameAsTheFileSystemMakesIt() throws Exception {
        // a file system that syncs no folders, its error worded in the system's language (zh_CN's EINVAL here)
        files();
        FileChannel c = mock(FileChannel.class);
        doThrow(new IOException("无效的参数")).when(c).force(anyBoolean());
        Targets.rename(from, to, folder -> c);
        assertThat(to).hasContent("new");
        assertThat(from).doesNotExist();
        verify(c, times(1)).force(true); // not again after the rename
        verify(c).close();
        // Windows, which opens no folder
        files();
        Targets.rename(from, to, folder -> {
            throw new AccessDeniedException(folder.toString());
        });
        assertThat(to).hasContent("new");
    }

    /**
     * Here (Linux, macOS) a real folder opens and syncs, so the rename is synced after it too: were the folder opened
     * or synced otherwise than the system allows, every rename would silently take the path of a file system that
     * syncs no folders, which only the count of syncs shows.
     */
    @Test
    void aRealFolderIsSyncedAroundTheRename() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"),
                "Windows opens no folder");
        files();
        FileChannel[] opened = new FileChannel[1];
        Targets.rename(from, to, folder -> {
            opened[0] = mock(FileChannel.class,
                    org.mockito.AdditionalAnswers.delegatesTo(Targets.FOLDERS.open(folder)));
            return opened[0];
        });
        assertThat(to).hasContent("new");
        assertThat(from).doesNotExist();
        assertThat(opened[0]).as("the folder opened").isNotNull();
        verify(opened[0], times(2)).force(true);
        verify(opened[0]).close();
    }

    /**
     * A file system that opens no folder as a channel, or a channel that cannot be synced (Java's
     * {@code UnsupportedOperationException}, where a system's error is an {@code IOException}), is one where the
     * folder cannot be synced: the rename stands as the file system makes it, as for a folder that Windows does not
     * open.
     */
    @Test
    void aFolderThatNoChannelOpensOrSyncsLeavesTheRenameAsTheFileSystemMakesIt() throws Exception {
        files();
        Targets.rename(from, to, folder -> {
            throw new UnsupportedOperationException("no channel of a folder here");
        });
        assertThat(to).hasContent("new");
        assertThat(from).doesNotExist();
        files();
        FileChannel c = mock(FileChannel.class);
        doThrow(new UnsupportedOperationException("no sync here")).when(c).force(anyBoolean());
        Targets.rename(from, to, folder -> c);
        assertThat(to).hasContent("new");
        assertThat(from).doesNotExist();
        verify(c, times(1)).force(true);
        verify(c).close();
    }

    /**
     * README: every file a command renames into place ({@code --summary}, {@code report --html}'s page,
     * {@code generate --out}'s file, each checkpoint) "is synced to the disk ({@code fsync}) before the rename, and
     * the rename with its folder": its bytes and size, under the name it was written as, then its folder before and
     * after the rename. Without the file's sync the rename can reach the disk first, and a power cut leaves a file
     * of the right name cut short.
     */
    /** A run's first checkpoint: nothing kept, its engine recorded. */
    private static final io.iprules.batch.Checkpoint RECORDED =
            io.iprules.batch.Checkpoint.NOTHING_KEPT.withEngine(new java.util.TreeMap<>(
            java.util.Map.of("p-1", new java.util.TreeMap<>(java.util.Map.of("rules", "sha256:1")))));

    @Test
    void everyFileRenamedIntoPlaceIsSyncedBeforeItsRenameAndItsFolderAroundIt() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"),
                "Windows opens no folder");
        Path summary = dir.resolve("s.json");
        Path checkpoint = dir.resolve("r.jsonl.partial.checkpoint");
        Path generated = dir.resolve("g.jsonl");
        Path written = Files.writeString(dir.resolve("g.jsonl.partial"), "{}\n");
        List<RecordedEvent> forced = forced(() -> {
            Targets.replace(summary, "{}\n".getBytes(StandardCharsets.UTF_8), Language.EN);
            Targets.writeCheckpoint(checkpoint, RECORDED,
                    new Targets.RunSettings(Language.EN, false, null, LocalDate.of(2026, 12, 6)), Language.EN);
            Targets.move(written, generated);
        });
        assertThat(forced.stream().map(e -> Path.of(e.getString("path")))).containsExactly(
                dir.resolve("s.json.partial"), dir, dir,
                dir.resolve("r.jsonl.partial.checkpoint.tmp"), dir, dir,
                written, dir, dir);
        assertThat(forced).allSatisfy(e -> assertThat(e.getBoolean("metaData")).as("its size too").isTrue());
        assertThat(summary).hasContent("{}");
        assertThat(Targets.readCheckpoint(Files.createFile(dir.resolve("r.jsonl.partial")), checkpoint, Language.EN))
                .isEqualTo(RECORDED);
        assertThat(generated).hasContent("{}");
        // a sync alone: the file it is given, and no folder
        Path alone = Files.writeString(dir.resolve("alone.json"), "{}\n");
        assertThat(forced(() -> Targets.sync(alone)).stream().map(e -> Path.of(e.getString("path"))))
                .containsExactly(alone);
    }

    /** Something the test runs that may throw. */
    private interface Action {
        void run() throws Exception;
    }

    /** The syncs of files in {@link #dir} (and of {@code dir}) made by {@code action}, in the order they began. */
    private List<RecordedEvent> forced(Action action) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(FlightRecorder.isAvailable(), "no flight recorder in this JVM");
        Path dump = Files.createTempFile("forced", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.FileForce").withThreshold(Duration.ZERO);
            recording.start();
            action.run();
            recording.stop();
            recording.dump(dump);
            return RecordingFile.readAllEvents(dump).stream()
                    .filter(e -> e.getEventType().getName().equals("jdk.FileForce"))
                    .filter(e -> e.getString("path") != null && Path.of(e.getString("path")).startsWith(dir))
                    .sorted(Comparator.comparing(RecordedEvent::getStartTime)).toList();
        } finally {
            Files.deleteIfExists(dump);
        }
    }
}
