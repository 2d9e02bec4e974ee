package io.iprules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Award;
import io.iprules.Comparison;
import io.iprules.Condition;
import io.iprules.Deadline;
import io.iprules.DeadlineStatus;
import io.iprules.EvaluationResult;
import io.iprules.Indicator;
import io.iprules.IndicatorStatus;
import io.iprules.Language;
import io.iprules.Measure;
import io.iprules.ParameterUnit;
import io.iprules.Phase;
import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.ProvisionStatus;
import io.iprules.Reading;
import io.iprules.SubjectKind;
import io.iprules.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The page's rules for paper: A4, only in print, and aimed at what the page draws. How the pages print was looked at
 * in Chromium ({@code scripts/report-print.sh} prints every example); these tests keep the rules from drifting from
 * the page: a class renamed in the HTML and no longer printed as meant, a print rule moved where the screen sees it,
 * the total left to repeat at the foot of every page.
 */
class PrintRulesTest {
    /**
     * A page with every section the print rules address: timeline, tiles, indicators, conditions, budget, deadline,
     * measure, citations and readings.
     */
    private static final String PAGE = everySection(Language.ZH);
    private static final List<Rule> TOP = rules(style(PAGE));
    /** What applies on paper: the print rules, and the rules of a 180 mm line that a narrow screen shares. */
    private static final List<Rule> PRINT = TOP.stream()
            .filter(r -> r.prelude.equals("@media print") || r.prelude.equals(AccessibilityTest.LINE_OF_PAPER))
            .flatMap(r -> rules(r.body).stream()).toList();
    private static final List<Rule> SCREEN = TOP.stream().filter(r -> !r.prelude.startsWith("@")).toList();

    /** A CSS rule: its selectors (or at-rule) and what its braces hold. */
    record Rule(String prelude, String body) {
        List<String> selectors() {
            return List.of(prelude.split("\\s*,\\s*"));
        }

        boolean declares(String declaration) {
            return Stream.of(body.split(";")).map(d -> d.strip().replaceAll("\\s+", " ")).anyMatch(declaration::equals);
        }
    }

    @Test
    void paperIsA4AndTheLineIs180mm() {
        List<Rule> pages = TOP.stream().filter(r -> r.prelude.equals("@page")).toList();
        assertThat(pages).hasSize(1);
        String page = pages.get(0).body;
        assertThat(page).contains("size: A4;");
        // the print rules' widths were measured on a 180 mm line (about 680 px): wider margins would bring back
        // the shrinking of whole pages that they avoid
        Matcher margin = Pattern.compile("margin: (\\d+)mm (\\d+)mm").matcher(page);
        assertThat(margin.find()).as(page).isTrue();
        assertThat(210 - 2 * Integer.parseInt(margin.group(2))).isEqualTo(180);
        // the page number at the foot, where the browser draws margin boxes; nothing the page does not show
        assertThat(page).contains("@bottom-right { content: counter(page) \" / \" counter(pages);");
    }

    /**
     * What breaks pages, keeps colours or sets the paper is in {@code @page} and {@code @media print}; the other
     * media queries are the narrow screen's, which is for screens alone, and the 180 mm line's, which paper and a
     * narrow screen share ({@code AccessibilityTest}). That the screen is
     * drawn as before is for the screenshots of {@code docs/screenshots} ({@code scripts/report-screenshots.sh}) and
     * the reference page of {@code ReportsTest} to hold: this test does not see a screen rule added that changes
     * nothing of these.
     */
    @Test
    void pageBreaksColourAdjustAndPaperAreOnlyInThePrintRules() {
        assertThat(TOP.stream().filter(r -> r.prelude.startsWith("@")).map(Rule::prelude))
                .containsExactly(AccessibilityTest.LINE_OF_PAPER, AccessibilityTest.NARROW_SCREEN, "@page", "@media "
                        + "print");
        assertThat(TOP).filteredOn(r -> !r.prelude.startsWith("@page") && !r.prelude.equals("@media print"))
                // page breaks (not a word's: overflow-wrap: break-word is the screen's and the paper's alike)
                .allSatisfy(r -> assertThat(r.body).doesNotContain("break-inside", "break-after", "break-before",
                        "print-color-adjust"));
        assertThat(PRINT).hasSizeGreaterThan(10);
    }

    @Test
    void rowsTilesAndDeadlinesAreNotSplitAndHeadingsNotLeftAlone() {
        assertThat(selectorsDeclaring(PRINT, "break-inside: avoid")).contains("tr", ".tile", ".deadline", "svg",
                ".citations dd", ".readings dd");
        assertThat(selectorsDeclaring(PRINT, "break-after: avoid")).contains("h1", "h2", ".legend", "tr.group",
                ".citations dt");
        // column headings repeat on every page; the total is printed once, after the last row (Chromium repeats a
        // tfoot on every page, where it reads as the total of that page's rows)
        assertThat(selectorsDeclaring(PRINT, "display: table-header-group")).containsExactly("thead");
        assertThat(selectorsDeclaring(PRINT, "display: table-row-group")).containsExactly("tfoot");
        assertThat(Stream.concat(SCREEN.stream(), PRINT.stream())
                .filter(r -> r.selectors().stream().anyMatch(x -> x.endsWith("thead")) && r.body.contains("display")))
                .allSatisfy(r -> assertThat(r.body).contains("display: table-header-group"));
        assertThat(PAGE).contains("<thead>", "<tfoot>");
    }

    @Test
    void statusColoursPrintExactlyWhereABackgroundCarriesThem() {
        List<String> exact = selectorsDeclaring(PRINT, "print-color-adjust: exact");
        assertThat(exact).containsExactlyInAnyOrder(".tile", ".badge", ".yesno", ".track", ".badge-now")
                .containsExactlyInAnyOrderElementsOf(selectorsDeclaring(PRINT, "-webkit-print-color-adjust: exact"));
        // each of them paints its status as a background, which a browser leaves out of print by default; nothing
        // else is forced (not the page, not the rows' light tint, which the sign and word already carry)
        for (String s : exact) {
            assertThat(SCREEN).as(s).anyMatch(r -> r.selectors().stream().anyMatch(x -> x.startsWith(s + ".")
                    || x.equals(s)) && r.body.contains("background"));
        }
        assertThat(exact).doesNotContain("body", "main", "*", "html", "tr", "td");
    }

    /**
     * Every selector of the print rules finds something on a page with every section (the English one for a
     * {@code :lang(en)} rule), matched by a CSS selector engine as a browser would: a class renamed, a column moved or
     * a section rebuilt would otherwise leave a rule that prints nothing, and no test would see it.
     */
    @Test
    void everyPrintSelectorMatchesSomethingOnThePage() {
        Document zh = Jsoup.parse(PAGE);
        Document en = Jsoup.parse(everySection(Language.EN));
        List<String> selectors = PRINT.stream().flatMap(r -> r.selectors().stream()).distinct().toList();
        assertThat(selectors).hasSizeGreaterThan(20);
        for (String selector : selectors) {
            boolean english = selector.startsWith(":lang(en) ");
            Document page = english ? en : zh;
            String css = english ? selector.substring(":lang(en) ".length()) : selector;
            assertThat(page.select(css)).as(selector).isNotEmpty();
        }
    }

    @Test
    void theEnglishPageHasTheSameRules() {
        // one style for both languages, its page foot aside; an English rule (the amount heading may wrap) is chosen
        // by the page's lang
        String en = everySection(Language.EN);
        assertThat(style(en).replace(EN_FOOT, "FOOT")).isEqualTo(style(PAGE).replace(ZH_FOOT, "FOOT"))
                .contains(":lang(en) table.money th.num");
        assertThat(en).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    }

    private static final String ZH_FOOT = "\"禾城 · 评估日期 2020-10-09 · 由 ip-rules 依据 p-1(版本 1)生成\"";
    private static final String EN_FOOT = "\"禾城 · as of 2020-10-09 · made by ip-rules from p-1 (version 1)\"";

    /**
     * A printed page is filed, and its pages may part: each names at its foot the subject, the evaluation date and the
     * policy's version, beside its number. The page's own footer, said once at the end, is not printed: it took a page
     * of its own where the last reading filled the page before (beijing-green-channel-late printed on four pages).
     */
    @Test
    void eachPrintedPageNamesAtItsFootTheSubjectTheDateAndThePolicy() {
        String page = TOP.stream().filter(r -> r.prelude.equals("@page")).findFirst().orElseThrow().body;
        assertThat(page).contains("@bottom-left { content: " + ZH_FOOT + ";");
        assertThat(style(everySection(Language.EN))).contains("@bottom-left { content: " + EN_FOOT + ";");
        assertThat(selectorsDeclaring(PRINT, "display: none")).containsExactly("footer");
        assertThat(Jsoup.parse(PAGE).select("footer")).hasSize(1); // on screen as before
    }

    @Test
    void aNameCannotCloseTheStyleNorReorderTheFoot() {
        String html = everySection(Language.ZH, "甲\"乙\\丙</style><blink>x</blink>\u202E丁");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.select("style").first().data()).contains(
                "@bottom-left { content: \"甲\\\"乙\\\\丙\\3C /style>\\3C blink>x\\3C /blink>\\\\u202E丁 · 评估日期 "
                + "2020-10-09");
        assertThat(doc.select("blink")).isEmpty();
    }

    /**
     * A newline in a name is shown as the text output shows it, {@code \n}, in the window's title and the heading as at
     * the foot: written raw, the browser had shown a space there (禾城 南湖), while the text and the foot said 禾城\n南湖.
     */
    @Test
    void aNewlineInANameIsShownAsTheTextShowsIt() {
        String html = everySection(Language.ZH, "禾城\n南湖\u202E公司");
        assertThat(html).contains("<title>禾城\\n南湖\\u202E公司 · 评估报告 · 2020-10-09</title>",
                "<h1>禾城\\n南湖\\u202E公司 · 评估报告</h1>",
                "@bottom-left { content: \"禾城\\\\n南湖\\\\u202E公司 · 评估日期 2020-10-09");
        assertThat(html).doesNotContain("禾城\n", "\u202E");
        assertThat(Jsoup.parse(html).title()).isEqualTo("禾城\\n南湖\\u202E公司 · 评估报告 · 2020-10-09");
    }

    @Test
    void aLongNameIsShortenedAtTheFootOnly() {
        String forty = "甲".repeat(39) + "\uD840\uDC00"; // 40 characters, the last outside the BMP (U+20000)
        assertThat(HtmlReport.shortened(forty)).isEqualTo(forty);
        assertThat(HtmlReport.shortened(forty + "乙")).isEqualTo("甲".repeat(39) + "…");
        assertThat(HtmlReport.shortened("乙" + forty)).isEqualTo("乙" + "甲".repeat(38) + "…");
        String html = everySection(Language.ZH, "乙" + forty);
        assertThat(style(html)).contains("content: \"乙" + "甲".repeat(38) + "… · 评估日期");
        assertThat(Jsoup.parse(html).select("h1").text()).startsWith("乙" + forty + " · ");
    }

    @Test
    void aCssStringEscapesWhatWouldEndItOrTheStyle() {
        assertThat(HtmlReport.cssString("a\"b\\c<d\ne")).isEqualTo("\"a\\\"b\\\\c\\3C d\\A e\"");
        assertThat(HtmlReport.cssString("")).isEqualTo("\"\"");
    }

    private static List<String> selectorsDeclaring(List<Rule> rules, String declaration) {
        return rules.stream().filter(r -> r.declares(declaration)).flatMap(r -> r.selectors().stream()).toList();
    }

    static String style(String html) {
        int from = html.indexOf("<style>\n");
        assertThat(from).isNotNegative();
        return html.substring(from + "<style>\n".length(), html.indexOf("</style>", from));
    }

    /** The rules of a style sheet at one level, its comments left out; nested blocks stay in their rule's body. */
    static List<Rule> rules(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        List<Rule> rules = new ArrayList<>();
        int start = 0;
        int depth = 0;
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                i = text.indexOf('"', i + 1); // a string ("“" in quotes, " / " in the page number) holds no braces
            } else if (ch == '{' && depth++ == 0) {
                open = i;
            } else if (ch == '}' && --depth == 0) {
                rules.add(new Rule(text.substring(start, open).trim(), text.substring(open + 1, i).trim()));
                start = i + 1;
            }
        }
        assertThat(depth).as("balanced braces").isZero();
        return rules;
    }

    /** A result with every section the print rules name, on a policy with a phase, a provision and a reading. */
    static String everySection(Language lang) {
        return everySection(lang, "禾城");
    }

    private static String everySection(Language lang, String name) {
        LocalDate d = LocalDate.of(2020, 10, 9);
        Text none = Text.plain("");
        Phase phase = new Phase("P1", Text.bilingual("实施阶段", "implementation"), LocalDate.of(2020, 1, 1),
                LocalDate.of(2021, 12, 31), "p-1 §5", "第一阶段", none);
        PolicyDescription policy = new PolicyDescription("p-1", Text.bilingual("政策", "policy"), null, d, d, null,
                "p-1 §9", "1", List.of(new Provision("p-1 §1", Text.plain("一"), List.of("P_COUNT"),
                ProvisionStatus.IMPLEMENTED, Text.bilingual("解释:one-matter(readings.json)。",
                "Readings: one-matter (readings.json)."))), List.of(),
                List.of(new SubjectKind("applicant", String.class, none)), List.of(), List.of(phase), List.of(),
                List.of(new Reading("one-matter", "p-1 §1", Text.plain("同一事项"))));
        EvaluationResult r = EvaluationResult.builder("p-1", d, name).eligible(false).phase(phase)
                .indicator(new Indicator("P_COUNT", Text.bilingual("专利授权量", "patents granted"),
                        IndicatorStatus.NOT_MET, ParameterUnit.COUNT, Comparison.AT_LEAST, new BigDecimal("45"), "45",
                        new BigDecimal("30"), new BigDecimal("45"), new BigDecimal("0.6666"), null, "p-1 §1",
                        "年新增45件以上", null))
                .indicator(new Indicator("P_PLAN", Text.bilingual("制定规划", "a plan"), IndicatorStatus.MET,
                        ParameterUnit.YES_NO, Comparison.AT_LEAST, BigDecimal.ONE, "1", BigDecimal.ONE, BigDecimal.ONE,
                        BigDecimal.ONE, null, "p-1 §1", "制定规划", null))
                .condition(new Condition("P_SCOPE", "禾城", true, "true", "true", "p-1 §2", null, null))
                .award(new Award("P_AWARD", "s-1", Text.plain("发明专利"), d, new BigDecimal("5000"), null, "p-1 §3",
                        Text.plain("授权")))
                .deadline(new Deadline("P_REPLY", "禾城", DeadlineStatus.LATE, LocalDate.of(2020, 9, 28),
                        LocalDate.of(2020, 10, 12), LocalDate.of(2020, 10, 13), 6, 1, null,
                        List.of("国办发明电〔2019〕16号"), "p-1 §4", null))
                .measure(new Measure("p-1 §6", "市知识产权局", Text.plain("开展宣传"), "市区", List.of("南湖区")))
                .build();
        return HtmlReport.render(r, policy, lang);
    }
}
