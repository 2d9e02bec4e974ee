package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iprules.report.TextColumns;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as other systems and officers use it: exit codes, JSON shape, both languages. */
class CliTest {
    private static final String PILOT = "requests/jiaxing-pilot-and-provincial-demo.json";
    private static final String CITY_ELIGIBLE = "requests/pilot-city-two-parks-eligible.json";
    private static final String CITY_48_39 = "requests/pilot-city-park-below-density.json";
    private static final String PROVINCE = "requests/pilot-city-province-recommendation.json";

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run withInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = IpRules.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return withInput("", args);
    }

    /**
     * An empty file name ({@code --out=$UNSET}, {@code evaluate ""}) is said to be empty: Java reads it as the working
     * folder, and the message had been ": 是文件夹,不是文件", naming nothing.
     */
    @Test
    void anEmptyFileNameIsSaidToBeEmpty() {
        Run input = run("evaluate", "");
        assertThat(input.exit()).isEqualTo(2);
        assertThat(input.err()).isEqualTo("文件名为空:请给出一个文件,或用 - 表示标准输入\n");
        Run batchInput = run("batch", "", "--lang", "en");
        assertThat(batchInput.exit()).isEqualTo(2);
        assertThat(batchInput.err()).isEqualTo("the file name is empty: name a file, or - for standard input\n");
        Run out = run("batch", PILOT, "--out=");
        assertThat(out.exit()).isEqualTo(2);
        assertThat(out.err()).startsWith("选项 --out 的取值无效:文件名为空(Invalid value for option '--out': must name a "
                + "file, not be empty)\n");
        Run params = run("evaluate", PILOT, "--params=", "--lang", "en");
        assertThat(params.exit()).isEqualTo(2);
        assertThat(params.err()).startsWith("Invalid value for option '--params': must name a file, not be empty\n");
        Run html = run("report", PILOT, "--html", "");
        assertThat(html.exit()).isEqualTo(2);
        assertThat(html.err()).startsWith("选项 --html 的取值无效:文件名为空(");
        // a repeatable option, which picocli names with its label
        Run calendar = run("evaluate", PILOT, "--calendar=");
        assertThat(calendar.exit()).isEqualTo(2);
        assertThat(calendar.err()).startsWith("选项 --calendar 的取值无效:文件名为空(Invalid value for option '--calendar' "
                + "(FILE): must name a file, not be empty)\n");
    }

    /**
     * A name ending with / names a folder: Java drops the /, so {@code --out results/} had been written as a file
     * named {@code results} (over one of that name), and {@code r.json/} read as {@code r.json}, where the system
     * refuses both. Refused before any work, every writer and reader alike.
     */
    @Test
    void aNameEndingWithASlashNamesAFolderNotAFile(@TempDir Path tmp) throws Exception {
        Path kept = tmp.resolve("keep.txt");
        Files.writeString(kept, "keep\n");
        for (String[] args : new String[][] {{"batch", PILOT, "--out", kept + "/"},
                {"report", PILOT, "--html", kept + "/"},
                {"batch", PILOT, "--summary", kept + "/"}, {"generate", "pilot-city-2017", "--out", kept + "/"},
                {"evaluate", PILOT, "--params", kept + "/"}}) {
            Run r = run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).contains("的取值无效:名称以 / 结尾,指的是文件夹而不是文件(");
            assertThat(kept).hasContent("keep");
        }
        Run en = run("batch", PILOT, "--out", tmp.resolve("new") + "/", "--lang", "en");
        assertThat(en.err()).startsWith("Invalid value for option '--out': must name a file, not a folder (it ends "
                + "with /)\n");
        assertThat(tmp.resolve("new")).doesNotExist();
        Path request = Path.of(PILOT).toAbsolutePath();
        Run input = run("evaluate", request + "/", "--lang", "en");
        assertThat(input.exit()).isEqualTo(2);
        assertThat(input.err()).isEqualTo(request + "/: names a folder (it ends with /), not a file\n");
        assertThat(run("batch", request + "/").err()).isEqualTo(request + "/: 名称以 / 结尾,指的是文件夹而不是文件\n");
    }

    /** A mistyped command line, in a Chinese run: picocli's mistakes and suggestions said in Chinese too. */
    @Test
    void commandLineMistakesAreToldInChinese() {
        Run unknown = run("frobnicate");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("无法识别的参数:'frobnicate'(Unmatched argument at index 0: 'frobnicate')\n")
                .contains("是否想用:generate 或 batch 或 policies?").doesNotContain("Did you mean");
        Run format = run("evaluate", "--format", "xml", PILOT);
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).startsWith("选项 --format 的取值无效:应为 [TEXT, JSON] 之一(不区分大小写),而不是“xml”(");
        Run threads = run("batch", "--threads", "abc", PILOT);
        assertThat(threads.exit()).isEqualTo(2);
        assertThat(threads.err()).startsWith("选项 --threads 的取值无效:“abc”不是整数(");
        Run resume = run("batch", "--resume=maybe", PILOT);
        assertThat(resume.exit()).isEqualTo(2);
        assertThat(resume.err()).startsWith("选项 --resume 的取值无效:“maybe”不是 true 或 false(Invalid value for option "
                + "'--resume': 'maybe' is not a boolean)\n");
        Run missing = run("batch", PILOT, "--out");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).startsWith("选项 --out 缺少取值(OUT.jsonl)(Missing required parameter for option "
                + "'--out' (OUT.jsonl))\n用法:");
        Run option = run("evaluate", "--formt", "json", PILOT);
        assertThat(option.err()).contains("是否想用:--format?").doesNotContain("Possible solutions");
        Run english = run("frobnicate", "--lang", "en");
        assertThat(english.err()).contains("Did you mean: ").doesNotContain("是否想用");
        // --lang is read in any case, as the option itself reads it: EN gave English results but Chinese errors
        for (String[] lang : new String[][] {{"--lang", "EN"}, {"--lang=En"}, {"--lang", " en "}}) {
            Run upper = run(java.util.stream.Stream.concat(java.util.stream.Stream.of("evaluate", "--formt", "json",
                    PILOT), java.util.stream.Stream.of(lang)).toArray(String[]::new));
            assertThat(upper.exit()).as(String.join(" ", lang)).isEqualTo(2);
            assertThat(upper.err()).as(String.join(" ", lang)).contains("Unknown options: '--formt'")
                    .doesNotContain("是否想用");
        }
    }

    /** {@code ip-rules version}, as other tools have it: told that the version is an option, not offered serve. */
    @Test
    void versionAsACommandPointsToTheOption() {
        Run zh = run("version");
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.out()).isEmpty();
        assertThat(zh.err()).isEqualTo("无法识别的参数:'version'(Unmatched argument at index 0: 'version')\n"
                + "没有 version 命令;显示版本请用:ip-rules --version\n");
        Run en = run("version", "--lang", "en");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.err()).isEqualTo("Unmatched argument at index 0: 'version'\n"
                + "there is no version command; to show the version: ip-rules --version\n");
        // a file named -dash.json is taken for an option, and the file reported missing: said so, with the way out
        Run dash = run("evaluate", "-dash.json", "--lang", "en");
        assertThat(dash.exit()).isEqualTo(2);
        assertThat(dash.err()).isEqualTo("Missing required parameter: 'FILE|-'\n"
                + "a file name that begins with '-' is taken for an option: write -dash.json as ./-dash.json, or put "
                + "-- before it\n");
        assertThat(run("batch", "-x.jsonl").err()).endsWith("以“-”开头的文件名会被当作选项:-x.jsonl 请写成 ./-x.jsonl,"
                + "或在它之前加上 --\n");
        assertThat(run("evaluate", "--lang", "en", "--", "-dash.json").err()).doesNotContain("taken for an option");
        Run root = run("--version");
        assertThat(root.out()).startsWith("ip-rules ");
        // each command's help lists -V, --version: it prints the same, where it printed nothing
        for (String command : List.of("evaluate", "batch", "replay", "report", "policies", "generate", "schema",
                "serve")) {
            for (String option : List.of("--version", "-V")) {
                Run r = run(command, option);
                assertThat(r.exit()).as(command + " " + option).isZero();
                assertThat(r.out()).as(command + " " + option).isEqualTo(root.out());
            }
        }
    }

    @Test
    void theIssuesExampleInChineseText() {
        Run r = run("evaluate", PILOT);
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .contains("  + 国家知识产权试点企业认定(2013-03-15)", "200,000.00 元\n", "[依据 jiaxing-2012 §6(5)2]")
                .contains("  - 省专利示范企业认定(2013-09-20)", "本应 100,000.00 元\n", "同一事项按最优惠一项执行",
                        "[依据 jiaxing-2012 §6(5)2,由 jiaxing-2012 §7(1) 排除]")
                .contains("合计:200,000.00 元")
                // prose for an officer: no codes, the reason said once, every line within 100 columns
                .doesNotContain("JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE", "NON_DUPLICATION", "不重复补助(按最优惠一项执行)");
        assertThat(r.out().lines()).allSatisfy(line -> assertThat(TextColumns.columns(line)).isLessThanOrEqualTo(100));
        // amounts end on the last column, one under the other
        assertThat(r.out().lines().filter(l -> l.endsWith(" 元") && l.startsWith("  ")).map(TextColumns::columns))
                .containsOnly(100);
    }

    /**
     * jiaxing-2012 §7(1) 同一事项涉及其他条线政策的,由企事业单位选择一个政策执行: the 300,000 gold award claimed
     * under another policy line with no choice made is held out (CHOICE_REQUIRED) until the applicant chooses, and the
     * demonstration enterprise's 50,000 was paid in 2013 (ALREADY_PAID). Nothing is due today, but the gold award is
     * not refused: the verdict must not read 无应予补助的项目, as it does once the other policy is chosen.
     */
    @Test
    void anAwardWaitingForTheApplicantsChoiceOfPolicyIsNotReadAsNothingDue() throws Exception {
        String zh = run("evaluate", "requests/jiaxing-already-paid-and-other-policy.json").out();
        assertThat(zh).contains("结论:暂无确定应予补助的项目;1 项待申请人作出选择后确定\n")
                .doesNotContain("无应予补助的项目\n");
        // listed apart from the refusals, with what it would be (300,000: §6(5)4 中国专利金奖), not as excluded
        String awaiting = zh.substring(zh.indexOf("待申请人选择(暂不计入)\n"), zh.indexOf("不予补助\n"));
        assertThat(awaiting).contains("获中国专利金奖", "金额 300,000.00 元", "[依据 jiaxing-2012 §6(5)4 与 jiaxing-2012 §7(1)]")
                .doesNotContain("排除", "示范企业");
        assertThat(zh.substring(zh.indexOf("不予补助\n"))).doesNotContain("金奖");
        assertThat(run("evaluate", "requests/jiaxing-already-paid-and-other-policy.json", "--lang", "en").out())
                .contains("Verdict: nothing is certainly due yet; 1 item(s) held out until the applicant chooses\n");
        String html = run("report", "requests/jiaxing-already-paid-and-other-policy.json", "--html", "-").out();
        assertThat(html)
                .contains("<p class=\"verdict unknown\">? 结论:暂无确定应予补助的项目;<span class=\"nw\">1 项</span>待申请人作出选择后确定</p>");
        // the budget's tiles: nothing held back, the 300,000 + 50,000 not paid because the matter was paid before
        // (已享受过补助) counted apart, 300,000 awaiting the choice
        assertThat(html.replaceAll("\\s+", " "))
                .contains("<span class=\"n money\"><span class=\"nw\">0.00 元</span></span>"
                        + "<span class=\"label\">不予补助(无)</span>")
                .contains("<span class=\"n money\">2</span><span class=\"label\">项此前已补助,不再补助"
                        + "(不计入不予补助)</span>")
                .contains("<span class=\"badge unknown\">− 此前已补助</span>").doesNotContain("✗ 不予补助")
                .contains("<span class=\"n money\"><span class=\"nw\">300,000.00 元</span></span><span "
                        + "class=\"label\"><span class=\"nw\">1 项</span>待申请人选择(未计入)</span>")
                .contains("<span class=\"badge unknown\">? 待申请人选择</span>")
                // under the clause that holds it out, marked as pending, not as excluded (−)
                .contains("<li>? 专利 ZL201110345678.9 获中国专利金奖(须选择一个政策执行)</li>")
                .contains("<li>− 国家知识产权示范企业认定(<span class=\"nw\">2015-06-30</span>)(已享受过补助)</li>");

        // the same applicant having chosen the other policy: nothing is due, and that is a refusal
        Path chosen = Files.createTempFile("chosen", ".json");
        try {
            Files.writeString(chosen, Files.readString(Path.of("requests/jiaxing-already-paid-and-other-policy.json"))
                    .replace("\"policy\": \"浙江省专利奖励办法\"", "\"policy\": \"浙江省专利奖励办法\", \"choice\": \"OTHER\""));
            assertThat(run("evaluate", chosen.toString()).out()).contains("结论:无应予补助的项目\n");
        } finally {
            Files.delete(chosen);
        }

        // the policy says which of its reasons await the applicant, and only those
        JsonNode reasons = new ObjectMapper().readTree(run("policies", "--format", "json").out());
        List<String> awaitingReasons = new ArrayList<>();
        for (JsonNode p : reasons) {
            for (JsonNode r : p.path("exclusionReasons")) {
                if (r.path("awaitsApplicant").asBoolean(false)) {
                    awaitingReasons.add(p.get("id").asText() + " " + r.get("code").asText());
                }
            }
        }
        assertThat(awaitingReasons).containsExactly("jiaxing-2012 CHOICE_REQUIRED");
        assertThat(run("policies").out()).contains("CHOICE_REQUIRED  须选择一个政策执行  (jiaxing-2012 §7(1))  "
                + "[待申请人选择,暂不计入;不是不予补助]\n").contains("OTHER_POLICY_CHOSEN  已选择其他条线政策  (jiaxing-2012 §7(1))\n");
        // and which do not pay a matter paid before, which the page does not count as held back
        List<String> paidReasons = new ArrayList<>();
        for (JsonNode p : reasons) {
            for (JsonNode r : p.path("exclusionReasons")) {
                if (r.path("paidBefore").asBoolean(false)) {
                    paidReasons.add(p.get("id").asText() + " " + r.get("code").asText());
                }
            }
        }
        assertThat(paidReasons).containsExactly("jiaxing-2012 ALREADY_PAID");
        assertThat(run("policies").out()).contains("ALREADY_PAID  已享受过补助  (jiaxing-2012 §7(1))  "
                + "[本事项此前已享受补助,不再补助;不计入不予补助]\n");
    }

    /**
     * An exclusion names the subsidy it defers to (or the one already paid) in the policy's words for that subsidy
     * alone. §6(5)5 grants two rewards (brand honours; a trademark registered abroad with exports over a threshold) and
     * §6(5)1 two subsidies (each granted patent; the first three annual fees): a brand honour is not the export reward,
     * an annual fee is not the grant subsidy, which jiaxing-annual-fees-first-already-paid pays on the same patent.
     */
    @Test
    void anExclusionNamesOnlyTheSubsidyItDefersTo() {
        String honours = flat(run("evaluate", "requests/jiaxing-one-mark-two-honours.json").out());
        assertThat(honours).contains("同一事项按最优惠一项执行:中国驰名商标 禾城(“名牌、驰名商标、著名商标奖励”)")
                .doesNotContain("境外注册商标");
        String fees = flat(run("evaluate", "requests/jiaxing-annual-fees-first-already-paid.json").out());
        assertThat(fees).contains("本事项已于 2013-09-30 按“战略性新兴产业发明专利授权后前三次年费补助”享受补助")
                .doesNotContain("专利授权补助;");
        String en = run("evaluate", "requests/jiaxing-one-mark-two-honours.json", "--lang", "en").out()
                .replaceAll("\\s+", " ");
        assertThat(en).contains("China Well-known Trademark 禾城 (‘Brand honours’)").doesNotContain("abroad");
    }

    /** Chinese text output with its lines joined again (a wrapped line continues after its indent). */
    private static String flat(String text) {
        return text.replaceAll("\n +", "");
    }

    @Test
    void theSameInEnglishJson() throws Exception {
        Run r = run("evaluate", PILOT, "--format", "json", "--lang", "en");
        assertThat(r.exit()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("policy").asText()).isEqualTo("jiaxing-2012");
        assertThat(j.get("eligible").asBoolean()).isTrue();
        assertThat(j.get("total").asText()).isEqualTo("200000.00");
        assertThat(j.get("undetermined").asInt()).isZero();
        assertThat(j.get("awards").get(0).get("amount").asText()).isEqualTo("200000.00");
        assertThat(j.get("awards").get(0).get("reason").asText())
                .isEqualTo("recognised as national IP pilot enterprise");
        JsonNode x = j.get("excluded").get(0);
        assertThat(x.get("reason").asText()).isEqualTo("NON_DUPLICATION");
        assertThat(x.get("citation").asText()).isEqualTo("jiaxing-2012 §7(1)");
        assertThat(x.get("amount").asText()).isEqualTo("100000.00");
        for (String field : new String[] {"policy", "asOf", "applicant", "eligible", "awards", "excluded", "conditions",
                "indicators", "phase", "total", "undetermined", "warnings"}) {
            assertThat(j.has(field)).as(field).isTrue();
        }
    }

    @Test
    void standardInputAndAsOfOverride() throws Exception {
        String request = Files.readString(Path.of(PILOT));
        Run r = withInput(request, "evaluate", "-", "--as-of", "2013-06-30", "--format", "json");
        assertThat(r.exit()).isZero();
        // on 2013-06-30 the provincial recognition of 2013-09-20 is not yet a fact
        assertThat(r.json().get("asOf").asText()).isEqualTo("2013-06-30");
        assertThat(r.json().get("excluded")).isEmpty();
        assertThat(r.json().get("warnings").get(0).asText()).contains("2013-09-20");
    }

    @Test
    void aMissingAsOfIsTodayAndTheResultSaysSo() throws Exception {
        Run r = withInput("{\"policy\": \"jiaxing-2012\", \"applicant\": {\"name\": \"x\", \"creditCode\": "
                + "\"91330400MA28A0001D\"}}",
                "evaluate", "-", "--format", "json", "--lang", "en");
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("warnings").get(0).asText()).contains("evaluated as of today");
    }

    @Test
    void invalidInputExitsTwoWithThePathOnStderrAndNothingOnStdout() {
        Run r = withInput("{\"policy\": \"jiaxing-2012\", \"asOf\": \"2013-12-31\", \"applicant\": {\"name\": \"x\", "
                + "\"creditCode\": \"91330400MA28A0001E\", \"sme\": true, \"pledgeLoans\": [{\"bank\": \"b\", "
                + "\"interestPaid\": \"-1\", \"year\": 2013}]}}", "evaluate", "-");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        // a Chinese run tells the problem in Chinese, naming the field as the request does
        assertThat(r.err()).contains("applicant.creditCode: 校验码为“E”,但按 GB 32100-2015 由前 17 位计算应为“D”:代码输入有误")
                .contains("applicant.pledgeLoans[0].interestPaid: 不能为负数,现为 -1")
                .doesNotContain("Exception").doesNotContain("\tat ");
        Run en = withInput("{\"policy\": \"jiaxing-2012\", \"asOf\": \"2013-12-31\", \"applicant\": {\"name\": \"x\", "
                + "\"creditCode\": \"91330400MA28A0001E\", \"sme\": true, \"pledgeLoans\": [{\"bank\": \"b\", "
                + "\"interestPaid\": \"-1\", \"year\": 2013}]}}", "evaluate", "-", "--lang", "en");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.err()).contains("applicant.creditCode: check character")
                .contains("applicant.pledgeLoans[0].interestPaid: must not be negative");
    }

    @Test
    void brokenJsonAndMissingFilesAreInvalidInputToo() {
        Run broken = withInput("{\"policy\": ", "evaluate", "-");
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).startsWith("不是有效的 JSON(第 1 行"); // a Chinese run, the parser's common phrases too
        Run missing = run("evaluate", "no-such-file.json", "--lang", "en");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("no-such-file.json: cannot read: no such file\n");
        assertThat(run("evaluate", "no-such-file.json").err()).isEqualTo("no-such-file.json: 无法读取:文件不存在\n");
        // its folder is not there either: the folder is named, as for a file written there
        Path folder = Path.of("no").toAbsolutePath();
        Run noFolder = run("batch", "no/such/../file.jsonl", "--lang", "en");
        assertThat(noFolder.exit()).isEqualTo(2);
        assertThat(noFolder.err()).isEqualTo("no/such/../file.jsonl: cannot read: the folder " + folder.resolve("such")
                + " does not exist\n");
        assertThat(run("evaluate", "no/such/file.json").err())
                .isEqualTo("no/such/file.json: 无法读取:文件夹 " + folder.resolve("such") + " 不存在\n");
        Run badDate = run("evaluate", PILOT, "--as-of", "2013-02-30");
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.out()).isEmpty();
        Run badLang = run("evaluate", PILOT, "--lang", "fr");
        assertThat(badLang.exit()).isEqualTo(2);
        assertThat(badLang.err()).contains("use zh or en");
    }

    @Test
    void deploymentParametersComeFromAFile(@TempDir Path tmp) throws Exception {
        Path params = tmp.resolve("params.json");
        Files.writeString(params, "{\"jiaxing-2012\": {\"JX_MAXIMUM_LIMIT\": [{\"from\": \"2012-11-05\", "
                + "\"value\": \"150000\", \"source\": \"test\"}]}}");
        Run r = run("evaluate", PILOT, "--params", params.toString(), "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("total").asText()).isEqualTo("150000.00");

        Files.writeString(params, "{\"jiaxing-2012\": {\"JX_NATIONAL_IP_PILOT_ENTERPRISE\": [{\"from\": "
                + "\"2012-11-05\", \"value\": \"1\", \"source\": \"test\"}]}}");
        Run fixed = run("evaluate", PILOT, "--params", params.toString());
        assertThat(fixed.exit()).isEqualTo(2);
        assertThat(fixed.err()).contains("JX_NATIONAL_IP_PILOT_ENTERPRISE: 由政策原文规定(").contains("),不能由部署设置");
        assertThat(fixed.out()).isEmpty();
        Run fixedEn = run("evaluate", PILOT, "--params", params.toString(), "--lang", "en");
        assertThat(fixedEn.exit()).isEqualTo(2);
        assertThat(fixedEn.err()).contains("is fixed by the text");
    }

    @Test
    void policiesInTextAndJson() throws Exception {
        Run text = run("policies", "--lang", "en");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("pilot-city-2017", "PC_PARK_PATENT_DENSITY.MIN [NUMBER]", "Requests: applicant "
                + "(",
                "recommendation (a province's set");
        assertThat(text.out()).contains("jiaxing-2012", "In force: from 2012-11-05 (jiaxing-2012 §7(3))",
                "jiaxing-2012 §6(5)3", "[not formalised]", "JX_PATENT_GRANT.INVENTION", "not set");
        Run json = run("policies", "--format", "json");
        assertThat(json.exit()).isZero();
        JsonNode jx = null;
        for (JsonNode p : json.json()) {
            if (p.get("id").asText().equals("jiaxing-2012")) {
                jx = p;
            }
        }
        assertThat(jx).as("jiaxing-2012 is listed").isNotNull();
        assertThat(jx.get("id").asText()).isEqualTo("jiaxing-2012");
        assertThat(jx.get("inForce").get("from").asText()).isEqualTo("2012-11-05");
        assertThat(jx.get("provisions")).isNotEmpty();
        assertThat(jx.get("parameters")).isNotEmpty();
    }

    /** {@code policies POLICY}: that policy alone, the object {@code GET /v1/policies/{id}} answers. */
    @Test
    void policiesNamingOnePolicyListsItAlone() throws Exception {
        Run json = run("policies", "jiaxing-2012", "--format", "json", "--lang", "en");
        assertThat(json.exit()).isZero();
        JsonNode all = run("policies", "--format", "json", "--lang", "en").json();
        JsonNode listed = null;
        for (JsonNode p : all) {
            if (p.get("id").asText().equals("jiaxing-2012")) {
                listed = p;
            }
        }
        assertThat(json.json()).isEqualTo(listed);
        assertThat(json.out()).startsWith("{\n  \"id\" : \"jiaxing-2012\",");

        Run text = run("policies", "beijing-2012");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).startsWith("beijing-2012  ").contains("覆盖:2007-01-01 至 2026-12-24")
                .doesNotContain("jiaxing-2012  ", "anning-2022  ");

        Run unknown = run("policies", "jiaxing-2013");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).isEqualTo("policy: 未知政策“jiaxing-2013”;已有:anning-2022, beijing-2012, "
                + "jiaxing-2012, northeast-2017, pilot-city-2017\n");
        Run unknownEn = run("policies", "jiaxing-2013", "--format", "json", "--lang", "en");
        assertThat(unknownEn.exit()).isEqualTo(2);
        assertThat(unknownEn.out()).isEmpty();
        assertThat(unknownEn.err()).isEqualTo("policy: unknown policy 'jiaxing-2013'; known: anning-2022, "
                + "beijing-2012, jiaxing-2012, northeast-2017, pilot-city-2017\n");
    }

    @Test
    void verboseListsTheRulesFired() {
        Run r = run("evaluate", PILOT, "--verbose", "--lang", "en");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\nRules fired\n  · §6(5)2 recognised enterprise",
                "· §7(1) same matter: the most favourable subsidy only  [jiaxing-2012 §7(1)]");
        // under a heading in Chinese too: the rules' names are identifiers, English in every run
        assertThat(run("evaluate", PILOT, "--verbose").out()).contains("\n触发的规则(规则名为程序标识)\n  · §6(5)2 ");
    }

    @Test
    void aPilotCityReadsByCityAndParkInChinese() {
        Run r = run("evaluate", CITY_ELIGIBLE);
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("申报城市:湖州市    评估日期:2017-07-31", "结论:全部条件均满足")
                .contains("\n  湖州市\n    ✓ 满足:地级城市是申报对象  [pilot-city-2017 §1(1)]")
                .contains("    ✓ 满足:已将知识产权工作纳入政府重要议事日程  [pilot-city-2017 §1(2)1]")
                .contains("\n  湖州经济技术开发区\n    ✓ 满足:是产业特色明显")
                .contains("人口 1,000,000");
        assertThat(r.out().replaceAll("\\s+", " ")).contains("实际 48.40,要求 ≥ 48.4")
                .contains("实际 2017-07-31,要求 ≤ 2017-07-31")
                .doesNotContain("✗").doesNotContain("合计")
                .doesNotContain("PC_", "PREFECTURE_LEVEL_CITY", "ipOffice", ">=", "<=");
        assertThat(r.out().lines()).allSatisfy(line -> assertThat(TextColumns.columns(line)).isLessThanOrEqualTo(100));
    }

    @Test
    void aParkAt48Point39IsNamedWithItsShortfallInEnglish() {
        Run r = run("evaluate", CITY_48_39, "--lang", "en");
        assertThat(r.exit()).isZero();
        String flat = r.out().replaceAll("\\s+", " "); // wrapped lines joined
        assertThat(r.out()).contains("Verdict: 1 of 22 conditions not met\n  ✗ 湖州经济技术开发区: 48.39 invention patents");
        assertThat(flat).contains("✗ not met: 48.39 invention patents per "
                        + "10,000 population (4,839 patents × 10,000 ÷ population 1,000,000), below 48.4: short by "
                        + "0.01 per 10,000; at a population of 1,000,000 the park needs at least 4,840 invention "
                        + "patents, 1 more; actual 48.39, required ≥ 48.4; short by 0.01 [pilot-city-2017 §1(2)2]")
                .contains("✓ met: a coordination mechanism is set up, at least in its first form [pilot-city-2017 "
                        + "§1(2)1]")
                .doesNotContain("PC_PARK_PATENT_DENSITY", ">=");
        assertThat(r.out().lines()).allSatisfy(line -> assertThat(TextColumns.columns(line)).isLessThanOrEqualTo(100));
    }

    @Test
    void aProvincesRecommendationInJson() throws Exception {
        Run r = run("evaluate", PROVINCE, "--format", "json", "--lang", "en");
        assertThat(r.exit()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("policy").asText()).isEqualTo("pilot-city-2017");
        assertThat(j.get("applicant").asText()).isEqualTo("浙江省");
        assertThat(j.get("eligible").asBoolean()).isFalse();
        JsonNode conditions = j.get("conditions");
        assertThat(conditions).hasSize(3 * 22 + 1); // per city 10 conditions and 2 parks × 6, and the quota
        JsonNode quota = conditions.get(conditions.size() - 1);
        assertThat(quota.get("code").asText()).isEqualTo("PC_PROVINCE_QUOTA");
        assertThat(quota.get("met").asBoolean()).isTrue();
        assertThat(quota.get("actual").asText()).isEqualTo("2"); // 宁波市鄞州区 takes no place
        int unmet = 0;
        for (JsonNode c : conditions) {
            if (!c.get("met").asBoolean()) {
                unmet++;
                // 902 × 10,000 ÷ 200,000 = 45.10: 3.30 short, 968 needed, 66 more
                assertThat(c.get("subject").asText()).isEqualTo("嘉兴市 / 嘉兴秀洲高新技术产业开发区");
                assertThat(c.get("gap").asText()).isEqualTo("3.30");
                assertThat(c.get("detail").asText()).contains("66 more");
            }
        }
        assertThat(unmet).isOne();
    }

    @Test
    void anInvalidRequestIsExplainedInTheRunsLanguage(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"policy\":\"jiaxing-2012\",\"asOf\":\"2013-12-31\",\"city\":{\"name\":\"嘉兴市\","
                + "\"figures\":{\"JX_2013_PATENT_GRANTS\":9000,\"JX_2013_INVENTION_GRANTS\":9500,"
                + "\"JX_2013_PATENT_APPLICATIONS\":-3}}}");
        Run zh = run("evaluate", bad.toString(), "--lang", "zh");
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.out()).isEmpty();
        assertThat(zh.err()).isEqualTo("city.figures.JX_2013_PATENT_APPLICATIONS: 不能为负数,现为 -3\n");
        Files.writeString(bad, Files.readString(bad).replace("APPLICATIONS\":-3", "APPLICATIONS\":13000"));
        Run part = run("evaluate", bad.toString(), "--lang", "zh");
        assertThat(part.exit()).isEqualTo(2);
        assertThat(part.err()).isEqualTo("city.figures.JX_2013_INVENTION_GRANTS: 不能超过 JX_2013_PATENT_GRANTS(9000):"
                + "发明专利是全部专利的一部分(§1(2)“其中”)\n");
        assertThat(run("evaluate", bad.toString()).err()).isEqualTo(part.err()); // Chinese by default
        Run en = run("evaluate", bad.toString(), "--lang", "en", "--format", "json");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.out()).isEmpty();
        assertThat(en.err()).isEqualTo("city.figures.JX_2013_INVENTION_GRANTS: cannot exceed JX_2013_PATENT_GRANTS "
                + "(9000): inventions are part of all patents (§1(2) 其中)\n");
    }

    /**
     * {@code --lang} before the command's name is the command's: picocli had refused it there, "Unknown options:
     * '--lang', 'en'" in English only, exit 2.
     */
    @Test
    void theLanguageMayComeBeforeTheCommand(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"policy\":\"jiaxing-2012\",\"asOf\":\"2013-12-31\",\"city\":{\"name\":\"嘉兴市\","
                + "\"figures\":{\"JX_2013_PATENT_APPLICATIONS\":-3}}}");
        Run en = run("--lang", "en", "evaluate", bad.toString());
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.err()).isEqualTo("city.figures.JX_2013_PATENT_APPLICATIONS: must not be negative, but is -3\n");
        assertThat(run("--lang=en", "evaluate", bad.toString())).isEqualTo(en);
        assertThat(run("evaluate", "--lang", "en", bad.toString())).isEqualTo(en);
        Run zh = run("--lang", "zh", "evaluate", bad.toString());
        assertThat(zh.err()).isEqualTo("city.figures.JX_2013_PATENT_APPLICATIONS: 不能为负数,现为 -3\n");
        // checked as the command's own --lang is
        Run fr = run("--lang", "fr", "evaluate", bad.toString());
        assertThat(fr.exit()).isEqualTo(2);
        assertThat(fr.err()).startsWith("选项 --lang 的取值无效:未知语言“fr”");
        assertThat(run("--lang", "en", "evaluate", "--lang", "zh", bad.toString()).err())
                .startsWith("option '--lang' (zh|en) should be specified only once");
        // with no command: the root's help and messages in that language
        assertThat(run("--lang", "en", "--help").out()).startsWith("Usage: ip-rules");
        assertThat(run("--lang", "en").err()).startsWith("name a command: evaluate");
        assertThat(run("--lang", "en", "help", "batch").out()).startsWith("Usage: ip-rules batch");
    }

    /** A policy without parameters (anning-2022) lists no heading over nothing; one with them lists it. */
    @Test
    void thePoliciesListingHasNoParametersHeadingOverNothing() {
        assertThat(run("policies", "anning-2022").out().lines()).doesNotContain("  参数");
        assertThat(run("policies", "jiaxing-2012").out().lines()).contains("  参数");
        assertThat(run("policies", "anning-2022", "--lang", "en").out().lines()).doesNotContain("  Parameters");
    }

    /**
     * A yes/no target requires an answer, yes, as a result's indicator says it (required true): the listing had shown
     * the 1 it is counted as, in text ({@code = 1}) and in JSON ({@code "required": "1"}).
     */
    @Test
    void aYesNoTargetIsListedAsRequiringYes() throws Exception {
        assertThat(run("policies", "anning-2022").out()).contains("AN_LEADING_GROUP [YES_NO]  建立健全国家知识产权强县建设试点县工作领导小组  "
                + "= 是");
        assertThat(run("policies", "anning-2022", "--lang", "en").out())
                .containsPattern("AN_LEADING_GROUP \\[YES_NO\\] .* = yes");
        JsonNode targets = new ObjectMapper().readTree(run("policies", "anning-2022", "--format", "json").out())
                .get("targets");
        for (JsonNode t : targets) {
            if (t.get("unit").asText().equals("YES_NO")) {
                assertThat(t.get("required").isBoolean() && t.get("required").asBoolean()).as(t.get("code").asText())
                        .isTrue();
            } else {
                assertThat(t.get("required").isTextual() || t.get("required").isNull()).as(t.get("code").asText())
                        .isTrue();
            }
        }
    }

    @Test
    void aBatchErrorLineIsInTheRunsLanguage(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"policy\":\"jiaxing-2012\",\"asOf\":\"2013-12-31\",\"applicant\":{\"name\":\"甲\","
                + "\"creditCode\":\"91330400MA28A0001E\"}}\n");
        Run zh = run("batch", in.toString(), "--no-progress");
        JsonNode problem = new ObjectMapper().readTree(zh.out()).get("error").get("problems").get(0);
        assertThat(problem.get("path").asText()).isEqualTo("applicant.creditCode");
        assertThat(problem.get("message").asText())
                .isEqualTo("校验码为“E”,但按 GB 32100-2015 由前 17 位计算应为“D”:代码输入有误");
        Run en = run("batch", in.toString(), "--no-progress", "--lang", "en");
        assertThat(new ObjectMapper().readTree(en.out()).get("error").get("problems").get(0).get("message").asText())
                .isEqualTo("check character is 'E' but GB 32100-2015 gives 'D' for the first 17 characters: the code "
                        + "is mistyped");
    }

    @Test
    void aPopulationOfZeroExitsTwoWithItsPath() throws Exception {
        String request = Files.readString(Path.of(CITY_ELIGIBLE)).replace("\"population\": 50000", "\"population\": 0");
        Run r = withInput(request, "evaluate", "-");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("applicant.parks[1].population: 必须大于 0,现为 0");
    }

    @Test
    void anAssessmentInText() {
        Run r = run("evaluate", "requests/anning-every-target-exactly-reached.json", "--lang", "en");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("  ✗ not met: Rights-holder satisfaction\n    actual 90%, required > 90%; ");
        assertThat(r.out().replaceAll("\\s+", " ")).contains("Verdict: not every target is met",
                "Phase: Review and acceptance (2025-05-01 to 2025-07-31, anning-2022 §5)",
                "actual 90%, required > 90%; progress: exactly at the limit, "
                        + "not beyond it (the text requires more) [anning-2022 §3(2)4]",
                "actual 18, required ≥ 18; progress 90.00%",
                "29 met, 1 not met, 0 unknown (of 30)").doesNotContain("Total:");
    }

    @Test
    void anAssessmentInJson() throws Exception {
        Run r = run("evaluate", "requests/anning-every-target-exactly-reached.json", "--format", "json");
        assertThat(r.exit()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("eligible").asBoolean()).isFalse();
        assertThat(j.get("phase").asText()).isEqualTo("ACCEPTANCE");
        assertThat(j.get("phaseDetail").get("citation").asText()).isEqualTo("anning-2022 §5");
        assertThat(j.get("indicatorSummary").toString())
                .isEqualTo("{\"met\":29,\"notMet\":1,\"unknown\":0,\"total\":30}");
        JsonNode satisfaction = j.get("indicators").get(13);
        assertThat(satisfaction.get("code").asText()).isEqualTo("AN_RIGHTS_HOLDER_SATISFACTION");
        assertThat(satisfaction.get("status").asText()).isEqualTo("NOT_MET");
        assertThat(satisfaction.get("actual").asText()).isEqualTo("0.90");
        assertThat(satisfaction.get("required").asText()).isEqualTo("> 0.90");
        assertThat(satisfaction.get("progress").asText()).isEqualTo("1.0000");
        assertThat(satisfaction.get("citation").asText()).isEqualTo("anning-2022 §3(2)4");
    }

    @Test
    void policiesListTargetsAndPhases() {
        Run r = run("policies", "--lang", "en");
        assertThat(r.out()).contains("anning-2022", "Targets", "AN_RIGHTS_HOLDER_SATISFACTION [RATIO]  Rights-holder "
                + "satisfaction  > 0.90",
                "AN_INVENTION_DENSITY [NUMBER]", ">= 2 × provinceAverage", "AN_LIAISON_TEAM", "progress against 20",
                "Phases", "IMPLEMENTATION  Implementation  2022-10-18 – 2025-04-30  (anning-2022 §5)",
                "JX_2013_PATENT_APPLICATIONS");
    }

    @Test
    void noCommandIsAUsageError() {
        Run r = run();
        assertThat(r.exit()).isEqualTo(2);
        // in Chinese (the default), picocli's English after it, then the usage, in Chinese too
        assertThat(r.err())
                .startsWith("请指定一个命令:evaluate, batch, replay, report, policies, generate, schema, serve(或 help)"
                + "(name a command: ").contains("\n用法:\nip-rules [-hV] [--lang=zh|en] [COMMAND]\n");
    }

    /**
     * A broken installation (here: no policy module where the engine looks for them) is said in the run's language,
     * Chinese by default, after the command's name: exit 1, nothing on stdout.
     */
    @Test
    void anInstallationWithoutPolicyModulesCannotStartInChinese() throws Exception {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        try (java.net.URLClassLoader nothing = new java.net.URLClassLoader(new java.net.URL[0], null)) {
            t.setContextClassLoader(nothing);
            Run zh = run("policies");
            assertThat(zh.exit()).isEqualTo(1);
            assertThat(zh.out()).isEmpty();
            assertThat(zh.err()).isEqualTo("ip-rules 无法启动:未找到任何政策模块:请将至少一个政策模块的 jar(rules-*.jar;"
                    + "发行包的 lib/ 目录中即有)放到类路径上;每个模块都在 META-INF/services/io.iprules.spi.PolicyModule 中声明自己\n");
            // no English word but the identifiers
            assertThat(zh.err().replace("ip-rules", "").replace("rules-*.jar", "").replace("lib/", "")
                    .replace("jar", "")
                    .replace("META-INF/services/io.iprules.spi.PolicyModule", "")).doesNotContainPattern("[A-Za-z]");
            Run en = run("policies", "--lang", "en");
            assertThat(en.exit()).isEqualTo(1);
            assertThat(en.err()).isEqualTo("ip-rules cannot start: no policy module found: put the jar of at least one "
                    + "policy module (a rules-*.jar; a distribution has them in its lib/ folder) on the classpath; "
                    + "each declares itself in META-INF/services/io.iprules.spi.PolicyModule\n");
        } finally {
            t.setContextClassLoader(before);
        }
    }

    @Test
    void internalFailuresExitOne() {
        assertThat(IpRules.exitCode(new IllegalStateException("bug"))).isEqualTo(1);
        assertThat(IpRules.exitCode(new io.iprules.ConfigurationException("broken install"))).isEqualTo(1);
        assertThat(IpRules.exitCode(new io.iprules.ConfigurationException("bad params", null, true))).isEqualTo(2);
    }
}
