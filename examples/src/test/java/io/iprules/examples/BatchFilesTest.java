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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
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
        assertThat(toFile.err()).startsWith("Batch: 20 requests, 20 evaluated");
        assertThat(Files.readAllLines(results)).hasSize(20);

        fed = feed(fifo, requests);
        CliTest.Run toStdout = run("batch", fifo.toString(), "--lang", "en");
        fed.get(30, TimeUnit.SECONDS);
        assertThat(toStdout.exit()).as(toStdout.err()).isZero();
        assertThat(toStdout.out().lines()).hasSize(20);
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
            assertThat(told).as(String.join(" ", args)).startsWith("standard input: cannot read: Input/output error\n")
                    .doesNotContain("cannot write", "internal error");
            assertThat(results).doesNotExist();
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

}
