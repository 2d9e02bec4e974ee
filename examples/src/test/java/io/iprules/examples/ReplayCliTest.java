package io.iprules.examples;

import static io.iprules.examples.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
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

        CliTest.Run replay = run("replay", PILOT, result.toString(), "--lang", "en");
        assertThat(replay.exit()).isZero();
        assertThat(replay.out()).startsWith("replayed: the receipt matches and the output is byte-identical\n"
                        + "  library ").contains(", jiaxing-2012 ", ", as of 2013-12-31 (REQUEST)\n")
                .contains("\n  rules      sha256:", "\n  parameters sha256:", "\n  request    sha256:");
        assertThat(replay.err()).isEmpty();

        // an officer's run: in Chinese, the receipt's values as they are
        CliTest.Run zh = run("replay", PILOT, result.toString());
        assertThat(zh.exit()).isZero();
        assertThat(zh.out()).startsWith("复核通过:回执相符,输出逐字节一致\n  库版本 ")
                .contains(",政策模块 jiaxing-2012 ", ",评估日期 2013-12-31(日期来源 请求中的 asOf)\n")
                .contains("\n  规则摘要 sha256:", "\n  参数摘要 sha256:", "\n  请求摘要 sha256:")
                .doesNotContain("replayed", "rules", "parameters");
        assertThat(zh.out().lines()).hasSize(5);
        assertThat(zh.err()).isEmpty();
    }

    /**
     * A result decided by another engine (here: with a deployment's parameters) whose request this engine refuses:
     * exit 3, the receipt's part that differs first, then the refusal; not exit 2 with the request's problem alone,
     * which an auditor read as a forged result (helper-156). The same engine's refusal stays exit 2.
     */
    @Test
    void aRequestThisEngineRefusesOfAResultAnotherEngineDecidedIsAReceiptThatDiffers(@TempDir Path tmp)
            throws IOException {
        Path result = tmp.resolve("result.json");
        Files.writeString(result, run("evaluate", PATENTS, "--format", "json", "--params", PARAMS).out());
        Path refused = tmp.resolve("refused.json");
        Files.writeString(refused, Files.readString(Path.of(PATENTS)).replaceFirst("\"asOf\": \"[0-9-]+\"",
                "\"asOf\": \"2014-02-30\""));
        CliTest.Run other = run("replay", refused.toString(), result.toString(), "--lang", "en");
        assertThat(other.exit()).as(other.err()).isEqualTo(3);
        assertThat(other.out()).startsWith("does not replay: the receipt does not match this engine or this request\n"
                + "  parameters: recorded sha256:").contains("\n  this engine now refuses the request: asOf: ");
        assertThat(other.err()).isEmpty();
        CliTest.Run same = run("replay", refused.toString(), result.toString(), "--params", PARAMS, "--lang", "en");
        assertThat(same.exit()).isEqualTo(2);
        assertThat(same.err()).contains("asOf");
    }

    @Test
    void aChangedParameterFileRequestOrResultDoesNotReplay(@TempDir Path tmp) throws IOException {
        Path result = tmp.resolve("result.json");
        Files.writeString(result, run("evaluate", PATENTS, "--format", "json", "--lang", "en", "--params", PARAMS)
                .out());
        assertThat(run("replay", PATENTS, result.toString(), "--params", PARAMS).exit()).isZero();

        CliTest.Run noParams = run("replay", PATENTS, result.toString(), "--lang", "en");
        assertThat(noParams.exit()).isEqualTo(3);
        assertThat(noParams.out()).startsWith("does not replay: the receipt does not match this engine or this request")
                .contains("  parameters: recorded sha256:").contains(": recorded \"5000.00\", replayed null");
        CliTest.Run noParamsZh = run("replay", PATENTS, result.toString());
        assertThat(noParamsZh.exit()).isEqualTo(3);
        assertThat(noParamsZh.out()).startsWith("未能复核:回执与本引擎或本请求不符\n")
                .contains("\n  parameters(参数摘要):记录为 sha256:").containsPattern(",现在为 sha256:[0-9a-f]{64}\n")
                .containsPattern("\n  awards\\[\\d+]\\.amount:记录为 \"5000.00\",复核为 null\n")
                .doesNotContain("recorded", "replayed");

        Path otherParams = tmp.resolve("params.json");
        Files.writeString(otherParams, Files.readString(Path.of(PARAMS)).replace("\"value\": \"1000\"", "\"value\": "
                + "\"1200\""));
        CliTest.Run changedParams = run("replay", PATENTS, result.toString(), "--params", otherParams.toString(),
                "--lang", "en");
        assertThat(changedParams.exit()).isEqualTo(3);
        assertThat(changedParams.out()).contains("  parameters: recorded sha256:")
                .contains(".amount: recorded \"1000.00\", replayed \"1200.00\"");

        Path otherRequest = tmp.resolve("request.json");
        Files.writeString(otherRequest, Files.readString(Path.of(PATENTS)).replace("\"asOf\": \"", "\"asOf\" :\"")
                .replace("2014-03-31", "2014-06-30"));
        CliTest.Run changedRequest = run("replay", otherRequest.toString(), result.toString(), "--params", PARAMS,
                "--lang=en");
        assertThat(changedRequest.exit()).isEqualTo(3);
        assertThat(changedRequest.out()).contains("  request: recorded sha256:", "  asOf: recorded 2014-03-31, now "
                + "2014-06-30");
        CliTest.Run changedRequestZh = run("replay", otherRequest.toString(), result.toString(), "--params", PARAMS);
        assertThat(changedRequestZh.exit()).isEqualTo(3);
        assertThat(changedRequestZh.out()).contains("\n  request(请求摘要):记录为 sha256:",
                "\n  asOf(评估日期):记录为 2014-03-31,现在为 2014-06-30\n");

        Path tampered = tmp.resolve("tampered.json");
        Files.writeString(tampered, Files.readString(result).replaceFirst("\"amount\" : \"5000.00\"", "\"amount\" : "
                + "\"50000.00\""));
        CliTest.Run altered = run("replay", PATENTS, tampered.toString(), "--params", PARAMS, "--lang", "en");
        assertThat(altered.exit()).isEqualTo(4);
        assertThat(altered.out())
                .startsWith("does not replay: the receipt matches but the output is not the one recorded")
                .containsPattern("  awards\\[\\d+]\\.amount: recorded \"50000.00\", replayed \"5000.00\"");
        CliTest.Run alteredZh = run("replay", PATENTS, tampered.toString(), "--params", PARAMS);
        assertThat(alteredZh.exit()).isEqualTo(4);
        assertThat(alteredZh.out()).matches("未能复核:回执相符,但输出与记录的不一致\n"
                + "  awards\\[\\d+]\\.amount:记录为 \"50000.00\",复核为 \"5000.00\"\n");
        assertThat(alteredZh.err()).isEmpty();

        Path respaced = tmp.resolve("respaced.json");
        Files.writeString(respaced, Files.readString(result).replaceFirst("\"amount\" : ", "\"amount\":  "));
        CliTest.Run spacing = run("replay", PATENTS, respaced.toString(), "--params", PARAMS);
        assertThat(spacing.exit()).isEqualTo(4);
        assertThat(spacing.out()).endsWith("\n  JSON 内容相同,但字节不同(写出后空白、字段顺序或转义被改动)\n");
    }

    /** A receipt from other parameters: the parts in Chinese, then that the decision is the same. */
    @Test
    void aReceiptOfAnotherEngineIsExplainedInChinese(@TempDir Path tmp) throws IOException {
        Path result = tmp.resolve("result.json");
        Files.writeString(result, run("evaluate", PILOT, "--format", "json", "--params", PARAMS).out());
        CliTest.Run r = run("replay", PILOT, result.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).matches("未能复核:回执与本引擎或本请求不符\n"
                + "  parameters\\(参数摘要\\):记录为 sha256:[0-9a-f]{64},现在为 sha256:[0-9a-f]{64}\n"
                + "  决定相同;只有回执不同\n");
        assertThat(run("replay", PILOT, result.toString(), "--lang", "en").out())
                .matches("does not replay: the receipt does not match this engine or this request\n"
                        + "  parameters: recorded sha256:[0-9a-f]{64}, now sha256:[0-9a-f]{64}\n"
                        + "  the decision is the same; only the receipt differs\n");
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
        assertThat(shifted.out()).startsWith("未能复核:回执与本引擎或本请求不符\n")
                .contains("\n  request(请求摘要):记录为 sha256:");

        // the line's own number changed (it would answer input line 99): not identical, and said where
        List<String> renumbered = new ArrayList<>(lines);
        renumbered.set(2, renumbered.get(2).replace("\"line\":3}", "\"line\":99}"));
        assertThat(renumbered.get(2)).endsWith("\"line\":99}");
        Files.write(tmp.resolve("renumbered.jsonl"), renumbered);
        CliTest.Run moved = run("replay", in.toString(), tmp.resolve("renumbered.jsonl").toString(), "--line", "3",
                "--lang", "en");
        assertThat(moved.exit()).as(moved.out()).isEqualTo(4);
        assertThat(moved.out()).contains("line").contains("99").doesNotContain("byte-identical");

        CliTest.Run missing = run("replay", in.toString(), out.toString(), "--line", "41", "--lang", "en");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo(in + " has no line 41\n");
        assertThat(missing.out()).isEmpty();
        CliTest.Run missingZh = run("replay", in.toString(), out.toString(), "--line", "41");
        assertThat(missingZh.exit()).isEqualTo(2);
        assertThat(missingZh.err()).isEqualTo(in + ": 没有第 41 行\n");
        assertThat(missingZh.out()).isEmpty();
    }

    @Test
    void aWrongLineNumberOrTwoStandardInputsAreTheUsersMistakeInTheirLanguage(@TempDir Path tmp) throws IOException {
        CliTest.Run zero = run("replay", PILOT, PILOT, "--line", "0");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).isEqualTo("--line: 行号从 1 起算,不能是 0\n");
        assertThat(zero.out()).isEmpty();
        assertThat(run("replay", PILOT, PILOT, "--line", "-3", "--lang", "en").err())
                .isEqualTo("--line counts from 1, not -3\n");

        CliTest.Run both = run("replay", "-", "-");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).isEqualTo("REQUEST 与 RESULT 只能有一个是标准输入(-)\n");
        assertThat(run("replay", "-", "-", "--lang", "en").err())
                .isEqualTo("only one of REQUEST and RESULT can be standard input\n");

        String absent = tmp.resolve("absent.jsonl").toString();
        CliTest.Run noFile = run("replay", absent, PILOT, "--line", "1");
        assertThat(noFile.exit()).isEqualTo(2);
        assertThat(noFile.err()).isEqualTo(absent + ": 无法读取:文件不存在\n");
        assertThat(run("replay", absent, PILOT, "--line", "1", "--lang", "en").err())
                .isEqualTo(absent + ": cannot read: no such file\n");
        assertThat(run("replay", tmp.toString(), PILOT, "--line", "1").err())
                .isEqualTo(tmp + ": 是文件夹,不是文件\n");
    }

    /** A line longer than a result may be is refused at the limit, without reading the rest of it. */
    @Test
    void aLineLongerThanAResultMayBeIsRefused() {
        for (String lang : List.of("zh", "en")) {
            InputStream endless = new InputStream() {
                private long served;

                @Override
                public int read() {
                    if (++served > ReplayCommand.MAX_RESULT_BYTES + 2L) {
                        throw new AssertionError("read beyond the limit");
                    }
                    return '0';
                }
            };
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = IpRules.run(new String[] {"replay", PILOT, "-", "--line", "1", "--lang", lang}, endless,
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(exit).isEqualTo(2);
            assertThat(out.size()).isZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).endsWith(lang.equals("zh")
                    ? "标准输入: 第 1 行超过 67108864 字节\n" : "standard input: line 1 is longer than 67108864 bytes\n");
            // a whole result over the limit: told as a result, not with a request's limit and advice
            ByteArrayOutputStream wholeErr = new ByteArrayOutputStream();
            int whole = IpRules.run(new String[] {"replay", PILOT, "-", "--lang", lang}, new InputStream() {
                @Override
                public int read() {
                    return '0';
                }
            }, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(wholeErr, true, StandardCharsets.UTF_8));
            assertThat(whole).isEqualTo(2);
            assertThat(wholeErr.toString(StandardCharsets.UTF_8)).isEqualTo(lang.equals("zh")
                    ? "标准输入: 超过 67108864 字节,即单个结果的上限\n"
                    : "standard input: is larger than 67108864 bytes, the most a result may have\n");
        }
    }

    @Test
    void anErrorLineOrAResultWithoutReceiptIsInvalidInput(@TempDir Path tmp) throws IOException {
        Path error = tmp.resolve("error.json");
        Files.writeString(error, "{\"line\":3,\"error\":{\"problems\":[{\"path\":\"policy\",\"message\":\"x\"}]}}\n");
        CliTest.Run r = run("replay", PILOT, error.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: 该结果是错误行:未作出任何决定,没有可复核的回执\n");
        assertThat(r.out()).isEmpty();
        assertThat(run("replay", PILOT, error.toString(), "--lang", "en").err())
                .isEqualTo("error: the result is an error line: nothing was decided, so there is no receipt to "
                        + "replay\n");

        Path cut = tmp.resolve("cut.json");
        Files.writeString(cut, "{\"policy\": ");
        CliTest.Run notJson = run("replay", PILOT, cut.toString());
        assertThat(notJson.exit()).isEqualTo(2);
        assertThat(notJson.err()).isEqualTo("结果不是有效的 JSON(第 1 行第 12 列):对象的条目之间意外结束\n");
        assertThat(run("replay", PILOT, cut.toString(), "--lang", "en").err())
                .isEqualTo("the result is not valid JSON (line 1, column 12): the text ends early, among the entries "
                        + "of an object\n");
        // told as a request's would be: a field given twice, in Chinese, where it is
        Path twice = tmp.resolve("twice.json");
        Files.writeString(twice, "{\"total\": \"1\", \"total\": \"2\"}");
        assertThat(run("replay", PILOT, twice.toString()).err()).startsWith("结果中同一字段出现两次:“total”(第 1 行第 ")
                .doesNotContain("Duplicate");
    }

    @Test
    void contentAddedToAResultIsNeverTakenForTheSameContent(@TempDir Path tmp) throws IOException {
        String result = run("evaluate", PILOT, "--format", "json").out();
        // a second document after the result: refused, not left unread
        Path appended = tmp.resolve("appended.json");
        Files.writeString(appended, result + "{\"awards\":[{\"amount\":\"999999.00\"}]}\n");
        CliTest.Run more = run("replay", PILOT, appended.toString(), "--lang", "en");
        assertThat(more.exit()).isEqualTo(2);
        assertThat(more.err()).startsWith("more content after the result (line ");
        assertThat(run("replay", PILOT, appended.toString()).err()).startsWith("结果之后还有内容(第 ");
        // a field slipped into the receipt: named, not "the same content"
        Path extra = tmp.resolve("extra.json");
        Files.writeString(extra, result.replace("\"receipt\" : {", "\"receipt\" : {\n    \"approvedBy\" : \"x\","));
        assertThat(Files.readString(extra)).contains("approvedBy");
        CliTest.Run added = run("replay", PILOT, extra.toString(), "--lang", "en");
        assertThat(added.exit()).isEqualTo(4);
        assertThat(added.out()).contains("receipt.approvedBy: recorded, but not in the replay")
                .doesNotContain("the same JSON content");
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
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(),
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
