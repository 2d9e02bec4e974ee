package io.iprules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.ConfigurationException;
import io.iprules.Language;
import io.iprules.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core's messages: every key the engine uses is worded in both languages with the same placeholders, the
 * start-up messages stay out of the files receipts digest, and an argument's text is never read as a placeholder.
 */
class CoreMessagesTest {
    /** A key written in the engine's code: {@code CoreMessages.text("…"} or {@code CoreMessages.cannotStart("…"}. */
    private static final Pattern USE =
            Pattern.compile("CoreMessages\\s*\\.\\s*(?:text|cannotStart)\\(\\s*\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private static Set<String> keysUsedInTheCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = USE.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties file(String name, Language language) {
        return CoreMessages.load(name + "_" + language.tag() + ".properties");
    }

    @Test
    void everyKeyTheEngineUsesIsInBothLanguages() throws IOException {
        Set<String> used = keysUsedInTheCode();
        assertThat(used).as("found in the code").contains("warning.as-of-defaulted", "start.no-module",
                "start.two-modules-one-id", "start.rule-base-twice", "start.uncited", "start.origin");
        for (Language language : Language.values()) {
            Set<String> defined = new TreeSet<>();
            for (String name : CoreMessages.FILES) {
                defined.addAll(file(name, language).stringPropertyNames());
            }
            assertThat(defined).as(language.tag()).containsAll(used);
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() {
        for (String name : CoreMessages.FILES) {
            Properties zh = file(name, Language.ZH);
            Properties en = file(name, Language.EN);
            assertThat(zh.stringPropertyNames()).as(name).isEqualTo(en.stringPropertyNames());
            for (String key : en.stringPropertyNames()) {
                assertThat(placeholders(zh.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
            }
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The receipts' rules digest covers core_*.properties only: a start-up message decides no output. */
    @Test
    void startUpMessagesAreKeptApartFromTheDigestedOnes() {
        Properties core = file("core", Language.EN);
        Properties start = file("start/start", Language.EN);
        assertThat(core.stringPropertyNames()).noneMatch(k -> k.startsWith("start."));
        assertThat(start.stringPropertyNames()).allMatch(k -> k.startsWith("start."));
    }

    @Test
    void theChineseOfAStartUpMessageIsChinese() {
        assertThat(CoreMessages.text("start.rule-base-build", "toy", "{1} failed").in(Language.ZH))
                .isEqualTo("无法构建规则库 toy:{1} failed");
        ConfigurationException e = CoreMessages.cannotStart("start.origin", null, "x.Module", "file:/m.jar");
        assertThat(e.message(Language.ZH)).isEqualTo("file:/m.jar 中的 x.Module");
        assertThat(e.getMessage()).isEqualTo(e.message(Language.EN)).isEqualTo("x.Module from file:/m.jar");
        assertThat(e.inParameters()).isFalse();
    }

    /**
     * Why a parameter or data file could not be read: the common reasons in both languages, from the exception's type
     * or the system's words (Linux, macOS, Windows), never the system's English in a Chinese message.
     */
    @Test
    void theCommonReasonsAFileCannotBeReadAreWordedInBothLanguages() {
        String f = "/tmp/x.jsonl/p.json";
        java.nio.file.Path here = java.nio.file.Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        assertReason(new java.nio.file.NoSuchFileException(here.resolve("no-such-p.json").toString()), "文件不存在",
                "no such file");
        // the folder is not there either: that folder is named (nodir, not nodir/.., for nodir/../p.json)
        java.nio.file.Path nodir = here.resolve("no-such-folder-" + java.util.UUID.randomUUID());
        assertReason(new java.nio.file.NoSuchFileException(nodir.resolve("..").resolve("p.json").toString()),
                "文件夹 " + nodir + " 不存在", "the folder " + nodir + " does not exist");
        assertReason(new java.nio.file.FileSystemException(f, null, "Not a directory"), "路径中有一段不是文件夹",
                "part of the path is not a folder");
        assertReason(new java.nio.file.FileSystemException(f, null, "Is a directory"), "它是文件夹", "it is a folder");
        assertReason(new java.nio.file.AccessDeniedException(f), "没有读取权限", "permission denied");
        assertReason(new java.nio.file.FileSystemException(f, null, "Permission denied"), "没有读取权限",
                "permission denied");
        assertReason(new java.nio.file.FileSystemException(f, null, "Access is denied"), "没有读取权限",
                "permission denied");
        assertReason(new IOException(f + ": Not a directory"), "路径中有一段不是文件夹", "part of the path is not a folder");
        assertReason(new java.nio.file.FileSystemException(f, null, "File name too long"), "文件名过长",
                "the file name is too long");
        // a reason not in the table is the system's own, in one line; none at all is said so
        assertReason(new IOException("Stale file handle\nmore"), "Stale file handle", "Stale file handle");
        assertReason(new IOException(), "系统未说明原因", "the system gave no reason");
    }

    /**
     * A file system exception without a reason has only the file's name for a message: its type says why where it
     * can ({@code Files.newDirectoryStream} of a file, a link loop met walking a tree), else there is no reason, never
     * "cannot read /x/p.json: /x/p.json".
     */
    @Test
    void aFileSystemExceptionWithoutAReasonIsToldByItsTypeNotByItsFileName() {
        String f = "/tmp/x/p.json";
        assertReason(new java.nio.file.NotDirectoryException(f), "路径中有一段不是文件夹",
                "part of the path is not a folder");
        assertReason(new java.nio.file.FileSystemLoopException(f), "符号链接层数过多(可能是循环链接)",
                "too many levels of symbolic links (a link loop?)");
        // EIO (a parameter file on a failing disk, /proc/self/mem) in the run's language
        assertReason(new IOException("Input/output error"), "输入/输出错误(磁盘或其连接出错)",
                "input/output error (the disk or its connection failed)");
        assertReason(new java.nio.file.FileSystemException(f), "系统未说明原因", "the system gave no reason");
        assertReason(new java.nio.file.FileSystemException(f, "/tmp/y", null), "系统未说明原因",
                "the system gave no reason");
    }

    /** A kind of data file is named in Chinese where the core has a word for it; another kind is its id. */
    @Test
    void aKindOfDataFileHasAChineseName() {
        assertThat(CoreMessages.dataKind("calendar").in(Language.ZH)).isEqualTo("日历");
        assertThat(CoreMessages.dataKind("calendar").in(Language.EN)).isEqualTo("calendar");
        assertThat(CoreMessages.dataKind("tariff").in(Language.ZH)).isEqualTo("tariff");
        assertThat(CoreMessages.dataKind("tariff").in(Language.EN)).isEqualTo("tariff");
    }

    private static void assertReason(IOException e, String zh, String en) {
        Text reason = CoreMessages.reason(e);
        assertThat(reason.in(Language.ZH)).as(e.toString()).isEqualTo(zh);
        assertThat(reason.in(Language.EN)).as(e.toString()).isEqualTo(en);
    }

    @Test
    void anArgumentsTextIsNeverReadAsAPlaceholder() {
        // a Drools error or a path may hold braces: it is the underlying failure, shown as it is
        assertThat(CoreMessages.text("start.two-modules-one-id", "p", "{2}", "b").in(Language.EN))
                .isEqualTo("two policy modules claim the id 'p': {2} and b. Keep one of them on the classpath.");
        assertThat(CoreMessages.text("start.unreadable", Text.bilingual("甲", "a"), "{0}").in(Language.ZH))
                .isEqualTo("无法读取 甲:{0}");
        // a placeholder without its argument stays as written
        assertThat(CoreMessages.text("start.unreadable", "x").in(Language.EN)).isEqualTo("cannot read x: {1}");
    }

    /**
     * A placeholder is {@code {n}} with n a decimal number of one to three digits that has an argument; anything else
     * between braces is text. A key without words in the catalogs is its own pattern, which shows this with any text.
     */
    @Test
    void onlyAShortDecimalNumberWithAnArgumentIsAPlaceholder() {
        Object[] ten = {"a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9"};
        assertThat(CoreMessages.text("{0}|{9}|{007}|{10}", ten).in(Language.EN))
                .as("{9} is the last argument; {007} is 7; there is no tenth").isEqualTo("a0|a9|a7|{10}");
        assertThat(CoreMessages.text("{0001}|{}|{x}|{-1}|{ 1}|{1a}|{:}|{/}", ten).in(Language.EN))
                .as("four digits, none, a letter, a sign, a space, a colon or slash (just past '9' and before '0')")
                .isEqualTo("{0001}|{}|{x}|{-1}|{ 1}|{1a}|{:}|{/}");
        assertThat(CoreMessages.text("}{0}", "x").in(Language.EN)).as("a closing brace before").isEqualTo("}x");
        assertThat(CoreMessages.text("{{0}}", "x").in(Language.EN)).as("braces around").isEqualTo("{x}");
        assertThat(CoreMessages.text("{0", "x").in(Language.EN)).as("never closed").isEqualTo("{0");
        assertThat(CoreMessages.text("{0}{1}", "x").in(Language.EN)).as("no argument for {1}").isEqualTo("x{1}");
    }

    /** A reason of blanks only is no reason: said so, in both languages. */
    @Test
    void aBlankReasonIsNoReason() {
        assertReason(new IOException("  \t"), "系统未说明原因", "the system gave no reason");
        assertReason(new java.nio.file.FileSystemException("/tmp/p.json", null, " "), "系统未说明原因",
                "the system gave no reason");
    }
}
