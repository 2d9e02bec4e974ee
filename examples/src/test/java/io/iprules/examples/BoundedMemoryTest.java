package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory bounded in bytes, whatever the lines: the command runs in a JVM of 256 MB, as the reproduction
 * did, on lines of 3.5 MB and on lines of 340,000 unknown fields. Before, the first gave an OutOfMemoryError and
 * the second "a batch worker failed outside any line" (since: "… evaluating lines A to B"), with no line written.
 */
class BoundedMemoryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PILOT = "requests/jiaxing-pilot-and-provincial-demo.json";

    private static CliTest.Run java256(Path tmp, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), IpRules.class.getName()));
        command.addAll(List.of(args));
        Path out = tmp.resolve("stdout.txt");
        Path err = tmp.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the batch did not finish in 120 s");
        }
        return new CliTest.Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /**
     * A heap too small for the run names how to give more for both ways of starting the command: JAVA_OPTS is read
     * only by the launcher bin/ip-rules, and under the README's {@code java -jar} the heap is given to java itself.
     * (The words only: a real OutOfMemoryError is caught where it is thrown only in a narrow band of heaps, 12 to 14
     * MB here, below which start-up itself fails; too narrow to hold on every machine.)
     */
    @Test
    void aHeapTooSmallNamesHowToGiveMoreForJavaJarAndForTheLauncher() {
        assertThat(Messages.text(io.iprules.Language.EN, "outOfMemory", 455L)).isEqualTo("out of memory: Java’s memory"
                + " (at most 455 MB) is not enough for this run; give it more and run it again (e.g. java -Xmx2g -jar "
                + "ip-rules.jar …, or JAVA_OPTS=-Xmx2g for bin/ip-rules; a batch continues with --resume)");
        assertThat(Messages.text(io.iprules.Language.ZH, "outOfMemory", 455L)).isEqualTo("内存不足:Java 的内存(最多 455 "
                + "MB)不够这次运行;请给它更多内存后再运行(如 java -Xmx2g -jar ip-rules.jar …,用 bin/ip-rules 时设 "
                + "JAVA_OPTS=-Xmx2g;批量评估可加 --resume 继续)");
    }

    /**
     * At a heap of 12 MB, one start in six ran out of memory while Drools' service loader loaded its components, which
     * wraps the error in a ServiceConfigurationError: it printed the JVM's stack trace. The causes are looked through.
     */
    @Test
    void anOutOfMemoryErrorWrappedByTheServiceLoaderIsToldAsOne() {
        assertThat(IpRules.outOfMemory(new java.util.ServiceConfigurationError("DynamicComponentsSupplier",
                new OutOfMemoryError("Java heap space")))).isTrue();
        assertThat(IpRules.outOfMemory(new OutOfMemoryError())).isTrue();
        assertThat(IpRules.outOfMemory(new java.util.ServiceConfigurationError("no provider"))).isFalse();
        assertThat(IpRules.outOfMemory(new StackOverflowError())).isFalse();
        Error looped = new java.util.ServiceConfigurationError("a");
        Error other = new java.util.ServiceConfigurationError("b", looped);
        looped.initCause(other);
        assertThat(IpRules.outOfMemory(looped)).isFalse();
    }

    @Test
    void sixtyLinesOfThreeAndAHalfMegabytesIn256Megabytes(@TempDir Path tmp) throws Exception {
        String request = JSON.readTree(Files.readString(Path.of(PILOT))).toString();
        // the same request, padded inside its last brace with whitespace to 3.5 MB: valid, and as long as the issue's
        byte[] padding = " ".repeat(3_500_000 - request.length()).getBytes(StandardCharsets.US_ASCII);
        byte[] head = request.substring(0, request.length() - 1).getBytes(StandardCharsets.UTF_8);
        Path in = tmp.resolve("big.jsonl");
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(in), 1 << 20)) {
            for (int i = 0; i < 60; i++) {
                o.write(head);
                o.write(padding);
                o.write("}\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
        Path out = tmp.resolve("out.jsonl");
        CliTest.Run r = java256(tmp, "batch", in.toString(), "--out", out.toString(), "--lang", "en");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("Batch: 60 request(s), 60 evaluated, 0 invalid, 0 internal failure(s)");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(60);
        assertThat(JSON.readTree(lines.get(59)).get("line").asInt()).isEqualTo(60);
    }

    /**
     * The 20 lines, cut to 8 to keep the build short (each line is 2.8 MB of made-up field names that the
     * parser must read in full): still three chunks of at most 8 MiB, and the same 101 problems per line.
     */
    @Test
    void linesOf340000UnknownFieldsIn256Megabytes(@TempDir Path tmp) throws Exception {
        StringBuilder line = new StringBuilder("{\"policy\":\"jiaxing-2012\",\"applicant\":{\"name\":\"x\"}");
        for (int i = 0; i < 340_000; i++) {
            line.append(",\"").append(Integer.toString(i, 36)).append("\":0");
        }
        line.append("}\n");
        Path in = tmp.resolve("keys.jsonl");
        Files.writeString(in, line.toString().repeat(8));
        Path out = tmp.resolve("out.jsonl");
        CliTest.Run r = java256(tmp, "batch", in.toString(), "--out", out.toString(), "--lang", "en");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("Batch: 8 request(s), 0 evaluated, 8 invalid, 0 internal failure(s)");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(8);
        JsonNode problems = JSON.readTree(lines.get(0)).get("error").get("problems");
        assertThat(problems).hasSize(101);
        assertThat(problems.get(100).get("message").asText()).isEqualTo("…and 339,900 more");
    }
}
