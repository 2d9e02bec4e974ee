package io.iprules.examples;

import static io.iprules.examples.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ip-rules replay}, and the same bytes from two separate runs of the command. */
class ReplayCliTest {
    private static final String PILOT = "requests/jiaxing-pilot-and-provincial-demo.json";
    private static final String PARAMS = "params/jiaxing-implementing-rules.example.json";
    private static final String PATENTS = "requests/jiaxing-patents-standards-open-amounts.json";

    @Test
    void aResultReplaysByteForByte(@TempDir Path tmp) throws IOException {
        Path result = tmp.resolve("result.json");
        CliTest.Run evaluated = run("evaluate", PILOT, "--format", "json", "--verbose");
        assertThat(evaluated.exit()).isZero();
        Files.writeString(result, evaluated.out());

        CliTest.Run replay = run("replay", PILOT, result.toString());
        assertThat(replay.exit()).isZero();
        assertThat(replay.out()).startsWith("replayed: the receipt matches and the output is byte-identical")
                .contains("jiaxing-2012", "rules      sha256:", "parameters sha256:", "request    sha256:");
        assertThat(replay.err()).isEmpty();
    }

    @Test
    void aChangedParameterFileRequestOrResultDoesNotReplay(@TempDir Path tmp) throws IOException {
        Path result = tmp.resolve("result.json");
        Files.writeString(result, run("evaluate", PATENTS, "--format", "json", "--lang", "en", "--params", PARAMS).out());
        assertThat(run("replay", PATENTS, result.toString(), "--params", PARAMS).exit()).isZero();

        CliTest.Run noParams = run("replay", PATENTS, result.toString());
        assertThat(noParams.exit()).isEqualTo(3);
        assertThat(noParams.out()).startsWith("does not replay: the receipt does not match this engine or this request")
                .contains("  parameters: recorded sha256:").contains(": recorded \"5000.00\", replayed null");

        Path otherParams = tmp.resolve("params.json");
        Files.writeString(otherParams, Files.readString(Path.of(PARAMS)).replace("\"value\": \"1000\"", "\"value\": \"1200\""));
        CliTest.Run changedParams = run("replay", PATENTS, result.toString(), "--params", otherParams.toString());
        assertThat(changedParams.exit()).isEqualTo(3);
        assertThat(changedParams.out()).contains("  parameters: recorded sha256:")
                .contains(".amount: recorded \"1000.00\", replayed \"1200.00\"");

        Path otherRequest = tmp.resolve("request.json");
        Files.writeString(otherRequest, Files.readString(Path.of(PATENTS)).replace("\"asOf\": \"", "\"asOf\" :\"")
                .replace("2014-03-31", "2014-06-30"));
        CliTest.Run changedRequest = run("replay", otherRequest.toString(), result.toString(), "--params", PARAMS);
        assertThat(changedRequest.exit()).isEqualTo(3);
        assertThat(changedRequest.out()).contains("  request: recorded sha256:", "  asOf: recorded 2014-03-31, now 2014-06-30");

        Path tampered = tmp.resolve("tampered.json");
        Files.writeString(tampered, Files.readString(result).replaceFirst("\"amount\" : \"5000.00\"", "\"amount\" : \"50000.00\""));
        CliTest.Run altered = run("replay", PATENTS, tampered.toString(), "--params", PARAMS);
        assertThat(altered.exit()).isEqualTo(4);
        assertThat(altered.out()).startsWith("does not replay: the receipt matches but the output is not the one recorded")
                .containsPattern("  awards\\[\\d+]\\.amount: recorded \"50000.00\", replayed \"5000.00\"");
    }

    @Test
    void aLineOfABatchReplays(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in.jsonl");
        Path out = tmp.resolve("out.jsonl");
        run("generate", "pilot-city-2017", "--count", "40", "--seed", "5", "--out", in.toString());
        assertThat(run("batch", in.toString(), "--out", out.toString(), "--threads", "2").exit()).isZero();
        assertThat(run("replay", in.toString(), out.toString(), "--line", "17").exit()).isZero();
        assertThat(run("replay", in.toString(), out.toString(), "--line", "40").exit()).isZero();

        List<String> lines = new ArrayList<>(Files.readAllLines(out));
        Files.write(tmp.resolve("shifted.jsonl"), lines.subList(1, lines.size()));
        CliTest.Run shifted = run("replay", in.toString(), tmp.resolve("shifted.jsonl").toString(), "--line", "17");
        assertThat(shifted.exit()).isEqualTo(3);
        assertThat(shifted.out()).contains("request: recorded");

        CliTest.Run missing = run("replay", in.toString(), out.toString(), "--line", "41");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("has no line 41");
        assertThat(missing.out()).isEmpty();
    }

    @Test
    void anErrorLineOrAResultWithoutReceiptIsInvalidInput(@TempDir Path tmp) throws IOException {
        Path error = tmp.resolve("error.json");
        Files.writeString(error, "{\"line\":3,\"error\":{\"problems\":[{\"path\":\"policy\",\"message\":\"x\"}]}}\n");
        CliTest.Run r = run("replay", PILOT, error.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: 该结果是错误行:未作出任何决定,没有可复核的回执\n");
        assertThat(r.out()).isEmpty();
    }

    /** Two JVMs, started as a user starts the command, print the same bytes, and the same as in-process. */
    @Test
    void twoSeparateRunsOfTheCommandPrintTheSameBytes(@TempDir Path tmp) throws Exception {
        String request = "requests/anning-every-target-exactly-reached.json";
        byte[] first = jvm(tmp, "evaluate", request, "--format", "json", "--lang", "en", "--verbose");
        byte[] second = jvm(tmp, "evaluate", request, "--format", "json", "--lang", "en", "--verbose");
        assertThat(new String(first, StandardCharsets.UTF_8)).contains("\"receipt\" : {", "\"trace\" : [");
        assertThat(second).isEqualTo(first);
        CliTest.Run inProcess = run("evaluate", request, "--format", "json", "--lang", "en", "--verbose");
        assertThat(inProcess.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(first);
    }

    private static byte[] jvm(Path tmp, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IpRules.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "out", ".json");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.to(new File(out + ".err"))).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the command ends").isTrue();
        assertThat(p.exitValue()).as(Files.readString(Path.of(out + ".err"))).isZero();
        return Files.readAllBytes(out);
    }
}
