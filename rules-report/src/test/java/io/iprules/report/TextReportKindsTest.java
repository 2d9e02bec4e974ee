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

/** The text output shows the result kinds of the policy kit: deadlines, measures, variants, yes/no, eligibility. */
class TextReportKindsTest {
    private static final LocalDate D = LocalDate.of(2020, 8, 1);
    private static final PolicyDescription P = withParameters();

    /** The policy {@code p-1} with {@code parameters} (a deployment's values in them). */
    private static PolicyDescription withParameters(io.iprules.ParameterInfo... parameters) {
        return new PolicyDescription("p-1", Text.bilingual("政策", "policy"), null, D, D, null, "p-1 §9", "1", List.of(),
                List.of(parameters), List.of(new SubjectKind("applicant", String.class, Text.plain("a"))));
    }

    /** An export award whose eligibility awaits an unset threshold, and whose amount awaits {@code amountAwaits}. */
    private static EvaluationResult awaitingTheExportThreshold(String amountAwaits) {
        return EvaluationResult.builder("p-1", D, "禾城").eligible(false)
                .award(new Award("P_EXPORT", "2019", Text.plain("2019"), null, null, amountAwaits, "p-1 §5",
                        Text.plain("exports"), "P_EXPORT.THRESHOLD"))
                .build();
    }

    /**
     * An amount the text leaves to implementing rules and the deployment set: the officer reads which parameter set it,
     * its value (yuan as yuan, a rate as a percentage: 0.5 is 50%), from when and the deployment's source, in the text
     * and on the page.
     */
    @Test
    void anAmountTheDeploymentSetNamesItsBasis() {
        PolicyDescription withParameters = withParameters(
                new io.iprules.ParameterInfo("P_GRANT", ParameterUnit.YUAN, "p-1 §3",
                        Text.bilingual("每件发明专利的补助(另行制订)", "per invention patent (implementing rules)"), true,
                        List.of(new io.iprules.ParameterValue(D, "5000", "禾城实施细则第3条"))),
                new io.iprules.ParameterInfo("P_RATE", ParameterUnit.RATIO, "p-1 §4",
                        Text.bilingual("贴息比例", "interest subsidy rate"), true,
                        List.of(new io.iprules.ParameterValue(D, "0.5", "rule 4"))));
        EvaluationResult r = EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .award(new Award("P_GRANT", "ZL1", Text.plain("发明专利 ZL1"), D, new BigDecimal("5000.00"), null,
                        "p-1 §3", Text.bilingual("授权", "granted"), null,
                        new io.iprules.AmountBasis("P_GRANT", D, "5000", "禾城实施细则第3条")))
                .award(new Award("P_LOAN", "b/2019", Text.plain("贷款"), D, new BigDecimal("24325.00"), null, "p-1 §4",
                        Text.bilingual("利息 48,650.00 元", "interest 48,650.00 yuan"), null,
                        new io.iprules.AmountBasis("P_RATE", D, "0.5", "rule 4")))
                .build();
        String zh = TextReport.render(r, withParameters, Language.ZH, false).replaceAll("\\s+", "");
        assertThat(zh).contains("授权;金额依据:每件发明专利的补助(另行制订),自2020-08-01起为5,000.00元(来源:禾城实施细则第3条)")
                .contains("利息48,650.00元;金额依据:贴息比例,自2020-08-01起为50%(来源:rule4)");
        String en = TextReport.render(r, withParameters, Language.EN, false).replaceAll("\\s+", " ");
        assertThat(en).contains("granted; amount as set by the deployment: per invention patent (implementing rules), "
                + "5,000.00 yuan from 2020-08-01 (source: 禾城实施细则第3条)");
        assertThat(HtmlReport.render(r, withParameters, Language.ZH)).contains("金额依据:每件发明专利的补助(另行制订),自 "
                + "<span class=\"nw\">2020-08-01 起</span>为 <span class=\"nw\">5,000.00 元</span>(来源:禾城实施细则第3条)");

        // held back whole, the would-be amount names its basis as the award would have
        EvaluationResult held = EvaluationResult.builder("p-1", D, "禾城").eligible(false)
                .exclusion(new Exclusion("P_GRANT", "ZL1", Text.plain("发明专利 ZL1"), D, new BigDecimal("5000.00"),
                        new ExclusionReason("ALREADY_PAID", "p-1 §7(1)", Text.bilingual("已补助", "paid before")),
                        "p-1 §7(1)", "p-1 §3", Text.bilingual("2019 年已补助", "paid in 2019"),
                        new io.iprules.AmountBasis("P_GRANT", D, "5000", "禾城实施细则第3条")))
                .build();
        assertThat(TextReport.render(held, withParameters, Language.ZH, false).replaceAll("\\s+", ""))
                .contains("2019年已补助;金额依据:每件发明专利的补助(另行制订),自2020-08-01起为5,000.00元(来源:禾城实施细则第3条)");
        assertThat(TextReport.render(held, withParameters, Language.EN, false).replaceAll("\\s+", " "))
                .contains("paid in 2019; amount as set by the deployment: per invention patent (implementing rules), "
                        + "5,000.00 yuan from 2020-08-01 (source: 禾城实施细则第3条)");
        assertThat(HtmlReport.render(held, withParameters, Language.ZH))
                .contains("<span class=\"nw\">2019 年</span>已补助;金额依据:每件发明专利的补助"
                + "(另行制订),自 <span class=\"nw\">2020-08-01 起</span>为 <span class=\"nw\">5,000.00 "
                + "元</span>(来源:禾城实施细则第3条)");
    }

    /**
     * Nothing due while an award's eligibility waits for an open parameter is not "nothing is due": the officer must
     * not read a pending award as refused. An award decided not due (held back) still reads "nothing is due".
     */
    @Test
    void anAwardWhoseEligibilityIsOpenIsNotReadAsNothingDue() {
        EvaluationResult open = awaitingTheExportThreshold("P_EXPORT.AMOUNT");
        assertThat(TextReport.render(open, P, Language.EN, false))
                .contains("Verdict: nothing is certainly due yet; 1 item(s) with eligibility undetermined\n")
                .doesNotContain("Verdict: nothing is due");
        assertThat(TextReport.render(open, P, Language.ZH, false))
                .contains("结论:暂无确定应予补助的项目;1 项是否符合条件待定\n").doesNotContain("无应予补助的项目\n");

        EvaluationResult none = EvaluationResult.builder("p-1", D, "禾城").eligible(false)
                .exclusion(new Exclusion("P_EXPORT", "2019", Text.plain("2019"), null, new BigDecimal("1000.00"),
                        new ExclusionReason("ALREADY_PAID", "p-1 §7(1)", Text.plain("paid before")), "p-1 §7(1)",
                        "p-1 §5", Text.plain("paid before")))
                .build();
        assertThat(TextReport.render(none, P, Language.EN, false)).contains("Verdict: nothing is due\n");
    }

    /**
     * Every award owed with its amount still open (jiaxing-2012 with no parameter set: the total 0.00, every amount
     * 另行制订) read 结论:有应予补助的项目, which an officer reads as money to pay. The verdict says the items qualify
     * and their amounts await the deployment's parameters, how many (2), marked "?" as the tile of the amounts not
     * counted is; the text's total and the page's tile say the same 2 in the same words (金额待定). The page's tile of
     * what is due shows "—" in grey, 应予补助合计(2 项金额待定), not 0.00 in green, a settled sum to pay.
     */
    @Test
    void awardsOwedWhoseAmountsAreAllOpenQualifyButAreNotMoneyDue() {
        EvaluationResult r = EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .award(new Award("P_GRANT", "ZL1", Text.plain("发明专利 ZL1"), D, null, "P_GRANT.INVENTION", "p-1 §3",
                        Text.bilingual("发明授权", "invention granted")))
                .award(new Award("P_GRANT", "ZL2", Text.plain("实用新型专利 ZL2"), D, null, "P_GRANT.UTILITY",
                        "p-1 §3", Text.bilingual("实用新型授权", "utility model granted")))
                .build();
        String zh = TextReport.render(r, P, Language.ZH, false);
        assertThat(zh).contains("结论:有符合条件的项目,金额待定;2 项金额待部署参数设定后确定\n")
                .contains("合计:0.00 元(另有 2 项金额待定,未计入)").doesNotContain("有应予补助的项目");
        assertThat(TextReport.render(r, P, Language.EN, false).replaceAll("\\s+", " "))
                .contains("Verdict: items qualify, their amounts undetermined; 2 item(s) whose amounts await the "
                        + "deployment’s parameters")
                .contains("Total: 0.00 yuan (2 more item(s) with undetermined amounts, not included)")
                .doesNotContain("something is due");
        assertThat(HtmlReport.render(r, P, Language.ZH))
                .contains("<p class=\"verdict unknown\">? 结论:有符合条件的项目,金额待定;<span class=\"nw\">2 项</span>"
                        + "金额待部署参数设定后确定</p>")
                .contains("<div class=\"tile unknown\"><span class=\"n money\">2</span><span class=\"label\">"
                        + "项金额待定(未计入)</span></div>")
                // nor is the tile of what is due a settled 0.00, in green
                .contains("<div class=\"tile unknown\"><span class=\"n money\">—</span><span class=\"label\">"
                        + "应予补助合计(<span class=\"nw\">2 项</span>金额待定)</span></div>")
                .doesNotContain("有应予补助的项目");
    }

    /**
     * The part of an award a maximum limit cuts ({@code CAP}) is said to be that, 扣减 / "cut", not what the item would
     * have been (本应 21,225.00 元, where the item was 30,000.00 and stays due at 8,775.00); the award line it reduced
     * is named with both figures, and an award cut whole says so. A cut whose amount is unknown reads "—".
     */
    @Test
    void thePartALimitCutsIsSaidToBeCutAndTheAwardLineReduced() {
        ExclusionReason cap = new ExclusionReason("CAP", "p-1 §7(1)", Text.bilingual("超出最高限额", "above the maximum "
                + "limit"));
        EvaluationResult r = EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .award(new Award("P_STD", "YD/T 1", Text.plain("行业标准 YD/T 1"), D, new BigDecimal("8775.00"), null,
                        "p-1 §6", Text.bilingual("发布", "published")))
                .exclusion(new Exclusion("P_STD", "YD/T 1", Text.plain("行业标准 YD/T 1"), D,
                        new BigDecimal("21225.00"), cap, "p-1 §7(1)", "p-1 §6",
                        Text.bilingual("超出部分不予补助", "the excess is not paid")))
                .exclusion(new Exclusion("P_GOLD", "G", Text.plain("金奖"), D, new BigDecimal("3100.96"), cap,
                        "p-1 §7(1)", "p-1 §5", Text.bilingual("超出部分不予补助", "the excess is not paid")))
                .exclusion(new Exclusion("P_BRAND", "B", Text.plain("著名商标"), D, null, cap, "p-1 §7(1)", "p-1 §5",
                        Text.bilingual("限额已用尽", "the limit is used up")))
                .build();
        String zh = TextReport.render(r, P, Language.ZH, false);
        assertThat(zh).contains("  - 行业标准 YD/T 1" + " ".repeat(64) + "扣减 21,225.00 元\n")
                .contains("  - 金奖" + " ".repeat(76) + "扣减 3,100.96 元\n")
                .contains("  - 著名商标" + " ".repeat(76) + "本应金额待定\n")
                .doesNotContainPattern("本应 [0-9]"); // what a cut item would have been is its cut, not a would-be
        assertThat(zh.replaceAll("\\s+", "")).contains("超出最高限额:超出部分不予补助;本项补助由30,000.00元减为8,775.00元")
                .contains("超出最高限额:超出部分不予补助;本项补助3,100.96元全部扣减");
        String en = TextReport.render(r, P, Language.EN, false);
        assertThat(en).contains("cut 21,225.00 yuan\n", "cut 3,100.96 yuan\n").doesNotContainPattern("would be [0-9]");
        assertThat(en.replaceAll("\\s+", " ")).contains("the award reduced from 30,000.00 to 8,775.00 yuan")
                .contains("the award of 3,100.96 yuan cut whole");
        String page = HtmlReport.render(r, P, Language.ZH);
        assertThat(page).contains("本项补助由 <span class=\"nw\">30,000.00 元</span>减为 <span class=\"nw\">8,775.00 元</span>");
        assertThat(HtmlReport.render(r, P, Language.EN)).contains("the award reduced from 30,000.00 to 8,775.00 yuan");
    }

    /**
     * A row whose eligibility waits for an open parameter is badged as such, 资格待定 / "eligibility undetermined", in
     * the text and on the page: it was badged 金额待定 / "amount undetermined", as if only its amount were open. A row
     * whose amount alone is open keeps 金额待定; one whose eligibility is open but whose amount is known says both.
     */
    @Test
    void aRowWhoseEligibilityIsOpenIsBadgedEligibilityUndetermined() {
        EvaluationResult open = awaitingTheExportThreshold("P_EXPORT.THRESHOLD");
        assertThat(TextReport.render(open, P, Language.ZH, false)).contains("  + 2019" + " ".repeat(84) + "资格待定\n")
                .doesNotContain("金额待定");
        assertThat(TextReport.render(open, P, Language.EN, false))
                .contains("  + 2019" + " ".repeat(68) + "eligibility undetermined\n")
                .doesNotContain("amount undetermined");
        assertThat(HtmlReport.render(open, P, Language.ZH)).contains("<span class=\"badge unknown\">? 资格待定</span>")
                .doesNotContain("? 金额待定");
        assertThat(HtmlReport.render(open, P, Language.EN))
                .contains("<span class=\"badge unknown\">? eligibility undetermined</span>");

        EvaluationResult known = EvaluationResult.builder("p-1", D, "禾城").eligible(false)
                .award(new Award("P_EXPORT", "2019", Text.plain("2019"), null, new BigDecimal("8000.00"), null,
                        "p-1 §5", Text.plain("exports"), "P_EXPORT.THRESHOLD"))
                .build();
        assertThat(TextReport.render(known, P, Language.ZH, false)).contains("资格待定,8,000.00 元\n");
        assertThat(HtmlReport.render(known, P, Language.ZH)).contains("<span class=\"badge unknown\">? 资格待定</span>")
                .doesNotContain("✓ 应予补助");

        EvaluationResult amountOnly = EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .award(ReportItems.EXPORT).build();
        assertThat(TextReport.render(amountOnly, P, Language.ZH, false)).contains("金额待定\n").doesNotContain("资格待定");
        assertThat(HtmlReport.render(amountOnly, P, Language.ZH)).contains("? 金额待定</span>");
    }

    /**
     * An unset threshold leaves the amount open because it leaves eligibility open: the parameter is named once, as
     * what eligibility awaits, in the text and on the page. An amount awaiting a parameter of its own names both.
     */
    @Test
    void aParameterTheAmountAndTheEligibilityBothAwaitIsNamedOnce() {
        EvaluationResult same = awaitingTheExportThreshold("P_EXPORT.THRESHOLD");
        for (Language lang : Language.values()) {
            String text = TextReport.render(same, P, lang, false).replaceAll("\\s+", " ");
            String page = HtmlReport.render(same, P, lang);
            assertThat(text.split("P_EXPORT\\.THRESHOLD", -1)).as(text).hasSize(2);
            assertThat(page.split("P_EXPORT\\.THRESHOLD", -1)).as(page).hasSize(2);
        }
        assertThat(TextReport.render(same, P, Language.EN, false).replaceAll("\\s+", " "))
                .contains("exports; eligibility undetermined until this is set: P_EXPORT.THRESHOLD")
                .doesNotContain("undetermined until this is set: P_EXPORT.THRESHOLD; exports");
        EvaluationResult two = awaitingTheExportThreshold("P_EXPORT.AMOUNT");
        assertThat(TextReport.render(two, P, Language.EN, false).replaceAll("\\s+", " "))
                .contains("undetermined until this is set: P_EXPORT.AMOUNT; exports; eligibility undetermined until "
                        + "this is set: P_EXPORT.THRESHOLD");
    }

    /**
     * An award whose amount is known (50,000.00) but whose eligibility waits for a threshold is no money owed: beside
     * one of 100,000.00 decided, the total is 100,000.00 and the one left out is named as 资格待定 / "eligibility
     * undetermined", not as an amount still open (金额待定), in the text's total, the page's tile of what is due and
     * its table's foot; its own row shows its amount with 资格待定. Alone, nothing is known to be due: the tile shows
     * "—" over 应予补助合计(1 项资格待定), not 已定金额合计 over 0.00, and the text 合计:0.00 元 with it left out.
     */
    @Test
    void anAwardWhoseEligibilityIsOpenIsLeftOutOfTheTotalAsSuch() {
        Award decided = new Award("P_GRANT", "ZL1", Text.plain("发明专利"), D, new BigDecimal("100000.00"), null,
                "p-1 §3", Text.plain("授权"));
        Award waiting = new Award("P_EXPORT", "2019", Text.plain("出口商标"), D, new BigDecimal("50000.00"), null,
                "p-1 §5", Text.plain("出口"), "P_EXPORT.THRESHOLD");
        EvaluationResult both = EvaluationResult.builder("p-1", D, "禾城").eligible(true).award(decided).award(waiting)
                .build();
        String zh = TextReport.render(both, P, Language.ZH, false);
        assertThat(zh).contains("资格待定,50,000.00 元\n", "\n合计:100,000.00 元(另有 1 项资格待定,未计入)\n")
                .doesNotContain("合计:150,000.00", "金额待定");
        assertThat(TextReport.render(both, P, Language.EN, false))
                .contains("\nTotal: 100,000.00 yuan (1 more item(s) with eligibility undetermined, not included)\n")
                .doesNotContain("undetermined amounts");
        String page = HtmlReport.render(both, P, Language.ZH);
        assertThat(page).contains("<div class=\"tile unknown\"><span class=\"n money\"><span class=\"nw\">100,000.00 元"
                        + "</span></span><span class=\"label\">已定金额合计(另有 <span class=\"nw\">1 项</span>资格待定,"
                        + "未计入)</span></div>",
                "<b>100,000.00</b></td><td colspan=\"2\">另有 <span class=\"nw\">1 项</span>资格待定,未计入</td>",
                "<span class=\"badge unknown\">? 资格待定</span>")
                .doesNotContain("150,000.00", "金额待定", "tile met\"><span class=\"n money\"><span class=\"nw\">100");
        assertThat(HtmlReport.render(both, P, Language.EN)).contains("<span class=\"label\">known amounts due in all "
                + "(1 more with eligibility undetermined, not counted)</span>");

        assertThat(Verdict.of(both)).isEqualTo(Verdict.DUE); // the decided award is due, as before

        EvaluationResult alone = EvaluationResult.builder("p-1", D, "禾城").eligible(false).award(waiting).build();
        assertThat(Verdict.of(alone)).isEqualTo(Verdict.PENDING);
        assertThat(TextReport.render(alone, P, Language.ZH, false))
                .contains("\n合计:0.00 元(另有 1 项资格待定,未计入)\n").doesNotContain("50,000.00 元(");
        assertThat(HtmlReport.render(alone, P, Language.ZH)).contains("<div class=\"tile unknown\"><span class=\"n "
                + "money\">—</span><span class=\"label\">应予补助合计(<span class=\"nw\">1 项</span>资格待定)</span></div>")
                .doesNotContain("已定金额合计");
    }

    /**
     * An amount or an eligibility awaiting a parameter the deployment set only from a later day is told so, with that
     * day: it had read "undetermined until this is set", where the deployment had set it (jiaxing's example file sets
     * its rates from 2013-01-01; an item of 2012-12-31 has none). A parameter set from before the item's day, or not at
     * all, keeps the words it had.
     */
    @Test
    void anAmountAwaitingAParameterSetOnlyFromALaterDayIsToldThatDay() {
        LocalDate item = LocalDate.of(2012, 12, 31);
        LocalDate later = LocalDate.of(2013, 1, 1);
        PolicyDescription setLater = withParameters(
                new io.iprules.ParameterInfo("P_EXPORT.AMOUNT", ParameterUnit.YUAN, "p-1 §5",
                        Text.bilingual("出口奖励", "export award"), true,
                        List.of(new io.iprules.ParameterValue(later, "20000", "细则"))),
                new io.iprules.ParameterInfo("P_EXPORT.THRESHOLD", ParameterUnit.YUAN, "p-1 §5",
                        Text.bilingual("出口额门槛", "export threshold"), true,
                        List.of(new io.iprules.ParameterValue(later, "900000", "细则"),
                                new io.iprules.ParameterValue(LocalDate.of(2013, 6, 1), "1000000", "细则"))));
        EvaluationResult r = EvaluationResult.builder("p-1", D, "禾城").eligible(false)
                .award(new Award("P_EXPORT", "2012", Text.plain("2012"), item, null, "P_EXPORT.AMOUNT", "p-1 §5",
                        Text.plain("exports"), "P_EXPORT.THRESHOLD"))
                .build();
        String en = TextReport.render(r, setLater, Language.EN, false).replaceAll("\\s+", " ");
        assertThat(en).contains("undetermined: export award is set only from 2013-01-01, none for the item's day "
                + "(2012-12-31)", "eligibility undetermined: export threshold is set only from 2013-01-01, none for "
                + "the item's day (2012-12-31)").doesNotContain("until this is set");
        assertThat(TextReport.render(r, setLater, Language.ZH, false).replaceAll("\\s+", ""))
                .contains("待定原因:出口奖励自2013-01-01起才有设定值,该项之日(2012-12-31)尚无");
        assertThat(HtmlReport.render(r, setLater, Language.EN)).contains("export award is set only from ")
                .doesNotContain("until this is set");

        EvaluationResult inForce = EvaluationResult.builder("p-1", D, "禾城").eligible(false)
                .award(new Award("P_EXPORT", "2013", Text.plain("2013"), later, null, "P_EXPORT.AMOUNT", "p-1 §5",
                        Text.plain("exports"), "P_EXPORT.THRESHOLD"))
                .build();
        assertThat(TextReport.render(inForce, setLater, Language.EN, false).replaceAll("\\s+", " "))
                .contains("undetermined until this is set: export award").doesNotContain("set only from");
        assertThat(TextReport.render(r, P, Language.EN, false).replaceAll("\\s+", " "))
                .contains("undetermined until this is set: P_EXPORT.AMOUNT").doesNotContain("set only from");
    }

    /** The policy p-1 with an invention's grant open (P_GRANT.INVENTION) and a utility model's set (1,000.00). */
    private static final PolicyDescription GRANTS = withParameters(
            new io.iprules.ParameterInfo("P_GRANT.INVENTION", ParameterUnit.YUAN, "p-1 §3",
                    Text.bilingual("每件发明专利的补助", "per invention patent"), true, List.of()),
            new io.iprules.ParameterInfo("P_GRANT.UTILITY", ParameterUnit.YUAN, "p-1 §3",
                    Text.bilingual("每件实用新型专利的补助", "per utility model"), true,
                    List.of(new io.iprules.ParameterValue(D, "1000", "细则"))));

    /**
     * jiaxing-2012 §7(1) with a maximum limit and an invention's grant still open: the utility model after it in the
     * result's order is worth 1,000.00, but the limit cuts from the last awards, so what it is paid waits for the
     * invention's amount. The kit gives its award the invention's parameter as {@code undeterminedBy}, with its warning
     * ({@code eligibility} the utility model's eligibility, or {@code null}); its reason here is the award's own, as a
     * result made by hand has it (the kit's names the limit's clause too: {@link #utilityModelHeldOpenByTheLimit}).
     */
    private static EvaluationResult utilityModelAwaitingTheInvention(String eligibility) {
        Text invention = Text.plain("发明专利 ZL1");
        Text utility = Text.plain("实用新型专利 ZL2");
        return EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .award(new Award("P_GRANT", "ZL1", invention, D, null, "P_GRANT.INVENTION", "p-1 §3",
                        Text.bilingual("发明授权", "invention granted")))
                .award(new Award("P_GRANT", "ZL2", utility, D, null, "P_GRANT.INVENTION", "p-1 §3",
                        Text.bilingual("实用新型授权", "utility model granted"), eligibility))
                .warning(new io.iprules.kit.Decision.CapAwaits(utility, new BigDecimal("1000.00"), invention,
                        "P_GRANT.INVENTION").warning())
                .build();
    }

    /**
     * {@link #utilityModelAwaitingTheInvention} as the kit makes it: the utility model's reason is its own, then the
     * limit's clause, p-1 §7(1), that holds it open ({@link io.iprules.kit.Decision.CapHeld}).
     */
    private static EvaluationResult utilityModelHeldOpenByTheLimit() {
        Text invention = Text.plain("发明专利 ZL1");
        Text utility = Text.plain("实用新型专利 ZL2");
        Text held = new io.iprules.kit.Decision.CapHeld(Text.bilingual("实用新型授权", "utility model granted"), invention,
                "P_GRANT.INVENTION", "p-1 §7(1)").reason();
        return EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .award(new Award("P_GRANT", "ZL1", invention, D, null, "P_GRANT.INVENTION", "p-1 §3",
                        Text.bilingual("发明授权", "invention granted")))
                .award(new Award("P_GRANT", "ZL2", utility, D, null, "P_GRANT.INVENTION", "p-1 §3", held))
                .warning(new io.iprules.kit.Decision.CapAwaits(utility, new BigDecimal("1000.00"), invention,
                        "P_GRANT.INVENTION").warning())
                .build();
    }

    /**
     * Every award carries the clauses that decided it: held open by the limit, the utility model is cited to the
     * clause that grants it and to the limit's, p-1 §7(1), which its reason names. The text and the page say the
     * limit's clause where they say the limit holds it, cite both (依据 p-1 §3 与 p-1 §7(1)), and give its own reason
     * once, not the kit's sentence about the limit again; the page lists it under both clauses. The invention, whose
     * own amount is open, is cited to its granting clause alone.
     */
    @Test
    void anAwardHeldOpenByTheLimitIsCitedToTheLimitsClauseToo() {
        EvaluationResult r = utilityModelHeldOpenByTheLimit();
        String zh = TextReport.render(r, GRANTS, Language.ZH, false).replaceAll("\\s+", "");
        assertThat(zh).contains("待定原因:本项金额已确定,但受最高限额(p-1§7(1))约束,须待排在其前的发明专利ZL1金额确定后"
                        + "按最高限额核定(至多1,000.00元);发明专利ZL1的金额待定:每件发明专利的补助尚未设定;"
                        + "实用新型授权[依据p-1§3与p-1§7(1)]")
                .contains("待定原因:每件发明专利的补助尚未设定;发明授权[依据p-1§3]")
                .doesNotContain("应付多少须待");
        assertThat(TextReport.render(r, GRANTS, Language.EN, false).replaceAll("\\s+", " "))
                .contains("undetermined under the maximum limit (p-1 §7(1)): its own amount is known, but what it is "
                        + "paid is settled only once the amount of 发明专利 ZL1, which comes before it, is known (at "
                        + "most 1,000.00 yuan); the amount of 发明专利 ZL1 is undetermined: per invention patent is not "
                        + "set; utility model granted [under p-1 §3 and p-1 §7(1)]")
                .doesNotContain("holds what it is paid open");
        String page = HtmlReport.render(r, GRANTS, Language.ZH);
        assertThat(page).contains("<td>待定原因:本项金额已确定,但受最高限额(p-1 §7(1))约束,须待排在其前的 发明专利 ZL1 "
                        + "金额确定后按最高限额核定(至多 <span class=\"nw\">1,000.00 元</span>);发明专利 ZL1 的金额待定:"
                        + "每件发明专利的补助尚未设定;实用新型授权</td><td><a class=\"cite\" href=\"#clause-p_2d1_20_a73\">"
                        + "p-1 §3</a><br><small>依据 <a class=\"cite\" href=\"#clause-p_2d1_20_a77_281_29\">p-1 §7(1)</a>"
                        + "</small></td>")
                .doesNotContain("应付多少须待");
        String limitClause = page.substring(page.indexOf("<dt id=\"clause-p_2d1_20_a77_281_29\">"));
        assertThat(limitClause.substring(0, limitClause.indexOf("</dd>"))).contains("<li>+ 实用新型专利 ZL2</li>")
                .doesNotContain("<li>+ 发明专利 ZL1</li>");
    }

    /**
     * An award whose own amount is known but waits, under a maximum limit, for an earlier amount still open was told
     * 待定原因:每件发明专利的补助尚未设定, the earlier item's parameter, as if its own amount were that parameter.
     * It now says its amount is known and waits for the item before it, which it names with what that item awaits,
     * in the text and on the page; the earlier item keeps its own cause.
     */
    @Test
    void anAmountWaitingUnderTheLimitForAnEarlierOneSaysSo() {
        EvaluationResult r = utilityModelAwaitingTheInvention(null);
        String zh = TextReport.render(r, GRANTS, Language.ZH, false).replaceAll("\\s+", "");
        assertThat(zh).contains("待定原因:本项金额已确定,但受最高限额约束,须待排在其前的发明专利ZL1金额确定后按"
                        + "最高限额核定(至多1,000.00元);发明专利ZL1的金额待定:每件发明专利的补助尚未设定;"
                        + "实用新型授权[依据p-1§3]")
                .contains("待定原因:每件发明专利的补助尚未设定;发明授权[依据p-1§3]")
                .doesNotContain("待定原因:每件发明专利的补助尚未设定;实用新型授权");
        assertThat(TextReport.render(r, GRANTS, Language.EN, false).replaceAll("\\s+", " "))
                .contains("undetermined under the maximum limit: its own amount is known, but what it is paid is "
                        + "settled only once the amount of 发明专利 ZL1, which comes before it, is known (at most "
                        + "1,000.00 yuan); the amount of 发明专利 ZL1 is undetermined: per invention patent is not "
                        + "set; utility model granted");
        assertThat(HtmlReport.render(r, GRANTS, Language.ZH)).contains("<td>待定原因:本项金额已确定,但受最高限额约束,"
                + "须待排在其前的 发明专利 ZL1 金额确定后按最高限额核定(至多 <span class=\"nw\">1,000.00 元</span>);"
                + "发明专利 ZL1 的金额待定:每件发明专利的补助尚未设定;实用新型授权</td>");
    }

    /**
     * The cause the earlier amount awaits, when this award's eligibility awaits it too, is listed once for both, not
     * once for the earlier amount and again as what eligibility awaits.
     */
    @Test
    void aCauseTheEarlierAmountAndTheEligibilityBothAwaitIsListedOnce() {
        EvaluationResult r = utilityModelAwaitingTheInvention("P_GRANT.INVENTION");
        String zh = TextReport.render(r, GRANTS, Language.ZH, false).replaceAll("\\s+", "");
        assertThat(zh).contains("(至多1,000.00元);发明专利ZL1的金额及本项资格均待定:每件发明专利的补助尚未设定;"
                + "实用新型授权[依据p-1§3]").doesNotContain("资格待定:");
        assertThat(zh.split("每件发明专利的补助尚未设定", -1)).hasSize(3); // once for each award
        assertThat(TextReport.render(r, GRANTS, Language.EN, false).replaceAll("\\s+", " ")).contains("the amount of "
                + "发明专利 ZL1 and this item’s eligibility are undetermined: per invention patent is not set; utility "
                + "model granted").doesNotContain("eligibility undetermined until this is set");
        assertThat(HtmlReport.render(r, GRANTS, Language.ZH)).contains(");发明专利 ZL1 的金额及本项资格均待定:"
                + "每件发明专利的补助尚未设定;实用新型授权</td>").doesNotContain("资格待定:");
    }

    @Test
    void anItemHeldOutUntilTheApplicantChoosesIsNotReadAsNothingDue() {
        ExclusionReason choiceRequired = new ExclusionReason("CHOICE_REQUIRED", "p-1 §7(1)", Text.plain("choose"),
                true);
        ExclusionReason alreadyPaid = new ExclusionReason("ALREADY_PAID", "p-1 §7(1)", Text.plain("paid before"));
        EvaluationResult waiting = EvaluationResult.builder("p-1", D, "禾城").eligible(false)
                .exclusion(new Exclusion("P_GOLD", "ZL1", Text.plain("ZL1"), null, new BigDecimal("300000.00"),
                        choiceRequired, "p-1 §7(1)", "p-1 §5", Text.plain("choose one policy")))
                .exclusion(new Exclusion("P_DEMO", null, Text.plain("demo"), null, new BigDecimal("50000.00"),
                        alreadyPaid, "p-1 §7(1)", "p-1 §5", Text.plain("paid before")))
                .build();
        assertThat(TextReport.render(waiting, P, Language.ZH, false))
                .contains("结论:暂无确定应予补助的项目;1 项待申请人作出选择后确定\n").doesNotContain("无应予补助的项目\n");
        assertThat(TextReport.render(waiting, P, Language.EN, false))
                .contains("Verdict: nothing is certainly due yet; 1 item(s) held out until the applicant chooses\n");
        assertThat(Verdict.of(waiting).look).isEqualTo(Verdict.Look.OPEN);
    }

    /**
     * An award whose eligibility waits for the export threshold beside an item awaiting the applicant's choice
     * (jiaxing-2012: a circulation unit claimed under another policy line, 50,000.00): the verdict had read
     * 暂无确定应予补助的项目;1 项是否符合条件待定 alone, the 50,000.00 awaiting the choice in no verdict. It names both,
     * in the text and on the page.
     */
    @Test
    void anEligibilityOpenBesideAnItemAwaitingTheApplicantIsNamedWithIt() {
        ExclusionReason choiceRequired = new ExclusionReason("CHOICE_REQUIRED", "p-1 §7(1)", Text.plain("choose"),
                true);
        EvaluationResult both = EvaluationResult.builder("p-1", D, "禾城").eligible(false)
                .award(awaitingTheExportThreshold("P_EXPORT.AMOUNT").awards().get(0))
                .exclusion(new Exclusion("P_CIRCULATION", null, Text.plain("流通试点"), null, new BigDecimal("50000.00"),
                        choiceRequired, "p-1 §7(1)", "p-1 §5", Text.plain("choose one policy")))
                .build();
        assertThat(TextReport.render(both, P, Language.ZH, false))
                .contains("结论:暂无确定应予补助的项目;1 项是否符合条件待定,1 项待申请人作出选择后确定\n");
        assertThat(TextReport.render(both, P, Language.EN, false)).contains("Verdict: nothing is certainly due yet; "
                + "1 item(s) with eligibility undetermined, 1 item(s) held out\n  until the applicant chooses\n");
        assertThat(HtmlReport.render(both, P, Language.ZH)).contains("<p class=\"verdict unknown\">? 结论:暂无确定应予"
                + "补助的项目;<span class=\"nw\">1 项</span>是否符合条件待定,<span class=\"nw\">1 项</span>待申请人作出选择后确定"
                + "</p>");
    }

    /**
     * jiaxing-2012 §7(1): an item awaiting the applicant's choice under a maximum limit with no room left (the module
     * warns that choosing this policy adds nothing, the kit's {@code warning.cap-and-choice.used-up}) is no money
     * awaiting a choice: the verdict had read 暂无确定应予补助的项目;1 项待申请人作出选择后确定 beside that warning. It
     * reads what is due and says, beside it, that the choice adds nothing; the page's tile of items awaiting says so
     * too.
     */
    @Test
    void aChoiceThatAddsNothingUnderALimitUsedUpIsNotCountedAsAwaitingIt() {
        BigDecimal limit = new BigDecimal("500000.00");
        Text usedUpWarning = new io.iprules.kit.Decision.CapAndChoice(limit, limit, BigDecimal.ZERO.setScale(2),
                "§7(1) 最高限额").warning();
        EvaluationResult usedUp = EvaluationResult.builder("p-1", D, "禾城").eligible(false)
                .exclusion(ReportItems.GOLD_AWAITING)
                .exclusion(ReportItems.overCap(new BigDecimal("50000.00")))
                .warning(usedUpWarning)
                .build();
        assertThat(Verdict.of(usedUp)).isEqualTo(Verdict.NOTHING_DUE);
        assertThat(TextReport.render(usedUp, P, Language.ZH, false))
                .contains("结论:无应予补助的项目\n  另:1 项待申请人选择,但最高限额已用尽,选择本政策也不增加补助\n")
                .doesNotContain("待申请人作出选择后确定");
        assertThat(TextReport.render(usedUp, P, Language.EN, false).replaceAll("\\s+", " ")).contains("Verdict: "
                + "nothing is due also: 1 item(s) await the applicant’s choice, but the maximum limit is used up: "
                + "choosing this policy adds nothing Awards").doesNotContain("held out until the applicant chooses");
        String page = HtmlReport.render(usedUp, P, Language.ZH);
        assertThat(page).contains("<p class=\"verdict ko\">✗ 结论:无应予补助的项目</p>\n<p class=\"meta\">另:"
                        + "<span class=\"nw\">1 项</span>待申请人选择,但最高限额已用尽,选择本政策也不增加补助</p>")
                .contains("<span class=\"label\"><span class=\"nw\">1 项</span>待申请人选择(未计入;最高限额已用尽,"
                        + "选择本政策也不增加补助)</span>")
                .doesNotContain("待申请人作出选择后确定");
        // with an award due, the verdict is unchanged and the choice is said beside it
        EvaluationResult due = EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .award(new Award("P_DEMO", null, Text.plain("市示范"), D, new BigDecimal("50000.00"), null, "p-1 §5",
                        Text.plain("认定")))
                .exclusion(ReportItems.GOLD_AWAITING)
                .warning(usedUpWarning)
                .build();
        assertThat(TextReport.render(due, P, Language.ZH, false)).contains("结论:有应予补助的项目\n  另:1 项待申请人"
                + "选择,但最高限额已用尽,选择本政策也不增加补助\n");
        // a limit with room left: the choice may add money, and is counted as before
        EvaluationResult room = EvaluationResult.builder("p-1", D, "禾城").eligible(false)
                .exclusion(ReportItems.GOLD_AWAITING)
                .warning(new io.iprules.kit.Decision.CapAndChoice(limit, limit, new BigDecimal("50000.00"),
                        "§7(1) 最高限额").warning())
                .build();
        assertThat(TextReport.render(room, P, Language.ZH, false))
                .contains("结论:暂无确定应予补助的项目;1 项待申请人作出选择后确定\n").doesNotContain("另:");
    }

    @Test
    void everyKindIsShownWithItsClause() {
        EvaluationResult r = EvaluationResult.builder("p-1", D, "禾城").eligible(false)
                .award(new Award("P_EXPORT", "2019", Text.plain("2019"), null, null, "P_EXPORT.AMOUNT", "p-1 §5",
                        Text.plain("exports"), "P_EXPORT.THRESHOLD"))
                .indicator(new Indicator("P_PLAN", Text.bilingual("方案", "plan"), IndicatorStatus.NOT_MET,
                        ParameterUnit.YES_NO, Comparison.EQUAL, BigDecimal.ONE, "= yes", BigDecimal.ZERO, null, null,
                        null, "p-1 §2", "印发方案", null, LocalDate.of(2020, 6, 30), true))
                .deadline(new Deadline("P_REPLY", "禾城", DeadlineStatus.LATE, LocalDate.of(2020, 7, 1),
                        LocalDate.of(2020, 7, 8), LocalDate.of(2020, 7, 10), 7, 2, null, List.of("国办发明电〔2019〕16号"),
                        "p-1 §3", null))
                .measure(new Measure("p-1 §4", "市知识产权局", Text.bilingual("开展宣传", "hold publicity events")))
                .variant(new Variant("TOP_UP", "p-1 §7(1)"))
                .build();
        String en = TextReport.render(r, P, Language.EN, false);
        assertThat(en.replaceAll("\\s+", " ")).contains("eligibility undetermined until this is set: "
                + "P_EXPORT.THRESHOLD");
        assertThat(en)
                .contains("  ✗ not met: plan\n", "actual no, required yes; overdue: due by 2020-06-30  [p-1 §2]")
                .contains("Deadlines", "  ✗ late: P_REPLY: 禾城\n", "from 2020-07-01; by 2020-07-08; done 2020-07-10; "
                        + "7 working day(s) used; 2 working day(s) late;\n    working days counted with: 国办发明电〔2019〕16号"
                        + "  [p-1 §3]")
                .contains("Measures", "  · 市知识产权局: hold publicity events  [p-1 §4]")
                .contains("Named variants applied", "  · TOP_UP  [p-1 §7(1)]")
                // codes stay in JSON where the policy has words: the indicator is named by its title; the deadline,
                // which this policy has no words for, by its code (the heading said "late: 禾城", not which deadline)
                .doesNotContain("P_PLAN");
        String zh = TextReport.render(r, P, Language.ZH, false);
        assertThat(zh).contains("资格待定", "逾期 2 个工作日", "措施", "开展宣传", "实际 否,要求 是");
        // a deadline missed is the authority's: no verdict changes, but the summary says it, not only the section
        assertThat(zh).contains("  另:1 项期限已逾期(见“期限”)\n");
        assertThat(en).contains("  also: 1 deadline(s) missed (see Deadlines)\n");
        EvaluationResult conditionsOnly = EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .deadline(r.deadlines().get(0)).build();
        assertThat(HtmlReport.render(conditionsOnly, P, Language.ZH)).contains("<p class=\"deadlines-missed\">"
                + "<a href=\"#deadlines\">另:<span class=\"nw\">1 项</span>期限已逾期(见“期限”)</a></p>")
                .contains("<section class=\"deadlines\" id=\"deadlines\">");
        // the notices the working days were counted with are labelled, as on the page
        assertThat(zh.replaceAll("\\s+", "")).contains("逾期2个工作日;工作日依据:国办发明电〔2019〕16号[p-1§3]");
    }

    /**
     * A yes/no target answered no before its due date is not yet a failure (anning-2022's yes/no targets due at the end
     * of phase 1): the due date says so, in the text as on the page; met, it is the date alone; overdue, overdue.
     */
    @Test
    void aYesNoTargetUnmetBeforeItsDueDateSaysItIsNotYetDue() {
        for (boolean overdue : new boolean[] {false, true}) {
            EvaluationResult r = EvaluationResult.builder("p-1", D, "禾城").eligible(false)
                    .indicator(new Indicator("P_PLAN", Text.bilingual("方案", "plan"), IndicatorStatus.NOT_MET,
                            ParameterUnit.YES_NO, Comparison.EQUAL, BigDecimal.ONE, "= yes", BigDecimal.ZERO, null,
                            null, null, "p-1 §2", "印发方案", null, LocalDate.of(2020, 6, 30), overdue))
                    .build();
            String zh = TextReport.render(r, P, Language.ZH, false);
            String page = HtmlReport.render(r, P, Language.ZH);
            if (overdue) {
                assertThat(zh).contains("已逾期(最迟应于 2020-06-30 完成)").doesNotContain("尚未到期");
            } else {
                assertThat(zh).contains("实际 否,要求 是;期限 2020-06-30,尚未到期");
                assertThat(page).contains("期限 <span class=\"nw\">2020-06-30</span>,尚未到期");
                assertThat(TextReport.render(r, P, Language.EN, false)).contains("due 2020-06-30, not yet overdue");
            }
        }
    }

    /**
     * About 20 (20人左右, anning-2022 §4(3)1): met at 18, progress against 20. The page says what progress is measured
     * against when it is not the required value (进度以 20 计); the text says the same: 18 of 20 is 90.00%, not 100%.
     */
    @Test
    void progressAgainstAnotherFigureThanTheRequiredOneSaysSoInTheTextAsOnThePage() {
        EvaluationResult r = EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .indicator(new Indicator("P_LIAISON", Text.bilingual("联络员", "liaison officers"), IndicatorStatus.MET,
                        ParameterUnit.COUNT, Comparison.AT_LEAST, new BigDecimal("18"), ">= 18", new BigDecimal("18"),
                        new BigDecimal("20"), new BigDecimal("0.9000"), null, "p-1 §2", "20人左右", null))
                .build();
        assertThat(TextReport.render(r, P, Language.ZH, false))
                .contains("  ✓ 已达标:联络员\n    实际 18,要求 ≥ 18;进度 90.00%;进度以 20 计  [p-1 §2]\n");
        assertThat(TextReport.render(r, P, Language.EN, false))
                .contains("    actual 18, required ≥ 18; progress 90.00%; progress against 20  [p-1 §2]\n");
        assertThat(HtmlReport.render(r, P, Language.ZH)).contains("<small>进度以 <span class=\"nw\">20 计</span></small>");
    }

    /**
     * Lists in the text and on the page are joined as each language joins them, from the report's catalog (list.sep):
     * 、 in Chinese, a comma and a space in English; the notices a deadline was counted with are labelled 工作日依据.
     */
    @Test
    void listsAreJoinedAsEachLanguageJoinsThem() {
        EvaluationResult r = EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .deadline(new Deadline("P_REPLY", "禾城", DeadlineStatus.ON_TIME, LocalDate.of(2012, 12, 27),
                        LocalDate.of(2013, 1, 7), LocalDate.of(2013, 1, 7), 5, 0, null,
                        List.of("国办发明电〔2011〕42号", "国办发明电〔2012〕33号"), "p-1 §3", null))
                .measure(new Measure("p-1 §4", "省知识产权局", Text.bilingual("开展宣传", "hold publicity events"),
                        "蒙东地区", List.of("呼伦贝尔市", "兴安盟")))
                .build();
        String zh = TextReport.render(r, P, Language.ZH, false);
        assertThat(zh.replaceAll("\\s+", "")).contains("已用5个工作日;工作日依据:国办发明电〔2011〕42号、国办发明电〔2012〕33号[p-1§3]");
        assertThat(zh).contains("  · 省知识产权局 · 蒙东地区(呼伦贝尔市、兴安盟):开展宣传  [p-1 §4]\n");
        String en = TextReport.render(r, P, Language.EN, false);
        assertThat(en.replaceAll("\\s+", " ")).contains("5 working day(s) used; working days counted with: "
                + "国办发明电〔2011〕42号, 国办发明电〔2012〕33号 [p-1 §3]",
                "· 省知识产权局 · 蒙东地区 (呼伦贝尔市, 兴安盟): hold publicity events [p-1 §4]");
        assertThat(HtmlReport.render(r, P, Language.ZH)).contains("工作日依据:国办发明电〔2011〕42号、国办发明电〔2012〕33号</p>",
                "<small class=\"place\">蒙东地区(呼伦贝尔市、兴安盟)</small>");
        assertThat(HtmlReport.render(r, P, Language.EN)).contains("working days counted with: <span lang=\"zh-CN\">"
                + "国办发明电〔2011〕42号, 国办发明电〔2012〕33号</span></p>");
    }

    /**
     * A certificate issued on the fifth working day (beijing-2012 §2(4), 5个工作日内) is on time: the contract's
     * {@code workingDaysLate} is 0, but the officer's text does not print "逾期 0 个工作日" beside 按期, which reads as
     * overdue; the days used and the detail say how it stood.
     */
    @Test
    void aDeadlineKeptIsNotSaidToBeLateByNoDays() {
        EvaluationResult r = EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .deadline(new Deadline("P_REPLY", "禾城", DeadlineStatus.ON_TIME, LocalDate.of(2013, 9, 27),
                        LocalDate.of(2013, 10, 10), LocalDate.of(2013, 10, 10), 5, 0, null,
                        List.of("国办发明电〔2012〕33号"), "p-1 §3", null))
                .build();
        assertThat(TextReport.render(r, P, Language.ZH, false))
                .contains("起算 2013-09-27;期限 2013-10-10;办结 2013-10-10;已用 5 个工作日;")
                .doesNotContain("逾期");
        assertThat(TextReport.render(r, P, Language.EN, false))
                .contains("from 2013-09-27; by 2013-10-10; done 2013-10-10; 5 working day(s) used;")
                .doesNotContain("late");
        assertThat(String.join(";", TextReport.deadlineFacts(r.deadlines().get(0), Language.ZH,
                new OfficerText(P, Language.ZH)))).isNotEmpty().doesNotContain("逾期");
    }

    /**
     * A certificate never issued, counted over years: its working days are counts and grouped from 1,000 on, as every
     * other count the text prints (逾期 3235 个工作日 had stood beside 1,000,000); the years of its notices stay as
     * written.
     */
    @Test
    void workingDaysOfAThousandOrMoreAreGrouped() {
        EvaluationResult r = EvaluationResult.builder("p-1", LocalDate.of(2025, 12, 31), "禾城").eligible(false)
                .deadline(new Deadline("P_REPLY", "禾城", DeadlineStatus.OVERDUE, LocalDate.of(2013, 1, 7),
                        LocalDate.of(2013, 1, 14), null, null, 3235, null,
                        List.of("国办发明电〔2013〕41号"), "p-1 §3", null))
                .deadline(new Deadline("P_REPLY", "南湖", DeadlineStatus.LATE, LocalDate.of(2013, 1, 7),
                        LocalDate.of(2013, 1, 14), LocalDate.of(2024, 6, 3), 2846, 2841, null, List.of(), "p-1 §3",
                        null))
                .build();
        String zh = TextReport.render(r, P, Language.ZH, false);
        assertThat(zh).contains("起算 2013-01-07;期限 2013-01-14;逾期 3,235 个工作日;工作日依据:国办发明电〔2013〕41号  [p-1 §3]",
                "起算 2013-01-07;期限 2013-01-14;办结 2024-06-03;已用 2,846 个工作日;逾期 2,841 个工作日\n    [p-1 §3]");
        assertThat(TextReport.render(r, P, Language.EN, false).replaceAll("\\s+", " ")).contains("from 2013-01-07; by "
                + "2013-01-14; done 2024-06-03; 2,846 working day(s) used; 2,841 working day(s) late [p-1 §3]");
        assertThat(HtmlReport.render(r, P, Language.ZH)).contains("逾期 <span class=\"nw\">3,235 个</span>工作日");
    }

    @Test
    void aSetOfAlternativesReadsAsOneOfThemInWordsInTheTextAndOnThePage() {
        // a policy that has words for two codes (the clause that lists them), none for a third
        PolicyDescription named = new PolicyDescription("p-1", Text.bilingual("政策", "policy"), null, D, D, null,
                "p-1 §9", "1", List.of(new Provision("p-1 §1", Text.bilingual("示范园区", "demonstration park"),
                        List.of("P_DEMO"), ProvisionStatus.IMPLEMENTED, Text.plain("")),
                new Provision("p-1 §2", Text.bilingual("试点园区", "pilot park"), List.of("P_PILOT"),
                        ProvisionStatus.IMPLEMENTED, Text.plain(""))),
                List.of(), List.of(new SubjectKind("applicant", String.class, Text.plain("a"))));
        EvaluationResult r = EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .condition(new Condition("P_SCOPE", "禾城", true, "辽宁省", "内蒙古自治区 | 辽宁省 | 吉林省 | 黑龙江省",
                        "p-1 §3", null, null))
                .condition(new Condition("P_KIND", "禾城", true, "P_PILOT", "P_DEMO | P_PILOT", "p-1 §4", null, null))
                .condition(new Condition("P_SIZE", "禾城", true, "120000", "50000 | >= 100000", "p-1 §5", null, null))
                // one member without words: the set is left out, as a code without words is
                .condition(new Condition("P_TYPE", "禾城", true, "P_PILOT", "P_PILOT | P_UNNAMED", "p-1 §6", null, null))
                .build();
        String zh = TextReport.render(r, named, Language.ZH, false);
        assertThat(zh).contains("实际 辽宁省,要求 内蒙古自治区、辽宁省、吉林省、黑龙江省之一  [p-1 §3]",
                "实际 试点园区,要求 示范园区、试点园区之一  [p-1 §4]", "实际 120,000,要求 50,000、≥ 100,000之一  [p-1 §5]")
                .doesNotContain(" | ", "P_UNNAMED", "P_DEMO", "P_PILOT");
        assertThat(zh.lines().filter(l -> l.contains("[p-1 §6]")).findFirst().orElseThrow()).doesNotContain("实际", "要求");
        String en = TextReport.render(r, named, Language.EN, false);
        assertThat(en).contains("actual 辽宁省, required one of 内蒙古自治区, 辽宁省, 吉林省, 黑龙江省  [p-1 §3]",
                "actual pilot park, required one of demonstration park, pilot park  [p-1 §4]",
                "actual 120,000, required one of 50,000, ≥ 100,000  [p-1 §5]").doesNotContain(" | ", "P_UNNAMED");
        String page = HtmlReport.render(r, named, Language.ZH);
        assertThat(page).contains("<td class=\"num\">辽宁省</td><td class=\"num\">内蒙古自治区、辽宁省、吉林省、黑龙江省之一</td>",
                "<td class=\"num\">试点园区</td><td class=\"num\">示范园区、试点园区之一</td>",
                "<td class=\"num\">120,000</td><td class=\"num\">50,000、≥ 100,000之一</td>")
                .doesNotContain(" | ", "P_UNNAMED");
        assertThat(HtmlReport.render(r, named, Language.EN))
                .contains("<td class=\"num\">one of <span lang=\"zh-CN\">内蒙古自治区, 辽宁省, 吉林省, 黑龙江省</span></td>",
                        "<td class=\"num\">one of demonstration park, pilot park</td>");
    }

    /**
     * A figure and the Chinese word after it, its unit, stay on one line: 94 columns of text, then " 48.4" fits the
     * line (99) but " 件" does not; the line breaks before the figure, not between the figure and 件 (which put 件 at
     * the head of a line once figures were spaced from the Chinese, 48.4 件).
     */
    @Test
    void aFigureKeepsItsUnitOnItsLine() {
        assertThat(OfficerText.wrap("", "", "依".repeat(47) + " 48.4 件,还需增加 1 件"))
                .containsExactly("依".repeat(47), "48.4 件,还需增加 1 件");
        // a date keeps the word after it too; a figure before a Latin word or at the end breaks as before
        assertThat(OfficerText.wrap("", "", "依".repeat(47) + " 2013-10-26 出具")).containsExactly("依".repeat(47),
                "2013-10-26 出具");
        assertThat(OfficerText.wrap("", "", "依".repeat(47) + " 48.4 kg"))
                .containsExactly("依".repeat(47) + " 48.4", "kg");
    }

    @Test
    void aNoticeNumberOrAClauseCitationIsNeverSplitAcrossLines() {
        // Without the rule, "国办发明电〔2012〕33号" would be cut after 国办 and "§6(5)1" after §: the filler and
        // the indent take 96 columns, so each token starts where only 4 columns are left.
        String filler = "依据".repeat(23); // 92 columns, plus the 4 of the indent
        List<String> notice = OfficerText.wrap("    ", "    ", filler + "国办发明电〔2012〕33号的规定");
        assertThat(notice).hasSize(2).allSatisfy(l -> assertThat(TextColumns.columns(l)).isLessThanOrEqualTo(100));
        // (a character or so before the issuer may come along: Chinese may break between any two characters)
        assertThat(notice.get(1)).contains("国办发明电〔2012〕33号的规定");
        List<String> clause = OfficerText.wrap("    ", "    ", filler + "见§6(5)1,另见§7(1)");
        assertThat(clause).allSatisfy(l -> assertThat(TextColumns.columns(l)).isLessThanOrEqualTo(100));
        assertThat(String.join("\n", clause)).contains("§6(5)1", "§7(1)");
        assertThat(clause.get(1)).startsWith("    §6(5)1");
        // Another issuer and year, and a citation at the very end of a line's room, stay whole too.
        List<String> other = OfficerText.wrap("", "", "依".repeat(47) + "国知办发管字〔2017〕30号");
        assertThat(other).containsExactly("依".repeat(47), "国知办发管字〔2017〕30号");
    }

    @Test
    void aCitationMovedToTheNextLineStartsAtTheIndentNotAtTheSpacesBeforeIt() {
        // The indent and 48 Chinese characters fill the line to column 100: the two spaces that put the citation
        // after the text do not fit, and neither may begin the next line.
        String full = "按授权日推定缴纳".repeat(6);
        assertThat(OfficerText.wrap("    ", "    ", full + "  " + OfficerText.keep("[northeast-2017 §2(2)]")))
                .containsExactly("    " + full, "    [northeast-2017 §2(2)]");
        // one column or two short of the end: a space or both still fit, and are not left at the line's end
        assertThat(OfficerText.wrap("    ", "    ", full.substring(1) + "a  " + OfficerText.keep("[p-1 §2]")))
                .containsExactly("    " + full.substring(1) + "a", "    [p-1 §2]");
        assertThat(OfficerText.wrap("    ", "    ", full.substring(1) + "  " + OfficerText.keep("[p-1 §2]")))
                .containsExactly("    " + full.substring(1), "    [p-1 §2]");
        // the same in English: 96 columns of words after the indent
        String words = "annual fee ZL201310123456.7/2 has no payment date in the request, "
                + "taken as paid on the grant day";
        assertThat(OfficerText.wrap("    ", "    ", words + "  " + OfficerText.keep("[jiaxing-2012 §6(5)1]")))
                .containsExactly("    " + words, "    [jiaxing-2012 §6(5)1]");
    }

    @Test
    void anOpeningBracketIsNeverTheLastCharacterOfALine() {
        // 4 + 72 + 23 columns, then the ASCII "(" is the 100th: the bracketed words do not fit after it
        String before = "依据".repeat(18) + ",推定于 2013-04-10 缴纳";
        String bracketed = "第k次年费推定于授权第k−1周年日缴纳";
        assertThat(OfficerText.wrap("    ", "    ", before + "(" + bracketed + ")"))
                .containsExactly("    " + before, "    (" + bracketed + ")");
        // a full-width bracket, two columns, ends at column 100 the same way
        String wide = "依据".repeat(18) + "推定于 2013-04-10 缴纳";
        assertThat(OfficerText.wrap("    ", "    ", wide + "（" + bracketed + "）"))
                .containsExactly("    " + wide, "    （" + bracketed + "）");
        // a bracket right after a date, in the same run of Latin characters: the date stays, the bracket goes with
        // what it opens (4 + 80 + 5 columns, then "2013-04-10(" ends at column 100)
        String dated = "依据".repeat(20) + "推定 2013-04-10";
        assertThat(OfficerText.wrap("    ", "    ", dated + "(" + bracketed + ")"))
                .containsExactly("    " + dated, "    (" + bracketed + ")");
        // an ASCII "[" as well, on a first line without indent
        assertThat(OfficerText.wrap("", "  ", "依".repeat(49) + "[" + "附件" + "]"))
                .containsExactly("依".repeat(49), "  [附件]");
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        // what the wrapper did already: a closing mark that does not fit takes the character before it along
        assertThat(OfficerText.wrap("", "", "依".repeat(49) + "发,另行制订")).containsExactly("依".repeat(49), "发,另行制订");
        // two closing marks in a row: both go, with the character before them
        assertThat(OfficerText.wrap("", "", "依".repeat(48) + "发）。另行制订"))
                .containsExactly("依".repeat(48), "发）。另行制订");
        // closing quotes and brackets the set lacked (the opening ones must not end a line either)
        assertThat(OfficerText.wrap("", "", "依".repeat(49) + "发”,另行制订")).containsExactly("依".repeat(49), "发”,另行制订");
        assertThat(OfficerText.wrap("", "", "依".repeat(49) + "发〕另行制订")).containsExactly("依".repeat(49), "发〕另行制订");
        // a closing bracket at the head of a longer Latin run takes the character before it along
        assertThat(OfficerText.wrap("", "", "依".repeat(49) + "发)-2012")).containsExactly("依".repeat(49), "发)-2012");
        // beijing-2012's title, which ends in a bracket, then its id in brackets: the line breaks between the two
        // (92 + 2 + 2 + 1 columns, then "(beijing-2012)" does not fit)
        assertThat(OfficerText.wrap("", "", "依".repeat(46) + "转发)(beijing-2012)"))
                .containsExactly("依".repeat(46) + "转发)", "(beijing-2012)");
    }

    @Test
    void linesWrapWithinOneHundredColumnsWithoutSplittingFiguresOrCitations() {
        String text = "每万人口发明专利拥有量48.39件(发明专利4839件 × 10000 ÷ 人口1000000),低于48.4件,每万人口差0.01件;"
                + "按园区人口1000000须至少拥有发明专利4840件,还需增加1件";
        var lines = OfficerText.wrap("    ✗ ", "      ", OfficerText.numbers(text) + "  "
                + OfficerText.keep("[pilot-city-2017 §1(2)2]"));
        assertThat(lines).allSatisfy(l -> assertThat(TextColumns.columns(l)).isLessThanOrEqualTo(100));
        assertThat(String.join("\n", lines)).contains("人口1,000,000", "× 10,000 ÷", "[pilot-city-2017 §1(2)2]")
                .doesNotContain("48.\n", "1,000,\n");
        // years, patent numbers and dates keep their digits as written
        assertThat(OfficerText.numbers("2013年 ZL201110345678.9 2013-04-02 YD/T 2600-2013 91330400MA28A0001D 48,650.00"))
                .isEqualTo("2013年 ZL201110345678.9 2013-04-02 YD/T 2600-2013 91330400MA28A0001D 48,650.00");
        assertThat(OfficerText.signs("<= 2017-07-31, >= 48.4")).isEqualTo("≤ 2017-07-31, ≥ 48.4");
    }

    @Test
    void aNumberAfterAColonOrBeforeACommaBetweenWordsIsGroupedOneWithinACodeOrAGroupedNumberIsNot() {
        // northeast-2017's detail, as its messages write it (ASCII colon and comma in the Chinese)
        assertThat(OfficerText.numbers("专利:42590000 名常住人口拥有 120000,每万人 28.18,高于全国的 21.24"))
                .isEqualTo("专利:42,590,000 名常住人口拥有 120,000,每万人 28.18,高于全国的 21.24");
        assertThat(OfficerText.numbers("Patents: 42590000 residents hold 120000, 28.18 per 10,000"))
                .isEqualTo("Patents: 42,590,000 residents hold 120,000, 28.18 per 10,000");
        // a digest, a grouped number, a list without spaces and a standard keep their digits as written
        assertThat(OfficerText.numbers("sha256:0123456789abcdef 1,412,120,000 12345,67890 GB/T 29490-2013 ISO/IEC "
                + "27001:2013"))
                .isEqualTo("sha256:0123456789abcdef 1,412,120,000 12345,67890 GB/T 29490-2013 ISO/IEC 27001:2013");
    }

    @Test
    void aColonAfterANumberEndsItOnlyAColonAfterAWordHoldsACodesTail() {
        // northeast-2017's details: the difference, a colon, then the cross-multiplication it is decided by
        assertThat(OfficerText.numbers("6.94:120000 × 1412120000 > 3000000 × 42590000"))
                .isEqualTo("6.94:120,000 × 1,412,120,000 > 3,000,000 × 42,590,000");
        assertThat(OfficerText.numbers("差距 -95.05:500000 × 1412120000 < 30000000 × 42590000"))
                .isEqualTo("差距 -95.05:500,000 × 1,412,120,000 < 30,000,000 × 42,590,000");
        assertThat(OfficerText.numbers("差距 -18.67:20000 × 1412120000")).isEqualTo("差距 -18.67:20,000 × 1,412,120,000");
        assertThat(OfficerText.numbers("1:50000")).isEqualTo("1:50,000");
        // a minus sign is a number's sign; a dash after a word or a number joins them
        assertThat(OfficerText.numbers("差额 -20000 元,(-123456),-50000,增长-12345"))
                .isEqualTo("差额 -20,000 元,(-123,456),-50,000,增长-12,345");
        assertThat(OfficerText.numbers("YD/T 2600-20130 ZL-12345 a--12345"))
                .isEqualTo("YD/T 2600-20130 ZL-12345 a--12345");
        // after a word of letters, with or without digits after them, the digits are a code's tail: kept whole,
        // also when they are all digits (the digest above was held by its letters as well)
        assertThat(OfficerText.numbers("sha256:0123456789 md5:12345678 rules:123456"))
                .isEqualTo("sha256:0123456789 md5:12345678 rules:123456");
        // a Chinese word is not such a word: 专利:42590000 above is grouped
    }
    /**
     * Each deadline's heading is signed as it stands: ✓ kept, ✗ late, ? still open; a deadline counted from no given
     * start says nothing of a start (no "起算 null").
     */
    @Test
    void eachDeadlineIsSignedAsItStandsAndAStartNotGivenIsNotPrinted() {
        EvaluationResult r = EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .deadline(new Deadline("P_REPLY", "禾城", DeadlineStatus.ON_TIME, LocalDate.of(2020, 7, 1),
                        LocalDate.of(2020, 7, 8), LocalDate.of(2020, 7, 6), 3, 0, null, List.of(), "p-1 §3", null))
                .deadline(new Deadline("P_REPLY", "南湖", DeadlineStatus.PENDING, null, LocalDate.of(2020, 8, 6), null,
                        null, null, 3, List.of(), "p-1 §3", null))
                .build();
        assertThat(TextReport.render(r, P, Language.ZH, false))
                .contains("  ✓ 按期:P_REPLY:禾城\n    起算 2020-07-01;期限 2020-07-08;办结 2020-07-06;已用 3 个工作日  [p-1 §3]\n")
                .contains("  ? 未到期:P_REPLY:南湖\n    期限 2020-08-06;剩余 3 个工作日  [p-1 §3]\n")
                .doesNotContain("null");
        assertThat(TextReport.render(r, P, Language.EN, false)).contains("  ? pending: P_REPLY: 南湖\n")
                .doesNotContain("null");
    }

    /** A measure at a place the text gives no scope for names the place alone, without an empty bracket. */
    @Test
    void aMeasureAtAPlaceWithoutAScopeNamesThePlaceAlone() {
        EvaluationResult r = EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .measure(new Measure("p-1 §4", "省知识产权局", Text.bilingual("开展宣传", "hold publicity events"),
                        "蒙东地区", List.of()))
                .build();
        assertThat(TextReport.render(r, P, Language.ZH, false)).contains("  · 省知识产权局 · 蒙东地区:开展宣传  [p-1 §4]\n")
                .doesNotContain("()");
    }

    /**
     * An item held back by the clause that would grant it, or with no granting clause given, is cited once in the
     * text, as on the page: "由 p-1 §5 排除", never "依据 null" nor the same clause twice.
     */
    @Test
    void anExclusionByItsOwnGrantingClauseOrWithNoneIsCitedOnceInTheText() {
        ExclusionReason notMet = new ExclusionReason("NOT_MET", "p-1 §5", Text.bilingual("条件未满足", "condition not met"));
        EvaluationResult r = EvaluationResult.builder("p-1", D, "禾城").eligible(false)
                .exclusion(new Exclusion("P_PROVINCE", null, Text.plain("省示范"), null, new BigDecimal("100000.00"),
                        notMet, "p-1 §5", "p-1 §5", Text.bilingual("未获省级认定", "not recognised")))
                .exclusion(new Exclusion("P_CITY", null, Text.plain("市示范"), null, new BigDecimal("50000.00"), notMet,
                        "p-1 §5", null, Text.bilingual("未获市级认定", "not recognised")))
                .build();
        String zh = TextReport.render(r, P, Language.ZH, false);
        assertThat(zh).contains("    条件未满足:未获省级认定  [由 p-1 §5 排除]\n", "    条件未满足:未获市级认定  [由 p-1 §5 排除]\n")
                .doesNotContain("null", "依据");
        assertThat(TextReport.render(r, P, Language.EN, false)).doesNotContain("null");
    }

    /**
     * A target met beyond its figure reads its progress as a percentage over 100 (48 of 40 is 120.00%), in the text
     * and on the page; only a strict target failed at exactly its figure reads "恰好等于界限".
     */
    @Test
    void aTargetMetBeyondItsFigureReadsItsProgressOverOneHundredPercent() {
        EvaluationResult r = EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .indicator(new Indicator("P_GRANTS", Text.bilingual("授权量", "grants"), IndicatorStatus.MET,
                        ParameterUnit.COUNT, Comparison.AT_LEAST, new BigDecimal("40"), ">= 40", new BigDecimal("48"),
                        new BigDecimal("40"), new BigDecimal("1.2000"), null, "p-1 §2", "四十件以上", null))
                .build();
        assertThat(TextReport.render(r, P, Language.ZH, false)).contains("    实际 48,要求 ≥ 40;进度 120.00%  [p-1 §2]\n")
                .doesNotContain("界限");
        assertThat(HtmlReport.render(r, P, Language.ZH)).contains("<div class=\"pct\">进度 120.00%</div>")
                .doesNotContain("恰好等于界限");
    }

    /** A yes/no target not answered reads a dash for its figure in the text, beside what is required: 是. */
    @Test
    void aYesNoTargetNotAnsweredReadsADashInTheText() {
        EvaluationResult r = EvaluationResult.builder("p-1", D, "禾城").eligible(false)
                .indicator(new Indicator("P_PLAN", Text.bilingual("方案", "plan"), IndicatorStatus.UNKNOWN,
                        ParameterUnit.YES_NO, Comparison.AT_LEAST, BigDecimal.ONE, "1", null, null, null, null,
                        "p-1 §1", "制定规划", null, null, false))
                .build();
        assertThat(TextReport.render(r, P, Language.ZH, false)).contains("  ? 未提供数据:方案\n    实际 —,要求 是  [p-1 §1]\n");
        assertThat(TextReport.render(r, P, Language.EN, false)).contains("    actual —, required yes  [p-1 §1]\n");
    }

    /**
     * A condition's figures as they read: a yes/no fact that its explanation states reads as the explanation alone
     * (是/否 beside it would repeat it), and a requirement that has no words (a JSON name), with no actual figure
     * given, prints no figure at all rather than "要求 null".
     */
    @Test
    void aConditionPrintsOnlyTheFiguresThatRead() {
        EvaluationResult r = EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .award(new Award("P_AWARD", "s-1", Text.plain("发明专利"), D, new BigDecimal("5000.00"), null, "p-1 §3",
                        Text.plain("授权")))
                .condition(new Condition("P_PLAN", "禾城", false, "false", "true", "p-1 §2", Text.plain("未印发工作方案"),
                        null))
                .condition(new Condition("P_FILED", "禾城", true, "true", "true", "p-1 §2", Text.plain("已按期备案"),
                        null))
                .condition(new Condition("P_JOINT", "禾城", false, null, "ipOffice+smeAuthority", "p-1 §6", null, null))
                .build();
        assertThat(TextReport.render(r, P, Language.ZH, false))
                .contains("    ✗ 不满足:未印发工作方案  [p-1 §2]\n", "    ✓ 满足:已按期备案  [p-1 §2]\n",
                        "    ✗ 不满足:P_JOINT  [p-1 §6]\n")
                .doesNotContain("null", "实际");
    }

    /**
     * A condition's figures with decimals are grouped as its detail's are (pilot-city-2017's density, a kit
     * {@code Decimal}: 每万人口发明专利拥有量 3,333.33 件): they had read 实际 3333.33 beside it, and a gap of 3,285.93
     * (5,000.33 − 1,714.40) as 3285.93. The JSON keeps them as the module gives them.
     */
    @Test
    void aConditionsFiguresWithDecimalsAreGroupedAsItsDetailIs() {
        EvaluationResult r = EvaluationResult.builder("p-1", D, "禾城").eligible(false)
                .condition(new Condition("P_DENSITY", "甲园", true, "3333.33", ">= 48.4", "p-1 §2",
                        Text.plain("每万人口发明专利拥有量 3,333.33 件"), null))
                .condition(new Condition("P_RATIO", "甲园", false, "5000.33", "<= 1714.40", "p-1 §2", null, "3285.93"))
                .build();
        assertThat(TextReport.render(r, P, Language.ZH, false))
                .contains("每万人口发明专利拥有量 3,333.33 件;实际 3,333.33,要求 ≥ 48.4  [p-1 §2]\n",
                        "实际 5,000.33,要求 ≤ 1,714.40;差距 3,285.93  [p-1 §2]\n")
                .doesNotContain("3333.33", "3285.93");
        assertThat(HtmlReport.render(r, P, Language.ZH)).contains("<td class=\"num\">3,333.33</td>",
                "<td class=\"num\">≤ 1,714.40</td><td class=\"num\">3,285.93</td>").doesNotContain("3333.33");
    }

    /**
     * A working-day count that lacks a year's State Council holiday notice (the kit's {@code CalendarNotCovered}, as
     * beijing-2012 §2(4) warns of it): the officer read the codes CALENDAR_NOT_COVERED and UNKNOWN and a developer's
     * instruction (命令行 --calendar FILE,Java 中 RulesEngine.builder()…), and two certificates of one application read
     * alike. The text and the page say it in an officer's words, each naming its deadline in the policy's words; the
     * warning's own words, which the JSON carries, are unchanged. The deadline's detail likewise.
     */
    @Test
    void aYearsNoticeNotLoadedIsSaidInAnOfficersWordsNamingTheDeadline() {
        PolicyDescription named = new PolicyDescription("p-1", Text.bilingual("政策", "policy"), null, D, D, null,
                "p-1 §9", "1", List.of(
                new Provision("p-1 §2", Text.bilingual("5个工作日内出具优先审查证明", "priority certificate in 5 days"),
                        List.of("P_PRIORITY"), ProvisionStatus.IMPLEMENTED, Text.plain("")),
                new Provision("p-1 §2", Text.bilingual("5个工作日内出具无违法行为证明", "clean-record certificate in 5 days"),
                        List.of("P_CLEAN"), ProvisionStatus.IMPLEMENTED, Text.plain(""))),
                List.of(), List.of(new SubjectKind("applicant", String.class, Text.plain("a"))));
        Text unknown = Text.bilingual("工作日无法全部计算,是否按期无法判定",
                "so the working days cannot all be counted and whether the deadline is kept is unknown");
        Text priority = new io.iprules.kit.calendar.CalendarNotCovered("P_PRIORITY", "203010000001.1", 2030,
                DeadlineStatus.UNKNOWN, unknown).warning();
        Text clean = new io.iprules.kit.calendar.CalendarNotCovered("P_CLEAN", "203010000001.1", 2030,
                DeadlineStatus.UNKNOWN, unknown).warning();
        EvaluationResult r = EvaluationResult.builder("p-1", D, "北京远期有限公司").eligible(true)
                .deadline(new Deadline("P_PRIORITY", "203010000001.1", DeadlineStatus.UNKNOWN,
                        LocalDate.of(2030, 12, 27), null, null, null, null, null, List.of(), "p-1 §2",
                        io.iprules.kit.calendar.CalendarNotCovered.detail(2030)))
                .warning(priority).warning(clean).build();
        // the result's own words, for a program and a deployment: the codes and how to add the year
        assertThat(priority.in(Language.ZH)).contains("(CALENDAR_NOT_COVERED)", "(UNKNOWN)", "--calendar FILE");
        String zh = TextReport.render(r, named, Language.ZH, false);
        assertThat(zh.replaceAll("\\s+", "")).contains("!5个工作日内出具优先审查证明(203010000001.1):本系统未载入国务院2030年"
                        + "节假日安排通知,工作日无法全部计算,是否按期无法判定;请联系系统管理员载入该通知后重新评估",
                "!5个工作日内出具无违法行为证明(203010000001.1):本系统未载入国务院2030年",
                "起算2030-12-27;计算工作日需要国务院2030年节假日安排的通知,本系统未载入该通知;不推定工作日");
        assertThat(zh).doesNotContain("CALENDAR_NOT_COVERED", "UNKNOWN", "--calendar", "RulesEngine", "部署方");
        String en = TextReport.render(r, named, Language.EN, false).replaceAll("\\s+", " ");
        assertThat(en).contains("! priority certificate in 5 days (203010000001.1): the State Council's holiday "
                        + "notice for 2030 is not loaded in this system, so the working days cannot all be counted and "
                        + "whether the deadline is kept is unknown; ask the system's administrator to load it, then "
                        + "evaluate again", "! clean-record certificate in 5 days (203010000001.1)",
                "counting the working days needs the State Council's holiday notice for 2030, which is not loaded in "
                        + "this system; the working days are not guessed")
                .doesNotContain("CALENDAR_NOT_COVERED", "(UNKNOWN)", "--calendar", "RulesEngine");
        String page = HtmlReport.render(r, named, Language.ZH);
        assertThat(page).contains("<li>5个工作日内出具优先审查证明(203010000001.1):本系统未载入国务院2030年节假日安排通知,"
                        + "工作日无法全部计算,是否按期无法判定;请联系系统管理员载入该通知后重新评估</li>",
                "计算工作日需要国务院2030年节假日安排的通知,本系统未载入该通知;不推定工作日")
                .doesNotContain("CALENDAR_NOT_COVERED", "--calendar", "RulesEngine");
    }

    /**
     * An amount set by a parameter this policy does not describe names its code and gives its value as written: not
     * as yuan, and not as a percentage (3 is not 300%).
     */
    @Test
    void anAmountBasisOfAParameterThePolicyDoesNotDescribeGivesItsValueAsWritten() {
        EvaluationResult r = EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .award(new Award("P_GRANT", "ZL1", Text.plain("发明专利 ZL1"), D, new BigDecimal("15000.00"), null,
                        "p-1 §3", Text.plain("授权"), null, new io.iprules.AmountBasis("P_TIMES", D, "3", "rule 5")))
                .build();
        assertThat(TextReport.render(r, P, Language.ZH, false).replaceAll("\\s+", ""))
                .contains("授权;金额依据:P_TIMES,自2020-08-01起为3(来源:rule5)").doesNotContain("%");
    }

    /**
     * pilot-city-2017 §1(2)1 asks for a solid IP foundation (知识产权工作基础扎实), which the module leaves to the national
     * experts (not formalised): "every condition is met" is of the conditions assessed, and the verdict names what
     * was not, in the text and on the page. A clause the result does not cite adds nothing; with a condition unmet
     * the verdict is no, and nothing is added to it.
     */
    @Test
    void everyConditionMetNamesThePartsOfItsClausesNotFormalised() {
        PolicyDescription withProvisions = new PolicyDescription("p-1", Text.bilingual("政策", "policy"), null, D, D,
                null, "p-1 §9", "1", List.of(
                new io.iprules.Provision("p-1 §1", Text.bilingual("申报城市条件", "city conditions"), List.of("P_SCOPE"),
                        io.iprules.ProvisionStatus.IMPLEMENTED, Text.plain("")),
                new io.iprules.Provision("p-1 §1", Text.bilingual("知识产权工作基础扎实", "a solid IP foundation"),
                        List.of(), io.iprules.ProvisionStatus.NOT_FORMALISED, Text.plain("专家评选")),
                new io.iprules.Provision("p-1 §4", Text.bilingual("政策支撑", "support"), List.of(),
                        io.iprules.ProvisionStatus.NOT_FORMALISED, Text.plain(""))),
                List.of(), List.of(new SubjectKind("applicant", String.class, Text.plain("a"))));
        EvaluationResult met = EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .condition(new Condition("P_SCOPE", "禾城", true, "true", "true", "p-1 §1", null, null))
                .build();
        assertThat(TextReport.render(met, withProvisions, Language.ZH, false)).contains(
                "结论:全部条件均满足\n  另:p-1 §1“知识产权工作基础扎实”未形式化,不在所评估的条件之内\n\n")
                .doesNotContain("政策支撑");
        assertThat(TextReport.render(met, withProvisions, Language.EN, false)).contains("Verdict: every condition is "
                + "met\n  Not assessed: p-1 §1 (“a solid IP foundation”) is not formalised and is not among the "
                + "conditions\n    assessed\n");
        assertThat(HtmlReport.render(met, withProvisions, Language.ZH)).contains("✓ 结论:全部条件均满足</p>\n"
                + "<p class=\"not-assessed\">另:p-1 §1“知识产权工作基础扎实”未形式化,不在所评估的条件之内</p>\n");
        EvaluationResult unmet = EvaluationResult.builder("p-1", D, "禾城").eligible(false)
                .condition(new Condition("P_SCOPE", "禾城", false, "false", "true", "p-1 §1", null, null))
                .build();
        assertThat(TextReport.render(unmet, withProvisions, Language.ZH, false)).doesNotContain("未形式化");
        assertThat(HtmlReport.render(unmet, withProvisions, Language.ZH)).doesNotContain("not-assessed\">");
        // the policy's own words, none of them in a result it does not cite
        assertThat(TextReport.render(met, P, Language.ZH, false)).contains("结论:全部条件均满足\n\n");
    }

    /**
     * The verdict: an assessment of conditions alone all met says so, with no money (no awards' section, no total);
     * a result with awards is judged by them, its unmet conditions listed under their heading only, whatever targets
     * it has beside.
     */
    @Test
    void theVerdictIsOfConditionsOrOfAwardsAsTheResultIs() {
        EvaluationResult assessed = EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .condition(new Condition("P_SCOPE", "禾城", true, "辽宁省", "辽宁省", "p-1 §1", null, null))
                .build();
        String zh = TextReport.render(assessed, P, Language.ZH, false);
        assertThat(zh).contains("结论:全部条件均满足\n").doesNotContain("补助\n", "合计", "指标");

        Indicator grants = new Indicator("P_GRANTS", Text.bilingual("授权量", "grants"), IndicatorStatus.MET,
                ParameterUnit.COUNT, Comparison.AT_LEAST, new BigDecimal("40"), ">= 40", new BigDecimal("48"),
                new BigDecimal("40"), new BigDecimal("1.2000"), null, "p-1 §2", "四十件以上", null);
        Award award = new Award("P_AWARD", "s-1", Text.plain("发明专利"), D, new BigDecimal("5000.00"), null,
                "p-1 §3", Text.plain("授权"));
        EvaluationResult paidWithTargets = EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .award(award).indicator(grants).build();
        assertThat(TextReport.render(paidWithTargets, P, Language.ZH, false)).contains("结论:有应予补助的项目\n")
                .doesNotContain("结论:全部指标均已达标");
        EvaluationResult paidWithConditions = EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .award(award).indicator(grants)
                .condition(new Condition("P_SCOPE", "禾城", true, "辽宁省", "辽宁省", "p-1 §1", null, null))
                .build();
        assertThat(TextReport.render(paidWithConditions, P, Language.ZH, false)).contains("结论:有应予补助的项目\n")
                .doesNotContain("结论:全部指标均已达标");
        EvaluationResult paidOneUnmet = EvaluationResult.builder("p-1", D, "禾城").eligible(true)
                .award(award)
                .condition(new Condition("P_SIZE", "禾城", false, "30", ">= 45", "p-1 §1", null, "15"))
                .build();
        assertThat(TextReport.render(paidOneUnmet, P, Language.ZH, false))
                .startsWith("政策(p-1)\n申请人:禾城    评估日期:2020-08-01\n结论:有应予补助的项目\n\n补助\n")
                .containsOnlyOnce("✗");

        // conditions that admit to targets (northeast-2017's scope), one not met: judged by the conditions
        EvaluationResult notAdmitted = EvaluationResult.builder("p-1", D, "禾城").eligible(false).indicator(grants)
                .condition(new Condition("P_SCOPE", "禾城", false, "河北省", "辽宁省", "p-1 §1", null, null))
                .build();
        assertThat(TextReport.render(notAdmitted, P, Language.ZH, false)).contains("结论:1 项条件中有 1 项未满足\n")
                .doesNotContain("结论:全部指标均已达标", "合计");
        // targets alone: no money to show; an item held back beside a condition: the budget shows it, and its total
        EvaluationResult targetsAlone = EvaluationResult.builder("p-1", D, "禾城").eligible(false).indicator(grants)
                .build();
        assertThat(TextReport.render(targetsAlone, P, Language.ZH, false)).contains("结论:全部指标均已达标\n")
                .doesNotContain("补助\n", "合计");
        EvaluationResult heldBack = EvaluationResult.builder("p-1", D, "禾城").eligible(false)
                .exclusion(ReportItems.PROVINCE_PAID)
                .condition(new Condition("P_SCOPE", "禾城", true, "辽宁省", "辽宁省", "p-1 §1", null, null))
                .build();
        assertThat(TextReport.render(heldBack, P, Language.ZH, false)).contains("\n不予补助\n  - 省示范", "合计:0.00 元\n");
    }
}
