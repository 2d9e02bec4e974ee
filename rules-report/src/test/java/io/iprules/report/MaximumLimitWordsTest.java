package io.iprules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.EvaluationResult;
import io.iprules.Language;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * jiaxing-2012 §7(1)'s maximum limit (最高限额) as the officer reads it, from the real engine: what the kit and the
 * module say of it only in warnings, the text and the page say where the award stands.
 */
class MaximumLimitWordsTest {
    /** The shipped jiaxing-patents-standards-open-amounts request. */
    private static final String OPEN_AMOUNTS = """
            {"policy":"jiaxing-2012","asOf":"2014-03-31","applicant":{"name":"嘉兴南湖物联网技术有限公司",
             "creditCode":"91330402MA2BC1234G","sme":true,
             "patents":[{"number":"ZL201310123456.7","kind":"INVENTION","grantDate":"2013-04-10","field":"IOT",
                         "annualFeesPaid":2},
                        {"number":"ZL201320234567.8","kind":"UTILITY_MODEL","grantDate":"2013-08-21"}],
             "brandHonours":[{"type":"ZHEJIANG_FAMOUS_TRADEMARK","date":"2013-12-20","name":"南湖芯"}]}}
            """;

    private static RulesEngine engine(String parameters) {
        return RulesEngine.builder().parameters("p.json", new ByteArrayInputStream(
                ("{\"jiaxing-2012\":{" + parameters + "}}").getBytes(StandardCharsets.UTF_8))).build();
    }

    private static String value(String parameter, String value) {
        return "\"" + parameter + "\":[{\"from\":\"2013-01-01\",\"value\":\"" + value + "\",\"source\":\"s\"}]";
    }

    private static EvaluationResult evaluate(RulesEngine engine, String request) {
        return new JsonContract(engine).evaluate(request.getBytes(StandardCharsets.UTF_8), LocalDate.of(2014, 3, 31),
                null);
    }

    /**
     * The invention's grant is not set; the utility model (1,000) and the first annual fee (900) after it in the
     * result's order are, and a limit of 50,000 applies: their awards' {@code undeterminedBy} is the invention's
     * parameter, which the text gave as their own cause (待定原因:每件授权发明专利的补助…尚未设定). They now say their
     * own amount is known and waits for the invention's; the invention and the brand honour, whose own amounts are
     * open, keep their own causes. The limit's clause that holds them open, jiaxing-2012 §7(1), is named in their
     * reason and cited beside the granting one (§6(5)1), once: the reason's own words for it are not told again.
     */
    @Test
    void anAwardWaitingForAnEarlierAmountUnderTheLimitSaysItsOwnIsKnown() {
        RulesEngine engine = engine(value("JX_PATENT_GRANT.UTILITY_MODEL", "1000") + ","
                + value("JX_SEI_ANNUITY.PER_FEE", "900") + "," + value("JX_MAXIMUM_LIMIT", "50000"));
        EvaluationResult r = evaluate(engine, OPEN_AMOUNTS);
        assertThat(r.awards()).extracting(io.iprules.Award::undeterminedBy).containsExactly(
                "JX_PATENT_GRANT.INVENTION", "JX_PATENT_GRANT.INVENTION", "JX_PATENT_GRANT.INVENTION",
                "JX_BRAND_HONOUR.ZHEJIANG_FAMOUS_TRADEMARK");
        String invention = "每件授权发明专利的补助(补助标准由市科技局和市财政局另行制订)";
        String zh = Reports.text(r, engine.policy(r.policy()), Language.ZH, false).replaceAll("\\s+", "");
        assertThat(zh).contains("+实用新型专利ZL201320234567.8金额待定待定原因:本项金额已确定,但受最高限额"
                        + "(jiaxing-2012§7(1))约束,须待排在其前的发明专利ZL201310123456.7金额确定后按最高限额核定"
                        + "(至多1,000.00元);发明专利ZL201310123456.7的金额待定:" + invention + "尚未设定;获得授权的"
                        + "实用新型专利(授权日2013-08-21)[依据jiaxing-2012§6(5)1与jiaxing-2012§7(1)]")
                .doesNotContain("应付多少须待")
                .contains("须待排在其前的发明专利ZL201310123456.7金额确定后按最高限额核定(至多900.00元)")
                .contains("+发明专利ZL201310123456.7金额待定待定原因:" + invention + "尚未设定;获得授权的发明专利")
                .contains("待定原因:浙江省著名商标奖励尚未设定;经主管部门认定为浙江省著名商标");
        // only the invention itself is told its amount awaits the invention's parameter
        assertThat(zh.split("待定原因:" + invention.replace("(", "\\(").replace(")", "\\)"), -1)).hasSize(2);
        assertThat(Reports.text(r, engine.policy(r.policy()), Language.EN, false).replaceAll("\\s+", " "))
                .contains("undetermined under the maximum limit (jiaxing-2012 §7(1)): its own amount is known, but "
                        + "what it is paid is settled only once the amount of invention patent ZL201310123456.7, "
                        + "which comes before it, is known (at most 1,000.00 yuan)")
                .contains("[under jiaxing-2012 §6(5)1 and jiaxing-2012 §7(1)]");
        String page = Reports.html(r, engine.policy(r.policy()), Language.ZH);
        assertThat(page).contains("<td>实用新型专利 ZL201320234567.8"
                + "</td><td class=\"num\">—</td><td>待定原因:本项金额已确定,但受最高限额(jiaxing-2012 §7(1))约束,须待排在"
                + "其前的 发明专利 ZL201310123456.7 金额确定后按最高限额核定(至多 <span class=\"nw\">1,000.00 元</span>);"
                + "发明专利 ZL201310123456.7 的金额待定:" + invention + "尚未设定;获得授权的实用新型专利")
                .contains("<a class=\"cite\" href=\"#clause-jiaxing_2d2012_20_a76_285_291\">jiaxing-2012 §6(5)1</a>"
                        + "<br><small>依据 <a class=\"cite\" href=\"#clause-jiaxing_2d2012_20_a77_281_29\">"
                        + "jiaxing-2012 §7(1)</a></small></td>")
                .doesNotContain("应付多少须待");
        // listed under the limit's clause too, with what it grants
        String limitClause = page.substring(page.indexOf("<dt id=\"clause-jiaxing_2d2012_20_a77_281_29\">"));
        assertThat(limitClause.substring(0, limitClause.indexOf("</dd>")))
                .contains("<li>+ 实用新型专利 ZL201320234567.8</li>", "<li>+ 发明专利 ZL201310123456.7 授权后第 "
                        + "<span class=\"nw\">1 次</span>年费</li>")
                .doesNotContain("<li>+ 浙江省著名商标");
    }

    /** The shipped jiaxing-city-demo-circulation-choice-pending request. */
    private static final String CHOICE_PENDING = """
            {"policy":"jiaxing-2012","asOf":"2013-12-31","applicant":{"name":"嘉兴南湖电子有限公司",
             "creditCode":"91330400MA28A0001D",
             "recognitions":[{"type":"CITY_PATENT_DEMO_ENTERPRISE","date":"2013-04-01"},
                             {"type":"PROVINCIAL_CIRCULATION_IP_DEMO","date":"2013-05-01"}],
             "otherPolicyClaims":[{"code":"JX_CIRCULATION_IP_UNIT",
                                   "policy":"浙江省商务厅流通领域知识产权示范单位补助"}]}}
            """;

    /**
     * The circulation unit's 50,000 awaits the applicant's choice of policy line; a limit of 0 cuts the city
     * demonstration enterprise's 50,000 whole, and the module warns that choosing this policy adds nothing. The
     * verdict read 暂无确定应予补助的项目;1 项待申请人作出选择后确定, as if choosing could change the money: it reads
     * nothing due, with the choice said beside it, in the text and on the page. With a limit of 50,000, used up by
     * the award due, the verdict says the same beside 有应予补助的项目.
     */
    @Test
    void aChoiceUnderALimitUsedUpIsNotReadAsMoneyAwaitingIt() {
        RulesEngine engine = engine(value("JX_MAXIMUM_LIMIT", "0"));
        EvaluationResult r = evaluate(engine, CHOICE_PENDING);
        String zh = Reports.text(r, engine.policy(r.policy()), Language.ZH, false);
        assertThat(zh).contains("结论:无应予补助的项目\n  另:1 项待申请人选择,但最高限额已用尽,选择本政策也不增加"
                        + "补助\n")
                .contains("待申请人选择的补助按其金额列出,未计入合计;但最高限额 0.00 元(本次评估可用 0.00 元)已用尽:")
                .doesNotContain("待申请人作出选择后确定");
        assertThat(Reports.text(r, engine.policy(r.policy()), Language.EN, false).replaceAll("\\s+", " "))
                .contains("Verdict: nothing is due also: 1 item(s) await the applicant’s choice, but the maximum "
                        + "limit is used up: choosing this policy adds nothing Awards");
        String page = Reports.html(r, engine.policy(r.policy()), Language.ZH);
        assertThat(page).contains("✗ 结论:无应予补助的项目</p>\n<p class=\"meta\">另:<span class=\"nw\">1 项</span>"
                        + "待申请人选择,但最高限额已用尽,选择本政策也不增加补助</p>")
                .contains("待申请人选择(未计入;最高限额已用尽,选择本政策也不增加补助)</span>")
                .doesNotContain("待申请人作出选择后确定");

        RulesEngine fifty = engine(value("JX_MAXIMUM_LIMIT", "50000"));
        EvaluationResult due = evaluate(fifty, CHOICE_PENDING);
        assertThat(Reports.text(due, fifty.policy(due.policy()), Language.ZH, false))
                .contains("结论:有应予补助的项目\n  另:1 项待申请人选择,但最高限额已用尽,选择本政策也不增加补助\n");
        // without a limit the choice may add money: counted as before
        RulesEngine none = engine(value("JX_PATENT_GRANT.DESIGN", "500"));
        EvaluationResult open = evaluate(none, CHOICE_PENDING);
        assertThat(Reports.text(open, none.policy(open.policy()), Language.ZH, false)).doesNotContain("另:");
    }

    /**
     * The limit's words after its value and source, and the clause the choice's warning names: "…来源:s) 与已付" set
     * a space between a closing bracket and Chinese, and "(§7(1) 最高限额)" named no policy where every other citation
     * does. A cumulative 300,000 with 50,000 paid: 250,000 left, the national demonstration enterprise's 300,000 cut by
     * 50,000; a limit of 0 holds the open invention grant back (nothing left whatever it is set to) and leaves a
     * choice nothing to add. Said in the result (its JSON too), so read from it as the text and the page show it.
     */
    @Test
    void theLimitsWordsSetNoStraySpaceAndItsClauseNamesThePolicy() {
        RulesEngine cumulative = engine(value("JX_MAXIMUM_LIMIT", "300000") + ","
                + value("JX_MAXIMUM_LIMIT.CUMULATIVE", "1"));
        EvaluationResult r = new JsonContract(cumulative).evaluate(("""
                {"policy":"jiaxing-2012","asOf":"2014-12-31","applicant":{"name":"嘉兴示例有限公司",
                 "creditCode":"91330400MA28A0001D",
                 "recognitions":[{"type":"NATIONAL_IP_DEMO_ENTERPRISE","date":"2014-05-01"}],
                 "paidSubsidies":[{"code":"JX_CIRCULATION_IP_UNIT","date":"2013-06-30","amount":"50000"}]}}
                """).getBytes(StandardCharsets.UTF_8), LocalDate.of(2014, 12, 31), null);
        String cut = r.excluded().stream().filter(x -> x.reason().code().equals("CAP")).findFirst().orElseThrow()
                .detail().in(Language.ZH);
        assertThat(cut).startsWith("最高限额 300,000.00 元(").contains("来源:s)与已付 50,000.00 元累计计算(")
                .contains("本次至多 250,000.00 元").doesNotContain(") 与已付");
        assertThat(Reports.html(r, cumulative.policy(r.policy()), Language.ZH)).contains("来源:s)与已付 ");

        RulesEngine zero = engine(value("JX_MAXIMUM_LIMIT", "0"));
        EvaluationResult held = evaluate(zero, OPEN_AMOUNTS);
        assertThat(held.excluded()).extracting(x -> x.detail().in(Language.ZH))
                .anySatisfy(d -> assertThat(d).contains("来源:s)已用尽:本项不论金额设定为多少均不予补助"))
                .noneSatisfy(d -> assertThat(d).contains(") 已用尽"));
        EvaluationResult choice = evaluate(zero, CHOICE_PENDING);
        assertThat(choice.warnings()).extracting(w -> w.in(Language.ZH)).anySatisfy(w -> assertThat(w)
                .endsWith("即使选择本政策,也不增加补助(jiaxing-2012 §7(1) 最高限额)"));
        assertThat(choice.warnings()).extracting(w -> w.in(Language.EN)).anySatisfy(w -> assertThat(w)
                .endsWith("choosing this policy adds nothing (jiaxing-2012 §7(1) 最高限额)"));
    }
}
