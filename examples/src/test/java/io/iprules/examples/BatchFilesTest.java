package io.iprules.examples;

import static io.iprules.examples.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code batch} reads and writes, as a hostile but realistic user tries it (an audit of the command's files):
 * a named pipe or {@code <(…)} as the input, a read that fails, standard output that is the input file, two runs
 * writing one output.
 */
class BatchFilesTest {

    private static Path population(Path tmp, int count) {
        Path in = tmp.resolve("a.jsonl");
        assertThat(run("generate", "jiaxing-2012", "--count", String.valueOf(count), "--seed", "7", "--out",
                in.toString()).exit()).isZero();
        return in;
    }

    private static boolean mkfifo(Path fifo) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Feeds {@code bytes} into the named pipe {@code fifo} once a reader opens it. */
    private static CompletableFuture<Void> feed(Path fifo, byte[] bytes) {
        return CompletableFuture.runAsync(() -> {
            try {
                Files.write(fifo, bytes); // blocks until the batch opens the pipe
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * A named pipe, or bash's {@code <(zcat requests.jsonl.gz)} (a pipe under /dev/fd), is read as standard input is.
     * It failed with "Illegal seek", told as a failed write of the output ({@code r.jsonl.partial: cannot write}):
     * the JDK's stream of a file asks a pipe for its position when asked how many bytes are available.
     */
    @Test
    void aNamedPipeIsReadAsStandardInputIs(@TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo(tmp.resolve("fifo")), "no mkfifo here");
        Path fifo = tmp.resolve("fifo");
        byte[] requests = Files.readAllBytes(population(tmp, 20));
        Path results = tmp.resolve("r.jsonl");
        CompletableFuture<Void> fed = feed(fifo, requests);
        CliTest.Run toFile = run("batch", fifo.toString(), "--out", results.toString(), "--lang", "en");
        fed.get(30, TimeUnit.SECONDS);
        assertThat(toFile.exit()).as(toFile.err()).isZero();
        assertThat(toFile.err()).startsWith("Batch: 20 request(s), 20 evaluated");
        assertThat(Files.readAllLines(results)).hasSize(20);

        fed = feed(fifo, requests);
        CliTest.Run toStdout = run("batch", fifo.toString(), "--lang", "en");
        fed.get(30, TimeUnit.SECONDS);
        assertThat(toStdout.exit()).as(toStdout.err()).isZero();
        assertThat(toStdout.out().lines()).hasSize(20);
    }

    /**
     * A named pipe tells how many bytes wait in it, as standard input does: the batch answers the lines in hand before
     * a read that would wait, so a pipe that always said none (the JDK's stream of a file asks a pipe for its position
     * and fails, said as 0) would have its lines read and answered a buffer at a time, none read ahead.
     */
    @Test
    @Timeout(60)
    void aNamedPipeTellsTheBytesWaitingInIt(@TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo(tmp.resolve("fifo")), "no mkfifo here");
        Path fifo = tmp.resolve("fifo");
        byte[] lines = "{}\n".repeat(100).getBytes(StandardCharsets.US_ASCII);
        CompletableFuture<Void> fed = feed(fifo, lines);
        try (InputStream in = BatchCommand.requests(fifo)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (in.available() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10); // until the feeder has written
            }
            assertThat(in.available()).isPositive();
            fed.get(30, TimeUnit.SECONDS);
            assertThat(in.readAllBytes()).isEqualTo(lines);
        }
    }

    /**
     * A read of the input that fails half-way (an I/O error of the disk, a network file system gone) is told as
     * what it is, naming the input, exit 1: it was told as a failed write of the output.
     */
    @Test
    void aFailedReadIsToldAsAFailedReadOfTheInput(@TempDir Path tmp) throws Exception {
        byte[] requests = Files.readAllBytes(population(tmp, 5));
        Path results = tmp.resolve("r.jsonl");
        for (String[] args : new String[][] {{"batch", "-", "--lang", "en"},
                {"batch", "-", "--out", results.toString(), "--lang", "en"}}) {
            InputStream failing = new InputStream() {
                private int at;

                @Override
                public int read() throws IOException {
                    if (at == requests.length) {
                        throw new IOException("Input/output error");
                    }
                    return requests[at++] & 0xff;
                }
            };
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = IpRules.run(args, failing, new PrintStream(new ByteArrayOutputStream(), true,
                    StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            String told = err.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(told).isEqualTo(1);
            assertThat(told).as(String.join(" ", args)).startsWith("standard input: cannot read: input/output error "
                    + "(the disk or its connection failed)\n")
                    .doesNotContain("cannot write", "internal error");
            assertThat(results).doesNotExist();
        }
    }

    /**
     * An input that cannot be opened is told alone, and before the output is touched: the {@code .partial} of an
     * interrupted run was emptied first, and stderr said "the run did not finish: the results so far are in …
     * --resume" before the input's error. A socket is a file that exists and cannot be opened, even by root.
     */
    @Test
    void anInputThatCannotBeOpenedLeavesTheOutputAsItWas(@TempDir Path tmp) throws Exception {
        Path socket = tmp.resolve("requests.sock");
        try (var server = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(java.net.UnixDomainSocketAddress.of(socket));
            Path results = tmp.resolve("r.jsonl");
            Path partial = tmp.resolve("r.jsonl.partial");
            Files.writeString(partial, "the results of an interrupted run\n");
            CliTest.Run r = run("batch", socket.toString(), "--out", results.toString(), "--lang", "en");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).startsWith(socket + ": cannot read: ").hasLineCount(1)
                    .doesNotContain("did not finish", "Exception");
            assertThat(Files.readString(partial)).isEqualTo("the results of an interrupted run\n");
            assertThat(results).doesNotExist();
        } catch (UnsupportedOperationException e) {
            org.junit.jupiter.api.Assumptions.abort("no Unix domain sockets here");
        }
    }

    /**
     * Standard output that is the input file: {@code ip-rules batch a.jsonl >> a.jsonl} read its own results back
     * as requests without end (half a gigabyte a minute, until the disk was full); {@code > a.jsonl} (the shell
     * empties the file first) answered "0 requests", exit 0. Refused, as {@code --out a.jsonl} is.
     */
    @Test
    void standardOutputThatIsTheInputIsRefused(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 10);
        byte[] requests = Files.readAllBytes(in);
        for (ProcessBuilder.Redirect redirect : java.util.List.of(ProcessBuilder.Redirect.appendTo(in.toFile()),
                ProcessBuilder.Redirect.appendTo(tmp.resolve("link.jsonl").toFile()))) {
            Files.deleteIfExists(tmp.resolve("link.jsonl"));
            Files.createSymbolicLink(tmp.resolve("link.jsonl"), in);
            java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), IpRules.class.getName(), "batch", in.toString(), "--lang",
                    "en"));
            Process p = new ProcessBuilder(command).redirectOutput(redirect)
                    .redirectError(tmp.resolve("err.txt").toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            assertThat(p.exitValue()).isEqualTo(2);
            assertThat(Files.readString(tmp.resolve("err.txt"))).isEqualTo("standard output: is the input file " + in
                    + "; the results would be written into the requests being read. Name another file with --out\n");
            assertThat(Files.readAllBytes(in)).isEqualTo(requests);
        }
    }

    /**
     * An input that is not there, or a loop of links, is told first and at once, as {@code evaluate} and
     * {@code report} tell a request that is not there: before the engine is built (which takes time, and reads
     * {@code --params}, whose own mistake would be told instead) and before anything is written, whether the results
     * go to a file or to standard output.
     */
    @Test
    void anInputThatIsNotThereIsToldFirst(@TempDir Path tmp) throws Exception {
        Path missing = tmp.resolve("missing.jsonl");
        Path loop = Files.createSymbolicLink(tmp.resolve("loop.jsonl"), tmp.resolve("loop.jsonl"));
        String params = tmp.resolve("no-params.json").toString();
        for (String out : new String[] {"-", tmp.resolve("r.jsonl").toString()}) {
            CliTest.Run r = run("batch", missing.toString(), "--params", params, "--out", out, "--lang", "en");
            assertThat(r.exit()).as(out).isEqualTo(2);
            assertThat(r.err()).as(out).isEqualTo(missing + ": cannot read: no such file\n");
            r = run("batch", loop.toString(), "--params", params, "--out", out, "--lang", "en");
            assertThat(r.exit()).as(out).isEqualTo(2);
            assertThat(r.err()).as(out).isEqualTo(loop + ": cannot read: too many levels of symbolic links (a link "
                    + "loop?)\n");
            assertThat(r.out()).as(out).isEmpty();
            try (var files = Files.list(tmp)) {
                assertThat(files).as(out).containsExactly(loop);
            }
        }
        CliTest.Run zh = run("batch", missing.toString(), "--params", params);
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).isEqualTo(missing + ": 无法读取:文件不存在\n");
    }

    /**
     * Two runs writing one {@code --out} at once wrote into one {@code .partial}: the file renamed into place held
     * the lines of both runs, some of them cut, and the second run said its summary with exit 0. The second is
     * refused (exit 2) while the first holds the {@code .partial}, and leaves it alone; so is a {@code --resume}.
     */
    @Test
    void aSecondRunOnTheSameOutputIsRefusedWhileTheFirstWrites(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 10);
        Path results = tmp.resolve("r.jsonl");
        Path partial = tmp.resolve("r.jsonl.partial");
        Files.writeString(partial, "the first run's lines\n");
        // recorded by a run in Chinese with --verbose: a resume in English without it is told the .partial is being
        // written, not that its settings differ from a run it calls interrupted
        Path checkpoint = tmp.resolve("r.jsonl.partial.checkpoint");
        Files.writeString(checkpoint, "{\"lines\":0,\"inputBytes\":0,"
                + "\"inputSha256\":\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\","
                + "\"outputBytes\":0,\"outputCrc32c\":\"00000000\",\"run\":{\"language\":\"zh\",\"trace\":true,"
                + "\"asOf\":null,\"today\":\"2026-12-05\"}}\n");
        // the first run: another process that holds the .partial as a batch does
        Path holder = tmp.resolve("Holder.java");
        Files.writeString(holder, "import java.nio.channels.FileChannel; import java.nio.file.*;\n"
                + "public class Holder { public static void main(String[] a) throws Exception {\n"
                + "  try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.WRITE)) {\n"
                + "    if (c.tryLock() == null) { System.exit(3); }\n"
                + "    System.out.println(\"locked\"); System.out.flush(); System.in.read(); } } }\n");
        Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                holder.toString(), partial.toString()).redirectErrorStream(true).start();
        try {
            String said = new java.io.BufferedReader(new java.io.InputStreamReader(first.getInputStream(),
                    StandardCharsets.UTF_8)).readLine();
            assertThat(said).isEqualTo("locked");
            for (String[] args : new String[][] {{"batch", in.toString(), "--out", results.toString(), "--lang", "en"},
                    {"batch", in.toString(), "--out", results.toString(), "--resume", "--lang", "en"}}) {
                CliTest.Run second = run(args);
                assertThat(second.exit()).as(second.err()).isEqualTo(2);
                assertThat(second.err()).isEqualTo(results + ": another ip-rules batch run or another program holds a "
                        + "lock on " + partial + ": wait for it to finish, or name another --out\n");
                assertThat(Files.readString(partial)).isEqualTo("the first run's lines\n");
                assertThat(checkpoint).exists();
                assertThat(results).doesNotExist();
            }
            CliTest.Run zh = run("batch", in.toString(), "--out", results.toString());
            assertThat(zh.err()).isEqualTo(results + ": 另一个 ip-rules batch 运行或其他程序锁定了 " + partial
                    + ":请等它结束,或用 --out 另选文件\n");
        } finally {
            first.getOutputStream().close();
            first.waitFor(30, TimeUnit.SECONDS);
        }
        // once the first is done, a run goes ahead
        Files.delete(checkpoint);
        CliTest.Run after = run("batch", in.toString(), "--out", results.toString(), "--lang", "en");
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(Files.readAllLines(results)).hasSize(10);
        assertThat(partial).doesNotExist();
    }

    /**
     * Another program (a JVM of its own) that holds a lock on {@code file} until its standard input is closed; returned
     * once it holds it.
     */
    private static Process holdingALock(Path tmp, Path file) throws IOException {
        Path holder = tmp.resolve("Holder.java");
        Files.writeString(holder, "import java.nio.channels.FileChannel; import java.nio.file.*;\n"
                + "public class Holder { public static void main(String[] a) throws Exception {\n"
                + "  try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.READ, "
                + "StandardOpenOption.WRITE)) {\n    if (c.tryLock() == null) { System.exit(3); }\n"
                + "    System.out.println(\"locked\"); System.out.flush(); System.in.read(); } } }\n");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                holder.toString(), file.toString()).redirectErrorStream(true).start();
        String said = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8)).readLine();
        if (!"locked".equals(said)) {
            p.destroyForcibly();
            throw new AssertionError("the other program could not lock " + file + ": " + said);
        }
        return p;
    }

    /**
     * A run renames its {@code .partial} over {@code --out}, then removes its checkpoint and puts its summary in place,
     * holding its lock (now on {@code --out}) until it is done. A second run started in between made a new
     * {@code .partial} and wrote its first checkpoint, which the first then removed: killed before its next one, the
     * second could not be resumed. The second is refused while the first holds {@code --out}, and leaves no file.
     */
    @Test
    void aRunIsRefusedWhileTheRunBeforeItPutsItsResultsInPlace(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 10);
        Path results = tmp.resolve("r.jsonl");
        Files.writeString(results, "the first run's results, just renamed into place\n");
        Path partial = tmp.resolve("r.jsonl.partial");
        Path checkpoint = tmp.resolve("r.jsonl.partial.checkpoint");
        // the first run: another process that holds the results' lock, as a batch does until it has finished
        Process first = holdingALock(tmp, results);
        try {
            CliTest.Run second = run("batch", in.toString(), "--out", results.toString(), "--lang", "en");
            assertThat(second.exit()).as(second.err()).isEqualTo(2);
            assertThat(second.err()).isEqualTo(results + ": another ip-rules batch run or another program holds a "
                    + "lock on " + results + ": wait for it to finish, or name another --out\n");
            // the lock on the results may be any program's (a backup tool, an editor): said so, in both languages
            CliTest.Run zh = run("batch", in.toString(), "--out", results.toString());
            assertThat(zh.exit()).as(zh.err()).isEqualTo(2);
            assertThat(zh.err()).isEqualTo(results + ": 另一个 ip-rules batch 运行或其他程序锁定了 " + results
                    + ":请等它结束,或用 --out 另选文件\n");
            assertThat(results).hasContent("the first run's results, just renamed into place");
            assertThat(partial).doesNotExist();
            assertThat(checkpoint).doesNotExist();
        } finally {
            first.getOutputStream().close();
            first.waitFor(30, TimeUnit.SECONDS);
        }
        CliTest.Run after = run("batch", in.toString(), "--out", results.toString(), "--lang", "en");
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(Files.readAllLines(results)).hasSize(10);
    }

    /**
     * A run refused because another holds {@code OUT.jsonl} removes the {@code .partial} it made, and only that. The
     * run read whether a {@code .partial} was there before it opened one: when the run before it renamed its
     * {@code .partial} away between the two, it made an empty one, refused, and left it (it took it for an interrupted
     * run's). That takes a rename between two system calls and cannot be staged here; what decides is
     * {@link BatchCommand#removeMade}, given the key of the file the run made (none: it made none), checked here
     * alone. A run that opened an interrupted run's {@code .partial} leaves it, whole, below.
     */
    @Test
    void aRefusedRunRemovesThePartialItMadeAndNoOther(@TempDir Path tmp) throws Exception {
        Path partial = tmp.resolve("r.jsonl.partial");
        Files.createFile(partial); // made by this run
        BatchCommand.removeMade(partial, HeldFiles.key(partial));
        assertThat(partial).as("made by the refused run").doesNotExist();

        Files.createFile(partial);
        Object made = HeldFiles.key(partial);
        // another run's .partial there now (made while the first was still there: another file)
        Path another = Files.writeString(tmp.resolve("another"), "another run's lines\n");
        Files.move(another, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(HeldFiles.key(partial)).isNotEqualTo(made);
        BatchCommand.removeMade(partial, made);
        assertThat(partial).as("another run's .partial").hasContent("another run's lines");

        BatchCommand.removeMade(partial, null); // an interrupted run's, which this run opened and did not make
        assertThat(partial).as("an interrupted run's .partial").hasContent("another run's lines");

        Files.delete(partial);
        BatchCommand.removeMade(partial, made); // nothing there: nothing to do
        assertThat(partial).doesNotExist();
    }

    /**
     * A run refused because another program holds {@code OUT.jsonl} leaves an interrupted run's {@code .partial}, which
     * it opened to lock, as it was: it did not make it.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aRefusedRunLeavesAnInterruptedRunsPartial(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 10);
        Path results = tmp.resolve("r.jsonl");
        Files.writeString(results, "the results before\n");
        Path partial = tmp.resolve("r.jsonl.partial");
        Files.writeString(partial, "an interrupted run's lines\n");
        Process first = holdingALock(tmp, results);
        try {
            CliTest.Run second = run("batch", in.toString(), "--out", results.toString(), "--lang", "en");
            assertThat(second.exit()).as(second.err()).isEqualTo(2);
            assertThat(partial).hasContent("an interrupted run's lines");
            assertThat(results).hasContent("the results before");
        } finally {
            first.getOutputStream().close();
            first.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** {@code --resume} to standard output, by default or as {@code --out -}: refused, in words that fit both. */
    @Test
    void aResumeToStandardOutputIsRefusedHoweverItIsNamed(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 10);
        for (String[] args : new String[][] {{"batch", in.toString(), "--resume", "--lang", "en"},
                {"batch", in.toString(), "--out", "-", "--resume", "--lang", "en"}}) {
            CliTest.Run r = run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).isEqualTo(
                    "--resume: needs --out FILE (standard output, by default or as -, cannot be resumed)\n");
            assertThat(r.out()).isEmpty();
        }
    }

    /** {@code --resume} with nothing to resume is refused and creates nothing (the lock must not make a .partial). */
    @Test
    void aResumeWithNothingToResumeCreatesNothing(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 10);
        Path results = tmp.resolve("r.jsonl");
        Files.writeString(results, "the previous good output\n");
        CliTest.Run r = run("batch", in.toString(), "--out", results.toString(), "--resume", "--lang", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("--resume: nothing to resume: " + results + ".partial does not exist\n");
        assertThat(Files.readString(results)).isEqualTo("the previous good output\n");
        assertThat(tmp.resolve("r.jsonl.partial")).doesNotExist();
    }

    /**
     * A new run whose {@code .partial} cannot be created beside {@code --out} (a file of Linux's {@code /proc}, where
     * no file can be created) is a failed write naming that file, exit 1; it is not told as a {@code --resume} that was
     * never asked for.
     */
    @Test
    void aPartialThatCannotBeCreatedIsAFailedWriteNotAResume(@TempDir Path tmp) throws Exception {
        Path proc = Path.of("/proc/version");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(proc), "no /proc here");
        Path in = population(tmp, 3);
        CliTest.Run r = run("batch", in.toString(), "--out", proc.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("/proc/version.partial: cannot write: ").doesNotContain("--resume");
        assertThat(r.out()).isEmpty();
    }

    /**
     * Whether a lock is held on {@code file} as another program sees it: a JVM of its own tries to lock it and says
     * {@code held} or {@code free}. Java's file locks are the process's, and the JVM's own table of them is not what
     * other programs see: only another process can tell whether this one still holds its lock in the system.
     */
    private static String lockSeenFromAnotherProcess(Path tmp, Path file) throws Exception {
        Path probe = tmp.resolve("Probe.java");
        Files.writeString(probe, "import java.nio.channels.FileChannel; import java.nio.file.*;\n"
                + "public class Probe { public static void main(String[] a) throws Exception {\n"
                + "  try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.READ, "
                + "StandardOpenOption.WRITE)) {\n    System.out.println(c.tryLock() == null ? \"held\" : \"free\"); } "
                + "} }\n");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                probe.toString(), file.toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return said;
    }

    /**
     * A batch run in this JVM, in a thread of its own, its requests read from standard input, held at its first read:
     * by then it has locked its {@code .partial} (the input is read once the run's files are ready). It goes on when
     * {@link #finish} lets it (or when it is closed).
     */
    private static final class HeldRun implements AutoCloseable {
        private final CountDownLatch reading = new CountDownLatch(1);
        private final CountDownLatch go = new CountDownLatch(1);
        private final CompletableFuture<CliTest.Run> run;

        HeldRun(byte[] requests, String... args) {
            InputStream rest = new java.io.ByteArrayInputStream(requests);
            InputStream in = new InputStream() {
                private void gate() throws IOException {
                    reading.countDown();
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        throw new java.io.InterruptedIOException();
                    }
                }

                @Override
                public int read() throws IOException {
                    gate();
                    return rest.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    gate();
                    return rest.read(b, off, len);
                }
            };
            run = CompletableFuture.supplyAsync(() -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int exit = IpRules.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
                return new CliTest.Run(exit, out.toString(StandardCharsets.UTF_8),
                        err.toString(StandardCharsets.UTF_8));
            }, r -> {
                Thread t = new Thread(r, "first run");
                t.setDaemon(true);
                t.start();
            });
        }

        /** Waits until the run reads its requests, its {@code .partial} locked. */
        void awaitLocked() throws Exception {
            while (!reading.await(1, TimeUnit.SECONDS)) {
                if (run.isDone()) {
                    throw new AssertionError("the first run ended before it read its requests: " + run.get());
                }
            }
        }

        CliTest.Run finish() throws Exception {
            go.countDown();
            return run.get(120, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            go.countDown();
        }
    }

    /**
     * Java's file locks are the process's: closing any channel of a file lets go of every lock the JVM holds on it,
     * for every other program (the JVM's own table still shows them). A second run in the same JVM (an application
     * that calls the command twice at once) opened the first run's {@code .partial}, was refused, and closed it: the
     * first run's lock was gone, and an {@code ip-rules batch} started then in another process would have written
     * into the same {@code .partial}. The second is refused without opening it, with or without {@code --resume}, and
     * another process still finds the {@code .partial} locked.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aRunRefusedInTheSameJvmLeavesTheFirstRunsLockInPlace(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 10);
        Path results = tmp.resolve("r.jsonl");
        Path partial = tmp.resolve("r.jsonl.partial");
        try (HeldRun first = new HeldRun(Files.readAllBytes(in), "batch", "-", "--out", results.toString(), "--lang",
                "en")) {
            first.awaitLocked();
            assertThat(lockSeenFromAnotherProcess(tmp, partial)).as("the first run's lock, before").isEqualTo("held");
            for (String[] args : new String[][] {{"batch", in.toString(), "--out", results.toString(), "--lang", "en"},
                    {"batch", in.toString(), "--out", results.toString(), "--resume", "--lang", "en"}}) {
                CliTest.Run second = run(args);
                assertThat(second.exit()).as(second.err()).isEqualTo(2);
                assertThat(second.err()).isEqualTo(results + ": another ip-rules batch run or another program holds a "
                        + "lock on " + partial + ": wait for it to finish, or name another --out\n");
                assertThat(lockSeenFromAnotherProcess(tmp, partial))
                        .as("the first run's lock, seen from another process once %s was refused",
                                String.join(" ", args))
                        .isEqualTo("held");
            }
            CliTest.Run done = first.finish();
            assertThat(done.exit()).as(done.err()).isZero();
        }
        assertThat(Files.readAllLines(results)).hasSize(10);
        assertThat(partial).doesNotExist();
        // the first run, done, holds nothing: a run of this JVM goes ahead
        CliTest.Run after = run("batch", in.toString(), "--out", results.toString(), "--lang", "en");
        assertThat(after.exit()).as(after.err()).isZero();
    }

    /**
     * A run of this JVM that failed holds its {@code .partial} no more: a run after it, in the same JVM, goes ahead
     * (resumes it), where one that still found it held would be refused.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aRunThatFailedHoldsNothingInTheJvm(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 10);
        Path results = tmp.resolve("r.jsonl");
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Input/output error");
            }
        };
        int exit = IpRules.run(new String[] {"batch", "-", "--out", results.toString(), "--lang", "en"}, failing,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(tmp.resolve("r.jsonl.partial")).exists();
        CliTest.Run resumed = run("batch", in.toString(), "--out", results.toString(), "--resume", "--lang", "en");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(Files.readAllLines(results)).hasSize(10);
    }

    /**
     * The same once the first run has renamed its results over {@code --out}: it holds its lock there (on the same
     * file) until it is done, and a second run in the same JVM, refused, had opened and closed {@code OUT.jsonl} to
     * look, letting that lock go. A run cannot be held between its rename and its end: the test renames the first
     * run's {@code .partial} over {@code --out} as the run does, and back before it lets the run finish.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aRunRefusedInTheSameJvmLeavesTheLockOnTheResultsInPlace(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 10);
        Path results = tmp.resolve("r.jsonl");
        Path partial = tmp.resolve("r.jsonl.partial");
        try (HeldRun first = new HeldRun(Files.readAllBytes(in), "batch", "-", "--out", results.toString(), "--lang",
                "en")) {
            first.awaitLocked();
            Files.move(partial, results, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            assertThat(lockSeenFromAnotherProcess(tmp, results)).as("the first run's lock, before").isEqualTo("held");
            CliTest.Run second = run("batch", in.toString(), "--out", results.toString(), "--lang", "en");
            assertThat(second.exit()).as(second.err()).isEqualTo(2);
            assertThat(second.err()).isEqualTo(results + ": another ip-rules batch run or another program holds a "
                    + "lock on " + results + ": wait for it to finish, or name another --out\n");
            assertThat(partial).as("the second run's own .partial, removed").doesNotExist();
            assertThat(lockSeenFromAnotherProcess(tmp, results))
                    .as("the first run's lock, seen from another process once the second was refused")
                    .isEqualTo("held");
            Files.move(results, partial, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            CliTest.Run done = first.finish();
            assertThat(done.exit()).as(done.err()).isZero();
        }
        assertThat(Files.readAllLines(results)).hasSize(10);
        assertThat(partial).doesNotExist();
    }
}
