package io.iprules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Condition;
import io.iprules.EvaluationResult;
import io.iprules.Language;
import io.iprules.Phase;
import io.iprules.PolicyDescription;
import io.iprules.SubjectKind;
import io.iprules.Text;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What the page's accessibility check ({@code scripts/report-accessibility.sh}: axe-core in headless Chromium, WCAG
 * 2.1 A and AA, on every example in both languages) found and what was mended, kept from drifting back: the contrast
 * of the colours that were changed, worked out from the page's own style with the WCAG formula.
 */
class AccessibilityTest {
    private static final String PAGE = PrintRulesTest.everySection(Language.ZH);
    private static final List<PrintRulesTest.Rule> TOP = PrintRulesTest.rules(PrintRulesTest.style(PAGE));
    private static final List<PrintRulesTest.Rule> SCREEN = TOP.stream().filter(r -> !r.prelude().startsWith("@"))
            .toList();
    private static final List<PrintRulesTest.Rule> PRINT = TOP.stream().filter(r -> r.prelude().equals("@media print"))
            .findFirst().map(r -> PrintRulesTest.rules(r.body())).orElseThrow();

    /** The media query of a narrow screen (a phone, a window zoomed to 400%), for screens only, never paper. */
    static final String NARROW_SCREEN = "@media screen and (max-width: 1000px)";
    /**
     * The media query of the rules for a line of 180 mm, which paper and a narrow screen share (the tables' columns).
     */
    static final String LINE_OF_PAPER = "@media print, screen and (max-width: 1000px)";
    /** What applies on a narrow screen: its own rules and the 180 mm line's. */
    private static final List<PrintRulesTest.Rule> NARROW = TOP.stream()
            .filter(r -> r.prelude().equals(NARROW_SCREEN) || r.prelude().equals(LINE_OF_PAPER))
            .flatMap(r -> PrintRulesTest.rules(r.body()).stream()).toList();

    /** WCAG AA for text under 18.66 px bold or 24 px: every text these pairs hold is 15 px or smaller. */
    private static final double AA = 4.5;

    /**
     * The contrast ratio of WCAG 2.x (1.4.3): (L1 + 0.05) / (L2 + 0.05), L1 the lighter colour's relative luminance
     * and L2 the darker's.
     */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Relative luminance of an sRGB colour (#rgb or #rrggbb): 0.2126 R + 0.7152 G + 0.0722 B, each linearised. */
    static double luminance(String colour) {
        String hex = colour.substring(1);
        if (hex.length() == 3) {
            hex = hex.replaceAll("(.)", "$1$1");
        }
        assertThat(hex).as(colour).matches("[0-9a-fA-F]{6}");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16) / 255.0;
            c[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    @Test
    void theFormulaGivesWcagsOwnFigures() {
        assertThat(contrast("#000", "#fff")).isCloseTo(21, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(contrast("#777777", "#ffffff")).isCloseTo(4.48, org.assertj.core.api.Assertions.within(0.01));
        // what axe-core reported for the grey of "no figure" on its tile before it was darkened
        assertThat(contrast("#6e7781", "#f2f3f5")).isCloseTo(4.09, org.assertj.core.api.Assertions.within(0.01));
    }

    /**
     * The grey of "no figure" and "undetermined" (--unk) on everything it is written on, on screen and on paper: its
     * tile, a badge, a yes/no box, and the detail of a row not met, whose background is tinted. axe-core found it at
     * 4.09:1 on the tile and 4.33:1 on the row.
     */
    @Test
    void theGreyOfNoFigureReadsAtAaOnScreenAndOnPaper() {
        List<String[]> pairs = List.of(new String[] {".tile.unknown", ".tile.unknown"},
                new String[] {".badge.unknown", ".badge.unknown"}, new String[] {".yesno.unknown", ".yesno.unknown"},
                new String[] {".values .detail", "tr.not-met td"});
        Map<String, String> screen = variables(SCREEN);
        Map<String, String> paper = new HashMap<>(screen);
        paper.putAll(variables(PRINT));
        for (Map<String, String> vars : List.of(screen, paper)) {
            for (String[] pair : pairs) {
                String ink = colour(declared(pair[0], "color"), vars);
                String ground = colour(declared(pair[1], "background"), vars);
                assertThat(contrast(ink, ground)).as("%s (%s) on %s (%s)", pair[0], ink, pair[1], ground)
                        .isGreaterThanOrEqualTo(AA);
            }
        }
        assertThat(paper.get("--unk")).isNotEqualTo(screen.get("--unk")); // the paper's own grey was checked too
    }

    /**
     * A deadline's rest days are told from its working days by their shade (a working day white, framed): the
     * shade must stand apart from white at 3:1 at least, as a graphic that carries information (WCAG 1.4.11; the
     * former grey, #c9d1d9, was 1.5:1). Each day's title names its kind besides (HtmlReportTest).
     */
    @Test
    void aRestDayStandsApartFromAWorkingDay() {
        String rest = colour(declared("svg.days rect.rest", "fill"), variables(SCREEN));
        String work = colour(declared("svg.days rect.work", "fill"), variables(SCREEN));
        assertThat(contrast(rest, work)).as("%s against %s", rest, work).isGreaterThanOrEqualTo(3);
    }

    /**
     * The current phase's label is white on its bar; when that phase has no end its bar fades out, and the label,
     * white, must stay on the bar's full colour (where it had faded to 3.7:1 under the label's middle). Two titles:
     * one short enough to be written out, one that leaves the phase's number alone.
     */
    @Test
    void theCurrentOpenPhasesWhiteLabelStaysOnItsFullColour() {
        for (String title : List.of("巩固", "巩固提高阶段")) {
            Document page = Jsoup.parse(openPhaseNow(title));
            Element rect = page.selectFirst("svg rect.now");
            Element label = page.selectFirst("svg text.seg.now");
            assertThat(rect.attr("fill")).isEqualTo("url(#fadeNow)");
            // the full colour reaches as far as every stop up to there is opaque
            double solid = 0;
            String full = null;
            for (Element stop : page.select("linearGradient#fadeNow stop")) {
                if (stop.hasAttr("stop-opacity") && Double.parseDouble(stop.attr("stop-opacity")) < 1) {
                    break;
                }
                solid = Double.parseDouble(stop.attr("offset"));
                full = stop.attr("stop-color");
            }
            double x = Double.parseDouble(rect.attr("x"));
            double w = Double.parseDouble(rect.attr("width"));
            // a label at 13 px is at most 13 px a character (a Chinese one is that wide), centred on its x
            double half = label.text().length() * 13 / 2.0;
            double at = Double.parseDouble(label.attr("x"));
            assertThat(at - half).as(title).isGreaterThanOrEqualTo(x);
            assertThat(at + half).as("%s: the label ends at %.1f, the full colour at %.1f", title, at + half,
                    x + solid * w).isLessThanOrEqualTo(x + solid * w);
            assertThat(contrast(colour(declared("svg .seg.now", "fill"), variables(SCREEN)), full))
                    .isGreaterThanOrEqualTo(AA);
        }
    }

    /**
     * Every name given to a screen reader (aria-label) is in the page's language: the summary was named "summary" on
     * the Chinese page. On a Chinese page a name has Chinese and no English word; on an English page, no Chinese.
     */
    @Test
    void everyAccessibleNameIsInThePagesLanguage() {
        for (String html : List.of(PAGE, openPhaseNow("巩固"))) {
            List<String> names = Jsoup.parse(html).select("[aria-label]").eachAttr("aria-label");
            assertThat(names).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(n -> assertThat(n).containsPattern("\\p{IsHan}").doesNotContainPattern("[A-Za-z]{2,}"));
        }
        List<String> english = Jsoup.parse(PrintRulesTest.everySection(Language.EN)).select("[aria-label]")
                .eachAttr("aria-label");
        assertThat(english).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(n -> assertThat(n).doesNotContainPattern("\\p{IsHan}").containsPattern("[A-Za-z]{2,}"));
    }

    /** The summary is a region named in the page's language, whether it sums up targets or conditions. */
    @Test
    void theSummaryIsARegionNamedInThePagesLanguage() {
        for (Language lang : Language.values()) {
            String name = TextReport.LABELS.format(lang, "report.summary", new Object[0]);
            for (String html : List.of(PrintRulesTest.everySection(lang), openPhaseNow("巩固", lang))) {
                assertThat(Jsoup.parse(html).select("section.summary")).hasSize(1).allSatisfy(s ->
                        assertThat(s.attr("aria-label")).isEqualTo(name));
            }
        }
    }

    /**
     * Each chart is an image with a name that says what it shows, in the page's language: the timeline, how many
     * phases and which one the evaluation date is in (it was named only 工作阶段, its section's heading); a
     * deadline's days, which days are drawn (it was 逐日时间线). The words beside them give the rest.
     */
    @Test
    void everyChartIsAnImageNamedForWhatItShows() {
        for (Language lang : Language.values()) {
            Document page = Jsoup.parse(PrintRulesTest.everySection(lang));
            assertThat(page.select("svg")).hasSize(2).allSatisfy(svg -> assertThat(svg.attr("role")).isEqualTo("img"));
            LocalDate asOf = LocalDate.of(2020, 10, 9);
            assertThat(page.select("section.timeline svg").attr("aria-label")).isEqualTo(TextReport.LABELS.format(lang,
                    "report.timeline.chart", new Object[] {1, asOf, 1, lang == Language.ZH ? "实施阶段"
                            : "implementation"}));
            // from the deadline's start to the day it was done, after the deadline
            assertThat(page.select("svg.days").attr("aria-label")).isEqualTo(TextReport.LABELS.format(lang,
                    "report.deadline.days", new Object[] {LocalDate.of(2020, 9, 28), LocalDate.of(2020, 10, 13), 16}));
        }
        // the evaluation date in no phase
        String none = TextReport.LABELS.format(Language.ZH, "report.timeline.chart.none",
                new Object[] {2, LocalDate.of(2021, 3, 1)});
        assertThat(Jsoup.parse(openPhaseNow("巩固", Language.ZH, false)).select("svg").attr("aria-label"))
                .isEqualTo(none).contains("2021-03-01");
    }

    /**
     * Every header cell of every table says what it heads: the column headings their columns, the budget's total its
     * row, and each city's or park's name the conditions about it, which are a body of the table of their own
     * ({@code scope="rowgroup"} heads the {@code tbody} it is in). None had a scope; all the conditions were one body.
     */
    @Test
    void everyHeaderCellSaysWhatItHeads() {
        Document page = Jsoup.parse(PAGE);
        assertThat(page.select("table")).hasSize(4);
        assertThat(page.select("th")).allSatisfy(th -> assertThat(th.attr("scope")).as(th.outerHtml())
                .isEqualTo(th.parent().parent().tagName().equals("thead") ? "col"
                        : th.parent().parent().tagName().equals("tfoot") ? "row" : "rowgroup"));
        assertThat(page.select("tfoot th").eachText()).containsExactly("合计");
        assertThat(page.select("tbody th")).isNotEmpty().allSatisfy(th -> assertThat(th.parent().hasClass("group"))
                .isTrue());

        LocalDate d = LocalDate.of(2020, 10, 9);
        PolicyDescription policy = new PolicyDescription("p-1", Text.plain("政策"), null, d, d, null, "p-1 §9", "1",
                List.of(), List.of(), List.of(new SubjectKind("city", String.class, Text.plain(""))));
        EvaluationResult r = EvaluationResult.builder("p-1", d, "湖州市").eligible(false)
                .condition(new Condition("C_ONE", "湖州市", true, "true", "true", "p-1 §2", null, null))
                .condition(new Condition("C_TWO", "湖州市", false, "false", "true", "p-1 §2", null, null))
                .condition(new Condition("C_PARK", "莫干山园区", true, "true", "true", "p-1 §3", null, null)).build();
        Document groups = Jsoup.parse(HtmlReport.render(r, policy, Language.ZH));
        List<Element> bodies = groups.select("section.conditions tbody");
        assertThat(bodies).hasSize(2);
        assertThat(bodies).extracting(b -> b.child(0).select("th[scope=rowgroup]").text())
                .containsExactly("湖州市", "莫干山园区");
        assertThat(bodies).extracting(b -> b.select("tr:not(.group)").size()).containsExactly(2, 1);
    }

    /**
     * On the English page, every text in Chinese (the subject's name, a clause quoted, a place, an addressee, a
     * calendar's notice) is marked lang="zh-CN", so that a screen reader speaks it in Chinese (WCAG 3.1.2): it was
     * all read as English. The charts' text is not read (role="img"); the Chinese page marks nothing.
     */
    @Test
    void chineseOnTheEnglishPageIsMarkedAsChinese() {
        Document en = Jsoup.parse(PrintRulesTest.everySection(Language.EN));
        List<org.jsoup.nodes.TextNode> chinese = en.body().select("*:not(svg, svg *)").stream()
                .flatMap(e -> e.textNodes().stream()).filter(t -> t.text().matches("(?s).*\\p{IsHan}.*")).toList();
        assertThat(chinese).hasSizeGreaterThan(5).allSatisfy(t -> {
            Element marked = t.parentNode() instanceof Element e ? e.closest("[lang]") : null;
            assertThat(marked).as(t.text()).isNotNull();
            assertThat(marked.attr("lang")).as(t.text()).isEqualTo("zh-CN");
            assertThat(t.text()).doesNotContainPattern("[A-Za-z]");
        });
        assertThat(en.select("h1").html()).isEqualTo("<span lang=\"zh-CN\">禾城</span> · Evaluation report");
        // each clause quoted is Chinese whole
        assertThat(en.select("q")).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(q -> assertThat(q.html()).matches("<span lang=\"zh-CN\">[^<]+</span>"));
        assertThat(en.select("svg [lang]")).isEmpty();
        assertThat(Jsoup.parse(PAGE).select("body [lang]")).isEmpty();
    }

    /**
     * At 320 CSS px (a phone, a window zoomed to 400%) the page must not scroll sideways, and a data table may only
     * scroll within a box of its own (WCAG 1.4.10). Every table is in such a box: a region named for its section in
     * the page's language, each name its own, that takes the keyboard's focus, so that it can be scrolled without a
     * mouse. {@code scripts/report-accessibility.sh} checks the examples at 320 px in Chromium; they all scrolled.
     */
    @Test
    void everyTableIsInAFocusableScrollRegionNamedInThePagesLanguage() {
        for (Language lang : Language.values()) {
            Document page = Jsoup.parse(PrintRulesTest.everySection(lang));
            List<Element> tables = page.select("table");
            assertThat(tables).hasSize(4).allSatisfy(table -> {
                Element box = table.parent();
                assertThat(box.tagName() + "." + box.className()).as(lang + " " + table.className())
                        .isEqualTo("div.scroll");
                assertThat(box.children()).containsExactly(table);
                assertThat(box.attr("role")).isEqualTo("region");
                assertThat(box.attr("tabindex")).isEqualTo("0");
                String heading = box.parent().selectFirst("h2").text();
                assertThat(box.attr("aria-label"))
                        .isEqualTo(TextReport.LABELS.format(lang, "report.table", new Object[] {heading}));
            });
            assertThat(page.select("div.scroll")).hasSize(4);
            assertThat(page.select("div.scroll").eachAttr("aria-label")).doesNotHaveDuplicates();
        }
    }

    /**
     * What lets the page reflow: a media query for narrow screens, where the tables' boxes scroll sideways, charts
     * (the deadline's days are drawn at a fixed width) scale down to the width, tiles wrap and long strings break.
     * Only for a screen narrower than the 1280 px of the screenshots, which are drawn as before; never on paper,
     * where the print rules measured for 180 mm apply. Every selector in it finds something on the page.
     */
    @Test
    void aNarrowScreenScrollsOnlyTheTablesAndScalesTheCharts() {
        Matcher width = Pattern.compile("max-width: (\\d+)px").matcher(NARROW_SCREEN);
        assertThat(width.find()).isTrue();
        assertThat(Integer.parseInt(width.group(1))).isLessThan(1280);
        assertThat(NARROW).as(NARROW_SCREEN).isNotEmpty();
        // the 180 mm line's rules reach the same screens
        assertThat(LINE_OF_PAPER).isEqualTo("@media print, " + NARROW_SCREEN.substring("@media ".length()));
        assertThat(narrowDeclares(".scroll", "overflow-x: auto")).isTrue();
        assertThat(narrowDeclares("svg", "max-width: 100%")).isTrue();
        assertThat(narrowDeclares("svg", "height: auto")).isTrue();
        assertThat(narrowDeclares(".tiles", "flex-wrap: wrap")).isTrue();
        assertThat(narrowDeclares("main", "overflow-wrap: anywhere")).isTrue();
        // the wide screen's own rules do not scroll a box: there, each table is as wide as the page
        assertThat(SCREEN).noneMatch(r -> r.body().contains("overflow-x"));
        assertThat(Jsoup.parse(PAGE).select("svg.days").attr("width")).isNotEmpty();

        Document zh = Jsoup.parse(PAGE);
        Document en = Jsoup.parse(PrintRulesTest.everySection(Language.EN));
        for (String selector : NARROW.stream().flatMap(r -> r.selectors().stream()).distinct().toList()) {
            boolean english = selector.startsWith(":lang(en) ");
            assertThat((english ? en : zh).select(english ? selector.substring(":lang(en) ".length()) : selector))
                    .as(selector).isNotEmpty();
        }
    }

    /**
     * A word longer than a line (an applicant's name without spaces, a long number) breaks at the line's end on the
     * wide screen and on paper too, not only on a narrow screen: a name of 132 Latin letters ran 383 px past a 1280 px
     * window and 870 px past the paper's line (measured in Chromium), and a park's name as long widened its table
     * past the paper. {@code break-word} leaves a table's column widths as they were (every example page measured
     * the same with and without it, on the wide screen, a phone and paper); a group's heading, a name spanning its
     * table, breaks anywhere rather than widen it.
     */
    @Test
    void aWordLongerThanALineBreaksOnEveryScreenAndOnPaper() {
        assertThat(SCREEN).anyMatch(r -> r.selectors().contains("main") && r.declares("overflow-wrap: break-word"));
        assertThat(SCREEN).anyMatch(r -> r.selectors().contains("tr.group th")
                && r.declares("overflow-wrap: anywhere"));
    }

    private static boolean narrowDeclares(String selector, String declaration) {
        return NARROW.stream().anyMatch(r -> r.selectors().contains(selector) && r.declares(declaration));
    }

    /** A run of Chinese is what it is in English text: its figures and punctuation inside, not the words around. */
    @Test
    void aRunOfChineseTakesItsFiguresAndPunctuationNotTheEnglishAround() {
        String zh = "<span lang=\"zh-CN\">";
        // as the English pages of the examples have them
        assertThat(HtmlReport.markChinese("<td>China Well-known Trademark 禾城</td><div>Enterprises passing the "
                + "IP-management-standard (贯标) audit</div><p>working days counted with: 国办发明电〔2012〕33号</p>"))
                .isEqualTo("<td>China Well-known Trademark " + zh + "禾城</span></td><div>Enterprises passing the "
                        + "IP-management-standard (" + zh + "贯标</span>) audit</div><p>working days counted with: " + zh
                        + "国办发明电〔2012〕33号</span></p>");
        assertThat(HtmlReport.markChinese("<p>assessed: 翻一番 is &gt;= 2 × the 2010 figure, 甲 &amp; 乙</p>"))
                .isEqualTo("<p>assessed: " + zh + "翻一番</span> is &gt;= 2 × the 2010 figure, " + zh + "甲</span> &amp; "
                        + zh + "乙</span></p>");
        assertThat(HtmlReport.markChinese("<q>到2015年,本市翻一番</q><a href=\"#甲\" title=\"乙\">2 巩固</a>"))
                .isEqualTo("<q>" + zh + "到2015年,本市翻一番</span></q><a href=\"#甲\" title=\"乙\">2 " + zh + "巩固</span></a>");
        assertThat(HtmlReport.markChinese("<svg role=\"img\"><text>禾城</text></svg><p>no Chinese</p>"))
                .isEqualTo("<svg role=\"img\"><text>禾城</text></svg><p>no Chinese</p>");
        // to the chart's very end
        assertThat(HtmlReport.markChinese("<svg role=\"img\">时间线甲乙丙丁</svg>"))
                .isEqualTo("<svg role=\"img\">时间线甲乙丙丁</svg>");
    }

    private static String openPhaseNow(String title) {
        return openPhaseNow(title, Language.ZH);
    }

    private static String openPhaseNow(String title, Language lang) {
        return openPhaseNow(title, lang, true);
    }

    /**
     * A policy of two phases, the second without end and, when {@code inPhase}, current on the evaluation date (a
     * result in no phase is the engine's to say: here it is left out).
     */
    private static String openPhaseNow(String title, Language lang, boolean inPhase) {
        LocalDate d = LocalDate.of(2021, 3, 1);
        Phase first = new Phase("P1", Text.plain("实施"), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
                "p-1 §5", "第一阶段", Text.plain(""));
        Phase second = new Phase("P2", Text.plain(title), LocalDate.of(2021, 1, 1), null, "p-1 §5", "第二阶段",
                Text.plain(""));
        PolicyDescription policy = new PolicyDescription("p-1", Text.plain("政策"), null, d, d, null, "p-1 §9", "1",
                List.of(), List.of(), List.of(new SubjectKind("applicant", String.class, Text.plain(""))), List.of(),
                List.of(first, second), List.of(), List.of());
        EvaluationResult.Builder b = EvaluationResult.builder("p-1", d, "禾城").eligible(true);
        return HtmlReport.render((inPhase ? b.phase(second) : b).build(), policy, lang);
    }

    /** The custom properties that the {@code :root} rules among {@code rules} declare. */
    private static Map<String, String> variables(List<PrintRulesTest.Rule> rules) {
        Map<String, String> vars = new HashMap<>();
        rules.stream().filter(r -> r.selectors().contains(":root")).forEach(r -> {
            Matcher m = Pattern.compile("(--[\\w-]+)\\s*:\\s*([^;]+)").matcher(r.body());
            while (m.find()) {
                vars.put(m.group(1), m.group(2).strip());
            }
        });
        assertThat(vars).isNotEmpty();
        return vars;
    }

    /** The value that the screen's rules give {@code property} on {@code selector}, the last declared. */
    private static String declared(String selector, String property) {
        String value = null;
        for (PrintRulesTest.Rule r : SCREEN) {
            if (r.selectors().contains(selector)) {
                for (String d : r.body().split(";")) {
                    String[] kv = d.split(":", 2);
                    if (kv.length == 2 && kv[0].strip().equals(property)) {
                        value = kv[1].strip();
                    }
                }
            }
        }
        assertThat(value).as("%s { %s }", selector, property).isNotNull();
        return value;
    }

    /** The colour in {@code value}: a hex colour, or a var() resolved through {@code vars}. */
    private static String colour(String value, Map<String, String> vars) {
        Matcher var = Pattern.compile("var\\((--[\\w-]+)\\)").matcher(value);
        if (var.find()) {
            return colour(vars.get(var.group(1)), vars);
        }
        return Stream.of(value.split("\\s+")).filter(t -> t.startsWith("#")).findFirst()
                .orElseThrow(() -> new AssertionError("no colour in " + value));
    }
}
