package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Language;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/**
 * Why a read or a write failed, told in the run's language: an officer reading Chinese is not shown Linux's English.
 */
class MessagesTest {

    @Test
    void theSystemsCommonReasonsAreToldInTheRunsLanguage() {
        IOException full = new FileSystemException("/data/out.jsonl", null, "No space left on device");
        assertThat(Messages.reason(Language.ZH, full)).isEqualTo("磁盘空间已满");
        assertThat(Messages.reason(Language.EN, full)).isEqualTo("no space left on the disk");
        // as a stream reports it: the file's name, then the reason
        IOException stream = new IOException("/data/out.jsonl: No space left on device");
        assertThat(Messages.reason(Language.ZH, stream)).isEqualTo("磁盘空间已满");
        IOException folder = new FileSystemException("/data/page.html.partial", null, "Is a directory");
        assertThat(Messages.reason(Language.ZH, folder)).isEqualTo("它是文件夹");
        assertThat(Messages.reason(Language.EN, new IOException("Read-only file system")))
                .isEqualTo("the file system is read-only");
        // standard output closed before the run (`>&-`): in the run's language, not the system's English
        assertThat(Messages.reason(Language.ZH, new IOException("Bad file descriptor"))).isEqualTo("输出已关闭(文件描述符无效)");
        assertThat(Messages.reason(Language.EN, new IOException("Bad file descriptor")))
                .isEqualTo("the output is closed (a bad file descriptor)");
        assertThat(Messages.reason(Language.ZH, new NoSuchFileException("/x"))).isEqualTo("文件或文件夹不存在");
        assertThat(Messages.reason(Language.ZH, new AccessDeniedException("/x"))).isEqualTo("没有权限");
        assertThat(Messages.reason(Language.EN, new IOException("Permission denied"))).isEqualTo("permission denied");
        // a name longer than the file system takes (255 bytes on Linux), as Java reports it there and on Windows
        assertThat(Messages.reason(Language.ZH, new FileSystemException("/data/" + "a".repeat(300) + ".jsonl.partial",
                null, "File name too long"))).isEqualTo("文件名过长");
        assertThat(Messages.reason(Language.EN, new IOException("The filename or extension is too long.")))
                .isEqualTo("the file name is too long");
        assertThat(Messages.reason(Language.ZH, new FileSystemException("/data/out", null,
                "Too many levels of symbolic links"))).isEqualTo("符号链接层数过多(可能是循环链接)");
    }

    @Test
    void aFileSystemExceptionWithoutAReasonIsToldByItsKindNotByItsMessageWhichIsOnlyTheFilesName() {
        // the message of each is "/data/out.jsonl" (and the other file's name): shown as a reason, it said nothing
        assertThat(Messages.reason(Language.ZH, new NotDirectoryException("/data/out.jsonl"))).isEqualTo("路径中有一段不是文件夹");
        assertThat(Messages.reason(Language.EN, new FileSystemLoopException("/data/out.jsonl")))
                .isEqualTo("too many levels of symbolic links (a link loop?)");
        assertThat(Messages.reason(Language.EN, new DirectoryNotEmptyException("/data/out.jsonl")))
                .isEqualTo("a folder that is not empty is in the way");
        assertThat(Messages.reason(Language.ZH, new FileAlreadyExistsException("/data/out.jsonl")))
                .isEqualTo("同名文件已存在");
        assertThat(Messages.reason(Language.ZH, new FileSystemException("/data/out.jsonl.partial", "/data/out.jsonl",
                null)))
                .isEqualTo("系统未说明原因");
        assertThat(Messages.reason(Language.EN, new FileSystemException("/data/out.jsonl")))
                .isEqualTo("the system gave no reason");
    }

    /** EIO, what a failed sync to the disk most often says, in the run's language. */
    @Test
    void anInputOutputErrorIsToldInTheRunsLanguage() {
        assertThat(Messages.reason(Language.ZH, new IOException("Input/output error"))).isEqualTo("输入/输出错误(磁盘或其连接出错)");
        assertThat(Messages.reason(Language.EN, new IOException("/data/out.jsonl: Input/output error")))
                .isEqualTo("input/output error (the disk or its connection failed)");
    }

    @Test
    void anyOtherReasonIsShownAsTheSystemGaveItOnOneLine() {
        assertThat(Messages.reason(Language.ZH, new IOException("Stale file handle\nat sector 7")))
                .isEqualTo("Stale file handle");
        // the name of a Java class is no reason to show an officer
        assertThat(Messages.reason(Language.EN, new IOException())).isEqualTo("the system gave no reason");
        assertThat(Messages.reason(Language.ZH, new IOException(" "))).isEqualTo("系统未说明原因");
        // a reason with a control character is escaped where it is shown (Messages.text), as every argument is
        assertThat(Messages.text(Language.EN, "write.failed", "out.jsonl",
                Messages.reason(Language.EN, new IOException("bad\u001b[2Jdisk")))).doesNotContain("\u001b");
    }
}
