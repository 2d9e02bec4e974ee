package io.iprules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Award;
import io.iprules.Comparison;
import io.iprules.Condition;
import io.iprules.Deadline;
import io.iprules.DeadlineStatus;
import io.iprules.EvaluationResult;
import io.iprules.Exclusion;
import io.iprules.ExclusionReason;
import io.iprules.Indicator;
import io.iprules.IndicatorStatus;
import io.iprules.Language;
import io.iprules.Measure;
import io.iprules.ParameterUnit;
import io.iprules.Phase;
import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.ProvisionStatus;
import io.iprules.SubjectKind;
import io.iprules.Text;
import io.iprules.Variant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page's rows, tiles and charts, each worked out from the result it shows: the targets' summary and what needs
 * attention, each target's bar against its line (a full bar 125% of the target), the budget, the conditions'
 * verdict, the phases on their timeline, the deadlines' days, and the clauses cited with the provisions meant.
 */
class HtmlReportRowsTest {
    private static final LocalDate D = LocalDate.of(2020, 8, 1);
    private static final Text NONE = Text.plain("");
    private static final List<SubjectKind> SUBJECTS = List.of(new SubjectKind("applicant", String.class, NONE));
    private static final PolicyDescription P = new PolicyDescription("p-1", Text.bilingual("政策", "policy"), null, D,
            D, null, "p-1 §9", "1", List.of(), List.of(), SUBJECTS);

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    private static EvaluationResult.Builder result(boolean eligible) {
        return EvaluationResult.builder("p-1", D, "禾城").eligible(eligible);
    }

    /** The clause of the top-up variant these results apply, as jiaxing-2012's TOP_UP is read under §7(1). */
    private static final List<String> TOP_UP = List.of("p-1 §7");

    /** A result that applied the top-up variant: its top-up lines are granted under {@link #TOP_UP}'s clause. */
    private static EvaluationResult.Builder toppedUp(boolean eligible) {
        return result(eligible).variant(new io.iprules.Variant("TOP_UP", "p-1 §7"));
    }

    /** The part of {@code html} from {@code start} up to and including the next {@code end}. */
    private static String part(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        int to = html.indexOf(end, from);
        assertThat(to).as(end).isNotNegative();
        return html.substring(from, to + end.length());
    }

    // ------------------------------------------------------------------ targets

    private static final Indicator COUNT = new Indicator("P_COUNT", Text.plain("专利授权量"), IndicatorStatus.NOT_MET,
            ParameterUnit.COUNT, Comparison.AT_LEAST, n("45"), ">= 45", n("30"), n("45"), n("0.6666"), null,
            "p-1 §1", "年新增45件以上", null);
    private static final Indicator PLANNED = new Indicator("P_PLAN", Text.plain("制定规划"), IndicatorStatus.MET,
            ParameterUnit.YES_NO, Comparison.AT_LEAST, BigDecimal.ONE, "1", BigDecimal.ONE, null, null, null,
            "p-1 §1", "制定规划", null, LocalDate.of(2020, 6, 30), false);
    private static final Indicator COVERAGE = new Indicator("P_RATE", Text.plain("覆盖率"), IndicatorStatus.UNKNOWN,
            ParameterUnit.RATIO, Comparison.MORE_THAN, n("0.9"), "> 0.9", null, null, null, null, "p-1 §2",
            "覆盖率超过90%", Text.plain("未提供数据"));
    private static final Indicator GROWTH = new Indicator("P_GROWTH", Text.plain("增长率"), IndicatorStatus.NOT_MET,
            ParameterUnit.RATIO, Comparison.MORE_THAN, n("0.1"), "> 0.1", n("0.1"), n("0.1"), n("1.0000"), null,
            "p-1 §2", "增长率超过10%", Text.plain("增长率恰好为 10%"));
    private static final Indicator FILED = new Indicator("P_FILED", Text.plain("备案"), IndicatorStatus.NOT_MET,
            ParameterUnit.YES_NO, Comparison.AT_LEAST, BigDecimal.ONE, "1", BigDecimal.ZERO, null, null, null,
            "p-1 §2", "按期备案", null, LocalDate.of(2020, 6, 30), true);
    /** Twice the national average, progress measured against 16%: over the scale of the bar. */
    private static final Indicator AVERAGE = new Indicator("P_AVG", Text.plain("高于平均"), IndicatorStatus.MET,
            ParameterUnit.RATIO, Comparison.AT_LEAST, n("0.192"), ">= 2 × 0.096 = 0.192", n("0.3"), n("0.16"),
            n("1.875"), new Indicator.ReferenceValue("nationalAverage", Text.plain("全国平均水平"), n("2"), n("0.096")),
            "p-1 §2", "两倍于全国平均水平", null);

    /** Progress of exactly 125% fills the track; only beyond it does the overshoot sign show. */
    @Test
    void theOvershootSignShowsOnlyBeyondAFullTrack() {
        Indicator full = new Indicator("P_FULL", Text.plain("满格"), IndicatorStatus.MET, ParameterUnit.COUNT,
                Comparison.AT_LEAST, n("40"), ">= 40", n("50"), n("40"), n("1.25"), null, "p-1 §1", "四十件", null);
        String page = HtmlReport.render(result(true).indicator(full).build(), P, Language.ZH);
        assertThat(part(page, "<tr id=\"P_FULL\"", "</tr>")).contains("<div class=\"fill met\" style=\"width:100%\">")
                .doesNotContain("»");
    }

    /**
     * northeast-2017 §2(2) 高于全国平均水平, the nation's copyright registrations the same in both years: the region's
     * 14.74% a year is above the nation's 0.00% (met), and progress, the ratio of the two rates, is not measured
     * (reading display: none when the nation did not grow). The row draws no line against a basis of 0 (it was a
     * division by zero: the page was not written) and says progress is not measured, not that no figure was given.
     */
    @Test
    void aTargetDecidedAgainstABasisOfZeroDrawsNoLineAndSaysProgressIsNotMeasured() {
        Indicator growth = new Indicator("P_GROWTH0", Text.plain("年均增长率"), IndicatorStatus.MET, ParameterUnit.RATIO,
                Comparison.MORE_THAN, n("0.0000"), "> 0.00%", n("0.1474"), n("0.0000"), null, null, "p-1 §2",
                "高于全国平均水平", null);
        String zh = part(HtmlReport.render(result(true).indicator(growth).build(), P, Language.ZH),
                "<tr id=\"P_GROWTH0\"", "</tr>");
        assertThat(zh)
                .contains("<td class=\"barcol\"><div class=\"track met\"></div><div class=\"pct\">不计进度</div></td>")
                .doesNotContain("class=\"target\"").doesNotContain("未提供数据");
        assertThat(HtmlReport.render(result(true).indicator(growth).build(), P, Language.EN))
                .contains("<div class=\"pct\">progress not measured</div>");
    }

    /**
     * Figures per 10,000 shown to two places and decided exactly (northeast-2017 §2(2) 高于): a region of 24.9997
     * (106,474 of 42,590,000) against a nation of exactly 25 (3,530,300 of 1,412,120,000) reads 25.00 / > 25.00, and
     * is not met; the row and the list of what needs attention say it is slightly below, not equal. A region that fell
     * (progress -1.0429) says so rather than drawing -104.29%.
     */
    @Test
    void aRoundedRowAndAFallAreSaidOnThePage() {
        Indicator below = new Indicator("P_DENSITY", Text.plain("每万人专利"), IndicatorStatus.NOT_MET,
                ParameterUnit.NUMBER, Comparison.MORE_THAN, n("25.00"), "> 25.00", n("25.00"), n("25.00"),
                n("0.9999"), null, "p-1 §2", "人均拥有量高于全国平均水平", null, null, false,
                new Indicator.DecidedExactly("106474 × 1412120000 < 3530300 × 42590000", n("0.00")));
        Indicator fell = new Indicator("P_FELL", Text.plain("年均增长率"), IndicatorStatus.NOT_MET, ParameterUnit.RATIO,
                Comparison.MORE_THAN, n("0.1526"), "> 0.1526", n("-0.1591"), n("0.1526"), n("-1.0429"), null,
                "p-1 §2", "年均增长率高于全国平均水平", null);
        String page = HtmlReport.render(result(false).indicator(below).indicator(fell).build(), P, Language.ZH);
        assertThat(part(page, "<tr id=\"P_DENSITY\"", "</tr>")).contains(
                "<span class=\"actual\">25.00(略低于要求,四舍五入后显示相同)</span> / <span class=\"required\">&gt; 25.00");
        assertThat(part(page, "<div class=\"attention\">", "</div>"))
                .contains("每万人专利</a>: 25.00(略低于要求,四舍五入后显示相同) / &gt; 25.00");
        assertThat(part(page, "<tr id=\"P_FELL\"", "</tr>")).contains("<div class=\"pct\">进度:实际为负值(下降),不计进度</div>")
                .doesNotContain("-104.29");
    }

    @Test
    void theSummaryCountsEachStatusAndPutsWhatFellShortBeforeWhatIsUnknown() {
        String page = HtmlReport.render(result(false).indicator(COUNT).indicator(PLANNED).indicator(COVERAGE)
                .indicator(GROWTH).indicator(FILED).indicator(AVERAGE).build(), P, Language.ZH);
        assertThat(part(page, "<section class=\"summary\"", "</section>")).isEqualTo(
                "<section class=\"summary\" aria-label=\"评估摘要\">\n"
                        + "<p class=\"verdict ko\">✗ <span class=\"nw\">6 项</span>指标中 <span class=\"nw\">2 "
                        + "项</span>已达标</p>\n<div class=\"tiles\">\n"
                        + "<div class=\"tile met\"><span class=\"n\">2</span><span class=\"label\">✓ 已达标</span></div>\n"
                        + "<div class=\"tile not-met\"><span class=\"n\">3</span><span class=\"label\">✗ "
                        + "未达标</span></div>\n<div class=\"tile unknown\"><span class=\"n\">1</span><span "
                        + "class=\"label\">? 未提供数据</span></div>\n</div>\n"
                        + "<div class=\"attention\"><h2>需要关注</h2>\n<ul>\n"
                        + "<li class=\"not-met\"><span class=\"sign\">✗</span> <a href=\"#P_COUNT\">专利授权量</a>: 30 / ≥ "
                        + "45 <span class=\"cite\">[p-1 §1]</span></li>\n"
                        + "<li class=\"not-met\"><span class=\"sign\">✗</span> <a href=\"#P_GROWTH\">增长率</a>: 10% / "
                        + "&gt; 10% <span class=\"cite\">[p-1 §2]</span></li>\n"
                        + "<li class=\"not-met\"><span class=\"sign\">✗</span> <a href=\"#P_FILED\">备案</a>: 否 / 是 "
                        + "<span class=\"cite\">[p-1 §2]</span></li>\n"
                        + "<li class=\"unknown\"><span class=\"sign\">?</span> <a href=\"#P_RATE\">覆盖率</a>: — / &gt; "
                        + "90% <span class=\"cite\">[p-1 §2]</span></li>\n"
                        + "</ul></div>\n</section>");
        // every target met: said so, and nothing needs attention
        String met = HtmlReport.render(result(true).indicator(PLANNED).indicator(AVERAGE).build(), P, Language.ZH);
        assertThat(part(met, "<section class=\"summary\"", "</section>"))
                .startsWith("<section class=\"summary\" aria-label=\"评估摘要\">\n<p class=\"verdict ok\">✓ 全部 <span "
                        + "class=\"nw\">2 项</span>指标均已达标</p>\n")
                .doesNotContain("attention");
    }

    /**
     * Each target's row: its status in a sign and a word, a bar whose fill is progress on a scale where the target's
     * line stands at 80% (a fact a box instead), the figures, the due date, the reference, the basis of progress and
     * what the row lacks; the clause linked to its entry.
     */
    @Test
    void eachTargetsRowShowsItsBarFiguresAndClause() {
        String page = HtmlReport.render(result(false).indicator(COUNT).indicator(PLANNED).indicator(COVERAGE)
                .indicator(GROWTH).indicator(FILED).indicator(AVERAGE).build(), P, Language.ZH);
        String cite1 = "<td class=\"cite\"><a href=\"#clause-p_2d1_20_a71\">p-1 §1</a></td>\n</tr>";
        String cite2 = "<td class=\"cite\"><a href=\"#clause-p_2d1_20_a72\">p-1 §2</a></td>\n</tr>";
        // 66.66% of the target, on a scale of 125%: 53.32% of the track
        assertThat(part(page, "<tr id=\"P_COUNT\"", "</tr>")).isEqualTo("<tr id=\"P_COUNT\" class=\"ind not-met\" "
                + "data-status=\"NOT_MET\">\n<td class=\"status\"><span class=\"badge not-met\">✗ 未达标</span></td>\n"
                + "<td class=\"name\"><div class=\"title\">专利授权量</div></td>\n<td class=\"barcol\">"
                + "<div class=\"track not-met\"><div class=\"fill not-met\" style=\"width:53.32%\"></div>"
                + "<div class=\"target\" style=\"left:80%\"></div></div><div class=\"pct\">进度 66.66%</div></td>\n"
                + "<td class=\"values\"><span class=\"actual\">30</span> / <span class=\"required\">≥ 45</span></td>\n"
                + cite1);
        assertThat(part(page, "<tr id=\"P_PLAN\"", "</tr>")).isEqualTo("<tr id=\"P_PLAN\" class=\"ind met\" "
                + "data-status=\"MET\">\n<td class=\"status\"><span class=\"badge met\">✓ 已达标</span></td>\n"
                + "<td class=\"name\"><div class=\"title\">制定规划</div></td>\n<td class=\"barcol\">"
                + "<div class=\"yesno met\">✓ 是</div><div class=\"pct\">期限 <span "
                + "class=\"nw\">2020-06-30</span></div></td>\n<td class=\"values\"><span class=\"actual\">是</span> / "
                + "<span class=\"required\">是</span><br><small class=\"due\">期限 <span "
                + "class=\"nw\">2020-06-30</span></small></td>\n" + cite1);
        assertThat(part(page, "<tr id=\"P_RATE\"", "</tr>")).isEqualTo("<tr id=\"P_RATE\" class=\"ind unknown\" "
                + "data-status=\"UNKNOWN\">\n<td class=\"status\"><span class=\"badge unknown\">? 未提供数据</span></td>\n"
                + "<td class=\"name\"><div class=\"title\">覆盖率</div></td>\n<td class=\"barcol\">"
                + "<div class=\"track unknown\"></div><div class=\"pct\">未提供数据</div></td>\n"
                + "<td class=\"values\"><span class=\"actual\">—</span> / <span class=\"required\">&gt; "
                + "90%</span></td>\n"
                + cite2);
        // at the limit of a strict target: the fill stops at 99% of it (79.2% of the track), short of the line
        assertThat(part(page, "<tr id=\"P_GROWTH\"", "</tr>")).contains(
                "<div class=\"track not-met\"><div class=\"fill not-met\" style=\"width:79.2%\"></div>"
                        + "<div class=\"target\" style=\"left:80%\"></div></div><div "
                        + "class=\"pct\">进度:恰好等于界限(条文要求大于界限)</div>",
                "<span class=\"actual\">10%</span> / <span class=\"required\">&gt; 10%</span>"
                        + "<br><small class=\"detail\">增长率恰好为 10%</small></td>");
        assertThat(part(page, "<tr id=\"P_FILED\"", "</tr>")).contains(
                "<div class=\"yesno not-met overdue\">✗ 否</div><div class=\"pct overdue\">已逾期(最迟应于 <span "
                + "class=\"nw\">2020-06-30</span> 完成)</div>",
                "<span class=\"actual\">否</span> / <span class=\"required\">是</span>"
                        + "<br><small class=\"overdue\">已逾期(最迟应于 <span class=\"nw\">2020-06-30</span> "
                        + "完成)</small></td>");
        // 187.5% of a basis of 16%: a full track and the overshoot sign; the target 19.2% = 120% of the basis at
        // 96%, the basis itself at 80%
        assertThat(part(page, "<tr id=\"P_AVG\"", "</tr>")).contains(
                "<div class=\"track met\"><div class=\"fill met\" style=\"width:100%\"></div>"
                        + "<div class=\"target\" style=\"left:96%\"></div><div class=\"basis\" "
                        + "style=\"left:80%\"></div><span class=\"over\">»</span></div><div class=\"pct\">进度 "
                        + "187.50%</div>",
                "<span class=\"actual\">30%</span> / <span class=\"required\">≥ 2 × 9.6% = 19.2%</span>"
                        + "<br><small>其中 全国平均水平 = 9.6%</small><br><small>进度以 16% 计</small></td>");
    }

    // ------------------------------------------------------------------ budget and conditions

    /**
     * jiaxing-2012 §7(1) with the top-up variant and a limit of 250,000.50 (worked out by hand): a national
     * demonstration enterprise worth 300,000, 50,000 paid before as a city one, is excluded as paid (300,000) and
     * topped up by 250,000; the city one is excluded as paid (50,000); a gold award's 300,000 and 49,999.50 of a
     * 50,000 circulation unit are cut by the limit, 0.50 of it paid. Due 250,000.50; held back 50,000 + 50,000 +
     * 300,000 + 49,999.50 = 449,999.50: the four items' 700,000 in all, where the tile had counted the 250,000 twice.
     */
    @Test
    void anItemToppedUpIsHeldBackOnlyByWhatIsNotPaid() {
        ExclusionReason paid = new ExclusionReason("ALREADY_PAID", "p-1 §7", Text.plain("已补助"));
        ExclusionReason cap = new ExclusionReason("CAP", "p-1 §7", Text.plain("超出最高限额"));
        List<Award> awards = List.of(
                new Award("NATIONAL", "N", Text.plain("国家示范"), D, n("250000.00"), null, "p-1 §7", Text.plain("补足")),
                new Award("UNIT", "U", Text.plain("流通单位"), D, n("0.50"), null, "p-1 §6", Text.plain("认定")));
        List<Exclusion> held = List.of(
                new Exclusion("NATIONAL", "N", Text.plain("国家示范"), D, n("300000.00"), paid, "p-1 §7", "p-1 §6", NONE),
                new Exclusion("CITY", "C", Text.plain("市示范"), D, n("50000.00"), paid, "p-1 §7", "p-1 §6", NONE),
                new Exclusion("GOLD", "G", Text.plain("金奖"), D, n("300000.00"), cap, "p-1 §7", "p-1 §6", NONE),
                new Exclusion("UNIT", "U", Text.plain("流通单位"), D, n("49999.50"), cap, "p-1 §7", "p-1 §6", NONE));
        assertThat(HtmlReport.held(held, awards, TOP_UP).known()).isEqualByComparingTo("449999.50");
        // the top-up itself cut by the limit: the item is held back by what is not paid of it, the cut not again
        // (a cut's award citation is the clause of the line it cut, the top-up's §7, as the kit's capTotal writes it)
        Exclusion topUpCut = new Exclusion("NATIONAL", "N", Text.plain("国家示范"), D, n("100000.00"), cap, "p-1 §7",
                "p-1 §7", NONE);
        List<Award> lessTopUp = List.of(new Award("NATIONAL", "N", Text.plain("国家示范"), D, n("150000.00"), null,
                "p-1 §7", Text.plain("补足")));
        assertThat(HtmlReport.held(List.of(held.get(0), topUpCut), lessTopUp, TOP_UP).known())
                .isEqualByComparingTo("150000.00");
    }

    /**
     * An item held back by the clause that would grant it, or with no granting clause given, is cited once: one link,
     * with no "由 … 排除" beside it naming the same clause again. The reason's words open the explanation, the detail
     * not repeating them.
     */
    @Test
    void anExclusionByItsOwnGrantingClauseOrWithNoneIsCitedOnce() {
        ExclusionReason notMet = new ExclusionReason("NOT_MET", "p-1 §5", Text.plain("条件未满足"));
        EvaluationResult r = result(false)
                .exclusion(new Exclusion("P_PROVINCE", null, Text.plain("省示范"), null, n("100000.00"), notMet,
                        "p-1 §5", "p-1 §5", Text.plain("未获省级认定")))
                .exclusion(new Exclusion("P_CITY", null, Text.plain("市示范"), null, n("50000.00"), notMet,
                        "p-1 §5", null, Text.plain("未获市级认定")))
                .build();
        String page = HtmlReport.render(r, P, Language.ZH);
        assertThat(part(page, "<tbody>", "</tbody>")).isEqualTo("<tbody>\n"
                + "<tr class=\"not-met\"><td><span class=\"badge not-met\">✗ 不予补助</span></td><td>省示范</td>"
                + "<td class=\"num struck\">100,000.00</td><td>条件未满足:未获省级认定</td>"
                + "<td><a class=\"cite\" href=\"#clause-p_2d1_20_a75\">p-1 §5</a></td></tr>\n"
                + "<tr class=\"not-met\"><td><span class=\"badge not-met\">✗ 不予补助</span></td><td>市示范</td>"
                + "<td class=\"num struck\">50,000.00</td><td>条件未满足:未获市级认定</td>"
                + "<td><a class=\"cite\" href=\"#clause-p_2d1_20_a75\">p-1 §5</a></td></tr>\n"
                + "</tbody>");
    }

    /**
     * A yes/no target not answered and with no due date: its box says the figure is not supplied (not a bare dash),
     * with the unknown look, and no due line under it.
     */
    @Test
    void aYesNoTargetNotAnsweredAndNotDueSaysSoInItsBoxAlone() {
        Indicator unanswered = new Indicator("P_PLAN", Text.plain("制定规划"), IndicatorStatus.UNKNOWN,
                ParameterUnit.YES_NO, Comparison.AT_LEAST, BigDecimal.ONE, "1", null, null, null, null,
                "p-1 §1", "制定规划", null, null, false);
        String page = HtmlReport.render(result(false).indicator(unanswered).build(), P, Language.ZH);
        assertThat(part(page, "<tr id=\"P_PLAN\"", "</tr>"))
                .contains("<td class=\"barcol\"><div class=\"yesno unknown\">? 未提供数据</div></td>\n");
    }

    /**
     * A target relative to a reference not supplied (twice the national average, the average not given) says what it
     * requires in words and gives no "其中 … = —" line for the missing figure.
     */
    @Test
    void aReferenceNotSuppliedIsNotGivenAFigureLine() {
        Indicator open = new Indicator("P_AVG", Text.plain("高于平均"), IndicatorStatus.UNKNOWN, ParameterUnit.RATIO,
                Comparison.AT_LEAST, null, ">= 2 × nationalAverage", n("0.3"), null, null,
                new Indicator.ReferenceValue("nationalAverage", Text.plain("全国平均水平"), n("2"), null),
                "p-1 §2", "两倍于全国平均水平", null);
        String row = part(HtmlReport.render(result(false).indicator(open).build(), P, Language.ZH), "<tr id=\"P_AVG\"",
                "</tr>");
        assertThat(row).contains("<span class=\"required\">≥ 2 × 全国平均水平</span>").doesNotContain("其中", "= —");
    }

    /** A condition's gap is shown in its column, beside the actual and required figures. */
    @Test
    void aConditionsGapIsShownInItsColumn() {
        EvaluationResult r = result(false)
                .condition(new Condition("P_SIZE", "禾城", false, "30", ">= 45", "p-1 §1", null, "15")).build();
        assertThat(part(HtmlReport.render(r, P, Language.ZH), "<tr class=\"not-met\">", "</tr>"))
                .contains("<td class=\"num\">30</td><td class=\"num\">≥ 45</td><td class=\"num\">15</td>");
    }

    /**
     * An item held back and awarded all the same at an amount not yet determined: nothing of it is paid yet, so it
     * is held back by its whole would-be amount.
     */
    @Test
    void anItemAwardedAtAnAmountNotYetDeterminedIsHeldBackWhole() {
        ExclusionReason paid = new ExclusionReason("ALREADY_PAID", "p-1 §7", Text.plain("已补助"));
        List<Exclusion> held = List.of(new Exclusion("NATIONAL", "N", Text.plain("国家示范"), D, n("300000.00"), paid,
                "p-1 §7", "p-1 §6", NONE));
        List<Award> open = List.of(new Award("NATIONAL", "N", Text.plain("国家示范"), D, null, "P_TOP_UP", "p-1 §7",
                Text.plain("补足")));
        assertThat(HtmlReport.held(held, open, TOP_UP).known()).isEqualByComparingTo("300000.00");
    }

    /**
     * jiaxing-2012 §6(5)5 with §7(1): one brand honoured as 浙江省著名商标 (50,000) and later as 中国驰名商标 (80,000) is one
     * matter, the better stands and the other is held back; both are JX_BRAND_HONOUR of the brand 禾城, and the tile
     * took the 80,000 paid as paid of the other too (held back 0.00). So of two city patent demonstration recognitions
     * (§6(5)2, 50,000 each, one stands): both are the code's CITY_PATENT_DEMO_ENTERPRISE. Each is held back whole.
     */
    @Test
    void anotherItemOfTheSameCodeAndSubjectIdIsNoTopUp() {
        ExclusionReason one = new ExclusionReason("NON_DUPLICATION", "p-1 §7", Text.plain("同一事项从优"));
        List<Award> wellKnown = List.of(new Award("BRAND", "禾城", Text.plain("中国驰名商标 禾城"), D, n("80000.00"),
                null, "p-1 §6", Text.plain("认定")));
        List<Exclusion> famous = List.of(new Exclusion("BRAND", "禾城", Text.plain("浙江省著名商标 禾城"),
                D.minusYears(1), n("50000.00"), one, "p-1 §7", "p-1 §6", NONE));
        assertThat(HtmlReport.held(famous, wellKnown, TOP_UP).known()).isEqualByComparingTo("50000.00");
        List<Award> first = List.of(new Award("CITY", "CITY_PATENT_DEMO_ENTERPRISE", Text.plain("市专利示范企业"), D,
                n("50000.00"), null, "p-1 §6", Text.plain("认定")));
        List<Exclusion> again = List.of(new Exclusion("CITY", "CITY_PATENT_DEMO_ENTERPRISE", Text.plain("市专利示范企业"),
                D.plusYears(3), n("50000.00"), one, "p-1 §7", "p-1 §6", NONE));
        assertThat(HtmlReport.held(again, first, TOP_UP).known()).isEqualByComparingTo("50000.00");
        // both honours of one day: the same code, subject id and date, and the same granting clause, so no top-up;
        // a limit's cut of the honour that stands is held back as well (50,000 + 30,000), not taken as in the other
        List<Exclusion> sameDay = List.of(new Exclusion("BRAND", "禾城", Text.plain("浙江省著名商标 禾城"), D,
                n("50000.00"), one, "p-1 §7", "p-1 §6", NONE));
        assertThat(HtmlReport.held(sameDay, wellKnown, TOP_UP).known()).isEqualByComparingTo("50000.00");
        Exclusion cut = new Exclusion("BRAND", "禾城", Text.plain("中国驰名商标 禾城"), D, n("30000.00"),
                new ExclusionReason("CAP", "p-1 §7", Text.plain("超出最高限额")), "p-1 §7", "p-1 §6", NONE);
        assertThat(HtmlReport.held(List.of(sameDay.get(0), cut), List.of(new Award("BRAND", "禾城",
                Text.plain("中国驰名商标 禾城"), D, n("50000.00"), null, "p-1 §6", Text.plain("认定"))), TOP_UP))
                .isEqualTo(new HtmlReport.Held(n("80000.00"), n("80000.00"), 2, 0, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    /**
     * A top-up is named apart from the item it tops up (jiaxing-2012's 国家示范的差额补足 beside 国家示范), and so is a
     * limit's cut of it: the item is its code, subject id and date and the top-up is granted by another clause (§7),
     * whatever the words. The tile had counted the 300,000 held back whole beside the 150,000 paid of it, and the cut
     * once more: 450,000.00 held back beside 150,000.00 due, of items worth 350,000.
     */
    @Test
    void aTopUpNamedApartFromItsItemIsStillPaidOfIt() {
        ExclusionReason paid = new ExclusionReason("ALREADY_PAID", "p-1 §7", Text.plain("已补助"));
        ExclusionReason cap = new ExclusionReason("CAP", "p-1 §7", Text.plain("超出最高限额"));
        Text topUp = Text.plain("国家示范的差额补足");
        List<Exclusion> held = List.of(
                new Exclusion("NATIONAL", "N", Text.plain("国家示范"), D, n("300000.00"), paid, "p-1 §7", "p-1 §6", NONE),
                new Exclusion("CITY", "C", Text.plain("市示范"), D.minusYears(2), n("50000.00"), paid, "p-1 §7",
                        "p-1 §6", NONE),
                new Exclusion("NATIONAL", "N", topUp, D, n("100000.00"), cap, "p-1 §7", "p-1 §7", NONE));
        List<Award> awards = List.of(new Award("NATIONAL", "N", topUp, D, n("150000.00"), null, "p-1 §7",
                Text.plain("补足")));
        assertThat(HtmlReport.held(held, awards, TOP_UP)).isEqualTo(new HtmlReport.Held(n("200000.00"), n("450000.00"),
                3, 0,
                n("150000.00"), n("100000.00")));
        // the cut names the top-up line it reduced
        assertThat(TextReport.exclusionWhy(held.get(2), awards, Language.ZH, new OfficerText(P, Language.ZH)))
                .contains("本项补助由 250,000.00 元减为 150,000.00 元");
    }

    /**
     * Items held back whose would-be amounts are unknown ({@code amount} {@code null}: jiaxing-2012's
     * jiaxing-one-mark-two-honours, an honour whose reward is not set) are not 0.00 yuan: the tile says how many are
     * undetermined, with the sum of those known, or "—" where none is. So does the tile of the items awaiting the
     * applicant's choice.
     */
    @Test
    void itemsHeldBackAtAmountsNotKnownAreNotCountedAsNothing() {
        ExclusionReason one = new ExclusionReason("NON_DUPLICATION", "p-1 §7", Text.plain("同一事项从优"));
        Exclusion famous = new Exclusion("BRAND", "禾城", Text.plain("浙江省著名商标 禾城"), D, null, one, "p-1 §7",
                "p-1 §6", NONE);
        String none = HtmlReport.render(result(false).exclusion(famous).build(), P, Language.ZH);
        assertThat(none).contains("<div class=\"tile not-met\"><span class=\"n money\">—</span><span class=\"label\">"
                + "不予补助(<span class=\"nw\">1 项</span>本应金额待定)</span></div>")
                .doesNotContain("0.00 元</span></span><span class=\"label\">不予补助");
        assertThat(HtmlReport.render(result(false).exclusion(famous).build(), P, Language.EN))
                .contains("<span class=\"n money\">—</span><span class=\"label\">held back (1 with would-be amounts "
                        + "undetermined)</span>");
        String some = HtmlReport.render(result(false).exclusion(famous).exclusion(ReportItems.PROVINCE_PAID)
                .exclusion(ReportItems.overCap(null)).build(), P, Language.ZH);
        assertThat(some).contains("<div class=\"tile not-met\"><span class=\"n money\"><span class=\"nw\">100,000.00 "
                + "元</span></span><span class=\"label\">不予补助(下表不予补助各行金额之和;另有 <span class=\"nw\">2 "
                + "项</span>金额待定,未计入)</span></div>");
        assertThat(HtmlReport.held(List.of(famous, ReportItems.PROVINCE_PAID), List.of(), List.of()))
                .isEqualTo(new HtmlReport.Held(n("100000.00"), n("100000.00"), 2, 1, BigDecimal.ZERO, BigDecimal.ZERO));
        // awaiting the choice, its amount unknown
        Exclusion waiting = new Exclusion("P_GOLD", "ZL2", Text.plain("银奖"), null, null,
                ReportItems.GOLD_AWAITING.reason(), "p-1 §7(1)", "p-1 §5", Text.plain("请申请人选择一项政策"));
        assertThat(HtmlReport.render(result(false).exclusion(waiting).build(), P, Language.ZH))
                .contains("<span class=\"n money\">—</span><span class=\"label\"><span class=\"nw\">1 项</span>"
                        + "待申请人选择(未计入;其中 <span class=\"nw\">1 项</span>金额待定)</span>");
        assertThat(HtmlReport.render(result(false).exclusion(waiting).exclusion(ReportItems.GOLD_AWAITING).build(), P,
                Language.ZH)).contains("<span class=\"n money\"><span class=\"nw\">300,000.00 元</span></span>"
                + "<span class=\"label\"><span class=\"nw\">2 项</span>待申请人选择(未计入;其中 <span class=\"nw\">1 "
                + "项</span>金额待定)</span>");
    }

    /**
     * The held-back tile says what it sums, the amounts of the rows held back below, and, where it takes something off
     * them, what and how much: two tiers of one matter (300,000 and 50,000, jiaxing-already-paid-and-other-policy)
     * are 350,000.00, "the rows summed", where 不予补助(本应) read as 350,000 the applicant would have had; with the
     * top-up variant, 100,000.00 beside rows of 300,000 and 50,000 said nothing of the 250,000 paid as a top-up.
     */
    @Test
    void theHeldBackTileSaysWhatItSumsAndWhatItTakesOff() {
        ExclusionReason paid = new ExclusionReason("ALREADY_PAID", "p-1 §7", Text.plain("已补助"));
        ExclusionReason cap = new ExclusionReason("CAP", "p-1 §7", Text.plain("超出最高限额"));
        Exclusion national = new Exclusion("NATIONAL", "N", Text.plain("国家示范"), D, n("300000.00"), paid, "p-1 §7",
                "p-1 §6", NONE);
        Exclusion city = new Exclusion("CITY", "C", Text.plain("市示范"), D, n("50000.00"), paid, "p-1 §7", "p-1 §6",
                NONE);
        String tiers = HtmlReport.render(result(false).exclusion(national).exclusion(city).build(), P, Language.ZH);
        assertThat(tiers).contains("<div class=\"tile not-met\"><span class=\"n money\"><span class=\"nw\">350,000.00 元"
                + "</span></span><span class=\"label\">不予补助(下表不予补助各行金额之和)</span></div>");
        assertThat(HtmlReport.render(result(false).exclusion(national).exclusion(city).build(), P, Language.EN))
                .contains("<span class=\"label\">held back (the amounts of the rows held back below, summed)</span>");
        // one row held back whole: its would-be amount is the sum, and 本应 says it; one limit's cut is not what it
        // would have been
        assertThat(HtmlReport.render(result(false).exclusion(national).build(), P, Language.ZH))
                .contains("<span class=\"label\">不予补助(本应)</span>");
        assertThat(HtmlReport.render(result(false).exclusion(ReportItems.overCap(n("20.00"))).build(), P, Language.ZH))
                .contains("<span class=\"label\">不予补助(下表不予补助各行金额之和)</span>");

        Award topUp = new Award("NATIONAL", "N", Text.plain("国家示范"), D, n("250000.00"), null, "p-1 §7",
                Text.plain("补足"));
        String toppedUp = HtmlReport.render(toppedUp(true).award(topUp).exclusion(national).exclusion(city).build(), P,
                Language.ZH);
        assertThat(toppedUp).contains("<span class=\"n money\"><span class=\"nw\">100,000.00 元</span></span>"
                + "<span class=\"label\">不予补助(下表不予补助各行金额 <span class=\"nw\">350,000.00 元</span>,"
                + "减其中仍予补助(差额补足)的 <span class=\"nw\">250,000.00 元</span>)</span>");
        assertThat(HtmlReport.render(toppedUp(true).award(topUp).exclusion(national).exclusion(city).build(), P,
                Language.EN)).contains("<span class=\"label\">held back (the rows held back below, 350,000.00 yuan, "
                + "less 250,000.00 yuan of them still awarded as a top-up)</span>");

        // the top-up itself cut by a limit: its cut is listed as a row, and is part of the 300,000 held back already
        Exclusion topUpCut = new Exclusion("NATIONAL", "N", Text.plain("国家示范"), D, n("100000.00"), cap, "p-1 §7",
                "p-1 §7", NONE); // the clause of the line it cut, the top-up's, as the kit's capTotal writes it
        Award lessTopUp = new Award("NATIONAL", "N", Text.plain("国家示范"), D, n("150000.00"), null, "p-1 §7",
                Text.plain("补足"));
        assertThat(HtmlReport.held(List.of(national, topUpCut), List.of(lessTopUp), TOP_UP))
                .isEqualTo(new HtmlReport.Held(
                n("150000.00"), n("400000.00"), 2, 0, n("150000.00"), n("100000.00")));
        assertThat(HtmlReport.render(toppedUp(true).award(lessTopUp).exclusion(national).exclusion(topUpCut).build(), P,
                Language.ZH)).contains("不予补助(下表不予补助各行金额 <span class=\"nw\">400,000.00 元</span>,"
                + "减其中仍予补助(差额补足)的 <span class=\"nw\">150,000.00 元</span>,减已含在本应金额中的差额补足及其扣减 "
                + "<span class=\"nw\">100,000.00 元</span>)");
    }

    /**
     * jiaxing-2012 §7(1) 已享受过补助 (jiaxing-already-paid-and-other-policy): a national demonstration enterprise
     * (300,000) and a city one (50,000), one matter paid in 2013, are not paid again. No money the applicant has not
     * had is refused, and the policy marks the reason {@code paidBefore}: the held-back tile had summed them,
     * 不予补助(下表不予补助各行金额之和) 350,000.00 beside a 100,000 refused. It now sums the 100,000 alone, counts
     * the two apart (2 项此前已补助,不再补助), and their rows are badged as paid before, not ✗ 不予补助, so that the
     * tile's words, the rows badged 不予补助, say what it sums.
     */
    @Test
    void rowsNotPaidBecauseTheirMatterWasPaidBeforeAreNotHeldBack() {
        ExclusionReason paid = new ExclusionReason("ALREADY_PAID", "p-1 §7", Text.plain("已享受过补助"), false, true);
        ExclusionReason notMet = new ExclusionReason("NOT_MET", "p-1 §5", Text.plain("条件未满足"));
        EvaluationResult r = result(false)
                .exclusion(new Exclusion("NATIONAL", "N", Text.plain("国家示范"), D, n("300000.00"), paid, "p-1 §7",
                        "p-1 §6", NONE))
                .exclusion(new Exclusion("CITY", "C", Text.plain("市示范"), D, n("50000.00"), paid, "p-1 §7", "p-1 §6",
                        NONE))
                .exclusion(new Exclusion("PROVINCE", "P", Text.plain("省示范"), D, n("100000.00"), notMet, "p-1 §5",
                        "p-1 §5", NONE))
                .build();
        assertThat(HtmlReport.heldRows(r)).extracting(Exclusion::code).containsExactly("PROVINCE");
        String page = HtmlReport.render(r, P, Language.ZH);
        assertThat(part(page, "<div class=\"tile not-met\">", "</div>\n<div class=\"scroll\"")).isEqualTo(
                "<div class=\"tile not-met\"><span class=\"n money\"><span class=\"nw\">100,000.00 元</span></span>"
                        + "<span class=\"label\">不予补助(本应)</span></div>\n"
                        + "<div class=\"tile unknown\"><span class=\"n money\">2</span><span class=\"label\">"
                        + "项此前已补助,不再补助(不计入不予补助)</span></div>\n</div>\n<div class=\"scroll\"");
        assertThat(part(page, "<tbody>", "</tbody>")).contains("<tr class=\"unknown\"><td><span class=\"badge "
                        + "unknown\">− 此前已补助</span></td><td>国家示范</td><td class=\"num struck\">300,000.00</td>")
                .contains("<tr class=\"unknown\"><td><span class=\"badge unknown\">− 此前已补助</span></td>"
                        + "<td>市示范</td>")
                .contains("<tr class=\"not-met\"><td><span class=\"badge not-met\">✗ 不予补助</span></td>"
                        + "<td>省示范</td>");
        assertThat(HtmlReport.render(r, P, Language.EN)).contains("<span class=\"badge unknown\">− paid before</span>",
                "<span class=\"n money\">2</span><span class=\"label\">paid before, not paid again (not counted as "
                        + "held back)</span>", "<span class=\"label\">held back (would have been)</span>");
        // a reason the policy does not mark is held back as before
        assertThat(HtmlReport.render(result(false).exclusion(ReportItems.PROVINCE_PAID).build(), P, Language.ZH))
                .contains("<span class=\"label\">不予补助(本应)</span>").doesNotContain("此前已补助");
    }

    /**
     * Awards alone, nothing held back: the budget's table lists them, without the "(无)" row of an empty one; the
     * tiles of what is undetermined and held back say there is none.
     */
    @Test
    void aBudgetOfAwardsAloneListsOnlyThem() {
        EvaluationResult r = result(true).award(new Award("P_AWARD", "s-1", Text.plain("发明专利"), D, n("5000.00"),
                null, "p-1 §3", Text.plain("授权"))).build();
        assertThat(part(HtmlReport.render(r, P, Language.ZH), "<tbody>", "</tbody>")).isEqualTo("<tbody>\n"
                + "<tr class=\"met\"><td><span class=\"badge met\">✓ 应予补助</span></td><td>发明专利</td>"
                + "<td class=\"num\">5,000.00</td><td>授权</td><td><a class=\"cite\" href=\"#clause-p_2d1_20_a73\">p-1 "
                + "§3</a></td></tr>\n</tbody>");
        // the tiles stay, the layout with them, and say there is none: not 不予补助(本应) over 0.00, as if something
        // would have been, nor 0 项金额待定(未计入), as if something were left out
        assertThat(part(HtmlReport.render(r, P, Language.ZH), "<div class=\"tiles\">", "</div>\n<div class=\"scroll\""))
                .isEqualTo("<div class=\"tiles\">\n"
                        + "<div class=\"tile met\"><span class=\"n money\"><span class=\"nw\">5,000.00 "
                        + "元</span></span><span class=\"label\">应予补助合计</span></div>\n<div class=\"tile unknown\"><span "
                        + "class=\"n money\">0</span><span class=\"label\">项金额待定</span></div>\n<div class=\"tile "
                        + "not-met\"><span class=\"n money\"><span class=\"nw\">0.00 元</span></span><span "
                        + "class=\"label\">不予补助(无)</span></div>\n</div>\n<div class=\"scroll\"");
        assertThat(HtmlReport.render(r, P, Language.EN)).contains(
                "<span class=\"n money\">0</span><span class=\"label\">amounts undetermined</span>",
                "<span class=\"n money\">0.00 yuan</span><span class=\"label\">held back (none)</span>");
        // nothing at all: the same
        assertThat(HtmlReport.render(result(false).build(), P, Language.ZH)).contains(
                "<span class=\"label\">项金额待定</span>", "<span class=\"label\">不予补助(无)</span>")
                .doesNotContain("(本应)", "(未计入)");
    }

    @Test
    void theBudgetSumsWhatIsDueHeldBackAndAwaitingAndListsEachItem() {
        EvaluationResult r = result(true)
                .award(new Award("P_AWARD", "s-1", Text.plain("发明专利"), D, n("5000.00"), null, "p-1 §3",
                        Text.plain("授权")))
                .award(ReportItems.EXPORT)
                .exclusion(ReportItems.GOLD_AWAITING)
                .exclusion(ReportItems.PROVINCE_PAID)
                .exclusion(ReportItems.overCap(null))
                .build();
        String page = HtmlReport.render(r, P, Language.ZH);
        assertThat(part(page, "<section class=\"budget\">", "</div>\n<div class=\"scroll\"")).isEqualTo(
                "<section class=\"budget\">\n<h2>补助与预算</h2>\n<div class=\"tiles\">\n"
                        + "<div class=\"tile unknown\"><span class=\"n money\"><span class=\"nw\">5,000.00 "
                        + "元</span></span><span class=\"label\">已定金额合计(另有 <span class=\"nw\">1 "
                        + "项</span>金额待定,未计入)</span></div>\n<div class=\"tile unknown\"><span class=\"n "
                        + "money\">1</span><span class=\"label\">项金额待定(未计入)</span></div>\n<div class=\"tile "
                        + "not-met\"><span class=\"n money\"><span class=\"nw\">100,000.00 元</span></span><span "
                        + "class=\"label\">不予补助(下表不予补助各行金额之和;另有 <span class=\"nw\">1 "
                        + "项</span>金额待定,未计入)</span></div>\n<div class=\"tile unknown\"><span class=\"n money\"><span "
                        + "class=\"nw\">300,000.00 元</span></span><span class=\"label\"><span class=\"nw\">1 "
                        + "项</span>待申请人选择(未计入)</span></div>\n</div>\n<div class=\"scroll\"");
        assertThat(part(page, "<tbody>", "</tfoot>")).isEqualTo("<tbody>\n"
                + "<tr class=\"met\"><td><span class=\"badge met\">✓ 应予补助</span></td><td>发明专利</td>"
                + "<td class=\"num\">5,000.00</td><td>授权</td><td><a class=\"cite\" href=\"#clause-p_2d1_20_a73\">p-1 "
                + "§3</a></td></tr>\n<tr class=\"unknown\"><td><span class=\"badge unknown\">? "
                + "金额待定</span></td><td>出口</td><td class=\"num\">—</td><td>待定原因:P_EXPORT.AMOUNT尚未设定;出口额达标</td>"
                + "<td><a class=\"cite\" href=\"#clause-p_2d1_20_a76\">p-1 §6</a></td></tr>\n"
                + "<tr class=\"unknown\"><td><span class=\"badge unknown\">? 待申请人选择</span></td><td>金奖</td>"
                + "<td class=\"num\">300,000.00</td><td>待选择:请申请人选择一项政策</td>"
                + "<td><a class=\"cite\" href=\"#clause-p_2d1_20_a75\">p-1 §5</a><br><small>依据 <a class=\"cite\" "
                + "href=\"#clause-p_2d1_20_a77_281_29\">p-1 §7(1)</a></small></td></tr>\n<tr "
                + "class=\"not-met\"><td><span class=\"badge not-met\">✗ 不予补助</span></td><td>省示范</td><td class=\"num "
                + "struck\">100,000.00</td><td>同一事项已获补助,不再重复补助</td><td><a class=\"cite\" "
                + "href=\"#clause-p_2d1_20_a75\">p-1 §5</a><br><small>由 <a class=\"cite\" "
                + "href=\"#clause-p_2d1_20_a77_282_29\">p-1 §7(2)</a> 排除</small></td></tr>\n<tr "
                + "class=\"not-met\"><td><span class=\"badge not-met\">✗ 不予补助</span></td><td>超限部分</td><td class=\"num "
                + "struck\">—</td><td>超过上限</td><td><a class=\"cite\" href=\"#clause-p_2d1_20_a75\">p-1 "
                + "§5</a><br><small>由 <a class=\"cite\" href=\"#clause-p_2d1_20_a78\">p-1 §8</a> "
                + "排除</small></td></tr>\n</tbody>\n<tfoot><tr><td></td><th scope=\"row\">合计</th><td "
                + "class=\"num\"><b>5,000.00</b></td><td colspan=\"2\">另有 <span class=\"nw\">1 "
                + "项</span>金额待定,未计入</td></tr></tfoot>");
        // what is held out is listed under its clause: "?" awaiting the choice, "−" not awarded
        assertThat(page).contains("<li>? 金奖(待选择)</li>", "<li>− 省示范(同一事项已获补助)</li>", "<li>+ 发明专利</li>");
        // exclusions alone still make a budget, with nothing due and nothing awaiting
        String held = HtmlReport.render(result(false).exclusion(ReportItems.overCap(n("20.00"))).build(), P,
                Language.ZH);
        assertThat(part(held, "<section class=\"budget\">", "</section>"))
                .contains("<span class=\"n money\"><span class=\"nw\">0.00 元</span></span>", "<span class=\"n "
                        + "money\"><span class=\"nw\">20.00 元</span></span>",
                        "<td colspan=\"2\"></td>")
                .doesNotContain("待申请人选择");
    }

    /**
     * The tile of what is due is a settled sum, green, only where no award's amount or eligibility is open. Awards of
     * 5,000.00 and 3,000.00 with one amount open: grey over 8,000.00 (5,000 + 3,000), 已定金额合计, saying the one left
     * out in the words of the total beneath; every amount open (jiaxing-2012 with no parameter set): grey over "—",
     * not 0.00, 应予补助合计(2 项金额待定); an eligibility open, with or without an amount open, counted as the
     * total beneath counts it. The total beneath stays the sum of the amounts known, 0.00 where none is.
     */
    @Test
    void theDueTileIsNoSettledSumWhileAnAmountIsOpen() {
        Award known = new Award("P_AWARD", "s-1", Text.plain("发明专利"), D, n("5000.00"), null, "p-1 §3",
                Text.plain("授权"));
        Award known2 = new Award("P_AWARD", "s-2", Text.plain("实用新型"), D, n("3000.00"), null, "p-1 §3",
                Text.plain("授权"));
        Award open2 = new Award("P_AWARD", "s-3", Text.plain("外观设计"), D, null, "P_AWARD.DESIGN", "p-1 §3",
                Text.plain("授权"));
        Award pending = new Award("P_EXPORT", "2020", Text.plain("出口商标"), D, null, "P_EXPORT.AMOUNT", "p-1 §6",
                Text.plain("出口"), "P_EXPORT.THRESHOLD");
        String some = HtmlReport.render(result(true).award(known).award(known2).award(ReportItems.EXPORT).build(), P,
                Language.ZH);
        assertThat(some).contains("<div class=\"tile unknown\"><span class=\"n money\"><span class=\"nw\">8,000.00 元"
                        + "</span></span><span class=\"label\">已定金额合计(另有 <span class=\"nw\">1 项</span>金额待定,"
                        + "未计入)</span></div>",
                "<b>8,000.00</b></td><td colspan=\"2\">另有 <span class=\"nw\">1 项</span>金额待定,未计入</td>")
                .doesNotContain("tile met");
        assertThat(HtmlReport.render(result(true).award(known).award(ReportItems.EXPORT).build(), P, Language.EN))
                .contains("<span class=\"n money\">5,000.00 yuan</span><span class=\"label\">known amounts due in all "
                        + "(1 more with undetermined amounts, not counted)</span>");
        String none = HtmlReport.render(result(true).award(ReportItems.EXPORT).award(open2).build(), P, Language.ZH);
        assertThat(none).contains("<div class=\"tile unknown\"><span class=\"n money\">—</span><span class=\"label\">"
                        + "应予补助合计(<span class=\"nw\">2 项</span>金额待定)</span></div>",
                "<b>0.00</b></td><td colspan=\"2\">另有 <span class=\"nw\">2 项</span>金额待定,未计入</td>")
                .doesNotContain("0.00 元</span></span><span class=\"label\">应予补助", "tile met");
        assertThat(HtmlReport.render(result(true).award(ReportItems.EXPORT).build(), P, Language.EN))
                .contains("<span class=\"n money\">—</span><span class=\"label\">due in all (1 with undetermined "
                        + "amounts)</span>");
        // an eligibility open: counted as such, alone or among amounts open
        assertThat(HtmlReport.render(result(false).award(pending).build(), P, Language.ZH)).contains(
                "<span class=\"n money\">—</span><span class=\"label\">应予补助合计(<span class=\"nw\">1 项</span>"
                        + "资格待定)</span>");
        assertThat(HtmlReport.render(result(true).award(pending).award(open2).build(), P, Language.ZH)).contains(
                "<span class=\"n money\">—</span><span class=\"label\">应予补助合计(<span class=\"nw\">2 项</span>"
                        + "待定,其中 <span class=\"nw\">1 项</span>资格待定)</span>");
        assertThat(HtmlReport.render(result(true).award(known).award(pending).build(), P, Language.ZH)).contains(
                "<span class=\"nw\">5,000.00 元</span></span><span class=\"label\">已定金额合计(另有 "
                        + "<span class=\"nw\">1 项</span>资格待定,未计入)</span>");
        // every amount known: the settled sum, green, as before
        assertThat(HtmlReport.render(result(true).award(known).award(known2).build(), P, Language.ZH)).contains(
                "<div class=\"tile met\"><span class=\"n money\"><span class=\"nw\">8,000.00 元</span></span>"
                        + "<span class=\"label\">应予补助合计</span></div>");
    }

    /**
     * Green is money due: where nothing is (every item held back, ✗ 无应予补助的项目) or nothing yet (an item awaiting the
     * applicant's choice, ?), the tile of what is due is grey over 0.00 元, as it is while an amount is open; it had
     * been green beside a verdict ✗ or ? (jiaxing-2012's jx-nothing and jx-choice-only). In scope with nothing due
     * (beijing-2012's ✓ 符合条件,但无应予补助的项目) is no money due either.
     */
    @Test
    void theDueTileIsGreenOnlyOverMoneyDue() {
        String grey = "<div class=\"tile unknown\"><span class=\"n money\"><span class=\"nw\">0.00 元</span></span>"
                + "<span class=\"label\">应予补助合计</span></div>";
        String heldBack = HtmlReport.render(result(false).exclusion(ReportItems.PROVINCE_PAID).build(), P, Language.ZH);
        assertThat(heldBack).contains("<p class=\"verdict ko\">", grey).doesNotContain("tile met");
        String awaiting = HtmlReport.render(result(false).exclusion(ReportItems.GOLD_AWAITING).build(), P,
                Language.ZH);
        assertThat(awaiting).contains("<p class=\"verdict unknown\">", grey).doesNotContain("tile met");
        assertThat(HtmlReport.render(result(true).exclusion(ReportItems.PROVINCE_PAID).build(), P, Language.EN))
                .contains("<div class=\"tile unknown\"><span class=\"n money\">0.00 yuan</span><span class=\"label\">"
                        + "due in all</span></div>").doesNotContain("tile met");
        // 5,000.00 due beside the same: green
        assertThat(HtmlReport.render(result(true).award(new Award("P_AWARD", "s-1", Text.plain("发明专利"), D,
                n("5000.00"), null, "p-1 §3", Text.plain("授权"))).exclusion(ReportItems.GOLD_AWAITING).build(), P,
                Language.ZH)).contains("<div class=\"tile met\"><span class=\"n money\"><span class=\"nw\">5,000.00 元"
                + "</span></span><span class=\"label\">应予补助合计</span></div>");
    }

    /**
     * A result with no award, exclusion, condition or indicator (an enterprise that brought nothing to subsidise): the
     * text prints 补助 (无) and 合计:0.00 元, and the page says the same, where it had shown the verdict alone.
     */
    @Test
    void aResultWithoutAnyFactShowsAnEmptyBudgetAndItsTotalAsTheTextDoes() {
        EvaluationResult nothing = result(false).build();
        String page = HtmlReport.render(nothing, P, Language.ZH);
        // nothing due: 0.00 in grey, not green (theDueTileIsGreenOnlyOverMoneyDue)
        assertThat(part(page, "<section class=\"budget\">", "</section>"))
                .contains("<div class=\"tile unknown\"><span class=\"n money\"><span class=\"nw\">0.00 元</span></span>"
                                + "<span class=\"label\">应予补助合计</span></div>",
                        "<tbody>\n<tr><td></td><td colspan=\"4\">(无)</td></tr>\n</tbody>",
                        "<th scope=\"row\">合计</th><td class=\"num\"><b>0.00</b></td>");
        assertThat(TextReport.render(nothing, P, Language.ZH, false)).contains("补助\n  (无)\n", "合计:0.00 元");
        assertThat(HtmlReport.render(nothing, P, Language.EN)).contains("<td colspan=\"4\">(none)</td>");
        // a result of targets alone has no money to show, on the page as in the text
        assertThat(HtmlReport.render(result(true).indicator(PLANNED).build(), P, Language.ZH))
                .doesNotContain("<section class=\"budget\">");
    }

    @Test
    void conditionsAloneGiveTheVerdictAndTheTilesOfMetAndNotMet() {
        Condition rd = new Condition("C_RD", "禾城", true, "120000", ">= 100000", "p-1 §2", null, null);
        Condition who = new Condition("C_WHO", "禾城", false, "ipOffice", "ipOffice+smeAuthority", "p-1 §3", null, null);
        Condition plan = new Condition("C_PLAN", "南湖园区", true, "true", "true", "p-1 §4", null, null);
        String page = HtmlReport.render(result(false).condition(rd).condition(who).condition(plan).build(), P,
                Language.ZH);
        assertThat(part(page, "<section class=\"summary\"", "</section>")).isEqualTo(
                "<section class=\"summary\" aria-label=\"评估摘要\">\n"
                        + "<p class=\"verdict ko\">✗ 结论:<span class=\"nw\">3 项</span>条件中有 <span class=\"nw\">1 "
                        + "项</span>未满足</p>\n<div class=\"tiles\">\n<div class=\"tile met\"><span "
                        + "class=\"n\">2</span><span class=\"label\">✓ 项条件满足</span></div>\n<div class=\"tile "
                        + "not-met\"><span class=\"n\">1</span><span class=\"label\">✗ "
                        + "项条件不满足</span></div>\n</div>\n</section>");
        // each condition's figures as read; a JSON name is not shown, and its cell says so with —, as the
        // indicators' table marks a figure it has not (an empty cell beside 是 / 是 left it to guess); no gap, no
        // mark; each subject a body of its own
        assertThat(page).contains("<tr class=\"met\"><td><span class=\"badge met\">✓ 满足</span></td><td>C_RD</td>"
                        + "<td class=\"num\">120,000</td><td class=\"num\">≥ 100,000</td><td class=\"num\"></td>",
                "<tr class=\"not-met\"><td><span class=\"badge not-met\">✗ 不满足</span></td><td>C_WHO</td>"
                        + "<td class=\"num\">—</td><td class=\"num\">—</td><td class=\"num\"></td>",
                "</tbody>\n<tbody>\n<tr class=\"group\"><th colspan=\"6\" scope=\"rowgroup\">南湖园区</th></tr>\n"
                        + "<tr class=\"met\"><td><span class=\"badge met\">✓ 满足</span></td><td>C_PLAN</td>"
                        + "<td class=\"num\">是</td><td class=\"num\">是</td>");
        // nothing but a verdict: no tiles of conditions
        assertThat(part(HtmlReport.render(result(false).build(), P, Language.ZH), "<section class=\"summary\"",
                "</section>")).isEqualTo("<section class=\"summary\" aria-label=\"评估摘要\">\n"
                + "<p class=\"verdict ko\">✗ 结论:无应予补助的项目</p>\n</section>");
    }

    /**
     * pilot-city-2017's joint application (its values the request's names, ipOffice+smeAuthority) and a letter not yet
     * dated: no cell of actual or required is left empty; what is not shown there is marked —, in both languages.
     */
    @Test
    void aConditionsValueNotShownIsMarkedNotLeftEmpty() {
        Condition joint = new Condition("PC_CITY_JOINT_APPLICATION", "湖州市", true, "ipOffice+smeAuthority",
                "ipOffice+smeAuthority", "p-1 §2(2)", Text.bilingual("申报城市的知识产权局和中小企业主管部门联合提出申报申请",
                "the city's IP office and SME authority apply jointly"), null);
        Condition undated = new Condition("PC_DEADLINE", "湖州市", false, null, "<= 2017-07-31", "p-1 §2(2)",
                Text.plain("推荐函未注明日期"), null);
        EvaluationResult r = result(false).condition(joint).condition(undated).build();
        assertThat(HtmlReport.render(r, P, Language.ZH)).contains(
                "<td>申报城市的知识产权局和中小企业主管部门联合提出申报申请</td><td class=\"num\">—</td><td class=\"num\">—</td>"
                        + "<td class=\"num\"></td>",
                "<td>推荐函未注明日期</td><td class=\"num\">—</td><td class=\"num\">≤ <span class=\"nw\">2017-07-31</span></td>"
                        + "<td class=\"num\"></td>");
        assertThat(HtmlReport.render(r, P, Language.EN)).contains(
                "<td>the city&#39;s IP office and SME authority apply jointly</td><td class=\"num\">—</td>"
                        + "<td class=\"num\">—</td><td class=\"num\"></td>");
    }

    // ------------------------------------------------------------------ timeline

    private static final Phase FIRST = new Phase("P1", Text.plain("实施"), LocalDate.of(2020, 1, 1),
            LocalDate.of(2020, 12, 31), "p-1 §5", "第一阶段", NONE);
    private static final Phase SECOND = new Phase("P2", Text.plain("巩固"), LocalDate.of(2021, 1, 1),
            LocalDate.of(2021, 12, 31), "p-1 §5", "第二阶段", Text.plain("第二阶段另行制订"));

    private static String phased(LocalDate asOf, Phase current, Phase... phases) {
        PolicyDescription policy = new PolicyDescription("p-1", Text.plain("政策"), null, asOf, asOf, null, "p-1 §9",
                "1", List.of(), List.of(), SUBJECTS, List.of(), List.of(phases));
        EvaluationResult.Builder b = EvaluationResult.builder("p-1", asOf, "禾城").eligible(true);
        return HtmlReport.render((current == null ? b : b.phase(current)).build(), policy, Language.ZH);
    }

    /**
     * Two closed phases of 366 and 365 days on a line of 960 from x = 20: the first 960 × 366 / 731 = 480.7 wide,
     * the second from 500.7, 479.3 wide; the evaluation date, 425 days after the start, at 20 + 960 × 425 / 731 =
     * 578.1.
     */
    @Test
    void phasesAreDrawnInProportionToTheirDaysWithTheEvaluationDateMarked() {
        String page = phased(LocalDate.of(2021, 3, 1), SECOND, FIRST, SECOND);
        assertThat(page).contains(
                "<rect x=\"20.0\" y=\"34\" width=\"480.7\" height=\"34\" fill=\"#dbe4f0\" stroke=\"#ffffff\" "
                        + "stroke-width=\"2\"/>\n<text x=\"260.3\" y=\"56\" text-anchor=\"middle\" class=\"seg\">1 "
                        + "实施</text>\n<line x1=\"20.0\" x2=\"20.0\" y1=\"68\" y2=\"76\" class=\"tick\"/>\n"
                        + "<text x=\"23.0\" y=\"84\" class=\"date\">2020-01-01</text>\n"
                        + "<rect x=\"500.7\" y=\"34\" width=\"479.3\" height=\"34\" fill=\"#2f5d9e\" "
                        + "stroke=\"#ffffff\" stroke-width=\"2\" class=\"now\"/>\n"
                        + "<text x=\"740.3\" y=\"56\" text-anchor=\"middle\" class=\"seg now\">2 巩固</text>\n"
                        + "<line x1=\"500.7\" x2=\"500.7\" y1=\"68\" y2=\"92\" class=\"tick\"/>\n"
                        + "<text x=\"503.7\" y=\"100\" class=\"date\">2021-01-01</text>\n"
                        + "<text x=\"980.0\" y=\"84\" text-anchor=\"end\" class=\"date\">2021-12-31</text>\n"
                        + "<line x1=\"578.1\" x2=\"578.1\" y1=\"22\" y2=\"74\" class=\"asof\"/>\n"
                        + "<polygon points=\"578.1,30 572.1,20 584.1,20\" class=\"asof-mark\"/>\n"
                        + "<text x=\"578.1\" y=\"14\" text-anchor=\"middle\" class=\"asof-label\">评估日期 "
                        + "2021-03-01</text>\n",
                "<ol class=\"phases\">\n"
                        + "<li><b>实施</b> <span class=\"nw\">2020-01-01 至</span> <span class=\"nw\">2020-12-31</span> "
                        + "<span class=\"cite\">[p-1 §5] <q>第一阶段</q></span></li>\n<li class=\"now\"><b>巩固</b> <span "
                        + "class=\"nw\">2021-01-01 至</span> <span class=\"nw\">2021-12-31</span> <span "
                        + "class=\"badge-now\">当前阶段</span> <span class=\"cite\">[p-1 §5] "
                        + "<q>第二阶段</q></span><br><small>第二阶段另行制订</small></li>\n</ol>",
                "所处阶段: <b>巩固</b> <span class=\"cite\">[p-1 §5]</span></p>");
        // before the first day and after the last: the mark at either end, its label turned inwards
        assertThat(phased(LocalDate.of(2019, 6, 1), null, FIRST, SECOND)).contains(
                "<text x=\"20.0\" y=\"14\" text-anchor=\"start\" class=\"asof-label\">", "所处阶段: 尚无所处阶段</p>");
        assertThat(phased(LocalDate.of(2022, 6, 1), null, FIRST, SECOND)).contains(
                "<text x=\"980.0\" y=\"14\" text-anchor=\"end\" class=\"asof-label\">");
    }

    /**
     * A last phase without end gets max(60, a fifth of the closed days) more: from 2020-01-01 to 2021-01-01 are 367
     * days, a fifth 73, so 440 in all; the open phase is drawn from 960 × 366 / 440 = 798.5, 960 × 74 / 440 = 161.5
     * wide, and its label centred on its first 60%.
     */
    @Test
    void anOpenLastPhaseGetsAFifthOfTheDrawingMore() {
        Phase open = new Phase("P2", Text.plain("巩固"), LocalDate.of(2021, 1, 1), null, "p-1 §5", "第二阶段", NONE);
        String page = phased(LocalDate.of(2021, 3, 1), open, FIRST, open);
        assertThat(page).contains("<rect x=\"20.0\" y=\"34\" width=\"798.5\" height=\"34\" fill=\"#dbe4f0\"",
                "<rect x=\"818.5\" y=\"34\" width=\"161.5\" height=\"34\" fill=\"url(#fadeNow)\"",
                "<text x=\"867.0\" y=\"56\" text-anchor=\"middle\" class=\"seg now\">2 巩固</text>",
                "<li class=\"now\"><b>巩固</b> <span class=\"nw\">2021-01-01 起</span> <span class=\"badge-now\">")
                .doesNotContain("text-anchor=\"end\" class=\"date\"");
        // not current: the fading fill of its own
        assertThat(phased(LocalDate.of(2020, 3, 1), FIRST, FIRST, open)).contains("fill=\"url(#fade)\"");
    }

    /**
     * A label is written out when its phase is wide enough for it, 13 a character and 8 besides: "1 实施" needs 60.
     * 20 days of 320 are 960 × 20 / 320 = 60 exactly; 20 of 366 are 52.5, which leave the number alone. The
     * evaluation date's label is centred unless the date is past 70% of the line (692) or within 60 of its start
     * (80): on day 224 of 320 it is at 692, on day 20 at 80, centred both.
     */
    @Test
    void aPhaseNamesItselfWhereItHasRoomAndTheDateLabelTurnsInwardsOnlyNearTheEnds() {
        Phase first = new Phase("P1", Text.plain("实施"), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 20),
                "p-1 §5", "第一阶段", NONE);
        Phase rest = new Phase("P2", Text.plain("推进"), LocalDate.of(2020, 1, 21), LocalDate.of(2020, 11, 15),
                "p-1 §5", "第二阶段", NONE);
        String wide = phased(LocalDate.of(2020, 8, 12), rest, first, rest);
        assertThat(wide).contains("<rect x=\"20.0\" y=\"34\" width=\"60.0\"",
                "<text x=\"50.0\" y=\"56\" text-anchor=\"middle\" class=\"seg\">1 实施</text>",
                "<text x=\"692.0\" y=\"14\" text-anchor=\"middle\" class=\"asof-label\">");
        assertThat(phased(LocalDate.of(2020, 1, 21), rest, first, rest))
                .contains("<text x=\"80.0\" y=\"14\" text-anchor=\"middle\" class=\"asof-label\">");
        // current, its white label has the whole of a closed phase: 60 are enough
        assertThat(phased(LocalDate.of(2020, 1, 10), first, first, rest))
                .contains("<text x=\"50.0\" y=\"56\" text-anchor=\"middle\" class=\"seg now\">1 实施</text>");
        // an open last phase 161.5 wide (as above): "2 巩固提升阶段" needs 112, which it has while not current; when
        // current, its white label stays within the first 60% (96.9), which leave the number alone
        Phase open = new Phase("P2", Text.plain("巩固提升阶段"), LocalDate.of(2021, 1, 1), null, "p-1 §5", "第二阶段",
                NONE);
        assertThat(phased(LocalDate.of(2020, 3, 1), FIRST, FIRST, open)).contains("class=\"seg\">2 巩固提升阶段</text>");
        assertThat(phased(LocalDate.of(2021, 3, 1), open, FIRST, open)).contains("class=\"seg now\">2</text>");
        // three phases of a leap year: the first, 52.5 wide, too narrow for its name; the second from 20 + 960 × 20 /
        // 366 = 72.5, its date on the second row; the third from 20 + 960 × 182 / 366 = 497.4, its date on the first
        Phase second = new Phase("P2", Text.plain("推进"), LocalDate.of(2020, 1, 21), LocalDate.of(2020, 6, 30),
                "p-1 §5", "第二阶段", NONE);
        Phase third = new Phase("P3", Text.plain("巩固"), LocalDate.of(2020, 7, 1), LocalDate.of(2020, 12, 31),
                "p-1 §5", "第三阶段", NONE);
        String three = phased(LocalDate.of(2020, 8, 12), third, first, second, third);
        assertThat(three).contains("class=\"seg\">1</text>", "class=\"seg now\">3 巩固</text>",
                "y1=\"68\" y2=\"92\" class=\"tick\"/>\n<text x=\"75.5\" y=\"100\" class=\"date\">2020-01-21</text>",
                "y1=\"68\" y2=\"76\" class=\"tick\"/>\n<text x=\"500.4\" y=\"84\" class=\"date\">2020-07-01</text>");
    }

    /** A phase's note that names a reading brings the readings onto the page, and links to them. */
    @Test
    void aPhasesNoteThatNamesAReadingLinksToIt() {
        Phase phase = new Phase("P1", Text.plain("实施"), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
                "p-1 §5", "第一阶段", Text.plain("解释:one-matter(readings.json)。"));
        PolicyDescription policy = new PolicyDescription("p-1", Text.plain("政策"), null, D, D, null, "p-1 §9", "1",
                List.of(), List.of(), SUBJECTS, List.of(), List.of(phase), List.of(),
                List.of(new io.iprules.Reading("one-matter", "p-1 §5", Text.plain("同一事项 `P_ONE 按一项计"))));
        String page = HtmlReport.render(result(true).phase(phase).build(), policy, Language.ZH);
        assertThat(page).contains("<br><small>解释:one-matter<a href=\"#readings\">(见本页“本页适用的解释”)</a>。</small>",
                // an unpaired backtick is text
                "<dd>同一事项 `P_ONE 按一项计</dd>");
    }

    /**
     * A note that points to the readings file but names no reading this policy has: the page has no readings
     * section, so the pointer stays as written and is not a link to a section that is not there.
     */
    @Test
    void aNotesPointerToReadingsThePageDoesNotShowIsNoLink() {
        Phase phase = new Phase("P1", Text.plain("实施"), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
                "p-1 §5", "第一阶段", Text.plain("解释:one-matter(readings.json)。"));
        PolicyDescription policy = new PolicyDescription("p-1", Text.plain("政策"), null, D, D, null, "p-1 §9", "1",
                List.of(), List.of(), SUBJECTS, List.of(), List.of(phase), List.of(), List.of());
        String page = HtmlReport.render(result(true).phase(phase).build(), policy, Language.ZH);
        assertThat(page).contains("<br><small>解释:one-matter(readings.json)。</small>")
                .doesNotContain("href=\"#readings\"", "id=\"readings\"");
    }

    // ------------------------------------------------------------------ deadlines

    /** The days of {@code html}'s deadline number {@code k} (from 0), up to the end of its chart. */
    private static String days(String html, int k) {
        int at = -1;
        for (int i = 0; i <= k; i++) {
            at = html.indexOf("<div class=\"deadline ", at + 1);
            assertThat(at).isNotNegative();
        }
        int end = html.indexOf("</div>\n", at);
        return html.substring(at, end);
    }

    /**
     * Monday 12 to Friday 16 October 2020, working days all: five cells of 28 from x = 1; the day done and the
     * deadline labelled; while pending or overdue, the evaluation date marked in the middle of its cell.
     */
    @Test
    void aDeadlinesDaysRunFromItsStartToTheLaterOfItsEndTheDayDoneAndTheEvaluationDate() {
        LocalDate asOf = LocalDate.of(2020, 10, 14);
        EvaluationResult r = EvaluationResult.builder("p-1", asOf, "禾城").eligible(false)
                .deadline(new Deadline("P_DONE", "禾城", DeadlineStatus.ON_TIME, LocalDate.of(2020, 10, 12),
                        LocalDate.of(2020, 10, 16), LocalDate.of(2020, 10, 13), 2, 0, null, List.of(), "p-1 §3", null))
                .deadline(new Deadline("P_WAIT", null, DeadlineStatus.PENDING, LocalDate.of(2020, 10, 12),
                        LocalDate.of(2020, 10, 16), null, 3, null, 2, List.of(), "p-1 §3", null))
                .deadline(new Deadline("P_LATE", "禾城", DeadlineStatus.OVERDUE, LocalDate.of(2020, 10, 9),
                        LocalDate.of(2020, 10, 12), null, 4, 2, null, List.of(), "p-1 §3", null))
                .deadline(new Deadline("P_NONE", "禾城", DeadlineStatus.NOT_APPLICABLE, null, null, null, null, null,
                        null, List.of(), "p-1 §3", null))
                .build();
        String page = HtmlReport.render(r, P, Language.ZH);
        assertThat(days(page, 0)).startsWith("<div class=\"deadline met\"><p><span class=\"badge met\">✓ 按期</span> "
                + "<b>P_DONE</b> 禾城 <a class=\"cite\"").contains(
                "<svg viewBox=\"0 0 142.0 62\" width=\"142.0\" class=\"days\" role=\"img\" aria-label=\"逐日时间线:"
                        + "2020-10-12 至 2020-10-16,共 5 天;期限及已用工作日见上文\">\n"
                        + "<rect x=\"1.0\" y=\"14\" width=\"27.0\" height=\"22\" class=\"work\"><title>2020-10-12 "
                        + "工作日</title></rect>\n<text x=\"1.0\" y=\"50\" class=\"dd\">10/12</text>\n"
                        + "<rect x=\"29.0\" y=\"14\" width=\"27.0\" height=\"22\" class=\"work "
                        + "done\"><title>2020-10-13 工作日</title></rect>\n<text x=\"29.0\" y=\"50\" "
                        + "class=\"dd\">10/13</text>\n<text x=\"29.0\" y=\"60\" class=\"done-label\">办结</text>\n"
                        + "<rect x=\"57.0\" y=\"14\" width=\"27.0\" height=\"22\" class=\"work\"><title>2020-10-14 "
                        + "工作日</title></rect>\n<rect x=\"85.0\" y=\"14\" width=\"27.0\" height=\"22\" "
                        + "class=\"work\"><title>2020-10-15 工作日</title></rect>\n<rect x=\"113.0\" y=\"14\" "
                        + "width=\"27.0\" height=\"22\" class=\"work due\"><title>2020-10-16 工作日</title></rect>\n<text "
                        + "x=\"113.0\" y=\"50\" class=\"dd\">10/16</text>\n<text x=\"113.0\" y=\"10\" "
                        + "class=\"due-label\">期限</text>\n</svg>\n");
        // pending on the 14th: marked at 57 + 14
        assertThat(days(page, 1)).startsWith("<div class=\"deadline unknown\"><p><span class=\"badge unknown\">? "
                + "未到期</span> <b>P_WAIT</b> <a class=\"cite\"")
                .contains("<line x1=\"71.0\" x2=\"71.0\" y1=\"12\" y2=\"38\" class=\"asof\"/>\n");
        // overdue since the 12th: the days run on to the evaluation date, Friday 9 to Wednesday 14 (Saturday 10 a
        // make-up working day, Sunday 11 a rest day), marked on the sixth cell, x = 1 + 5 × 28 + 14
        assertThat(days(page, 2)).startsWith("<div class=\"deadline not-met\"><p><span class=\"badge not-met\">✗ "
                + "已逾期</span>")
                .contains("共 6 天", "class=\"rest\"><title>2020-10-11 休息日</title>",
                        "<line x1=\"155.0\" x2=\"155.0\" y1=\"12\" y2=\"38\" class=\"asof\"/>\n");
        // the red line is in the legend, as every other mark of the timeline is
        assertThat(page).contains("红竖线 = 评估日期(尚未办结时)");
        // no start: no days to draw
        assertThat(days(page, 3)).startsWith("<div class=\"deadline unknown\"><p><span class=\"badge unknown\">? "
                + "不适用</span>")
                .doesNotContain("<svg");
    }

    /** More than 70 days: the first 70 are drawn, 960 / 70 = 13.7 each, and the last day is named after "…". */
    @Test
    void aLongDeadlineIsCutAtSeventyDays() {
        LocalDate asOf = LocalDate.of(2020, 3, 1);
        EvaluationResult r = EvaluationResult.builder("p-1", asOf, "禾城").eligible(false)
                .deadline(new Deadline("P_LONG", "禾城", DeadlineStatus.PENDING, LocalDate.of(2020, 1, 1),
                        LocalDate.of(2020, 6, 30), null, 40, null, 80, List.of(), "p-1 §3", null))
                .build();
        String page = HtmlReport.render(r, P, Language.ZH);
        // 70 × 960 / 70 + 2 = 962; 1 February is day 31, at 1 + 31 × 960 / 70 = 426.1
        assertThat(page).contains("<svg viewBox=\"0 0 962.0 62\" width=\"962.0\"", "2020-01-01 至 2020-03-10,共 70 天",
                "<text x=\"426.1\" y=\"50\" class=\"dd\">2/1</text>",
                "</svg>\n<span class=\"cite\">… <span class=\"nw\">2020-06-30</span></span>\n");
        assertThat(page.split("<rect x=", -1)).hasSize(71);
    }

    /**
     * 70 days are drawn whole; 71 are cut, the last named after "…". A deadline that starts the day after the
     * evaluation date, with no end yet, has no day to draw. The notices the days were counted with are named.
     */
    @Test
    void seventyDaysAreDrawnWholeAndADeadlineNotYetStartedHasNoDays() {
        LocalDate asOf = LocalDate.of(2020, 3, 1);
        EvaluationResult r = EvaluationResult.builder("p-1", asOf, "禾城").eligible(false)
                .deadline(new Deadline("P_70", "禾城", DeadlineStatus.PENDING, LocalDate.of(2020, 1, 1),
                        LocalDate.of(2020, 3, 10), null, 40, null, 7, List.of("国办发明电〔2019〕16号", "国办发明电〔2020〕1号"),
                        "p-1 §3", null))
                .deadline(new Deadline("P_71", "禾城", DeadlineStatus.PENDING, LocalDate.of(2020, 1, 1),
                        LocalDate.of(2020, 3, 11), null, 40, null, 8, List.of(), "p-1 §3", null))
                .deadline(new Deadline("P_NEXT", "禾城", DeadlineStatus.PENDING, LocalDate.of(2020, 3, 2), null, null,
                        null, null, null, List.of(), "p-1 §3", null))
                .build();
        String page = HtmlReport.render(r, P, Language.ZH);
        assertThat(days(page, 0)).contains("共 70 天").doesNotContain("…")
                .endsWith("<p class=\"cite\">工作日依据:国办发明电〔2019〕16号、国办发明电〔2020〕1号</p>\n");
        assertThat(days(page, 1)).contains("2020-01-01 至 2020-03-10,共 70 天", "<span class=\"cite\">… <span "
                + "class=\"nw\">2020-03-11</span></span>");
        assertThat(days(page, 2)).doesNotContain("<svg", "<p class=\"cite\">");
    }

    /**
     * A deadline kept before the evaluation date: its days run to the later of the deadline and the day done, not on
     * to the evaluation date, and carry no evaluation-date mark (it is done); a pending one has the mark once, on its
     * day. Days the official calendar does not cover (2030) are drawn as not covered, never as working days.
     */
    @Test
    void aDeadlineKeptIsDrawnToItsEndAndDaysNotCoveredAreNotWorkingDays() {
        LocalDate asOf = LocalDate.of(2020, 10, 21);
        EvaluationResult r = EvaluationResult.builder("p-1", asOf, "禾城").eligible(false)
                .deadline(new Deadline("P_DONE", "禾城", DeadlineStatus.ON_TIME, LocalDate.of(2020, 10, 12),
                        LocalDate.of(2020, 10, 16), LocalDate.of(2020, 10, 13), 2, 0, null, List.of(), "p-1 §3", null))
                .deadline(new Deadline("P_WAIT", "禾城", DeadlineStatus.PENDING, LocalDate.of(2020, 10, 19),
                        LocalDate.of(2020, 10, 23), null, 2, null, 2, List.of(), "p-1 §3", null))
                .deadline(new Deadline("P_LATER", "禾城", DeadlineStatus.UNKNOWN, LocalDate.of(2030, 1, 7), null, null,
                        null, null, null, List.of(), "p-1 §3", null))
                .build();
        String page = HtmlReport.render(r, P, Language.ZH);
        assertThat(days(page, 0)).contains("2020-10-12 至 2020-10-16,共 5 天").doesNotContain("class=\"asof\"");
        assertThat(days(page, 1).split("class=\"asof\"", -1)).hasSize(2);
        assertThat(days(page, 1)).contains("<line x1=\"71.0\" x2=\"71.0\" y1=\"12\" y2=\"38\" class=\"asof\"/>");
        // a deadline of 2030 with no end: its start to the evaluation date, none of it covered
        assertThat(HtmlReport.render(EvaluationResult.builder("p-1", LocalDate.of(2030, 1, 9), "禾城").eligible(false)
                .deadline(r.deadlines().get(2)).build(), P, Language.ZH))
                .contains("class=\"unk\"><title>2030-01-07 日历未覆盖</title>", "class=\"unk\"><title>2030-01-09 "
                        + "日历未覆盖</title>")
                .doesNotContain("class=\"work", "class=\"rest");
    }

    // ------------------------------------------------------------------ clauses, measures, variants, warnings

    /**
     * A clause that holds several provisions means those whose codes were cited under it; where none was, those
     * without a code of their own; else its first. Each clause's entry lists what was cited under it.
     */
    @Test
    void eachClauseCitedNamesTheProvisionsItMeans() {
        List<Provision> provisions = List.of(
                new Provision("p-1 §6", Text.plain("甲项"), List.of("P_A"), ProvisionStatus.IMPLEMENTED, NONE),
                new Provision("p-1 §6", Text.plain("乙项"), List.of("P_B"), ProvisionStatus.IMPLEMENTED, NONE),
                new Provision("p-1 §6", Text.plain("丙项"), List.of("P_C"), ProvisionStatus.IMPLEMENTED, NONE),
                new Provision("p-1 §7", Text.plain("丁项"), List.of("P_D"), ProvisionStatus.IMPLEMENTED, NONE),
                new Provision("p-1 §7", Text.plain("限额"), List.of(), ProvisionStatus.IMPLEMENTED,
                        Text.plain("按最优惠一项执行。")),
                new Provision("p-1 §7", Text.plain("未编码"), List.of(), ProvisionStatus.NOT_FORMALISED, NONE),
                new Provision("p-1 §8", Text.plain("戊项"), List.of("P_E"), ProvisionStatus.IMPLEMENTED, NONE),
                new Provision("p-1 §8", Text.plain("己项"), List.of("P_F"), ProvisionStatus.IMPLEMENTED, NONE));
        PolicyDescription policy = new PolicyDescription("p-1", Text.plain("政策"), null, D, D, null, "p-1 §9", "1",
                provisions, List.of(), SUBJECTS);
        EvaluationResult r = result(true)
                .award(new Award("P_B", "s-1", Text.plain("乙"), D, n("1.00"), null, "p-1 §6", Text.plain("授权")))
                .condition(new Condition("P_A", "禾城", true, "true", "true", "p-1 §6", null, null))
                .exclusion(new Exclusion("P_X", null, Text.plain("重复"), null, n("2.00"),
                        new ExclusionReason("ONE", "p-1 §7", Text.plain("同一事项")), "p-1 §7", "p-1 §6", NONE))
                .deadline(new Deadline("P_Z", null, DeadlineStatus.NOT_APPLICABLE, null, null, null, null, null, null,
                        List.of(), "p-1 §8", null))
                .measure(new Measure("p-1 §10", "市局", Text.plain("宣传")))
                .variant(new Variant("TOP_UP", "p-1 §11"))
                .build();
        String page = HtmlReport.render(r, policy, Language.ZH);
        assertThat(part(page, "<section class=\"citations\">", "</section>")).isEqualTo(
                "<section class=\"citations\">\n<h2>依据条款</h2>\n<dl>\n"
                        + "<dt id=\"clause-p_2d1_20_a76\">p-1 §6 · 甲项;乙项</dt>\n<dd><ul>\n<li>+ 乙</li>\n<li>− "
                        + "重复(同一事项)</li>\n</ul></dd>\n<dt id=\"clause-p_2d1_20_a77\">p-1 §7 · 限额</dt>\n<dd><ul>\n<li>− "
                        + "重复(同一事项)</li>\n</ul><p class=\"note\">按最优惠一项执行。</p></dd>\n"
                        + "<dt id=\"clause-p_2d1_20_a78\">p-1 §8 · 戊项</dt>\n<dd></dd>\n"
                        + "<dt id=\"clause-p_2d1_20_a710\">p-1 §10</dt>\n<dd></dd>\n"
                        + "<dt id=\"clause-p_2d1_20_a711\">p-1 §11</dt>\n<dd></dd>\n"
                        + "</dl>\n</section>");
        assertThat(HtmlReport.render(r, policy, Language.EN))
                .contains("p-1 §6 · <span lang=\"zh-CN\">甲项; 乙项</span></dt>");
    }

    @Test
    void measuresVariantsAndWarningsHaveSectionsOfTheirOwn() {
        PolicyDescription policy = new PolicyDescription("p-1", Text.plain("政策"), null, D, D, null, "p-1 §9", "1",
                List.of(), List.of(), SUBJECTS, List.of(), List.of(), List.of(),
                List.of(new io.iprules.Reading("one-matter", "p-1 §7", Text.plain("同一事项按最优惠一项执行"))));
        EvaluationResult r = result(false)
                .measure(new Measure("p-1 §4", "市知识产权局", Text.plain("开展宣传"), "市区", List.of("南湖区", "秀洲区")))
                .measure(new Measure("p-1 §4", "市财政局", Text.plain("安排资金"), "市区", List.of()))
                .measure(new Measure("p-1 §4", "市商务局", Text.plain("<b>对接</b>")))
                .variant(new Variant("one-matter", "p-1 §7"))
                .variant(new Variant("TOP_UP", "p-1 §7"))
                .warning(Text.plain("材料 <未盖章> & 待补"))
                .build();
        String page = HtmlReport.render(r, policy, Language.ZH);
        String cite = "<a class=\"cite\" href=\"#clause-p_2d1_20_a74\">p-1 §4</a>";
        // after the budget's empty table: a result of measures alone shows 合计:0.00 元, on the page as in the text
        assertThat(part(page.substring(page.indexOf("<section class=\"measures\">")), "<tbody>", "</tbody>"))
                .isEqualTo("<tbody>\n"
                + "<tr><td class=\"addressee\">市知识产权局<br><small class=\"place\">市区(南湖区、秀洲区)</small></td>"
                + "<td>开展宣传</td><td>" + cite + "</td></tr>\n"
                + "<tr><td class=\"addressee\">市财政局<br><small class=\"place\">市区</small></td>"
                + "<td>安排资金</td><td>" + cite + "</td></tr>\n"
                + "<tr><td class=\"addressee\">市商务局</td><td>&lt;b&gt;对接&lt;/b&gt;</td><td>" + cite + "</td></tr>\n"
                + "</tbody>");
        String variant = "<a class=\"cite\" href=\"#clause-p_2d1_20_a77\">p-1 §7</a>";
        assertThat(part(page, "<section class=\"variants\">", "</section>")).isEqualTo(
                "<section class=\"variants\">\n<h2>所用命名变体</h2>\n<ul>\n<li>同一事项按最优惠一项执行 " + variant
                        + "</li>\n<li>TOP_UP " + variant + "</li>\n</ul>\n</section>");
        assertThat(part(page, "<section class=\"warnings\">", "</section>")).isEqualTo(
                "<section class=\"warnings\">\n<h2>注意</h2>\n<ul>\n<li>材料 &lt;未盖章&gt; &amp; 待补</li>\n</ul>\n</section>");
        // none of them: no section
        // nothing cited either (a request with no facts): no heading over an empty list of clauses
        assertThat(HtmlReport.render(result(false).build(), policy, Language.ZH))
                .doesNotContain("class=\"measures\"", "class=\"variants\"", "class=\"warnings\"",
                        "class=\"citations\"", "依据条款");
    }
}
