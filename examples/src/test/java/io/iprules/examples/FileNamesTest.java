package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names the system cannot give Java as they are. Under the C or POSIX locale (no {@code LANG}: many containers,
 * cron jobs, ssh sessions) Java reads the command line's file names as ASCII, and a Chinese one cannot be opened:
 * {@code evaluate 请求.json} ended in "internal error: java.nio.file.InvalidPathException" (exit 1). It is the user's
 * setting, told in plain words naming the file with what to do (exit 2). Run in a JVM of its own, in that locale.
 */
class FileNamesTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run inTheCLocale(Path tmp, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), IpRules.class.getName()));
        command.addAll(List.of(args));
        return runIn(new ProcessBuilder(command), "C", tmp);
    }

    /** Runs {@code pb} with {@code LC_ALL=locale} (and no other locale variable), its output kept in {@code tmp}. */
    private static Run runIn(ProcessBuilder pb, String locale, Path tmp) throws Exception {
        pb.redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
        env.put("LC_ALL", locale);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
        return new Run(p.exitValue(), Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /**
     * A name with a byte that is not UTF-8 (a Latin-1 "bad\377.json" under a UTF-8 locale) reaches Java as U+FFFD,
     * and Java looks for a file of that other name: the command said "no such file" of a file the user can list.
     */
    @Test
    void aNameWithBytesThatAreNotUtf8IsToldAsSuch(@TempDir Path tmp) throws Exception {
        Path request = tmp.resolve("r.json");
        Files.copy(Path.of("requests/jiaxing-pilot-and-provincial-demo.json"), request);
        // the shell makes the name from its bytes, which Java could not
        String bad = "\"$(printf '" + tmp + "/bad\\377.json')\"";
        Process copy = new ProcessBuilder("sh", "-c", "cp " + request + " " + bad).start();
        assertThat(copy.waitFor()).isZero();
        String seen = tmp + "/bad\uFFFD.json";
        String java = COMMAND;

        Run zh = inTheShell(tmp, java + " evaluate " + bad);
        assertThat(zh.err()).isEqualTo(seen + ": 无法读取:没有此名的文件;文件名中不是 UTF-8(系统字符集)的字节显示为 \uFFFD,"
                + "这样的文件无法打开:请用 UTF-8 字符为它改名\n");
        assertThat(zh.exit()).isEqualTo(2);
        Run en = inTheShell(tmp, java + " batch " + bad + " --lang en");
        assertThat(en.err()).isEqualTo(seen + ": cannot read: no file of this name; bytes of a name that are not UTF-8 "
                + "(the system's character set) arrive as \uFFFD, and such a file cannot be opened: rename it in "
                + "UTF-8\n");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.out()).isEmpty();
        // the engine's files alike (a parameter file, a calendar), which had been told "no such file"
        Run params = inTheShell(tmp, java + " evaluate " + request + " --params " + bad + " --lang en");
        assertThat(params.err()).isEqualTo(en.err());
        assertThat(params.exit()).isEqualTo(2);
        Run calendar = inTheShell(tmp, java + " evaluate " + request + " --calendar " + bad);
        assertThat(calendar.err()).isEqualTo(zh.err());
    }

    /**
     * An output named with a byte that is not UTF-8 reaches Java as U+FFFD too: the results were written under that
     * other name, where the user would not find them. Refused before any work (exit 2), nothing written.
     */
    @Test
    void anOutputNamedWithBytesThatAreNotUtf8IsRefused(@TempDir Path tmp) throws Exception {
        Path request = Files.copy(Path.of("requests/jiaxing-pilot-and-provincial-demo.json"), tmp.resolve("r.json"));
        Path out = Files.createDirectory(tmp.resolve("out"));
        String bad = "\"$(printf '" + out + "/bad\\377.jsonl')\"";
        String seen = out + "/bad\uFFFD.jsonl";
        String java = COMMAND;

        Run en = inTheShell(tmp, java + " batch " + request + " --out " + bad + " --lang en");
        assertThat(en.err()).isEqualTo(seen + ": cannot write there: the name holds \uFFFD, which is how bytes that "
                + "are not UTF-8 (the system's character set) arrive, so the file would be made under another name "
                + "than the one given. Name it in UTF-8\n");
        assertThat(en.exit()).isEqualTo(2);
        Run zh = inTheShell(tmp, java + " generate jiaxing-2012 --count 3 --out " + bad);
        assertThat(zh.err()).isEqualTo(seen + ": 无法写入:文件名中有 \uFFFD,这是不属于 UTF-8(系统字符集)的字节到达时的样子,"
                + "文件会以另一个名字创建,而不是所给的名字。请用 UTF-8 字符命名\n");
        assertThat(zh.exit()).isEqualTo(2);
        Run page = inTheShell(tmp, java + " report " + request + " --html " + bad + " --lang en");
        assertThat(page.err()).startsWith(seen + ": cannot write there: the name holds \uFFFD");
        assertThat(page.exit()).isEqualTo(2);
        try (var written = Files.list(out)) {
            assertThat(written).isEmpty();
        }
    }

    /**
     * A generation whose write fails partway (here the file-size limit a shell sets, {@code ulimit -f}, as a full
     * disk would): exit 1 naming the file, and neither the target nor its {@code .partial} left, as {@code report}
     * and {@code --summary} leave none: nothing resumes a generation, and the {@code .partial} would keep the space.
     */
    @Test
    void aGenerationWhoseWriteFailsPartwayLeavesNoPartialFile(@TempDir Path tmp) throws Exception {
        Path out = Files.createDirectory(tmp.resolve("out"));
        Path target = out.resolve("g.jsonl");
        // 64 blocks (32 or 64 KiB, by the shell) hold a few dozen of the 1,000 lines; no JVM performance file
        Run r = inTheShell(tmp, "ulimit -f 64 && " + COMMAND.replace(" -cp ", " -XX:-UsePerfData -cp ")
                + " generate jiaxing-2012 --count 1000 --out " + target + " --lang en");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith(target + ".partial: cannot write: ").doesNotContain("internal error")
                .hasLineCount(1);
        try (var left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    /**
     * picocli's own messages (a missing argument, the usage) in UTF-8 as the command's are, whatever the locale: under
     * the C locale Java 17's default charset is ASCII, and they came out as "????:'FILE|-'" and "??:".
     */
    @Test
    void picocliMessagesAreUtf8UnderTheCLocale(@TempDir Path tmp) throws Exception {
        Run r = inTheCLocale(tmp, "evaluate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("缺少必需的参数:'FILE|-'").contains("\n用法:\n").doesNotContain("??");
    }

    /** This build's command, as a shell script names it. */
    private static final String COMMAND = Path.of(System.getProperty("java.home"), "bin", "java") + " -cp '"
            + System.getProperty("java.class.path") + "' " + IpRules.class.getName();

    /** {@code script} run by sh in a UTF-8 locale. */
    private static Run inTheShell(Path tmp, String script) throws Exception {
        return runIn(new ProcessBuilder("sh", "-c", script), "C.UTF-8", tmp);
    }

    @Test
    void aChineseFileNameUnderTheCLocaleIsToldWithWhatToDo(@TempDir Path tmp) throws Exception {
        Path request = tmp.resolve("请求.json");
        Files.copy(Path.of("requests/jiaxing-pilot-and-provincial-demo.json"), request);
        byte[] before = Files.readAllBytes(request);
        // what Java makes of the name in ASCII: each of the six bytes of 请求 one replacement character
        String seen = tmp + "/" + "\uFFFD".repeat(6) + ".json";
        String zh = seen + ": 无法读取:系统的字符集(ANSI_X3.4-1968)无法表示该文件名;请在 UTF-8 区域设置下运行,"
                + "例如 LC_ALL=C.UTF-8\n";
        String en = seen + ": cannot read: this system's character set (ANSI_X3.4-1968) cannot write the file's name; "
                + "run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8\n";
        Run evaluate = inTheCLocale(tmp, "evaluate", request.toString());
        assertThat(evaluate.err()).isEqualTo(zh);
        assertThat(evaluate.exit()).isEqualTo(2);
        assertThat(evaluate.out()).isEmpty();
        Run report = inTheCLocale(tmp, "report", request.toString(), "--html", tmp.resolve("r.html").toString(),
                "--lang", "en");
        assertThat(report.err()).isEqualTo(en);
        assertThat(report.exit()).isEqualTo(2);
        assertThat(tmp.resolve("r.html")).doesNotExist();
        Run batch = inTheCLocale(tmp, "batch", request.toString(), "--out", tmp.resolve("o.jsonl").toString());
        assertThat(batch.err()).isEqualTo(zh);
        assertThat(batch.exit()).isEqualTo(2);
        assertThat(tmp.resolve("o.jsonl")).doesNotExist();
        Run replay = inTheCLocale(tmp, "replay", request.toString(), request.toString(), "--lang", "en");
        assertThat(replay.err()).isEqualTo(en);
        assertThat(replay.exit()).isEqualTo(2);
        assertThat(Files.readAllBytes(request)).isEqualTo(before);
    }
}
