package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README, "A power cut loses nothing said to be written": a file renamed into place is synced, and "the rename with
 * its folder before the command goes on"; only "where a folder cannot be synced (Windows, some network file systems)"
 * does the rename stand as the file system makes it. Which folder cannot be synced is found by syncing it before the
 * rename, whatever words the system gives its error in; a folder that synced before and fails after the rename (the
 * disk's {@code EIO}) is not such a folder: the rename may be lost with the power, so the command must fail rather
 * than say it is done.
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
            opened[0] = mock(FileChannel.class, org.mockito.AdditionalAnswers.delegatesTo(Targets.FOLDERS.open(folder)));
            return opened[0];
        });
        assertThat(to).hasContent("new");
        assertThat(from).doesNotExist();
        assertThat(opened[0]).as("the folder opened").isNotNull();
        verify(opened[0], times(2)).force(true);
        verify(opened[0]).close();
    }
}
