package io.iprules.report;

import static io.iprules.report.FiguresKeptWithTheirUnitsTest.nw;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * On the page, a date is one: Chromium breaks a line after a hyphen between digits, and a date in a narrow column was
 * split there (试点企业认定(2013- ⏎ 03-15) in the budget's table at 1280 px; on a narrow screen, which breaks a long word
 * anywhere, in more places). A date with a Chinese word after it is kept with its word ({@link
 * FiguresKeptWithTheirUnitsTest}); every other date is kept whole on its own, in a {@code nw} span ({@code
 * HtmlReport.keepFiguresWhole}), the text unchanged.
 */
class DatesKeptWholeTest {
    @Test
    void aDateAtACellsEndOrBeforePunctuationIsKeptWhole() {
        assertThat(HtmlReport.keepFiguresWhole("<td>2013-12-31</td><td>≤ 2017-07-31</td>"))
                .isEqualTo("<td>" + nw("2013-12-31") + "</td><td>≤ " + nw("2017-07-31") + "</td>");
        assertThat(HtmlReport.keepFiguresWhole("<p>授权日 2014-04-10,晚于评估日期 2014-03-31。"
                + "市专利示范企业认定(2013-04-01)(2013-01-18)早于2015-12-31时</p>"))
                .isEqualTo("<p>授权日 " + nw("2014-04-10") + ",晚于评估日期 " + nw("2014-03-31") + "。市专利示范企业认定("
                        + nw("2013-04-01") + ")(" + nw("2013-01-18") + ")早于" + nw("2015-12-31") + "时</p>");
    }

    @Test
    void inAnEnglishPageToo() {
        assertThat(HtmlReport.keepFiguresWhole("<p>granted on 2013-04-10, the deadline 2013-10-10 (as of 2014-03-31): "
                + "paid on 2014-03-20.</p>"))
                .isEqualTo("<p>granted on " + nw("2013-04-10") + ", the deadline " + nw("2013-10-10") + " (as of "
                        + nw("2014-03-31") + "): paid on " + nw("2014-03-20") + ".</p>");
        // the Chinese an English page quotes is marked first; a date in it is kept whole inside its lang span
        assertThat(HtmlReport.keepFiguresWhole(HtmlReport.markChinese("<p>in force 自2012-11-05施行</p>")))
                .isEqualTo("<p>in force <span lang=\"zh-CN\">自" + nw("2012-11-05") + "施行</span></p>");
    }

    @Test
    void aDateWithItsWordIsOneSpanNotASpanInASpan() {
        // 起 makes the date a bound, and stays with it; 推定 is a word of its own, not cut (2013-04-10 推 had been kept)
        assertThat(HtmlReport.keepFiguresWhole("<td>2013-04-10 推定;2022-10-18 起,2022-10-18</td>"))
                .isEqualTo("<td>" + nw("2013-04-10") + " 推定;" + nw("2022-10-18 起") + "," + nw("2022-10-18")
                        + "</td>");
    }

    @Test
    void eachDateOfARangeIsWholeAndTheRangeMayBreakBetween() {
        // as the pages write them: 至 with or without spaces, "to" and an en dash between spaces in English
        assertThat(HtmlReport.keepFiguresWhole("<p>优化 2022-08-01至2022-10-17;2017-10-01 至 2020-12-31</p>"))
                .isEqualTo("<p>优化 " + nw("2022-08-01") + "至" + nw("2022-10-17") + ";" + nw("2017-10-01 至") + " "
                        + nw("2020-12-31") + "</p>");
        assertThat(HtmlReport.keepFiguresWhole("<p>2022-08-01 – 2022-10-17, 2022-10-18 to 2025-04-30, "
                + "2021-01-01–2022-12-31</p>"))
                .isEqualTo("<p>" + nw("2022-08-01") + " – " + nw("2022-10-17") + ", " + nw("2022-10-18") + " to "
                        + nw("2025-04-30") + ", " + nw("2021-01-01") + "–" + nw("2022-12-31") + "</p>");
    }

    @Test
    void notAPartOfALongerToken() {
        // an identifier, a longer number, a longer date-like run, a path, a time: only the date alone at the end
        assertThat(HtmlReport.keepFiguresWhole("<p>CN2013-04-10A 12013-04-105 2013-04-10-01 /files/2013-04-10/a "
                + "2013-04-10.pdf docs/2013-04-10 2013-04-10T10:00 v2013-04-10 2013-04-10_b 2013-4-10 2013-04-10</p>"))
                .isEqualTo("<p>CN2013-04-10A 12013-04-105 2013-04-10-01 /files/2013-04-10/a 2013-04-10.pdf "
                        + "docs/2013-04-10 2013-04-10T10:00 v2013-04-10 2013-04-10_b 2013-4-10 " + nw("2013-04-10")
                        + "</p>");
    }

    @Test
    void notInsideATagNorInAChart() {
        assertThat(HtmlReport.keepFiguresWhole("<p data-day=\"2013-10-10\">as of <time datetime=\"2013-12-31\">"
                + "2013-12-31</time></p><svg role=\"img\"><text>2013-10-10</text><title>2013-10-10</title></svg>"))
                .isEqualTo("<p data-day=\"2013-10-10\">as of <time datetime=\"2013-12-31\">" + nw("2013-12-31")
                        + "</time></p><svg role=\"img\"><text>2013-10-10</text><title>2013-10-10</title></svg>");
    }
}
