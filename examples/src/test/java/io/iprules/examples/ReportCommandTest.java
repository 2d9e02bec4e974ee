package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.examples.CliTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ip-rules report}: the page's content (statuses, values, citations, phase), and that it fetches nothing. */
class ReportCommandTest {
    private static final String ANNING = "requests/anning-every-target-exactly-reached.json";
    private static final String JIAXING_CITY = "requests/jiaxing-city-2013-targets.json";

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    /** Nothing the browser would fetch: no script, no link, no remote or file URL, only in-page references. */
    static void assertSelfContained(String html) {
        String lower = html.toLowerCase();
        assertThat(lower).doesNotContain("<script", "<link", "<img", "<iframe", "<object", "<embed", "@import",
                "http:", "https:", "file:", "src=", "//");
        Matcher url = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
        while (url.find()) {
            assertThat(url.group(1)).as("CSS/SVG url() stays in the page").startsWith("#");
        }
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            assertThat(href.group(1)).as("links stay in the page").startsWith("#");
        }
    }

    @Test
    void theDoneCriterionAtAGlance(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("report.html");
        Run r = CliTest.run("report", ANNING, "--html", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("达标 29 项,未达标 1 项,未知 0 项(共 30 项)");
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertSelfContained(html);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">", "<meta charset=\"utf-8\">");
        // the summary: 29 met, 1 not met, 0 unknown, and the verdict
        assertThat(html).contains("<div class=\"tile met\"><span class=\"n\">29</span>",
                "<div class=\"tile not-met\"><span class=\"n\">1</span>",
                "<div class=\"tile unknown\"><span class=\"n\">0</span>", "✗ <span class=\"nw\">30 项</span>指标中 <span class=\"nw\">29 项</span>已达标");
        // one row per indicator, coloured and labelled by status; satisfaction the only one not met
        assertThat(count(html, "data-status=\"MET\"")).isEqualTo(29);
        assertThat(count(html, "data-status=\"NOT_MET\"")).isEqualTo(1);
        assertThat(count(html, "data-status=\"UNKNOWN\"")).isZero();
        String satisfaction = row(html, "AN_RIGHTS_HOLDER_SATISFACTION");
        assertThat(satisfaction).contains("class=\"ind not-met\"", "✗ 未达标", "class=\"fill not-met\" style=\"width:79.2%\"",
                "class=\"target\" style=\"left:80%\"", "进度:恰好等于界限(条文要求大于界限)",
                "<span class=\"actual\">90%</span>", "<span class=\"required\">&gt; 90%</span>", "anning-2022 §3(2)4")
                // a row not met never reads 100%, and its bar stops short of the target line
                .doesNotContain("100.00%");
        // the clause is quoted once, in the clauses section, not wrapped in the table's narrow column
        assertThat(html).contains("<q>知识产权权利人满意度超过90%</q>");
        // the attention list names it at the top
        assertThat(html.substring(0, html.indexOf("<section class=\"timeline\">")))
                .contains("需要关注", "href=\"#AN_RIGHTS_HOLDER_SATISFACTION\"", "知识产权权利人满意度</a>: 90% / &gt; 90%");
        assertThat(row(html, "AN_INVENTION_DENSITY")).contains("✓ 已达标", "19.2</span> / <span class=\"required\">≥ 2 × 9.6 = 19.2",
                "anning-2022 §4(1)1");
        // about 20: met at 18, the bar at 90% of 20 (72% of the scale), the target line at 18 and a dotted line at 20
        assertThat(row(html, "AN_LIAISON_TEAM")).contains("✓ 已达标", "style=\"width:72%\"", "class=\"target\" style=\"left:72%\"",
                "class=\"basis\" style=\"left:80%\"", "进度 90.00%", "进度以 <span class=\"nw\">20 人</span>计");
        assertThat(row(html, "AN_IP_BUDGET_SHARE")).contains("0.12%</span> / <span class=\"required\">≥ 0.12%");
        // the phase on the timeline, and every clause cited
        assertThat(html).contains("所处阶段: <b>总结验收阶段</b>", "<li class=\"now\"><b>总结验收阶段</b> <span class=\"nw\">2025-05-01 至</span> <span class=\"nw\">2025-07-31</span>",
                "评估日期 2025-07-31", "class=\"now\"");
        for (String clause : new String[] {"§3(2)1", "§3(2)2", "§3(2)3", "§3(2)4", "§4(1)1", "§4(1)2", "§4(2)1", "§4(3)1",
                "§4(4)2", "§4(5)1", "§6(3)", "§5", "§3(2)5", "§4(6)", "§6(2)"}) {
            assertThat(html).contains("anning-2022 " + clause);
        }
        assertThat(html).contains(">anning-2022 §3(2)4 · 知识产权保护机制</dt>");
        // CJK fonts named for every platform, with a serif fallback
        assertThat(html).contains("\"PingFang SC\", \"Microsoft YaHei\", \"Noto Sans CJK SC\"", "\"SimSun\"");
    }

    /** A yes/no target is shown as a fact, not a bar: its answer, its due date, and "overdue" once that has passed. */
    @Test
    void yesNoTargetsAreShownAsSuchNotAsBars(@TempDir Path tmp) throws Exception {
        Path request = tmp.resolve("anning-yes-no.json");
        Files.writeString(request, "{\"policy\": \"anning-2022\", \"asOf\": \"2023-03-31\", \"applicant\": {\"name\": \"安宁市\","
                + " \"figures\": {\"AN_LEADING_GROUP\": false, \"AN_PILOT_OFFICE\": true, \"AN_TALENT\": 31}}}",
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("yes-no.html");
        Run r = CliTest.run("report", request.toString(), "--html", out.toString(), "--lang", "en");
        assertThat(r.exit()).isZero();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertSelfContained(html);
        // due 2022-10-17 (the end of phase 1), still no on 2023-03-31: not met and overdue, and no bar
        assertThat(row(html, "AN_LEADING_GROUP")).contains("class=\"ind not-met\"", "class=\"yesno not-met overdue\"",
                "✗ no", "<span class=\"actual\">no</span> / <span class=\"required\">yes</span>", "overdue: due by <span class=\"nw\">2022-10-17</span>",
                "anning-2022 §5").doesNotContain("class=\"track", "class=\"fill", "progress");
        assertThat(row(html, "AN_PILOT_OFFICE")).contains("class=\"yesno met\"", "✓ yes", "due <span class=\"nw\">2022-10-17</span>")
                .doesNotContain("class=\"track", "overdue");
        assertThat(row(html, "AN_ANNUAL_ASSESSMENT")).contains("class=\"yesno unknown\"", "? no figure supplied",
                "<span class=\"actual\">—</span>").doesNotContain("class=\"track", "due ");
        // a count keeps its bar
        assertThat(row(html, "AN_TALENT")).contains("class=\"track met\"", "class=\"fill met\"");
    }

    /**
     * The day after the due date: the date shown is the due date (the last day on time, 2022-10-17, the end of phase
     * 1), said as such, never as the first day overdue. On the due date itself: due, not overdue.
     */
    @Test
    void overdueShowsTheDueDateAsTheLastDayOnTime(@TempDir Path tmp) throws Exception {
        String figures = "\"applicant\": {\"name\": \"安宁市\", \"figures\": {\"AN_LEADING_GROUP\": false}}}";
        Path after = tmp.resolve("2022-10-18.json");
        Files.writeString(after, "{\"policy\": \"anning-2022\", \"asOf\": \"2022-10-18\", " + figures, StandardCharsets.UTF_8);
        Path on = tmp.resolve("2022-10-17.json");
        Files.writeString(on, "{\"policy\": \"anning-2022\", \"asOf\": \"2022-10-17\", " + figures, StandardCharsets.UTF_8);

        Run en = CliTest.run("evaluate", after.toString(), "--lang", "en");
        assertThat(en.exit()).isZero();
        assertThat(en.out()).contains("actual no, required yes; overdue: due by 2022-10-17")
                .doesNotContain("since", "2022-10-18;");
        Run zh = CliTest.run("evaluate", after.toString());
        assertThat(zh.out()).contains("已逾期(最迟应于 2022-10-17 完成)").doesNotContain("起逾期");
        Path html = tmp.resolve("after.html");
        assertThat(CliTest.run("report", after.toString(), "--html", html.toString(), "--lang", "en").exit()).isZero();
        String row = row(Files.readString(html, StandardCharsets.UTF_8), "AN_LEADING_GROUP");
        assertThat(count(row, "overdue: due by <span class=\"nw\">2022-10-17</span>")).isEqualTo(2); // under the box and beside the values
        assertThat(row).doesNotContain("since", "2022-10-18");

        Run onTheDay = CliTest.run("evaluate", on.toString(), "--lang", "en");
        // on the due day, unmet, it is not yet a failure: said so
        assertThat(onTheDay.out()).contains("actual no, required yes; due 2022-10-17, not yet overdue")
                .doesNotContain("overdue: due by");
    }

    private static String row(String html, String code) {
        int start = html.indexOf("<tr id=\"" + code + "\"");
        assertThat(start).as("row of " + code).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void unknownFiguresInEnglishAndAPolicyWithoutPhases(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("city.html");
        Run r = CliTest.run("report", JIAXING_CITY, "--html", out.toString(), "--lang", "en");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("wrote " + out, "5 met, 2 not met, 1 unknown (of 8)");
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertSelfContained(html);
        assertThat(html).contains("<html lang=\"en\">", "✗ 5 of 8 targets met");
        String standards = row(html, "JX_2013_STANDARDS");
        assertThat(standards).contains("class=\"ind unknown\"", "? no figure supplied", "class=\"track unknown\"",
                "<span class=\"actual\">—</span>", "≥ 100", "jiaxing-2012 §1(2)").doesNotContain("class=\"fill");
        assertThat(row(html, "JX_2013_PATENT_GRANTS")).contains("✗ not met", "9,604", "≥ 10,000", "progress 96.04%");
        assertThat(row(html, "JX_2013_PATENT_APPLICATIONS")).contains("✓ met", "14,210", "progress 109.30%");
        assertThat(html).doesNotContain("<section class=\"timeline\">", "Phase:");
    }

    @Test
    void awardsAndExclusionsAsABudget(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("budget.html");
        Run r = CliTest.run("report", "requests/jiaxing-pilot-and-provincial-demo.json", "--html", out.toString(), "--lang", "en");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("wrote " + out);
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertSelfContained(html);
        assertThat(html).contains("Awards and budget", "200,000.00 yuan", "due in all", "100,000.00 yuan",
                "held back (would have been)", "<td class=\"num struck\">100,000.00</td>", "jiaxing-2012 §7(1)",
                "<b>200,000.00</b>").doesNotContain("JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE", "NON_DUPLICATION");
    }

    @Test
    void conditionsOfAPilotCityWithActualRequiredAndGap(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("city.html");
        Run r = CliTest.run("report", "requests/pilot-city-park-below-density.json", "--html", out.toString());
        assertThat(r.exit()).isZero();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertSelfContained(html);
        assertThat(html).contains("✗ 结论:<span class=\"nw\">22 项</span>条件中有 <span class=\"nw\">1 项</span>未满足", "<span class=\"n\">21</span>", "<span class=\"n\">1</span>",
                "<tr class=\"group\"><th colspan=\"6\" scope=\"rowgroup\">湖州经济技术开发区</th></tr>",
                "<td class=\"num\">48.39</td><td class=\"num\">≥ 48.4</td><td class=\"num\">0.01</td>",
                "人口 1,000,000");
        // codes and JSON names are left out of the conditions (the readings listed below them quote their texts)
        assertThat(section(html, "<section class=\"conditions\">")).doesNotContain("PREFECTURE_LEVEL_CITY", "ipOffice");
        assertThat(html).doesNotContain("&gt;=");
        assertThat(count(html, "<span class=\"badge not-met\">✗ 不满足")).isEqualTo(1);
    }

    @Test
    void theIndustriesOfBeijingsScopeInThePolicysWords(@TempDir Path tmp) throws Exception {
        // the §1(1) condition named the applicant's industries by their request codes (NEXT_GENERATION_IT, …)
        Path zh = tmp.resolve("zh.html");
        Path en = tmp.resolve("en.html");
        assertThat(CliTest.run("report", "requests/beijing-green-channel-late.json", "--html", zh.toString()).exit()).isZero();
        assertThat(CliTest.run("report", "requests/beijing-green-channel-late.json", "--html", en.toString(), "--lang", "en")
                .exit()).isZero();
        assertThat(Files.readString(zh, StandardCharsets.UTF_8))
                .contains("在本市登记并申报§1(1)所列战略性新兴产业:新一代信息技术、高端装备制造")
                .doesNotContain("NEXT_GENERATION_IT", "HIGH_END_EQUIPMENT");
        assertThat(Files.readString(en, StandardCharsets.UTF_8)).contains("declares a strategic emerging industry of §1(1): "
                + "next-generation information technology, high-end equipment manufacturing")
                .doesNotContain("NEXT_GENERATION_IT", "HIGH_END_EQUIPMENT");
    }

    @Test
    void figuresInAnIndicatorsDetailAndInAWarningAreGroupedAsInTheTextOutput(@TempDir Path tmp) throws Exception {
        // the page wrote details and warnings as the module gave them: 42590000 名常住人口, 3000000 × 42590000
        Path northeast = tmp.resolve("northeast.html");
        assertThat(CliTest.run("report", "requests/northeast-liaoning-2016-2020.json", "--html", northeast.toString())
                .exit()).isZero();
        assertThat(Files.readString(northeast, StandardCharsets.UTF_8))
                .contains("专利:<span class=\"nw\">42,590,000 名</span>常住人口拥有 <span class=\"nw\">120,000 件</span>,每万人 <span class=\"nw\">28.18 件</span>", "3,000,000 × 42,590,000")
                .doesNotContain("42590000");
        // warnings go through the same prose; a patent number keeps its digits
        Path jiaxing = tmp.resolve("jiaxing.html");
        assertThat(CliTest.run("report", "requests/jiaxing-patents-standards-open-amounts.json", "--html",
                jiaxing.toString()).exit()).isZero();
        assertThat(Files.readString(jiaxing, StandardCharsets.UTF_8))
                .contains("<li>请求未给出年费 ZL201310123456.7/2(授权后第 <span class=\"nw\">2 次</span>)的缴费日期,按授权日 <span class=\"nw\">2013-04-10</span> 推定为 <span class=\"nw\">2014-04-10</span>,"
                        + "晚于评估日期 <span class=\"nw\">2014-03-31</span>,未予考虑</li>");
    }

    /** The page's heading of the clause cited as {@code citation} (its {@code <dt>}), or null. */
    private static String clauseHeading(String html, String citation) {
        Matcher m = Pattern.compile("<dt id=\"clause-[^\"]*\">" + Pattern.quote(citation) + "( · [^<]*)?</dt>")
                .matcher(html);
        return m.find() ? m.group() : null;
    }

    @Test
    void aParagraphOfSeveralProvisionsIsHeadedByTheProvisionsThePageCitesUnderIt(@TempDir Path tmp) throws Exception {
        // jiaxing's §6(5)2 holds two provisions in policy.json: the enterprises' recognitions (示范、试点企业及流通领域
        // 试点示范单位认定补助) and the SMEs' pledge-loan interest (中小企业专利权质押贷款贴息); §7(1) holds the limits
        // (最高限额和不重复补助原则) and the funding channels, not formalised. The page named the first of each.
        String recognitions = "示范、试点企业及流通领域试点示范单位认定补助";
        String loans = "中小企业专利权质押贷款贴息";
        String html = CliTest.run("report", "requests/jiaxing-patents-standards-open-amounts.json", "--html", "-").out();
        assertThat(clauseHeading(html, "jiaxing-2012 §6(5)2")).endsWith(" · " + loans + "</dt>");
        assertThat(html).doesNotContain(recognitions);

        html = CliTest.run("report", "requests/jiaxing-pilot-and-provincial-demo.json", "--html", "-").out();
        assertThat(clauseHeading(html, "jiaxing-2012 §6(5)2")).endsWith(" · " + recognitions + "</dt>");
        assertThat(html).doesNotContain(loans);

        // both under one paragraph: both headings, in the policy's order, and both notes
        Path both = tmp.resolve("both.json");
        Files.writeString(both, Files.readString(Path.of("requests/jiaxing-pilot-and-provincial-demo.json"),
                StandardCharsets.UTF_8).replace("\"recognitions\"",
                "\"pledgeLoans\": [{\"bank\": \"嘉兴银行\", \"interestPaid\": \"48650.00\", \"year\": 2013}], "
                        + "\"recognitions\""), StandardCharsets.UTF_8);
        html = CliTest.run("report", both.toString(), "--html", "-", "--as-of", "2014-03-31").out();
        assertThat(clauseHeading(html, "jiaxing-2012 §6(5)2")).endsWith(" · " + recognitions + ";" + loans + "</dt>");

        // a §7(1) exclusion (the fee already paid) is headed by the limits, not by the funding channels
        html = CliTest.run("report", "requests/jiaxing-annual-fees-first-already-paid.json", "--html", "-").out();
        assertThat(clauseHeading(html, "jiaxing-2012 §7(1)")).endsWith(" · 最高限额和不重复补助原则</dt>");
    }

    @Test
    void theReadingsTheClausesNotesNameAreOnThePageWithTheirTexts() {
        // The page cites §6(5)1 (the annual fees paid) and §7(1) (the fee already paid, ALREADY_PAID). Their notes in
        // jiaxing's policy.json name annual-fees, one-matter, in-force and one-matter, once-paid, top-up,
        // other-policy-line, maximum-limit: seven readings, listed in the order of readings.json.
        String request = "requests/jiaxing-annual-fees-first-already-paid.json";
        List<String> named = List.of("in-force", "one-matter", "once-paid", "top-up", "other-policy-line",
                "maximum-limit", "annual-fees");
        io.iprules.PolicyDescription jiaxing = io.iprules.RulesEngine.builder().build().policy("jiaxing-2012");
        Run zh = CliTest.run("report", request, "--html", "-");
        assertThat(zh.exit()).isZero();
        String section = section(zh.out(), "<section class=\"readings\" id=\"readings\">");
        assertThat(section).startsWith("<section class=\"readings\" id=\"readings\">\n<h2>本页适用的解释</h2>");
        assertThat(Pattern.compile("<dt><code>([^<]*)</code>").matcher(section).results().map(m -> m.group(1)).toList())
                .isEqualTo(named);
        for (String id : named) {
            io.iprules.Reading reading = jiaxing.reading(id).orElseThrow();
            // the Chinese texts of these seven have no character that HTML escapes; their dates (2012-11-05) are
            // kept whole on the page, and none of them has a figure with a unit after it
            assertThat(section).contains("<dt><code>" + id + "</code> <span class=\"cite\">[" + reading.citation()
                    + "]</span></dt>\n<dd>" + reading.text().in(io.iprules.Language.ZH)
                            .replaceAll("\\d{4}-\\d{2}-\\d{2}", "<span class=\"nw\">$0</span>") + "</dd>");
        }
        // the section comes after the clauses cited, and the notes point at it instead of at readings.json
        assertThat(zh.out().indexOf("<section class=\"citations\">")).isLessThan(zh.out().indexOf(section));
        assertThat(zh.out()).doesNotContain("readings.json").contains(
                "解释:annual-fees、one-matter、in-force<a href=\"#readings\">(见本页“本页适用的解释”)</a>。",
                "解释:one-matter、once-paid、top-up、other-policy-line、maximum-limit<a href=\"#readings\">"
                        + "(见本页“本页适用的解释”)</a>。");
        assertSelfContained(zh.out());

        Run en = CliTest.run("report", request, "--html", "-", "--lang", "en");
        String sectionEn = section(en.out(), "<section class=\"readings\" id=\"readings\">");
        assertThat(sectionEn).contains("<h2>Readings applied on this page</h2>",
                // the readings' Markdown names in backticks set as code; an apostrophe escaped
                "<dt><code>in-force</code> <span class=\"cite\">[jiaxing-2012 §7(3)]</span></dt>\n<dd>In force from "
                        + "<span class=\"nw\">2012-11-05</span>: a recognition, grant, award, publication, year or annual-fee payment dated earlier "
                        + "belongs to the repealed <span lang=\"zh-CN\">嘉政发〔2009〕66号</span> and is excluded as before the policy took force "
                        + "(<code>BEFORE_IN_FORCE</code>). A fact dated after the as-of date is left out with a warning, so "
                        + "adding one never changes a decision. An annual fee is dated by its payment, whatever the grant "
                        + "date.</dd>",
                "the four patent-enterprise recognitions of §6(5)2&#39;s first sentence",
                "(parameter file <code>parameters/s7_1_tie_order.json</code>)")
                .doesNotContain("`");
        assertThat(Pattern.compile("<dt><code>([^<]*)</code>").matcher(sectionEn).results().map(m -> m.group(1)).toList())
                .isEqualTo(named);
        assertThat(en.out()).doesNotContain("readings.json").contains("Readings: annual-fees, one-matter, in-force "
                + "<a href=\"#readings\">(see “Readings applied on this page” below)</a>.");
    }

    /** The part of a page from {@code start} to the end of its section. */
    private static String section(String html, String start) {
        int from = html.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return html.substring(from, html.indexOf("</section>", from) + "</section>".length());
    }

    /**
     * What the command prints and writes is what an embedding system gets from rules-report's API, byte for byte, and
     * what the command gave before the rendering moved there (the references of rules-report's ReportsTest).
     */
    @Test
    void evaluateAndReportGiveWhatTheLibraryRenders(@TempDir Path tmp) throws Exception {
        String demo = "requests/jiaxing-pilot-and-provincial-demo.json";
        Path out = tmp.resolve("demo.html");
        Run page = CliTest.run("report", demo, "--as-of", "2013-12-31", "--html", out.toString());
        assertThat(page.exit()).isZero();
        Run text = CliTest.run("evaluate", demo, "--as-of", "2013-12-31");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("合计:200,000.00 元");

        io.iprules.RulesEngine engine = io.iprules.RulesEngine.builder().build();
        java.time.LocalDate asOf = java.time.LocalDate.of(2013, 12, 31);
        io.iprules.EvaluationResult result = new io.iprules.json.JsonContract(engine)
                .evaluate(Files.readAllBytes(Path.of(demo)), asOf, asOf);
        io.iprules.PolicyDescription policy = engine.policy(result.policy());
        byte[] written = Files.readAllBytes(out);
        assertThat(written).isEqualTo(io.iprules.report.Reports.html(result, policy, io.iprules.Language.ZH)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(text.out()).isEqualTo(io.iprules.report.Reports.text(result, policy, io.iprules.Language.ZH, false));
        Path references = Path.of("../rules-report/src/test/resources/io/iprules/report");
        assertThat(written).isEqualTo(Files.readAllBytes(references.resolve("jiaxing-pilot-and-provincial-demo.zh.html")));
        assertThat(text.out()).isEqualTo(Files.readString(references.resolve("jiaxing-pilot-and-provincial-demo.zh.txt")));
    }

    /**
     * The command's labels and the reports' are two catalogs (examples' cli, rules-report's report) that share one key:
     * the indicators' summary that {@code report} prints is worded as the text report words it.
     */
    @Test
    void theCommandsLabelsAndTheReportsShareOnlyTheSummaryWordedAlike() throws Exception {
        for (String lang : List.of("zh", "en")) {
            java.util.Properties cli = labels(Messages.class, "cli_" + lang + ".properties");
            java.util.Properties report = labels(io.iprules.report.Reports.class, "report_" + lang + ".properties");
            java.util.Set<Object> both = new java.util.TreeSet<>(cli.keySet());
            both.retainAll(report.keySet());
            assertThat(both).as(lang).containsExactly("indicators.summary");
            assertThat(cli.getProperty("indicators.summary")).isEqualTo(report.getProperty("indicators.summary"));
        }
    }

    private static java.util.Properties labels(Class<?> anchor, String file) throws java.io.IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = anchor.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void invalidRequestsAreRefusedLikeEvaluate(@TempDir Path tmp) {
        Path out = tmp.resolve("bad.html");
        Run r = CliTest.withInput("{\"policy\": \"anning-2022\", \"asOf\": \"2024-12-31\", \"applicant\": {\"name\": \"安宁市\", "
                + "\"figures\": {\"AN_PUBLIC_AWARENESS\": 85}}}", "report", "-", "--html", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("applicant.figures.AN_PUBLIC_AWARENESS: 是 0 到 1 之间的比率(0.31 即 31%),现为 85");
        assertThat(out).doesNotExist();
        Run noOut = CliTest.run("report", ANNING);
        assertThat(noOut.exit()).isEqualTo(2);
        assertThat(noOut.err()).contains("--html");
    }

    @Test
    void thePageIsNeverWrittenOverItsRequest(@TempDir Path tmp) throws Exception {
        Path request = tmp.resolve("request.json");
        Files.copy(Path.of(ANNING), request);
        byte[] before = Files.readAllBytes(request);
        Path link = Files.createSymbolicLink(tmp.resolve("link.html"), request);
        for (String target : List.of(request.toString(), link.toString(), tmp.resolve(".").resolve("request.json").toString())) {
            Run zh = CliTest.run("report", request.toString(), "--html", target);
            assertThat(zh.exit()).as(target).isEqualTo(2);
            assertThat(zh.err()).as(target).isEqualTo(target + ": 就是请求文件;页面写入后会取代请求。请另选文件\n");
            assertThat(zh.out()).isEmpty();
        }
        Run en = CliTest.run("report", request.toString(), "--html", request.toString(), "--lang", "en");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.err()).isEqualTo(request + ": is the request file; the page written there would replace the "
                + "request. Name another file\n");
        assertThat(Files.readAllBytes(request)).isEqualTo(before);
        assertThat(tmp.resolve("request.json.partial")).doesNotExist();
    }

    @Test
    void aFolderOrAMissingFolderIsTheUsersMistake(@TempDir Path tmp) {
        Run folder = CliTest.run("report", ANNING, "--html", tmp.toString());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).isEqualTo(tmp + ": 是文件夹;请指定一个要写入的文件\n");
        Path nowhere = tmp.resolve("no-such-folder").resolve("page.html");
        Run missing = CliTest.run("report", ANNING, "--html", nowhere.toString(), "--lang", "en");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo(nowhere + ": cannot write there: the folder " + nowhere.getParent()
                + " does not exist\n");
    }

    @Test
    void aFailedWriteIsExitOneAndLeavesThePreviousPage(@TempDir Path tmp) throws Exception {
        // the page cannot be written beside its target: the target's name has 255 bytes, the most a name may have
        // here, so its .partial's is too long (a folder or a link in its place is refused before any work, exit 2)
        Path page = tmp.resolve("p".repeat(250) + ".html");
        Files.writeString(page, "previous page\n");
        for (String lang : List.of("zh", "en")) {
            Run r = CliTest.run("report", ANNING, "--html", page.toString(), "--lang", lang);
            assertThat(r.exit()).as(lang).isEqualTo(1);
            assertThat(r.err()).as(lang).isEqualTo(page + ".partial" + (lang.equals("zh")
                    ? ": 写入失败:文件名过长\n" : ": cannot write: the file name is too long\n"));
            assertThat(r.out()).as(lang).isEmpty();
        }
        assertThat(Files.readString(page)).isEqualTo("previous page\n");
    }

    /** An export-trademark award waits for the export threshold §6(5)5 leaves open: pending, not refused. */
    @Test
    void nothingDueWhileEligibilityIsOpenIsShownAsPendingNotAsRefused() {
        Run zh = CliTest.run("report", "requests/jiaxing-export-threshold-unset.json", "--html", "-");
        assertThat(zh.exit()).isZero();
        assertThat(zh.out()).contains("<p class=\"verdict unknown\">? 结论:暂无确定应予补助的项目;<span class=\"nw\">1 项</span>是否符合条件待定</p>")
                .doesNotContain("无应予补助的项目</p>");
        Run en = CliTest.run("report", "requests/jiaxing-export-threshold-unset.json", "--html", "-", "--lang", "en");
        assertThat(en.out()).contains("<p class=\"verdict unknown\">? Verdict: nothing is certainly due yet; "
                + "1 item(s) with eligibility undetermined</p>");
    }

    @Test
    void toStandardOutputWithTextEscaped() {
        Run r = CliTest.withInput("{\"policy\": \"anning-2022\", \"asOf\": \"2022-07-31\", \"applicant\": {\"name\": "
                + "\"<script>alert(1)</script> & Co\", \"figures\": {\"AN_TALENT\": 12}}}", "report", "-", "--html", "-");
        assertThat(r.exit()).isZero();
        assertSelfContained(r.out());
        assertThat(r.out()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co").doesNotContain("<script>");
        // before the plan: no phase, the warning shown, the marker at the start
        assertThat(r.out()).contains("所处阶段: 尚无所处阶段", "<span class=\"nw\">2022-07-31</span> 早于工作方案的第一阶段", "data-status=\"NOT_MET\"");
        assertThat(count(r.out(), "data-status=\"UNKNOWN\"")).isEqualTo(29); // 30 targets, one given
    }

    @Test
    void controlCharactersAndOverridesOfANameAreShownNotObeyed() {
        // ESC clears a terminal reading --html -; U+202E would show the page's text after it right to left
        Run r = CliTest.withInput("{\"policy\": \"anning-2022\", \"asOf\": \"2022-07-31\", \"applicant\": {\"name\": "
                + "\"安宁\\u001b[2J\\r\\u202e市\", \"figures\": {\"AN_TALENT\": 12}}}", "report", "-", "--html", "-");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u202e")
                .contains("安宁\\u001B[2J\\r\\u202E市");
    }
}
