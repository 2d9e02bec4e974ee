package io.iprules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Award;
import io.iprules.Comparison;
import io.iprules.Condition;
import io.iprules.Deadline;
import io.iprules.DeadlineStatus;
import io.iprules.EvaluationResult;
import io.iprules.FiredRule;
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
import io.iprules.Variant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whole text reports, line for line, each worked out from the result it shows: the verdict of an assessment and of
 * targets, the conditions by whom they are about, the indicators with their figures, the awards with their amounts
 * on the last column (a Chinese character two columns wide), what is held out and why, deadlines, measures,
 * variants, the total, the warnings and the trace.
 */
class TextReportTest {
    private static final LocalDate D = LocalDate.of(2020, 8, 1);
    private static final Text NONE = Text.plain("");

    private static Provision provision(String citation, String zh, String en, String code) {
        return new Provision(citation, Text.bilingual(zh, en), List.of(code), ProvisionStatus.IMPLEMENTED, NONE);
    }

    /** Policy p-1, with words for the codes of its conditions and its reply deadline, and two readings. */
    private static final PolicyDescription P = new PolicyDescription("p-1", Text.bilingual("政策", "policy"), null, D,
            D, null, "p-1 §9", "1",
            List.of(provision("p-1 §2", "研发投入", "R&D spending", "C_RD"),
                    provision("p-1 §3", "专利数量", "patents", "C_PATENTS"),
                    provision("p-1 §4", "规划", "a plan", "C_PLAN"),
                    provision("p-1 §3", "答复期限", "time to reply", "P_REPLY")),
            List.of(), List.of(new SubjectKind("applicant", String.class, NONE)), List.of(), List.of(), List.of(),
            List.of(new Reading("one-matter", "p-1 §7(1)", Text.plain("同一事项按最优惠一项执行")),
                    // a variant's reading, found by its code in lower case with hyphens (TOP_UP)
                    new Reading("top-up", "p-1 §7(2)", Text.bilingual("差额补足", "top-up of the difference"))));

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    private static EvaluationResult.Builder result(boolean eligible) {
        return EvaluationResult.builder("p-1", D, "禾城").eligible(eligible);
    }

    private static String zh(EvaluationResult r) {
        return TextReport.render(r, P, Language.ZH, false);
    }

    private static String en(EvaluationResult r) {
        return TextReport.render(r, P, Language.EN, false);
    }

    private static final String HEADER = "政策(p-1)\n申请人:禾城    评估日期:2020-08-01\n";

    // ------------------------------------------------------------------ conditions

    private static final Condition RD = new Condition("C_RD", "禾城", true, "120000", ">= 100000", "p-1 §2", null, null);
    private static final Condition PATENTS = new Condition("C_PATENTS", "禾城", false, "3", ">= 5", "p-1 §3", null, "2");
    private static final Condition PLAN = new Condition("C_PLAN", "南湖园区", true, "true", "true", "p-1 §4", null, null);
    private static final Condition FILED = new Condition("C_FILED", "南湖园区", false, "false", "true", "p-1 §4",
            Text.bilingual("未提交备案", "not filed"), null);

    /**
     * Conditions alone: how many are not met of how many, those not met named with whom they are about, then every
     * condition under its subject, its figures grouped and compared with signs, the gap, a yes/no fact in words (or,
     * when it has an explanation, the explanation alone), and its clause.
     */
    @Test
    void anAssessmentCountsItsUnmetConditionsAndListsThemByWhomTheyAreAbout() {
        EvaluationResult r = result(false).condition(RD).condition(PATENTS).condition(PLAN).condition(FILED).build();
        assertThat(zh(r)).isEqualTo(HEADER
                + "结论:4 项条件中有 2 项未满足\n"
                + "  ✗ 禾城:专利数量\n"
                + "  ✗ 南湖园区:未提交备案\n"
                + "\n"
                + "条件\n"
                + "  禾城\n"
                + "    ✓ 满足:研发投入;实际 120,000,要求 ≥ 100,000  [p-1 §2]\n"
                + "    ✗ 不满足:专利数量;实际 3,要求 ≥ 5;差距 2  [p-1 §3]\n"
                + "  南湖园区\n"
                + "    ✓ 满足:规划;实际 是,要求 是  [p-1 §4]\n"
                + "    ✗ 不满足:未提交备案  [p-1 §4]\n");
        assertThat(en(r)).startsWith("policy (p-1)\nApplicant: 禾城    As of: 2020-08-01\n"
                + "Verdict: 2 of 4 conditions not met\n  ✗ 禾城: patents\n  ✗ 南湖园区: not filed\n\nConditions\n")
                .contains("    ✓ met: a plan; actual yes, required yes  [p-1 §4]\n");
        // all met: said so, and none listed
        assertThat(zh(result(true).condition(RD).condition(PLAN).build()))
                .startsWith(HEADER + "结论:全部条件均满足\n\n条件\n  禾城\n");
    }

    /** A fact not given: what is required, without an actual figure; a value that is a JSON name is left out. */
    @Test
    void aConditionWithoutAnActualValueSaysWhatIsRequired() {
        Condition notGiven = new Condition("C_DATE", "禾城", false, null, "<= 2017-07-31", "p-1 §3", null, null);
        Condition named = new Condition("C_WHO", "禾城", false, "ipOffice", "ipOffice+smeAuthority", "p-1 §3",
                null, null);
        String text = zh(result(false).condition(notGiven).condition(named).build());
        assertThat(text).contains("    ✗ 不满足:C_DATE;要求 ≤ 2017-07-31  [p-1 §3]\n",
                "    ✗ 不满足:C_WHO  [p-1 §3]\n");
    }

    /** A yes/no fact not given: what is required, in words, as the page's "required" column shows it. */
    @Test
    void aYesNoFactNotGivenSaysWhatIsRequired() {
        Condition notGiven = new Condition("C_PLAN", "南湖园区", false, null, "true", "p-1 §4", null, null);
        Condition notWanted = new Condition("C_SANCTION", "南湖园区", false, null, "false", "p-1 §4", null, null);
        EvaluationResult r = result(false).condition(notGiven).condition(notWanted).build();
        assertThat(zh(r)).contains("    ✗ 不满足:规划;要求 是  [p-1 §4]\n", "    ✗ 不满足:C_SANCTION;要求 否  [p-1 §4]\n");
        assertThat(en(r)).contains("    ✗ not met: a plan; required yes  [p-1 §4]\n");
    }

    /** A yes/no fact against a requirement in words: the words as given. */
    @Test
    void aYesNoFactAgainstARequirementInWordsShowsTheWords() {
        Condition registered = new Condition("C_REG", "禾城", true, "true", "已登记", "p-1 §2", null, null);
        assertThat(zh(result(true).condition(registered).build()))
                .contains("    ✓ 满足:C_REG;实际 是,要求 已登记  [p-1 §2]\n");
    }

    /** Five characters in common are a phrase one text repeats from the other; four are not. */
    @Test
    void aSharedPhraseIsFiveCharactersOrMore() {
        assertThat(TextReport.sharesPhrase("已获补助了", "因已获补助了,不再补助")).isTrue();
        assertThat(TextReport.sharesPhrase("已获补助", "因已获补助,不再补助")).isFalse();
        assertThat(TextReport.sharesPhrase("同一事项已获补助", "前述同一事项已获")).isTrue();
        assertThat(TextReport.sharesPhrase("同一事项已获补助", "另一事项")).isFalse();
    }

    // ------------------------------------------------------------------ targets

    private static final Indicator COUNT = new Indicator("P_COUNT", Text.bilingual("专利授权量", "patents granted"),
            IndicatorStatus.NOT_MET, ParameterUnit.COUNT, Comparison.AT_LEAST, n("45"), ">= 45", n("30"), n("45"),
            n("0.6666"), null, "p-1 §1", "年新增45件以上", null);
    private static final Indicator PLANNED = new Indicator("P_PLAN", Text.bilingual("制定规划", "a plan"),
            IndicatorStatus.MET, ParameterUnit.YES_NO, Comparison.AT_LEAST, BigDecimal.ONE, "1", BigDecimal.ONE, null,
            null, null, "p-1 §1", "制定规划", null, LocalDate.of(2020, 6, 30), false);
    private static final Indicator COVERAGE = new Indicator("P_RATE", Text.bilingual("覆盖率", "coverage"),
            IndicatorStatus.UNKNOWN, ParameterUnit.RATIO, Comparison.MORE_THAN, n("0.9"), "> 0.9", null, null, null,
            null, "p-1 §2", "覆盖率超过90%", Text.bilingual("未提供数据", "no figure supplied"));
    /** A strict target met exactly: progress 100%, not met. */
    private static final Indicator GROWTH = new Indicator("P_GROWTH", Text.bilingual("增长率", "growth"),
            IndicatorStatus.NOT_MET, ParameterUnit.RATIO, Comparison.MORE_THAN, n("0.1"), "> 0.1", n("0.1"), n("0.1"),
            n("1.0000"), null, "p-1 §2", "增长率超过10%", Text.bilingual("增长率恰好为 10%", "exactly 10%"));

    /**
     * Targets alone: whether every one is met, the phase the evaluation date is in, each target with its status,
     * figures, due date, progress (at the limit of a strict target, said so rather than "100.00%") and what it
     * lacks, and the count of each status.
     */
    @Test
    void targetsAreListedWithTheirFiguresProgressAndPhase() {
        Phase phase = new Phase("P1", Text.bilingual("实施阶段", "implementation"), LocalDate.of(2020, 1, 1),
                LocalDate.of(2021, 12, 31), "p-1 §5", "第一阶段", NONE);
        EvaluationResult r = result(false).phase(phase).indicator(COUNT).indicator(PLANNED).indicator(COVERAGE)
                .indicator(GROWTH).build();
        assertThat(zh(r)).isEqualTo(HEADER
                + "结论:未全部达标\n"
                + "所处阶段:实施阶段(2020-01-01 至 2021-12-31,p-1 §5)\n"
                + "\n"
                + "指标\n"
                + "  ✗ 未达标:专利授权量\n"
                + "    实际 30,要求 ≥ 45;进度 66.66%  [p-1 §1]\n"
                + "  ✓ 已达标:制定规划\n"
                + "    实际 是,要求 是;期限 2020-06-30  [p-1 §1]\n"
                + "  ? 未提供数据:覆盖率\n"
                + "    实际 —,要求 > 90%  [p-1 §2]\n"
                + "  ✗ 未达标:增长率\n"
                + "    实际 10%,要求 > 10%;进度:恰好等于界限(条文要求大于界限);增长率恰好为 10%  [p-1 §2]\n"
                + "  达标 1 项,未达标 2 项,未知 1 项(共 4 项)\n");
        // every target met; a phase without end
        Phase open = new Phase("P2", Text.bilingual("巩固阶段", "consolidation"), LocalDate.of(2020, 1, 1), null,
                "p-1 §6", "第二阶段", NONE);
        assertThat(zh(result(true).phase(open).indicator(PLANNED).build())).startsWith(HEADER
                + "结论:全部指标均已达标\n所处阶段:巩固阶段(2020-01-01 起,p-1 §6)\n\n指标\n");
        assertThat(en(result(true).indicator(PLANNED).build())).contains("Verdict: every target is met\n",
                "    actual yes, required yes; due 2020-06-30  [p-1 §1]\n", "  1 met, 0 not met, 0 unknown (of 1)\n");
    }

    /**
     * A figure per 10,000 shown to two places, decided exactly on the counts: 106,476 patents of 42,590,000 residents
     * (4,259 × 25 = 106,475: 25.0002 per 10,000) against a nation's 3,530,300 of 1,412,120,000 (141,212 × 25 =
     * 3,530,300: exactly 25), both shown 25.00. Met under "高于", the actual is said to be slightly above; a region of
     * 106,474 (24.9997, progress 0.9999) is said to be slightly below, not equal; one exactly equal (106,475,
     * progress 1.0000) stays as it is, "exactly at the limit" saying the rest. Figures shown exactly are never
     * qualified.
     */
    @Test
    void aRoundedActualThatReadsAsTheRequirementSaysWhichWayItWent() {
        Indicator above = perTenThousand(IndicatorStatus.MET, "1.0000", "106476 × 1412120000 > 3530300 × 42590000");
        Indicator below = perTenThousand(IndicatorStatus.NOT_MET, "0.9999",
                "106474 × 1412120000 < 3530300 × 42590000");
        Indicator equal = perTenThousand(IndicatorStatus.NOT_MET, "1.0000",
                "106475 × 1412120000 = 3530300 × 42590000");
        String text = zh(result(false).indicator(above).indicator(below).indicator(equal).build());
        assertThat(text).contains(
                "    实际 25.00(略高于要求,四舍五入后显示相同),要求 > 25.00;进度 100.00%  [p-1 §2]\n",
                "    实际 25.00(略低于要求,四舍五入后显示相同),要求 > 25.00;进度 99.99%  [p-1 §2]\n",
                "    实际 25.00,要求 > 25.00;进度:恰好等于界限(条文要求大于界限)  [p-1 §2]\n");
        assertThat(en(result(true).indicator(above).build()))
                .contains("    actual 25.00 (slightly above the requirement; the same once rounded), required > 25.00;");
        // an exact figure at an "at least" target: equal is met, and nothing is said
        assertThat(zh(result(false).indicator(COUNT).build())).contains("    实际 30,要求 ≥ 45;进度 66.66%");
    }

    private static Indicator perTenThousand(IndicatorStatus status, String progress, String decidedBy) {
        return new Indicator("P_DENSITY", Text.bilingual("每万人专利", "patents per 10,000"), status,
                ParameterUnit.NUMBER, Comparison.MORE_THAN, n("25.00"), "> 25.00", n("25.00"), n("25.00"), n(progress),
                null, "p-1 §2", "人均拥有量高于全国平均水平", null, null, false,
                new Indicator.DecidedExactly(decidedBy, n("0.00")));
    }

    /**
     * A progress that would read oddly as a figure: a growth of -15.91% a year against a required 15.26% is a fall
     * (progress -1.0429), not "进度 -104.29%"; 18.92% against a nation's 0.0008% (progress 23,650 and more) is beyond
     * 1,000%, not a figure of eight digits; 1,000% itself is still a figure.
     */
    @Test
    void aNegativeOrHugeProgressIsSaidInWords() {
        Indicator fell = growth("-0.1591", "0.1526", "-1.0429", IndicatorStatus.NOT_MET);
        Indicator huge = growth("0.1892", "0.0000", "236500.0000", IndicatorStatus.MET);
        Indicator tenfold = growth("0.2000", "0.0200", "10.0000", IndicatorStatus.MET);
        String text = zh(result(false).indicator(fell).indicator(huge).indicator(tenfold).build());
        assertThat(text).contains("    实际 -15.91%,要求 > 15.26%;进度:实际为负值(下降),不计进度  [p-1 §2]\n",
                "    实际 18.92%,要求 > 0.00%;进度超过 1,000%  [p-1 §2]\n",
                "    实际 20.00%,要求 > 2.00%;进度 1,000.00%  [p-1 §2]\n").doesNotContain("-104.29", "23,650,000");
        assertThat(en(result(false).indicator(fell).indicator(huge).build())).contains(
                "progress: not counted, the actual figure is negative (a fall)", "progress over 1,000%");
    }

    private static Indicator growth(String actual, String required, String progress, IndicatorStatus status) {
        return new Indicator("P_GROWTH_" + status, Text.bilingual("年均增长率", "growth"), status, ParameterUnit.RATIO,
                Comparison.MORE_THAN, n(required), "> " + required, n(actual), n(required), n(progress), null,
                "p-1 §2", "年均增长率高于全国平均水平", null);
    }

    /**
     * Conditions that admit a unit to its targets (northeast-2017's scope): once all are met, the targets decide the
     * verdict; while one is not, the conditions do.
     */
    @Test
    void conditionsThatAdmitToTargetsLeaveTheVerdictToTheTargetsOnceMet() {
        assertThat(zh(result(false).condition(RD).indicator(COUNT).build()))
                .startsWith(HEADER + "结论:未全部达标\n\n条件\n");
        assertThat(zh(result(true).condition(RD).indicator(PLANNED).build()))
                .startsWith(HEADER + "结论:全部指标均已达标\n\n条件\n");
        assertThat(zh(result(false).condition(PATENTS).indicator(PLANNED).build()))
                .startsWith(HEADER + "结论:1 项条件中有 1 项未满足\n  ✗ 禾城:专利数量\n\n条件\n");
    }

    // ------------------------------------------------------------------ awards and the rest

    /**
     * Every other kind, in order: each award's amount ends at column 100 (a Chinese character two columns), on a line
     * of its own when the name leaves no room; what awaits the applicant's choice apart from what is not awarded,
     * each with its reason (the detail alone when it repeats the reason's words) and clause; deadlines; measures with
     * their place and scope; variants in the policy's words; the total with the items left out of it; warnings; the
     * rules that fired.
     */
    @Test
    void awardsExclusionsDeadlinesMeasuresVariantsTotalWarningsAndTraceLineForLine() {
        EvaluationResult r = result(true)
                .award(new Award("P_DEMO", "s-1", Text.plain("市专利示范企业"), D, n("50000.00"), null, "p-1 §5",
                        Text.plain("被认定为市专利示范企业")))
                .award(ReportItems.EXPORT)
                .award(new Award("P_DEMO", "s-2", Text.plain("甲".repeat(41)), D, n("50000.00"), null, "p-1 §5",
                        Text.plain("授权")))
                .award(new Award("P_DEMO", "s-3", Text.plain("乙".repeat(45)), D, n("1000.00"), null, "p-1 §5",
                        Text.plain("授权")))
                .exclusion(ReportItems.GOLD_AWAITING)
                .exclusion(ReportItems.PROVINCE_PAID)
                .exclusion(ReportItems.overCap(null))
                .deadline(new Deadline("P_REPLY", "禾城", DeadlineStatus.PENDING, LocalDate.of(2020, 7, 27), D, null,
                        5, null, 0, List.of(), "p-1 §3", Text.plain("自受理之日起")))
                .deadline(new Deadline("P_FILE", null, DeadlineStatus.PENDING, LocalDate.of(2020, 7, 20),
                        LocalDate.of(2020, 8, 5), null, null, null, 3, List.of("国办发明电〔2019〕16号"), "p-1 §3", null))
                .deadline(new Deadline("P_REPLY", null, DeadlineStatus.UNKNOWN, LocalDate.of(2020, 7, 1), null, null,
                        null, null, null, List.of(), "p-1 §3", null))
                .measure(new Measure("p-1 §4", "市知识产权局", Text.plain("开展宣传"), "市区", List.of("南湖区", "秀洲区")))
                .measure(new Measure("p-1 §4", "市财政局", Text.plain("安排资金")))
                .variant(new Variant("one-matter", "p-1 §7(1)"))
                .variant(new Variant("TOP_UP", "p-1 §7(2)"))
                .warning(Text.plain("申请材料 P_DEMO 未盖章"))
                .fired(new FiredRule("demo-award", "p-1 §5"))
                .build();
        String text = TextReport.render(r, P, Language.ZH, true);
        // "  + 市专利示范企业" is 4 + 14 columns and "50,000.00 元" 12: 70 spaces between them make 100
        assertThat(text).isEqualTo(HEADER
                + "结论:有应予补助的项目\n"
                + "\n"
                + "补助\n"
                + "  + 市专利示范企业" + " ".repeat(70) + "50,000.00 元\n"
                + "    被认定为市专利示范企业  [依据 p-1 §5]\n"
                // 8 + 84 + 8 columns
                + "  + 出口" + " ".repeat(84) + "金额待定\n"
                + "    待定原因:P_EXPORT.AMOUNT尚未设定;出口额达标  [依据 p-1 §6]\n"
                // 4 + 82 columns of name leave exactly room for two spaces and the 12 of the amount
                + "  + " + "甲".repeat(41) + "  50,000.00 元\n"
                + "    授权  [依据 p-1 §5]\n"
                // 4 + 90 columns leave too little: the amount on a line of its own, 89 spaces and 11 columns
                + "  + " + "乙".repeat(45) + "\n"
                + " ".repeat(89) + "1,000.00 元\n"
                + "    授权  [依据 p-1 §5]\n"
                + "\n"
                + "待申请人选择(暂不计入)\n"
                + "  - 金奖" + " ".repeat(74) + "金额 300,000.00 元\n" // 8 + 74 + 18
                + "    待选择:请申请人选择一项政策  [依据 p-1 §5 与 p-1 §7(1)]\n"
                + "\n"
                + "不予补助\n"
                + "  - 省示范" + " ".repeat(72) + "本应 100,000.00 元\n" // 10 + 72 + 18
                + "    同一事项已获补助,不再重复补助  [依据 p-1 §5,由 p-1 §7(2) 排除]\n"
                + "  - 超限部分" + " ".repeat(76) + "本应金额待定\n" // 12 + 76 + 12: an open amount said so
                + "    超过上限  [依据 p-1 §5,由 p-1 §8 排除]\n"
                + "\n"
                + "期限\n"
                + "  ? 未到期:答复期限:禾城\n"
                + "    起算 2020-07-27;期限 2020-08-01;已用 5 个工作日;评估日期即为期限;自受理之日起  [p-1 §3]\n"
                + "  ? 未到期:P_FILE\n"
                + "    起算 2020-07-20;期限 2020-08-05;剩余 3 个工作日;工作日依据:国办发明电〔2019〕16号  [p-1 §3]\n"
                + "  ? 无法判定(工作日历未覆盖期限内的日期):答复期限\n"
                + "    起算 2020-07-01  [p-1 §3]\n"
                + "\n"
                + "措施\n"
                + "  · 市知识产权局 · 市区(南湖区、秀洲区):开展宣传  [p-1 §4]\n"
                + "  · 市财政局:安排资金  [p-1 §4]\n"
                + "\n"
                + "所用命名变体\n"
                + "  · 同一事项按最优惠一项执行  [p-1 §7(1)]\n"
                + "  · 差额补足  [p-1 §7(2)]\n"
                + "\n"
                + "合计:101,000.00 元(另有 1 项金额待定,未计入)\n"
                + "\n"
                + "注意\n"
                + "  ! 申请材料 P_DEMO 未盖章\n"
                + "\n"
                + "触发的规则(规则名为程序标识)\n"
                + "  · demo-award  [p-1 §5]\n");
        assertThat(text.lines()).allSatisfy(l -> assertThat(TextColumns.columns(l)).isLessThanOrEqualTo(100));
    }

    /**
     * An emoji in a name takes two columns, as a terminal draws it: the amount after "😀😀😀😀银行" stood four
     * columns past the others' last digit, each emoji counted one.
     */
    @Test
    void anAmountAfterANameWithEmojiEndsOnTheLastColumn() {
        String text = zh(result(true).award(new Award("P_DEMO", "s-1", Text.plain("😀😀😀😀银行 2019年贷款贴息"), D,
                n("50000.00"), null, "p-1 §5", Text.plain("贴息"))).build());
        // "  + " 4, four emoji 8, 银行 4, a space 1, 2019年贷款贴息 14: 31 columns, 57 spaces and 12 of the amount
        assertThat(text).contains("  + 😀😀😀😀银行 2019年贷款贴息" + " ".repeat(57) + "50,000.00 元\n");
    }

    /** Nothing awarded, held out or checked: the awards say none, and the total is zero. */
    @Test
    void aResultOfNothingSaysNoneAndAZeroTotal() {
        assertThat(zh(result(false).build())).isEqualTo(HEADER
                + "结论:无应予补助的项目\n\n补助\n  (无)\n\n合计:0.00 元\n");
        // held out only: the awards are none, the exclusion follows, the total is what is due
        String held = zh(result(false).exclusion(ReportItems.GOLD_AWAITING).build());
        assertThat(held).startsWith(HEADER + "结论:暂无确定应予补助的项目;1 项待申请人作出选择后确定\n\n补助\n  (无)\n\n"
                + "待申请人选择(暂不计入)\n").endsWith("\n合计:0.00 元\n").doesNotContain("不予补助");
    }

    /**
     * The total is wrapped as every other line is: in English, 350,000.00 due, 14 awards not counted and 2 of them
     * waiting on their eligibility, "Total: 350,000.00 yuan (14 more item(s) undetermined, 2 of them with eligibility
     * undetermined, not included)" is 108 columns, and was printed on one line; it breaks before the word that would
     * pass column 100 ("included)"), the rest indented by two. The verdict is wrapped the same way now, though with a
     * count of four digits it still fits (82 columns), as it does here.
     */
    @Test
    void theTotalAndTheVerdictWrapWithinTheLine() {
        EvaluationResult.Builder b = result(true).award(new Award("P_DEMO", "s", Text.plain("示范"), D,
                n("350000.00"), null, "p-1 §5", NONE));
        for (int i = 0; i < 12; i++) {
            b.award(new Award("P_OPEN", "o" + i, Text.plain("待定"), D, null, "P_OPEN.AMOUNT", "p-1 §5", NONE));
        }
        for (int i = 0; i < 2; i++) {
            b.award(new Award("P_EXPORT", "e" + i, Text.plain("出口"), D, null, "P_EXPORT.THRESHOLD", "p-1 §6", NONE,
                    "P_EXPORT.THRESHOLD"));
        }
        String en = en(b.build());
        String total = "Total: 350,000.00 yuan (14 more item(s) undetermined, 2 of them with eligibility undetermined,"
                + " not included)";
        assertThat(TextColumns.columns(total)).isEqualTo(108);
        assertThat(en).endsWith("\nTotal: 350,000.00 yuan (14 more item(s) undetermined, 2 of them with eligibility "
                + "undetermined, not\n  included)\n");
        assertThat(en.lines()).allSatisfy(l -> assertThat(TextColumns.columns(l)).isLessThanOrEqualTo(100));
        assertThat(zh(b.build())).endsWith("\n合计:350,000.00 元(另有 14 项待定,其中 2 项资格待定,未计入)\n");

        EvaluationResult.Builder waiting = result(false);
        for (int i = 0; i < 1000; i++) {
            waiting.award(new Award("P_EXPORT", "e" + i, Text.plain("出口"), D, null, "P_EXPORT.THRESHOLD", "p-1 §6",
                    NONE, "P_EXPORT.THRESHOLD"));
        }
        String many = en(waiting.build());
        assertThat(many.lines()).allSatisfy(l -> assertThat(TextColumns.columns(l)).isLessThanOrEqualTo(100));
        assertThat(many)
                .contains("\nVerdict: nothing is certainly due yet; 1,000 item(s) with eligibility undetermined\n",
                "\nTotal: 0.00 yuan (1,000 more item(s) with eligibility undetermined, not included)\n");
    }

    /**
     * Every line within 100 columns, the header's too: "申请人:" (7 columns), 40 Chinese characters (80), four spaces
     * and "评估日期:2020-08-01" (19) would make 110, so the date goes to the next line, whole.
     */
    @Test
    void aLongNameWrapsTheHeaderWithTheDateWhole() {
        String name = "禾".repeat(40);
        String text = TextReport.render(EvaluationResult.builder("p-1", D, name).eligible(false).build(), P,
                Language.ZH, false);
        assertThat(text).startsWith("政策(p-1)\n申请人:" + name + "\n评估日期:2020-08-01\n结论:无应予补助的项目\n");
        assertThat(text.lines()).allSatisfy(l -> assertThat(TextColumns.columns(l)).isLessThanOrEqualTo(100));
        // 35 characters make 100 columns: one line, as before
        String fits = "禾".repeat(35);
        assertThat(TextReport.render(EvaluationResult.builder("p-1", D, fits).eligible(false).build(), P,
                Language.ZH, false)).startsWith("政策(p-1)\n申请人:" + fits + "    评估日期:2020-08-01\n");
    }

    /**
     * The date is kept whole even when all but its last figure would fit: "Applicant: " (11 columns), a name of 69,
     * four spaces and "As of: 2020-08-01" (17) make 101; "As of: 2020-08-0" alone would end the line at 100.
     */
    @Test
    void theDateGoesToTheNextLineWholeWhenOnlyItsLastFigureIsPastTheLine() {
        String name = "Zhejiang Jiaxing Nanhu District Science and Technology Innovation Co.";
        assertThat(name).hasSize(69);
        String text = TextReport.render(EvaluationResult.builder("p-1", D, name).eligible(false).build(), P,
                Language.EN, false);
        assertThat(text).startsWith("policy (p-1)\nApplicant: " + name + "\nAs of: 2020-08-01\n");
    }

    /**
     * Chinese text breaks between any two characters, where English text keeps a Chinese name of up to 12 characters
     * on one line. In Chinese: "申请人:" (7 columns) and six "嘉兴市科技局、" (14 each) reach 91; 嘉兴市财 fills the line
     * to 99 and 政 would make 101, so the line breaks inside the name 嘉兴市财政局. In English: "Applicant: " (11) and a
     * name's 84 Latin columns reach 95, and 内蒙古自治区 (12) goes to the next line whole, not 内蒙 ⏎ 古自治区.
     */
    @Test
    void aChineseReportBreaksBetweenCharactersAndAnEnglishOneKeepsAChineseNameWhole() {
        String name = "嘉兴市科技局、".repeat(6) + "嘉兴市财政局";
        String zh = TextReport.render(EvaluationResult.builder("p-1", D, name).eligible(false).build(), P,
                Language.ZH, false);
        assertThat(zh).startsWith("政策(p-1)\n申请人:" + "嘉兴市科技局、".repeat(6) + "嘉兴市财\n政局    评估日期:2020-08-01\n");

        String latin = "Intellectual Property Office and Market Supervision Administration of the Region of ";
        assertThat(latin).hasSize(84);
        String en = TextReport.render(EvaluationResult.builder("p-1", D, latin + "内蒙古自治区").eligible(false).build(),
                P, Language.EN, false);
        assertThat(en).startsWith("policy (p-1)\nApplicant: " + latin.strip() + "\n内蒙古自治区    As of: 2020-08-01\n");
    }

    /**
     * A yes/no fact without an explanation reads "否" when it does not hold, as it reads "是" when it does (C_PLAN:
     * no plan, where one is required).
     */
    @Test
    void aFactThatDoesNotHoldReadsNo() {
        EvaluationResult r = result(false)
                .condition(new Condition("C_PLAN", "南湖园区", false, "false", "true", "p-1 §4", null, null)).build();
        assertThat(zh(r)).contains("  南湖园区\n    ✗ 不满足:规划;实际 否,要求 是  [p-1 §4]\n");
        assertThat(en(r)).contains("✗ not met: a plan; actual no, required yes  [p-1 §4]");
    }

    /** Text from the request cannot forge a line nor move the cursor: escaped wherever it is printed. */
    @Test
    void namesFromTheRequestAreEscapedOnEveryLine() {
        EvaluationResult r = EvaluationResult.builder("p-1", D, "禾城\n结论:有应予补助的项目\u001B[2J").eligible(false)
                .award(new Award("P_DEMO", "s-1", Text.plain("甲\r乙"), D, n("1.00"), null, "p-1 §5",
                        Text.plain("理由\u202E")))
                .build();
        String text = zh(r);
        assertThat(text).contains("申请人:禾城\\n结论:有应予补助的项目\\u001B[2J    评估日期", "  + 甲\\r乙",
                "    理由\\u202E  [依据 p-1 §5]").doesNotContain("\u001B", "\r", "\u202E");
        assertThat(text.lines().filter(l -> l.startsWith("结论"))).containsExactly("结论:无应予补助的项目");
    }
}
