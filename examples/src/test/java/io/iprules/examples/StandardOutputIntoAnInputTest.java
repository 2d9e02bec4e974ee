package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate} and {@code report} write to standard output, which the shell may append to a file the command
 * reads: {@code ip-rules evaluate r.json >> r.json} appended the result to the request, so the request file no longer
 * read as one request. Refused before anything is written (exit 2), as {@code batch IN >> IN} is
 * ({@link BatchFilesTest}); the file is left as it was. Run in a JVM of its own: standard output must be the file.
 */
class StandardOutputIntoAnInputTest {

    private static Process run(Path tmp, Path appendTo, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), IpRules.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.appendTo(appendTo.toFile()))
                .redirectError(tmp.resolve("err.txt").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return p;
    }

    @Test
    void evaluateAndReportRefuseToAppendToTheRequestOrADataFile(@TempDir Path tmp) throws Exception {
        Path request = tmp.resolve("r.json");
        Files.copy(Path.of("requests/jiaxing-pilot-and-provincial-demo.json"), request);
        byte[] before = Files.readAllBytes(request);
        for (List<String> command : List.of(List.of("evaluate"), List.of("report", "--html", "-"))) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of(request.toString(), "--lang", "en"));
            Process p = run(tmp, request, args.toArray(String[]::new));
            assertThat(p.exitValue()).as(command.toString()).isEqualTo(2);
            assertThat(Files.readString(tmp.resolve("err.txt"))).as(command.toString())
                    .isEqualTo("standard output: is the "
                    + "request file " + request + "; the answer would be appended to the request. Redirect it to "
                    + "another file\n");
            assertThat(Files.readAllBytes(request)).as(command.toString()).isEqualTo(before);
        }
        Path params = tmp.resolve("params.json");
        Files.copy(Path.of("params/jiaxing-implementing-rules.example.json"), params);
        byte[] parameters = Files.readAllBytes(params);
        Process p = run(tmp, params, "evaluate", request.toString(), "--params", params.toString());
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(Files.readString(tmp.resolve("err.txt"))).isEqualTo("标准输出: 是引擎读取的数据文件(--params 或 "
                + "--calendar)" + params + ";写入会将其毁掉。请重定向到另一个文件\n");
        assertThat(Files.readAllBytes(params)).isEqualTo(parameters);
        // standard output to another file still gets the answer
        Path answer = tmp.resolve("answer.txt");
        assertThat(run(tmp, answer, "evaluate", request.toString()).exitValue()).isZero();
        assertThat(Files.readString(answer)).contains("合计:200,000.00 元");
    }

    /**
     * Standard input or output is compared with the files a command reads only when the shell made it a file
     * ({@code < FILE}, {@code > FILE}, {@code >> FILE}, reached through a link as {@code /dev/stdout} is): a terminal,
     * a pipe or {@code /dev/null} is none of them. At a terminal both are one device, and a request typed there
     * ({@code ip-rules evaluate}, {@code ip-rules batch -}) would be refused as an answer written into itself.
     */
    @Test
    void aStandardStreamIsComparedWithTheInputsOnlyWhenItIsAFile(@TempDir Path tmp) throws Exception {
        assertThat(Targets.regularFile("/dev/null")).isNull();
        assertThat(Targets.regularFile(tmp.toString())).isNull();
        assertThat(Targets.regularFile(tmp.resolve("not-there").toString())).isNull();
        Path file = Files.writeString(tmp.resolve("out.txt"), "");
        assertThat(Targets.regularFile(file.toString())).isEqualTo(file);
        Path link = Files.createSymbolicLink(tmp.resolve("stdout"), file);
        assertThat(Targets.regularFile(link.toString())).isEqualTo(link);
    }
}
