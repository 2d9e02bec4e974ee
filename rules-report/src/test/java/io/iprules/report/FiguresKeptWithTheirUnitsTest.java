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
