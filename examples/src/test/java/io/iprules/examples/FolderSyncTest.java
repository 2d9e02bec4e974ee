package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README, "A power cut loses nothing said to be written": a file renamed into place is synced, and "the rename with
 * its folder before the command goes on"; only "where a folder cannot be synced (Windows, some network file systems)"
 * does the rename stand as the file system makes it. A folder's sync that fails (the disk's {@code EIO}) is not such
 * a folder: the rename may be lost with the power, so the command must fail rather than say it is done.
 */
class FolderSyncTest {
    @TempDir
    Path dir;

    /** A folder whose {@code fsync} fails with {@code reason}, as Java reports the system's error. */
    private static Targets.FolderOpener failing(String reason) throws IOException {
        FileChannel c = mock(FileChannel.class);
        doThrow(new IOException(reason)).when(c).force(anyBoolean());
        return folder -> c;
    }

    @Test
    void aFolderWhoseSyncFailsIsTheWritesFailure() throws Exception {
        assertThatThrownBy(() -> Targets.syncFolder(dir, failing("Input/output error")))
                .isInstanceOf(IOException.class).hasMessage("Input/output error");
        assertThatThrownBy(() -> Targets.syncFolder(dir, failing("No space left on device")))
                .isInstanceOf(IOException.class).hasMessage("No space left on device");
    }

    @Test
    void aFolderThatCannotBeSyncedHereLeavesTheRenameAsTheFileSystemMakesIt() throws Exception {
        // a file system that syncs no folders (EINVAL, ENOTSUP), and Windows, which opens none
        assertThatCode(() -> Targets.syncFolder(dir, failing("Invalid argument"))).doesNotThrowAnyException();
        assertThatCode(() -> Targets.syncFolder(dir, failing("Operation not supported"))).doesNotThrowAnyException();
        assertThatCode(() -> Targets.syncFolder(dir, folder -> {
            throw new AccessDeniedException(folder.toString());
        })).doesNotThrowAnyException();
        assertThatCode(() -> Targets.syncFolder(null, failing("Input/output error"))).doesNotThrowAnyException();
    }

    @Test
    void aRealFolderIsSynced() throws Exception {
        assertThatCode(() -> Targets.syncFolder(dir, Targets.FOLDERS)).doesNotThrowAnyException();
        assertThat(dir).isDirectory();
    }
}
