package io.iprules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page's sections that no example request shows: readings named by no note, and deadlines on a timeline. */
class HtmlReportTest {
    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void aPageWhoseNotesNameNoReadingHasNoSectionOfReadings() {
        java.time.LocalDate d = java.time.LocalDate.of(2020, 10, 9);
        io.iprules.Text none = io.iprules.Text.plain("");
        // §1's note names one-matter; "matter" occurs in it only within one-matter, "unused" nowhere
        io.iprules.PolicyDescription policy = new io.iprules.PolicyDescription("p-1", io.iprules.Text.plain("政策"), null,
                d, d, null, "p-1 §9", "1",
                List.of(new io.iprules.Provision("p-1 §1", io.iprules.Text.plain("一"), List.of("P_ONE"),
                                io.iprules.ProvisionStatus.IMPLEMENTED,
                                io.iprules.Text.bilingual("解释:one-matter(readings.json)。", "Readings: one-matter "
                                        + "(readings.json).")),
                        new io.iprules.Provision("p-1 §2", io.iprules.Text.plain("二"), List.of("P_TWO"),
                                io.iprules.ProvisionStatus.IMPLEMENTED, io.iprules.Text.plain("无可判定的条件。"))),
                List.of(), List.of(new io.iprules.SubjectKind("applicant", String.class, none)), List.of(), List.of(),
                List.of(), List.of(new io.iprules.Reading("matter", "p-1 §1", io.iprules.Text.plain("事项 <甲>")),
                        new io.iprules.Reading("one-matter", "p-1 §1", io.iprules.Text.bilingual("同一事项 <乙> & 丙",
                                "one matter `P_ONE` >= 10000")),
                        new io.iprules.Reading("unused", "p-1 §2", io.iprules.Text.plain("未用"))));
        io.iprules.EvaluationResult second = io.iprules.EvaluationResult.builder("p-1", d, "禾城").eligible(true)
                .condition(new io.iprules.Condition("P_TWO", "禾城", true, "true", "true", "p-1 §2", null, null)).build();
        String page = HtmlReport.render(second, policy, io.iprules.Language.ZH);
        assertThat(page).contains("无可判定的条件。").doesNotContain("本页适用的解释", "id=\"readings\"", "href=\"#readings\"");
        // the same policy on a page that cites §1: one-matter alone, escaped; the note points at it
        io.iprules.EvaluationResult first = io.iprules.EvaluationResult.builder("p-1", d, "禾城").eligible(true)
                .condition(new io.iprules.Condition("P_ONE", "禾城", true, "true", "true", "p-1 §1", null, null)).build();
        String cited = HtmlReport.render(first, policy, io.iprules.Language.ZH);
        assertThat(section(cited, "<section class=\"readings\" id=\"readings\">")).isEqualTo(
                "<section class=\"readings\" id=\"readings\">\n<h2>本页适用的解释</h2>\n<dl>\n<dt><code>one-matter</code> "
                        + "<span class=\"cite\">[p-1 §1]</span></dt>\n<dd>同一事项 &lt;乙&gt; &amp; "
                        + "丙</dd>\n</dl>\n</section>");
        assertThat(cited).contains("解释:one-matter<a href=\"#readings\">(见本页“本页适用的解释”)</a>。")
                .doesNotContain("事项 &lt;甲&gt;", "未用");
        assertThat(HtmlReport.render(first, policy, io.iprules.Language.EN))
                .contains("<h2>Readings applied on this page</h2>", "<dd>one matter <code>P_ONE</code> ≥ 10,000</dd>",
                        "Readings: one-matter <a href=\"#readings\">(see “Readings applied on this page” below)</a>.");
    }

    /** The part of a page from {@code start} to the end of its section. */
    private static String section(String html, String start) {
        int from = html.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return html.substring(from, html.indexOf("</section>", from) + "</section>".length());
    }

    @Test
    void deadlinesOnAWorkingDayTimelineAndMeasures() {
        java.time.LocalDate d = java.time.LocalDate.of(2020, 10, 9);
        io.iprules.EvaluationResult r = io.iprules.EvaluationResult.builder("p-1", d, "禾城").eligible(false)
                .deadline(new io.iprules.Deadline("P_REPLY", "禾城", io.iprules.DeadlineStatus.LATE,
                        java.time.LocalDate.of(2020, 9, 28), java.time.LocalDate.of(2020, 10, 12),
                        java.time.LocalDate.of(2020, 10, 13), 6, 1, null, List.of("国办发明电〔2019〕16号"), "p-1 §3", null))
                .measure(new io.iprules.Measure("p-1 §4", "市知识产权局", io.iprules.Text.bilingual("开展宣传", "publicity")))
                .build();
        io.iprules.PolicyDescription p = new io.iprules.PolicyDescription("p-1",
                io.iprules.Text.bilingual("政策", "policy"),
                null, d, d, null, "p-1 §9", "1", List.of(), List.of(), List.of(new io.iprules.SubjectKind("applicant",
                String.class, io.iprules.Text.plain("a"))));
        String html = HtmlReport.render(r, p, io.iprules.Language.ZH);
        // 2020-09-28 to 2020-10-13: National Day and Mid-Autumn rest 10-01 to 10-08, Sunday 09-27 and Saturday
        // 10-10 are make-up working days (国办发明电〔2019〕16号); the deadline 10-12 is marked, done the 13th
        String days = html.substring(html.indexOf("<svg viewBox"),
                html.indexOf("</svg>", html.indexOf("<svg viewBox")));
        assertThat(count(days, "<rect")).isEqualTo(16);
        assertThat(count(days, "class=\"rest\"")).isEqualTo(9); // 10-01 … 10-08 and Sunday 10-11
        // each day's title says its kind, which the chart shows by shade alone (WCAG 1.4.1)
        assertThat(days).contains("class=\"work\"><title>2020-10-10 工作日</title>",
                "class=\"work due\"><title>2020-10-12 工作日</title>", "class=\"work done\"><title>2020-10-13 工作日</title>",
                "class=\"rest\"><title>2020-10-01 休息日</title>", "class=\"rest\"><title>2020-10-11 休息日</title>");
        assertThat(count(days, " 休息日</title>")).isEqualTo(9);
        String english = HtmlReport.render(r, p, io.iprules.Language.EN);
        assertThat(english).contains("<title>2020-10-10 working day</title>", "<title>2020-10-08 rest day</title>");
        assertThat(html).contains("逾期办结", "期限 <span class=\"nw\">2020-10-12</span>", "逾期 <span class=\"nw\">1 "
                + "个</span>工作日", "市知识产权局", "开展宣传", "p-1 §4");
        // the working days used in words, as the text says them and as the timeline's name points to them (期限及已用
        // 工作日见上文): the page had left them to the detail, which no longer repeats the facts
        assertThat(html).contains("<p class=\"facts\">起算 <span class=\"nw\">2020-09-28</span>;期限 "
                + "<span class=\"nw\">2020-10-12</span>;办结 <span class=\"nw\">2020-10-13</span>;已用 "
                + "<span class=\"nw\">6 个</span>工作日;逾期 <span class=\"nw\">1 个</span>工作日</p>");
    }
}
