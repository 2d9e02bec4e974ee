package io.iprules.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * On the page, a figure and the Chinese word after it, its unit, are one: a browser breaks a line at the space that
 * the messages put between them (低于 48.4 ⏎ 件 was seen on pilot-city's and northeast's pages). The text report
 * keeps them together alike ({@code TextReportKindsTest}).
 */
class FiguresKeptWithTheirUnitsTest {
    /** {@code s} as the page keeps it whole: also {@link DatesKeptWholeTest}'s. */
    static String nw(String s) {
        return "<span class=\"nw\">" + s + "</span>";
    }

    @Test
    void aFigureAndItsUnitAreKeptOnOneLine() {
        assertThat(HtmlReport.keepFiguresWhole("<td>专利密度不低于 48.4 件,现为 46.02 件</td>"))
                .isEqualTo("<td>专利密度不低于 " + nw("48.4 件") + ",现为 " + nw("46.02 件") + "</td>");
        assertThat(HtmlReport.keepFiguresWhole("<p>高出 6.94 件:合计 10,000.00 元;逾期 2 个工作日</p>"))
                .isEqualTo("<p>高出 " + nw("6.94 件") + ":合计 " + nw("10,000.00 元") + ";逾期 " + nw("2 个")
                        + "工作日</p>");
    }

    @Test
    void aFigureAfterAnAsciiColonOrADateBeforeItsWordToo() {
        // the Chinese messages write ASCII punctuation: 结论:3 项
        assertThat(HtmlReport.keepFiguresWhole("<p>结论:3 项条件中有 1 项未满足;自 2020-08-01 起</p>"))
                .isEqualTo("<p>结论:" + nw("3 项") + "条件中有 " + nw("1 项") + "未满足;自 " + nw("2020-08-01 起")
                        + "</p>");
    }

    /**
     * A word after a figure that is not its unit is not cut: the span had taken its first character, 2013-10-09 尚 ⏎
     * 未出具 being a line the page could draw (an officers'-output probe's pages: beijing-2012's deadlines, northeast's
     * figures, anning's phases).
     */
    @Test
    void aWordThatIsNotAUnitStaysWholeAfterTheFigure() {
        assertThat(HtmlReport.keepFiguresWhole("<p>截至 2013-10-09 尚未出具;由 342,155 变为 400,000 件;"
                + "2022-10-18 印发;2013-03-31 时</p>"))
                .isEqualTo("<p>截至 " + nw("2013-10-09") + " 尚未出具;由 342,155 变为 " + nw("400,000 件") + ";"
                        + nw("2022-10-18") + " 印发;" + nw("2013-03-31") + " 时</p>");
        // the units and bounds the pages write stay with their figures
        assertThat(HtmlReport.keepFiguresWhole("<p>2 次年费;3 名;1,400,000,000 人;2 倍;5 天;2016 年;"
                + "2017-07-31 前;2022-10-17 止;以 20 计</p>"))
                .isEqualTo("<p>" + nw("2 次") + "年费;" + nw("3 名") + ";" + nw("1,400,000,000 人") + ";" + nw("2 倍")
                        + ";" + nw("5 天") + ";" + nw("2016 年") + ";" + nw("2017-07-31 前") + ";"
                        + nw("2022-10-17 止") + ";以 " + nw("20 计") + "</p>");
    }

    @Test
    void notAPartOfAWordOrAFigureNorAFigureWithoutAChineseWordAfterIt() {
        // a date without a word is kept whole by its own rule (DatesKeptWholeTest); 10-12 is not one
        String same = "<p>第3条 p-1 §4 P2 实施 4.5:1 (WCAG) 期限 10-12 interest 48,650.00 yuan</p>";
        assertThat(HtmlReport.keepFiguresWhole(same)).isEqualTo(same);
    }

    @Test
    void notInsideATagNorInAChart() {
        String same = "<section aria-label=\"共 5 天\"><svg role=\"img\"><text>1 实施</text>"
                + "<title>2020-10-12 工作日</title></svg></section>";
        assertThat(HtmlReport.keepFiguresWhole(same)).isEqualTo(same);
    }
}
