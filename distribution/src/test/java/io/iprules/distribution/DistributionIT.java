package io.iprules.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive as a user gets it: unpacked into an empty directory with the platform's own tools ({@code unzip},
 * {@code tar}), {@code bin/ip-rules evaluate} run from another working directory must evaluate the demo request
 * (README "Install / distribution").
 */
class DistributionIT {

    /** The README's demo: national IP pilot enterprise 200,000 yuan; the provincial 100,000 excluded (§7(1)). */
    private static final String DEMO = "examples/requests/jiaxing-pilot-and-provincial-demo.json";
    private static final String DEMO_TOTAL = "合计:200,000.00 元";

    private static Path target;
    private static String name;

    @TempDir
    Path temp;

    /** One unpacked zip shared by the tests that only run it (their runs may make its class-data archive). */
    @TempDir
    static Path shared;

    private static Path zipHome;

    @BeforeAll
    static void locate() {
        target = Path.of(System.getProperty("distribution.directory"));
        name = System.getProperty("distribution.name");
    }

    @Test
    void theZipUnpackedAnywhereEvaluatesTheDemoFromAnotherDirectory() throws Exception {
        Path home = unpack("unzip", "-q", zip().toString());
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/ip-rules"))).as("unzip keeps the mode")
                .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
        Path elsewhere = Files.createDirectories(temp.resolve("somewhere else"));

        Run run = run(elsewhere, Map.of(), home.resolve("bin/ip-rules").toString(), "evaluate",
                home.resolve(DEMO).toString());

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.stdout).contains(DEMO_TOTAL)
                .contains("国家知识产权试点企业认定")
                .contains("同一事项按最优惠一项执行");
        assertThat(run.stderr).isEmpty();
    }

    @Test
    void aRelativeRequestPathIsReadFromTheCallersDirectoryNotTheInstallation() throws Exception {
        Path home = zipHome();
        Path elsewhere = Files.createDirectories(temp.resolve("work"));
        Files.copy(home.resolve(DEMO), elsewhere.resolve("request.json"));

        Run run = run(elsewhere, Map.of(), home.resolve("bin/ip-rules").toString(), "evaluate", "request.json",
                "--format", "json");

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.stdout).contains("\"total\" : \"200000.00\"");
    }

    @Test
    void theTarGzWorksTooAndKeepsTheLauncherExecutable() throws Exception {
        Path home = unpack("tar", "-xzf", target.resolve(name + ".tar.gz").toString());

        assertThat(Files.getPosixFilePermissions(home.resolve("bin/ip-rules")))
                .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
        Run run = run(temp, Map.of(), home.resolve("bin/ip-rules").toString(), "evaluate",
                home.resolve(DEMO).toString());
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.stdout).contains(DEMO_TOTAL);
    }

    @Test
    void theLauncherFindsItsInstallationThroughASymbolicLink() throws Exception {
        Path home = zipHome();
        Path links = Files.createDirectories(temp.resolve("links"));
        Files.createSymbolicLink(links.resolve("ip-rules"), home.resolve("bin/ip-rules"));
        Path chained = Files.createSymbolicLink(temp.resolve("ip-rules-again"), links.resolve("ip-rules"));

        Run run = run(temp, Map.of(), chained.toString(), "evaluate", home.resolve(DEMO).toString());

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.stdout).contains(DEMO_TOTAL);
    }

    @Test
    void anInvalidRequestStillExitsWithTwoThroughTheLauncher() throws Exception {
        Path home = zipHome();
        Path request = Files.writeString(temp.resolve("bad.json"), "{\"policy\":\"jiaxing-2012\",\"oops\":1}");

        Run run = run(temp, Map.of(), home.resolve("bin/ip-rules").toString(), "evaluate", request.toString());

        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.stdout).isEmpty();
        assertThat(run.stderr).contains("oops");
    }

    @Test
    void theFirstRunMakesTheClassDataArchiveLaterRunsUseItAndAStaleOneIsMadeAgain() throws Exception {
        Path home = unpack("unzip", "-q", zip().toString());
        Path archive = home.resolve("lib/ip-rules.jsa");
        Path key = home.resolve("lib/ip-rules.jsa.key");
        String launcher = home.resolve("bin/ip-rules").toString();
        String demo = home.resolve(DEMO).toString();
        assertThat(archive).as("not made at build time: Java 17 binds it to the jars' absolute paths").doesNotExist();

        Run first = run(temp, Map.of(), launcher, "evaluate", demo);
        assertThat(first.exit).as(first.toString()).isZero();
        assertThat(first.stderr).as("making the archive prints nothing").isEmpty();
        assertThat(archive).isNotEmptyFile();
        String made = Files.readString(key);

        // Classes read from the archive are logged as coming from its "top" layer.
        Map<String, String> logClasses = Map.of("IP_RULES_OPTS", "-Xlog:class+load=info:stderr");
        Run second = run(temp, logClasses, launcher, "evaluate", demo);
        assertThat(second.exit).as(second.toString()).isZero();
        assertThat(second.stdout).isEqualTo(first.stdout);
        assertThat(second.stderr).contains("source: shared objects file (top)");

        // A jar changed since (here: only its date): the record no longer matches, so the run makes it again.
        Path core;
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            core = jars.filter(p -> p.getFileName().toString().startsWith("rules-core-")).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(core, java.nio.file.attribute.FileTime.fromMillis(86_400_000L));
        Run stale = run(temp, logClasses, launcher, "evaluate", demo);
        assertThat(stale.exit).as(stale.toString()).isZero();
        assertThat(stale.stdout).isEqualTo(first.stdout);
        assertThat(stale.stderr).as("a stale archive is not used").doesNotContain("source: shared objects file (top)");
        assertThat(Files.readString(key)).isNotEqualTo(made);

        // A jar replaced by another of the same size and date (every jar of a release carries one fixed date): only
        // its content differs, and the archive would run its old classes. Here a byte of a library jar that evaluate
        // never reads.
        String before = Files.readString(key);
        Path library;
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            library = jars.filter(p -> p.getFileName().toString().startsWith("jetty-xml-")).findFirst().orElseThrow();
        }
        java.nio.file.attribute.FileTime date = Files.getLastModifiedTime(library);
        byte[] bytes = Files.readAllBytes(library);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(library, bytes);
        Files.setLastModifiedTime(library, date);
        Run sameSize = run(temp, logClasses, launcher, "evaluate", demo);
        assertThat(sameSize.exit).as(sameSize.toString()).isZero();
        assertThat(sameSize.stderr).as("a jar of other content: stale")
                .doesNotContain("source: shared objects file (top)");
        assertThat(Files.readString(key)).isNotEqualTo(before);

        // Switched off: neither used nor made.
        Files.delete(archive);
        Run off = run(temp, Map.of("IP_RULES_CDS", "off"), launcher, "evaluate", demo);
        assertThat(off.exit).as(off.toString()).isZero();
        assertThat(archive).doesNotExist();
    }

    /**
     * An archive cut short after it was made (a copy of the installation interrupted), its record otherwise matching:
     * the JVM mapped it and crashed (SIGBUS, exit 134, an hs_err file in the working folder) on every run. The record
     * holds the archive's size, so such an archive is stale: the run decides as usual and makes it again.
     */
    @Test
    void anArchiveCutShortIsMadeAgainNotUsed() throws Exception {
        Path home = unpack("unzip", "-q", zip().toString());
        Path archive = home.resolve("lib/ip-rules.jsa");
        String launcher = home.resolve("bin/ip-rules").toString();
        String demo = home.resolve(DEMO).toString();
        Run first = run(temp, Map.of(), launcher, "evaluate", demo);
        assertThat(first.exit).as(first.toString()).isZero();
        long size = Files.size(archive);
        assertThat(archive.toFile().setWritable(true)).as("the JVM makes it read-only").isTrue();
        try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(archive,
                java.nio.file.StandardOpenOption.WRITE)) {
            c.truncate(size / 2);
        }

        Run cut = run(temp, Map.of(), launcher, "evaluate", demo);

        assertThat(cut.exit).as(cut.toString()).isZero();
        assertThat(cut.stdout).isEqualTo(first.stdout);
        assertThat(cut.stderr).isEmpty();
        assertThat(Files.size(archive)).as("made again, whole").isGreaterThan(size / 2);
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"));
        }
        Run later = run(temp, Map.of("IP_RULES_OPTS", "-Xlog:class+load=info:stderr"), launcher, "evaluate", demo);
        assertThat(later.exit).as(later.toString()).isZero();
        assertThat(later.stderr).contains("source: shared objects file (top)");
    }

    /**
     * A lib/ without room for the archive (about 25 MB): the JVM that failed to write it ended the command with exit 1
     * whatever it decided ("Unable to write to shared archive file", and "Error occurred during initialization of VM"
     * on stdout, among the results), on every run while the disk stayed full. The launcher now makes none there. A
     * full disk is played by a df on the PATH that says 1 MB is free.
     */
    @Test
    void noArchiveIsMadeOnADiskWithoutRoomForIt() throws Exception {
        Path home = unpack("unzip", "-q", zip().toString());
        Path bin = Files.createDirectories(temp.resolve("fake-bin"));
        Path df = Files.writeString(bin.resolve("df"), "#!/bin/sh\n"
                + "echo 'Filesystem     1024-blocks  Used Available Capacity Mounted on'\n"
                + "echo 'full               30720 29696      1024      97% /'\n");
        df.toFile().setExecutable(true);
        Map<String, String> full = Map.of("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));

        Run run = run(temp, full, home.resolve("bin/ip-rules").toString(), "evaluate", home.resolve(DEMO).toString());

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.stdout).contains(DEMO_TOTAL);
        assertThat(run.stderr).isEmpty();
        try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
            assertThat(lib.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("ip-rules.jsa"));
        }
    }

    /**
     * Under the C locale (no LANG: many containers, cron jobs, ssh sessions) Java reads file names as ASCII and could
     * not open a Chinese one: the launcher runs it in C.UTF-8 there.
     */
    @Test
    void aChineseFileNameIsReadUnderTheCLocale() throws Exception {
        Path home = zipHome();
        Path work = Files.createDirectories(temp.resolve("work"));
        Files.copy(home.resolve(DEMO), work.resolve("请求.json"));
        for (Map<String, String> locale : List.of(Map.of("LC_ALL", "C"), Map.of("LC_ALL", "", "LC_CTYPE", "POSIX"))) {
            Run run = run(work, locale, home.resolve("bin/ip-rules").toString(), "evaluate", "请求.json");

            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(run.stdout).contains(DEMO_TOTAL);
            assertThat(run.stderr).isEmpty();
        }
    }

    /**
     * The run that makes the archive, interrupted (Ctrl-C, a closed terminal, kill: the launcher's shell gets the
     * signal too): the shell died at once, the JVM went on and wrote its archive as it exited, and the
     * lib/ip-rules.jsa.PID it wrote (some 25 MB) stayed in lib/, one more at each interruption. The shell now passes
     * the signal on to the JVM, waits for it and removes it.
     */
    @Test
    void anInterruptedRunLeavesNoHalfMadeArchiveInLib() throws Exception {
        Path home = unpack("unzip", "-q", zip().toString());
        Process launcher = new ProcessBuilder(home.resolve("bin/ip-rules").toString(), "evaluate",
                home.resolve(DEMO).toString()).directory(temp.toFile())
                .redirectOutput(temp.resolve("out.txt").toFile()).redirectError(temp.resolve("err.txt").toFile())
                .start();
        ProcessHandle jvm = javaChildOf(launcher);
        launcher.destroy(); // SIGTERM to the launcher's shell only, which passes it on to the JVM
        jvm.onExit().get(120, TimeUnit.SECONDS);
        assertThat(launcher.waitFor(120, TimeUnit.SECONDS)).isTrue();

        try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
            assertThat(lib.map(p -> p.getFileName().toString())).noneMatch(n -> n.matches("ip-rules\\.jsa\\.[0-9].*"));
        }
    }

    /** The JVM the launcher starts as its child (the run that makes the archive), waited for up to 4 s. */
    private static ProcessHandle javaChildOf(Process launcher) throws InterruptedException {
        ProcessHandle jvm = null;
        for (int i = 0; i < 400 && jvm == null; i++) {
            jvm = launcher.toHandle().children()
                    .filter(c -> c.info().command().orElse("").endsWith("java")).findFirst().orElse(null);
            Thread.sleep(10);
        }
        assertThat(jvm).as("the launcher starts the JVM as its child when it makes the archive").isNotNull();
        return jvm;
    }

    /**
     * The run that makes the archive, stopped by a TERM to the launcher alone (kill PID): the shell had only noted it,
     * and the JVM ran its batch to the end (exit 0). The shell now passes it on: the batch stops, the run exits
     * non-zero, and lib/ keeps neither a half-made archive nor one from a run cut short.
     */
    @Test
    void aTermToTheLauncherStopsTheRunThatMakesTheArchive() throws Exception {
        Path home = unpack("unzip", "-q", zip().toString());
        String line = Files.readString(home.resolve(DEMO), StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*", " ")
                .strip() + "\n";
        Path in = Files.writeString(temp.resolve("in.jsonl"), line.repeat(20_000), StandardCharsets.UTF_8);
        Process launcher = new ProcessBuilder(home.resolve("bin/ip-rules").toString(), "batch", in.toString(), "--out",
                temp.resolve("out.jsonl").toString()).directory(temp.toFile())
                .redirectOutput(temp.resolve("stdout.txt").toFile()).redirectError(temp.resolve("stderr.txt").toFile())
                .start();
        ProcessHandle jvm = javaChildOf(launcher);
        Thread.sleep(1500); // the batch under way (it takes some ten seconds)
        assertThat(launcher.isAlive()).as("the batch is still running").isTrue();

        launcher.destroy(); // SIGTERM to the launcher's shell only

        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(launcher.exitValue()).as("stopped, not run to its end").isNotZero();
        assertThat(jvm.isAlive()).isFalse();
        try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
            assertThat(lib.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("ip-rules.jsa"));
        }
    }

    /** The run that makes the archive runs the JVM in the background: a request on stdin must still reach it. */
    @Test
    void theRunThatMakesTheArchiveReadsARequestFromStandardInput() throws Exception {
        Path home = unpack("unzip", "-q", zip().toString());

        Run run = run(temp, Map.of(), home.resolve(DEMO), home.resolve("bin/ip-rules").toString(), "evaluate", "-");

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.stdout).contains(DEMO_TOTAL);
        assertThat(run.stderr).isEmpty();
        assertThat(home.resolve("lib/ip-rules.jsa")).isNotEmptyFile();
    }

    /**
     * A JVM that cannot load the JDK's own archive cannot make one of its own: the first run ended at the JVM's start,
     * "DynamicDumpSharedSpaces is unsupported when base CDS archive is not loaded", exit 1, and so did every later
     * one. Here -Xshare:off among the user's options (JAVA_OPTS, or JDK_JAVA_OPTIONS, which java reads itself).
     */
    @Test
    void withSharingOffTheCommandRunsAndMakesNoArchive() throws Exception {
        Path home = unpack("unzip", "-q", zip().toString());
        String launcher = home.resolve("bin/ip-rules").toString();
        String demo = home.resolve(DEMO).toString();

        Run run = run(temp, Map.of("JAVA_OPTS", "-Xshare:off"), launcher, "evaluate", demo);
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.stdout).contains(DEMO_TOTAL);
        assertThat(run.stderr).isEmpty();
        Run again = run(temp, Map.of("JDK_JAVA_OPTIONS", "-Xshare:off"), launcher, "evaluate", demo);
        assertThat(again.exit).as(again.toString()).isZero();
        assertThat(archiveFiles(home)).isEmpty();
    }

    /** The same on a Java runtime made by jlink without the JDK's archive (no lib/server/classes.jsa). */
    @Test
    void aJlinkedJavaWithoutTheJdksArchiveRunsTheCommandWithoutOne() throws Exception {
        Path jlink = jlink();
        Assumptions.assumeTrue(jlink != null, "no jlink here");
        Path runtime = temp.resolve("jre");
        Run linked = run(temp, Map.of(), jlink.toString(), "--add-modules",
                "java.se,jdk.unsupported,jdk.zipfs,jdk.crypto.ec", "--output", runtime.toString());
        Assumptions.assumeTrue(linked.exit == 0, linked::toString);
        assertThat(runtime.resolve("lib/server/classes.jsa")).doesNotExist();
        Path home = unpack("unzip", "-q", zip().toString());

        for (int i = 0; i < 2; i++) {
            Run run = run(temp, Map.of("JAVA_HOME", runtime.toString()), home.resolve("bin/ip-rules").toString(),
                    "evaluate", home.resolve(DEMO).toString());
            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(run.stdout).contains(DEMO_TOTAL);
            assertThat(run.stderr).isEmpty();
        }
        assertThat(archiveFiles(home)).isEmpty();
    }

    /** jlink of the JDK running this test, of JAVA_HOME or on the PATH; null where there is none. */
    private static Path jlink() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of(System.getProperty("java.home"), "bin", "jlink"));
        if (System.getenv("JAVA_HOME") != null) {
            candidates.add(Path.of(System.getenv("JAVA_HOME"), "bin", "jlink"));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir, "jlink"));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    /**
     * A file size limit (ulimit -f) below the archive's size, which df does not show: the JVM printed the result, then
     * failed to write the archive and exited 1 ("Unable to write to shared archive file"). No archive is made there.
     */
    @Test
    void noArchiveIsMadeUnderAFileSizeLimitTooSmallForIt() throws Exception {
        Path home = unpack("unzip", "-q", zip().toString());

        // 10240 blocks: 5 MB in sh and dash (512-byte blocks), 10 MB in bash; an archive is about 25 MB
        Run run = run(temp, Map.of(), "sh", "-c", "ulimit -f 10240 && exec \"$0\" \"$@\"",
                home.resolve("bin/ip-rules").toString(), "evaluate", home.resolve(DEMO).toString());

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.stdout).contains(DEMO_TOTAL);
        assertThat(run.stderr).isEmpty();
        assertThat(archiveFiles(home)).isEmpty();
    }

    /**
     * The archive holds the classes of the run that makes it: --help, --version or a run that fails (a missing file)
     * load a few, and their archive (3 to 8 MB, against about 23) had every later run start slower than with none.
     * None of them makes it.
     */
    @Test
    void helpVersionAndAFailedRunMakeNoArchive() throws Exception {
        Path home = unpack("unzip", "-q", zip().toString());
        String launcher = home.resolve("bin/ip-rules").toString();

        for (List<String> args : List.of(List.of("evaluate", "--help"), List.of("batch", "--help"),
                List.of("evaluate", "--version"), List.of("evaluate", temp.resolve("nonexistent.json").toString()))) {
            List<String> command = new ArrayList<>(List.of(launcher));
            command.addAll(args);
            Run run = run(temp, Map.of(), command.toArray(String[]::new));
            assertThat(run.exit).as(run.toString()).isEqualTo(args.get(1).startsWith("--") ? 0 : 2);
            assertThat(archiveFiles(home)).as(args.toString()).isEmpty();
        }
    }

    /**
     * A folder at lib/ip-rules.jsa: each first run had moved a new 25 MB archive into it, without end. And
     * IP_RULES_CDS=OFF (in capitals) was not taken as off.
     */
    @Test
    void noArchiveIsMadeOntoAFolderNorWithCdsOffInCapitals() throws Exception {
        Path home = unpack("unzip", "-q", zip().toString());
        String launcher = home.resolve("bin/ip-rules").toString();
        String demo = home.resolve(DEMO).toString();

        Run off = run(temp, Map.of("IP_RULES_CDS", "OFF"), launcher, "evaluate", demo);
        assertThat(off.exit).as(off.toString()).isZero();
        assertThat(archiveFiles(home)).isEmpty();

        Path folder = Files.createDirectory(home.resolve("lib/ip-rules.jsa"));
        Run run = run(temp, Map.of(), launcher, "evaluate", demo);
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.stdout).contains(DEMO_TOTAL);
        try (Stream<Path> inside = Files.list(folder)) {
            assertThat(inside).isEmpty();
        }
        assertThat(archiveFiles(home)).containsExactly("ip-rules.jsa");
    }

    /**
     * A collector of the user's (-XX:+UseG1GC in JAVA_OPTS, or in JDK_JAVA_OPTIONS) beside the launcher's own: the
     * JVM refused to start ("Multiple garbage collectors selected"). The user's now replaces the launcher's.
     */
    @Test
    void aCollectorOfTheUsersReplacesTheLaunchers() throws Exception {
        Path home = zipHome();
        String launcher = home.resolve("bin/ip-rules").toString();

        Run evaluate = run(temp, Map.of("JAVA_OPTS", "-XX:+UseG1GC"), launcher, "evaluate",
                home.resolve(DEMO).toString());
        assertThat(evaluate.exit).as(evaluate.toString()).isZero();
        assertThat(evaluate.stdout).contains(DEMO_TOTAL);
        assertThat(evaluate.stderr).isEmpty();

        String line = Files.readString(home.resolve(DEMO), StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*", " ")
                .strip();
        Path in = Files.writeString(temp.resolve("in.jsonl"), line + "\n", StandardCharsets.UTF_8);
        Run batch = run(temp, Map.of("JDK_JAVA_OPTIONS", "-XX:+UseSerialGC", "IP_RULES_OPTS",
                "-XX:+PrintCommandLineFlags"), launcher, "batch", in.toString(), "--out",
                temp.resolve("out.jsonl").toString());
        assertThat(batch.exit).as(batch.toString()).isZero();
        String flags = batch.stderr.lines().filter(l -> l.startsWith("-XX:")).findFirst().orElse("");
        assertThat(flags).contains("-XX:+UseSerialGC", "-XX:MaxHeapSize=536870912").doesNotContain("ParallelGC");
    }

    /**
     * A standard stream the caller closed was the first descriptor the JVM opened: with standard input closed, batch
     * read the JDK's runtime image as its input, wrote 862,727 error lines, renamed the file into place and crashed.
     * Closed standard input reads as empty, closed standard error as /dev/null; closed standard output is refused in
     * words (the results would go nowhere).
     */
    @Test
    void closedStandardStreamsAreEmptyInputNoErrorsOrARefusal() throws Exception {
        Path home = zipHome();
        String launcher = home.resolve("bin/ip-rules").toString();
        String demo = home.resolve(DEMO).toString();
        Path out = temp.resolve("closed-in.jsonl");

        Run batch = run(temp, Map.of(), "sh", "-c", "exec \"$0\" batch - --out \"$1\" --no-progress <&-", launcher,
                out.toString());
        assertThat(batch.exit).as(batch.toString()).isZero();
        assertThat(Files.size(out)).as("no line read from anywhere else").isZero();
        Run evaluate = run(temp, Map.of(), "sh", "-c", "exec \"$0\" evaluate - --lang en <&-", launcher);
        assertThat(evaluate.exit).as(evaluate.toString()).isEqualTo(2);
        assertThat(evaluate.stderr).contains("empty");

        Run noStdout = run(temp, Map.of(), "sh", "-c", "exec \"$0\" evaluate \"$1\" >&-", launcher, demo);
        assertThat(noStdout.exit).as(noStdout.toString()).isEqualTo(2);
        assertThat(noStdout.stderr).contains("standard output is closed", "标准输出已关闭")
                .doesNotContain("installation directory");
        Path stdout = temp.resolve("stdout.txt");
        Run noStderr = run(temp, Map.of(), "sh", "-c", "exec \"$0\" evaluate \"$1\" 2>&- >\"$2\"", launcher, demo,
                stdout.toString());
        assertThat(noStderr.exit).as(noStderr.toString()).isZero();
        assertThat(Files.readString(stdout, StandardCharsets.UTF_8)).contains(DEMO_TOTAL);
    }

    /**
     * The JVM also reads _JAVA_OPTIONS, after the command line: a collector there (beside the launcher's) or
     * -Xshare:off (with no archive yet: "DynamicDumpSharedSpaces is unsupported…") failed every deciding run, and so
     * did -XX:-UseCompressedClassPointers in JAVA_OPTS. Each now runs, and without an archive where the JVM could not
     * load one.
     */
    @Test
    void optionsTheLauncherHadNotReadNoLongerFailTheRun() throws Exception {
        Path home = unpack("unzip", "-q", zip().toString());
        String launcher = home.resolve("bin/ip-rules").toString();
        String demo = home.resolve(DEMO).toString();
        for (Map<String, String> env : List.of(Map.of("_JAVA_OPTIONS", "-Xshare:off"),
                Map.of("JAVA_OPTS", "-XX:-UseCompressedClassPointers"), Map.of("_JAVA_OPTIONS", "-XX:+UseG1GC"))) {
            Run run = run(temp, env, launcher, "evaluate", demo);
            assertThat(run.exit).as(env + " " + run).isZero();
            assertThat(run.stdout).as(env.toString()).contains(DEMO_TOTAL);
            assertThat(run.stderr).as(env.toString()).doesNotContain("rror", "arning")
                    .doesNotContain("Multiple garbage collectors");
            if (!env.containsValue("-XX:+UseG1GC")) {
                assertThat(archiveFiles(home)).as(env.toString()).isEmpty();
            }
        }
    }

    /**
     * The JVM turns compressed oops off by itself for a heap over about 30 GiB (a default heap on a machine of 128 GB
     * or more), which loads another JDK archive than the installation's was made on: Java 25 printed two CDS errors on
     * every run. A run with the archive asks for compressed oops (capping such a default heap); a heap the user sets
     * at 29 GiB or more runs without the archive, and without the JVM's "Max heap size too large" warning.
     */
    @Test
    void aHeapTooLargeForCompressedOopsRunsWithoutTheArchiveAndWithoutWarnings() throws Exception {
        Path home = unpack("unzip", "-q", zip().toString());
        String launcher = home.resolve("bin/ip-rules").toString();
        String demo = home.resolve(DEMO).toString();

        Run made = run(temp, Map.of("IP_RULES_OPTS", "-XX:+PrintFlagsFinal"), launcher, "evaluate", demo);
        assertThat(made.exit).as(made.toString()).isZero();
        assertThat(made.stderr).as("asked for, not left to the JVM's ergonomics")
                .containsPattern("bool UseCompressedOops +=\\s+true\\s.*\\{command line\\}");
        assertThat(archiveFiles(home)).contains("ip-rules.jsa");
        // (an initial heap that large, -Xms40g, would be committed at start: not on a test machine)
        for (String heap : List.of("-Xmx40g", "-Xmx29g", "-XX:MaxHeapSize=32g", "-XX:MaxRAM=200g",
                "-XX:InitialRAMPercentage=1")) {
            Run big = run(temp, Map.of("JAVA_OPTS", heap, "IP_RULES_OPTS", "-Xlog:class+load=info:stderr"), launcher,
                    "evaluate", demo);
            assertThat(big.exit).as(heap + " " + big).isZero();
            assertThat(big.stdout).contains(DEMO_TOTAL);
            assertThat(big.stderr).as(heap).doesNotContain("source: shared objects file (top)", "arning", "[error]");
        }
        Run small = run(temp, Map.of("JAVA_OPTS", "-Xmx1g", "IP_RULES_OPTS", "-Xlog:class+load=info:stderr"), launcher,
                "evaluate", demo);
        assertThat(small.exit).as(small.toString()).isZero();
        assertThat(small.stderr).as("a heap of the user's that keeps compressed oops keeps the archive")
                .contains("source: shared objects file (top)");
    }

    /**
     * The Windows launcher leaves out its collector for the same collectors of the user's (no Windows here to run it).
     */
    @Test
    void theWindowsLauncherLeavesItsCollectorToTheUsersToo() throws Exception {
        String windows = Files.readString(zipHome().resolve("bin/ip-rules.bat"), StandardCharsets.UTF_8);
        String posix = Files.readString(zipHome().resolve("bin/ip-rules"), StandardCharsets.UTF_8);

        String listed = quoted(windows, Pattern.compile("(?m)^for %%G in \\(([^)]*)\\) do \\($"));
        Matcher posixGc = Pattern.compile("-XX:\\+Use(\\w+)GC\\)").matcher(posix.replace("|", ")"));
        Set<String> posixCollectors = new TreeSet<>();
        while (posixGc.find()) {
            posixCollectors.add(posixGc.group(1));
        }
        assertThat(new TreeSet<>(List.of(listed.split(" ")))).isEqualTo(posixCollectors);
        assertThat(windows).contains("if defined USER_GC set \"DEFAULT_JVM_OPTS=%DEFAULT_JVM_OPTS:-XX:+UseSerialGC=%\"",
                "if defined USER_GC set \"DEFAULT_JVM_OPTS=%DEFAULT_JVM_OPTS:-XX:+UseParallelGC=%\"");
    }

    /**
     * A bin/ that is itself a symbolic link (cd followed the path's text, not the real directory), or a copy of the
     * launcher outside its installation: the JVM said "Could not find or load main class", in English, and a run could
     * write an archive into the unrelated lib/ it found. The real installation is found; a copy is refused in words.
     */
    @Test
    void aLinkedBinFolderFindsTheInstallationAndACopiedLauncherIsRefused() throws Exception {
        Path home = zipHome();
        Path linked = Files.createDirectories(temp.resolve("linked"));
        Files.createSymbolicLink(linked.resolve("bin"), home.resolve("bin"));
        Path unrelated = Files.createDirectories(linked.resolve("lib"));

        Run run = run(temp, Map.of(), linked.resolve("bin/ip-rules").toString(), "evaluate",
                home.resolve(DEMO).toString());
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.stdout).contains(DEMO_TOTAL);

        Path copy = Files.createDirectories(temp.resolve("copy/bin"));
        Files.copy(home.resolve("bin/ip-rules"), copy.resolve("ip-rules"));
        Path copyLib = Files.createDirectories(temp.resolve("copy/lib"));
        Run refused = run(temp, Map.of(), copy.resolve("ip-rules").toString(), "evaluate",
                home.resolve(DEMO).toString());
        assertThat(refused.exit).as(refused.toString()).isEqualTo(1);
        assertThat(refused.stdout).isEmpty();
        assertThat(refused.stderr).contains("is not an ip-rules installation", "不是 ip-rules 的安装目录");
        for (Path lib : List.of(unrelated, copyLib)) {
            try (Stream<Path> files = Files.list(lib)) {
                assertThat(files).as(lib.toString()).isEmpty();
            }
        }
    }

    /**
     * CDPATH exported (a relative cd searched it: bin/.. led to another folder with a bin/), and a link whose target
     * holds " -> " (ls -l's "name -> target" was split at the wrong arrow): the installation was not found.
     */
    @Test
    void cdpathAndALinkTargetWithAnArrowDoNotMisleadTheLauncher() throws Exception {
        Path home = zipHome();
        Path decoy = Files.createDirectories(temp.resolve("decoy"));
        Files.createDirectories(decoy.resolve("bin"));
        Files.createDirectories(decoy.resolve("lib"));
        Run run = run(home, Map.of("CDPATH", decoy.toString()), "sh", "-c", "exec bin/ip-rules \"$@\"", "sh",
                "evaluate", home.resolve(DEMO).toString());
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.stdout).contains(DEMO_TOTAL);

        Path arrow = unpack(Files.createDirectories(temp.resolve("a -> b")), "unzip", "-q", zip().toString());
        Path link = Files.createSymbolicLink(temp.resolve("ip-rules"), arrow.resolve("bin/ip-rules"));
        Run linked = run(temp, Map.of("IP_RULES_CDS", "off"), link.toString(), "evaluate",
                arrow.resolve(DEMO).toString());
        assertThat(linked.exit).as(linked.toString()).isZero();
        assertThat(linked.stdout).contains(DEMO_TOTAL);
    }

    /** Java's class path splits at ':': an installation under such a path is refused in words, before Java starts. */
    @Test
    void anInstallationPathWithAColonIsRefusedInPlainWords() throws Exception {
        Path home = unpack(Files.createDirectories(temp.resolve("a:b")), "unzip", "-q", zip().toString());

        Run run = run(temp, Map.of(), home.resolve("bin/ip-rules").toString(), "evaluate",
                home.resolve(DEMO).toString());

        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.stdout).isEmpty();
        assertThat(run.stderr).contains("unpack it into a folder whose path has no ':'", "路径中没有 ':'");
        assertThat(archiveFiles(home)).isEmpty();
    }

    /**
     * A UTF-8 locale that is not installed (LANG=zh_CN.UTF-8 where `locale -a` lacks it): the C library falls back
     * to ASCII, and Java could not open a Chinese file name, nor load the jars of an installation under a Chinese
     * path ("Could not find or load main class"). The launcher runs Java in C.UTF-8 there too.
     */
    @Test
    void chineseNamesAreReadUnderALocaleThatIsNotInstalled() throws Exception {
        Path home = unpack(Files.createDirectories(temp.resolve("安装目录")), "unzip", "-q", zip().toString());
        Path work = Files.createDirectories(temp.resolve("申请材料"));
        Path request = Files.copy(home.resolve(DEMO), work.resolve("请求.json"));
        Map<String, String> missing = Map.of("LANG", "xx_YY.UTF-8", "LC_ALL", "", "LC_CTYPE", "",
                "IP_RULES_CDS", "off");

        for (String name : List.of("请求.json", request.toString())) {
            Run run = run(work, missing, home.resolve("bin/ip-rules").toString(), "evaluate", name);

            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(run.stdout).contains(DEMO_TOTAL);
            assertThat(run.stderr).isEmpty();
        }
    }

    /** The JVM's own words on a failure to start go to stderr: stdout carries the results only. */
    @Test
    void theJvmsOwnErrorsGoToStandardError() throws Exception {
        Path home = zipHome();
        Map<String, String> broken = Map.of("IP_RULES_CDS", "off",
                "IP_RULES_OPTS", "-Xshare:on -XX:SharedArchiveFile=" + temp.resolve("none.jsa"));

        Run run = run(temp, broken, home.resolve("bin/ip-rules").toString(), "policies");

        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.stdout).isEmpty();
        assertThat(run.stderr).contains("Error occurred during initialization of VM");
    }

    @Test
    void anInstallationWhosePathHoldsASpaceRunsAndMakesItsArchive() throws Exception {
        Path home = unpack(Files.createDirectories(temp.resolve("Program Files")), "unzip", "-q", zip().toString());
        String launcher = home.resolve("bin/ip-rules").toString();
        // --version decides nothing: its few classes would make a poor archive, so it makes none
        Run version = run(temp, Map.of(), launcher, "--version");
        assertThat(version.exit).as(version.toString()).isZero();
        assertThat(home.resolve("lib/ip-rules.jsa")).doesNotExist();
        Run first = run(temp, Map.of(), launcher, "evaluate", home.resolve(DEMO).toString());
        assertThat(first.exit).as(first.toString()).isZero();
        assertThat(first.stdout).contains(DEMO_TOTAL);
        assertThat(first.stderr).isEmpty();
        assertThat(home.resolve("lib/ip-rules.jsa")).isNotEmptyFile();
        Run second = run(temp, Map.of("IP_RULES_OPTS", "-Xlog:class+load=info:stderr"), launcher, "evaluate",
                home.resolve(DEMO).toString());
        assertThat(second.exit).as(second.toString()).isZero();
        assertThat(second.stderr).contains("source: shared objects file (top)");
    }

    /**
     * {@code batch} runs under the launcher's batch flags (README "Install / distribution"): the JVM accepts them, says
     * nothing about them on stderr, and every line is answered. A flag a JVM refused would stop every batch. So does
     * {@code ip-rules --lang en batch …} (the command takes --lang before its name): the launcher had read the first
     * argument only, and ran it as a short command, C1 alone and no heap bound.
     */
    @Test
    void theBatchRunsUnderTheLaunchersBatchFlags() throws Exception {
        Path home = zipHome();
        String launcher = home.resolve("bin/ip-rules").toString();
        String line = Files.readString(home.resolve(DEMO), StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*", " ")
                .strip();
        Path in = Files.writeString(temp.resolve("in.jsonl"), line + "\n" + line + "\n", StandardCharsets.UTF_8);
        Path out = temp.resolve("out.jsonl");
        for (List<String> before : List.of(List.<String>of(), List.of("--lang", "en"), List.of("--lang=en"))) {
            List<String> args = new ArrayList<>(List.of(launcher));
            args.addAll(before);
            args.addAll(List.of("batch", in.toString(), "--out", out.toString()));
            // the JVM prints the flags it was given in one line, on stderr as all its output (the launcher says so)
            Run run = run(temp, Map.of("IP_RULES_OPTS", "-XX:+PrintCommandLineFlags"), args.toArray(String[]::new));

            assertThat(run.exit).as(run.toString()).isZero();
            String flags = run.stderr.lines().filter(l -> l.startsWith("-XX:")).findFirst().orElse("");
            assertThat(run.stderr.replace(flags, "")).as(before.toString()).doesNotContainIgnoringCase("warning")
                    .doesNotContain("VM");
            assertThat(Files.readAllLines(out)).hasSize(2)
                    .allSatisfy(result -> assertThat(result).contains("\"total\":\"200000.00\""));
            assertThat(run.stdout).isEmpty();
            assertThat(flags).as(before.toString()).contains("-XX:MaxHeapSize=536870912", "-XX:+UseParallelGC",
                    "-XX:-TieredCompilation", "-XX:LoopUnrollLimit=0", "-XX:-UseLoopPredicate",
                    "-XX:-UseTypeSpeculation").doesNotContain("TieredStopAtLevel");
            if (!before.isEmpty()) {
                assertThat(run.stderr).as("the summary, in English").contains("Batch: 2 request(s), 2 evaluated");
            }
            Files.delete(out);
        }
    }

    /** The Windows launcher runs a batch with the POSIX one's flags (it says so; nothing else keeps them alike). */
    @Test
    void bothLaunchersGiveTheJvmTheSameBatchAndLoggingFlags() throws Exception {
        Path home = zipHome();
        String posix = Files.readString(home.resolve("bin/ip-rules"), StandardCharsets.UTF_8);
        String windows = Files.readString(home.resolve("bin/ip-rules.bat"), StandardCharsets.UTF_8);

        String lean = quoted(posix, Pattern.compile("(?m)^C2_LEAN_LOOPS=\"([^\"]*)\"")).replace("\\\n", " ");
        String posixBatch = quoted(posix, Pattern.compile("(?m)^ +batch\\) DEFAULT_JVM_OPTS=\"([^\"]*)\""))
                .replace("$C2_LEAN_LOOPS", lean);
        String windowsBatch = quoted(windows,
                Pattern.compile("(?m)^if /i \"%IPR_COMMAND%\"==\"batch\" set \"DEFAULT_JVM_OPTS=([^\"]*)\""));

        assertThat(windowsBatch.split(" ")).containsExactly(posixBatch.trim().split("\\s+"))
                .contains("-XX:-TieredCompilation", "-XX:-UseLoopPredicate");
        // and the same JVM logging for every command: errors only, the JVM's own on stderr too
        String posixLog = quoted(posix, Pattern.compile("(?m)^JVM_LOG=\"([^\"]*)\""));
        String windowsLog = quoted(windows,
                Pattern.compile("(?m)^set \"DEFAULT_JVM_OPTS=(-Xlog:[^%]*) %DEFAULT_JVM_OPTS%\"")).trim();
        assertThat(windowsLog).isEqualTo(posixLog).contains("-XX:+DisplayVMOutputToStderr");
    }

    private static String quoted(String script, Pattern pattern) {
        Matcher m = pattern.matcher(script);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return m.group(1);
    }

    @Test
    void javaOptsReachTheJvm() throws Exception {
        Path home = zipHome();

        // An option the JVM refuses proves JAVA_OPTS is passed on (and that the launcher reports the JVM's failure).
        Run run = run(temp, Map.of("JAVA_OPTS", "-XX:+ThisOptionDoesNotExist"), home.resolve("bin/ip-rules").toString(),
                "policies");

        assertThat(run.exit).isNotZero();
        assertThat(run.stderr).contains("ThisOptionDoesNotExist");
    }

    @Test
    void aJavaOlderThan17IsRefusedInPlainWords() throws Exception {
        Path home = zipHome();
        Path oldJava = Files.createDirectories(temp.resolve("old-jdk/bin"));
        Path java = Files.writeString(oldJava.resolve("java"),
                "#!/bin/sh\necho 'openjdk version \"11.0.22\" 2024-01-16' >&2\necho 'the launcher must not run me'\n");
        java.toFile().setExecutable(true);

        Run run = run(temp, Map.of("JAVA_HOME", oldJava.getParent().toString()),
                home.resolve("bin/ip-rules").toString(), "evaluate", home.resolve(DEMO).toString());

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.stdout).isEmpty();
        assertThat(run.stderr).contains("Java 17 or later is needed", "Java 11.0.22", "需要 Java 17");
    }

    @Test
    void aJavaHomeWithoutJavaIsRefusedInPlainWords() throws Exception {
        Path home = zipHome();

        Run run = run(temp, Map.of("JAVA_HOME", temp.resolve("no-such-jdk").toString()),
                home.resolve("bin/ip-rules").toString(), "policies");

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.stderr).contains("JAVA_HOME is set to a directory without Java", "Java 17 or later");
    }

    /**
     * lib/ holds every rule module as its own jar, byte for byte the jar the build made: each jar on this test's
     * class path (which is the examples module's runtime class path) that carries a kmodule.xml.
     */
    @Test
    void everyRuleModuleOfTheCommandIsItsOwnJarInLib() throws Exception {
        List<Path> ruleJars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    if (jar.getEntry("META-INF/kmodule.xml") != null) {
                        ruleJars.add(path);
                    }
                }
            }
        }
        assertThat(ruleJars).as("rule jars on the class path").hasSizeGreaterThanOrEqualTo(3);

        try (ZipFile zip = new ZipFile(zip().toFile())) {
            for (Path jar : ruleJars) {
                ZipEntry entry = zip.getEntry(name + "/lib/" + jar.getFileName());
                assertThat(entry).as("lib/" + jar.getFileName()).isNotNull();
                try (InputStream in = zip.getInputStream(entry)) {
                    assertThat(in.readAllBytes()).as(jar.getFileName().toString()).isEqualTo(Files.readAllBytes(jar));
                }
            }
        }
    }

    @Test
    void theArchiveHoldsTheLaunchersDocsLicenceNoticesAndSbom() throws Exception {
        Set<String> entries;
        try (ZipFile zip = new ZipFile(zip().toFile())) {
            entries = zip.stream().map(ZipEntry::getName).collect(Collectors.toCollection(TreeSet::new));
            String bat = new String(zip.getInputStream(zip.getEntry(name + "/bin/ip-rules.bat")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(bat).as("Windows line endings").contains("\r\n").doesNotContain("\n\n");
            ZipEntry sbomEntry = zip.getEntry(name + "/sbom.cdx.json");
            // The CycloneDX plugin refuses to run offline (-o): such a build has no SBOM, or an earlier build's.
            if (!"offline:true".equals(System.getProperty("maven.offline"))) {
                assertThat(sbomEntry).as("sbom.cdx.json").isNotNull();
            }
            if (sbomEntry != null) {
                String sbom = new String(zip.getInputStream(sbomEntry).readAllBytes(), StandardCharsets.UTF_8);
                assertThat(sbom).contains("\"bomFormat\" : \"CycloneDX\"")
                        .contains("pkg:maven/org.drools/drools-engine@")
                        .contains("pkg:maven/io.iprules/rules-jiaxing@");
            }
            String notices = new String(zip.getInputStream(zip.getEntry(name + "/THIRD-PARTY.txt")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(notices).contains("drools-engine").contains("picocli").contains("logback-classic");
            // an embedder's quiet default: Drools and KIE at WARN, not logback's unconfigured DEBUG
            String logback = new String(zip.getInputStream(zip.getEntry(name + "/conf/logback.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(logback).contains("<logger name=\"org.drools\" level=\"WARN\"/>")
                    .contains("<logger name=\"org.kie\" level=\"WARN\"/>").contains("<root level=\"WARN\">");
        }
        assertThat(entries).contains(
                name + "/bin/ip-rules", name + "/bin/ip-rules.bat", name + "/LICENSE", name + "/THIRD-PARTY.txt",
                name + "/README.md", name + "/docs/CHANGELOG.md", name + "/docs/contract.md",
                name + "/" + DEMO, name + "/lib/" + name + ".jar",
                // the officer's reports, for a program that embeds lib/ and shows results as the command does
                name + "/lib/rules-report-" + name.substring("ip-rules-".length()) + ".jar");
        assertThat(entries).noneMatch(e -> e.contains("junit") || e.contains("assertj"));
        // the shipped README's links to files of its own lead to files the archive holds
        try (ZipFile zip = new ZipFile(zip().toFile())) {
            String readme = new String(zip.getInputStream(zip.getEntry(name + "/README.md")).readAllBytes(),
                    StandardCharsets.UTF_8);
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("\\]\\(([^)#:\\s]+)(#[^)]*)?\\)")
                    .matcher(readme);
            List<String> targets = new java.util.ArrayList<>();
            while (link.find()) {
                targets.add(link.group(1));
            }
            assertThat(targets).contains("docs/contract.md");
            assertThat(targets).allSatisfy(t -> assertThat(entries).contains(name + "/" + t));
        }
    }

    private static Path zipHome() throws Exception {
        if (zipHome == null) {
            zipHome = unpack(shared, "unzip", "-q", zip().toString());
        }
        return zipHome;
    }

    /** The names in lib/ of the class-data archive, its record and any half-made one. */
    private static List<String> archiveFiles(Path home) throws IOException {
        try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
            return lib.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("ip-rules.jsa")).sorted()
                    .collect(Collectors.toList());
        }
    }

    private static Path zip() {
        return target.resolve(name + ".zip");
    }

    /** Unpacks the archive with the given tool into a new empty directory; the installation directory inside. */
    private Path unpack(String... command) throws Exception {
        return unpack(temp, command);
    }

    private static Path unpack(Path parent, String... command) throws Exception {
        Path into = Files.createDirectories(parent.resolve("unpacked-" + System.nanoTime()));
        try (Stream<Path> files = Files.list(into)) {
            assertThat(files).isEmpty();
        }
        Run run = run(into, Map.of(), command);
        assertThat(run.exit).as(run.toString()).isZero();
        return into.resolve(name);
    }

    private static Run run(Path directory, Map<String, String> environment, String... command) throws Exception {
        return run(directory, environment, null, command);
    }

    /** Runs the command with the given file as its standard input (null: an empty one). */
    private static Run run(Path directory, Map<String, String> environment, Path input, String... command)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().putAll(environment);
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(
                input == null ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.from(input.toFile()));
        Process process = builder.start();
        if (input == null) {
            process.getOutputStream().close();
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + Arrays.toString(command));
        }
        try {
            return new Run(Arrays.toString(command), process.exitValue(), read(out), read(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Run(String command, int exit, String stdout, String stderr) {
        @Override
        public String toString() {
            return command + " exited " + exit + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
        }
    }
}
