package io.iprules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Comparison;
import io.iprules.EvaluationResult;
import io.iprules.Indicator;
import io.iprules.IndicatorStatus;
import io.iprules.Language;
import io.iprules.ParameterUnit;
import io.iprules.PolicyDescription;
import io.iprules.RulesEngine;
import io.iprules.SubjectKind;
import io.iprules.Target;
import io.iprules.Text;
import io.iprules.json.JsonContract;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The header names the subject as its policy names its kind (a city assessed against targets is no applicant), and
 * a figure of a target is followed by the measure word its clause counts in (45件以上: 45 件), in Chinese.
 */
class SubjectAndMeasureWordsTest {
    private static RulesEngine engine;
    private static final LocalDate D = LocalDate.of(2013, 12, 31);

    @BeforeAll
    static void build() {
        engine = RulesEngine.builder().build();
    }

    private static EvaluationResult evaluate(String request) {
        return new JsonContract(engine).evaluate(request.getBytes(StandardCharsets.UTF_8), D, D);
    }

    private static String text(EvaluationResult r, Language lang) {
        return Reports.text(r, engine.policy(r.policy()), lang, false);
    }

    /**
     * jiaxing-2012's city (its §1(2) targets for 2013: 全市专利申请量达到13000件, 专利授权量达到10000件, 培育各级专利示范企业
     * 500家, 参与制订国家标准和行业标准100个) is the subject assessed, 评估对象:嘉兴市, not 申请人:嘉兴市; its figures are
     * followed by the clause's measure words; an enterprise applying stays 申请人. In English the header says
     * "Assessed" and no measure word is added.
     */
    @Test
    void aCityAssessedIsNoApplicantAndItsFiguresHaveTheirMeasureWords() throws java.io.IOException {
        EvaluationResult city = evaluate("{\"policy\": \"jiaxing-2012\", \"asOf\": \"2013-12-31\", \"city\": {"
                + "\"name\": \"嘉兴市\", \"figures\": {\"JX_2013_PATENT_APPLICATIONS\": 14210,"
                + " \"JX_2013_PATENT_GRANTS\": 9604, \"JX_2013_PATENT_DEMO_ENTERPRISES\": 486,"
                + " \"JX_2013_STANDARDS\": 100}}}");
        assertThat(city.subjectKey()).contains("city");
        String zh = text(city, Language.ZH);
        assertThat(zh).contains("\n评估对象:嘉兴市    评估日期:2013-12-31\n",
                "    实际 14,210 件,要求 ≥ 13,000 件;进度 109.30%", "    实际 9,604 件,要求 ≥ 10,000 件;进度 96.04%",
                "    实际 486 家,要求 ≥ 500 家;进度 97.20%", "    实际 100 个,要求 ≥ 100 个;进度 100.00%")
                .doesNotContain("申请人");
        assertThat(Reports.html(city, engine.policy("jiaxing-2012"), Language.ZH))
                .contains("<span class=\"actual\"><span class=\"nw\">486 家</span></span> / "
                        + "<span class=\"required\">≥ <span class=\"nw\">500 家</span></span>");
        assertThat(text(city, Language.EN)).contains("\nAssessed: 嘉兴市    As of: 2013-12-31\n",
                "    actual 9,604, required ≥ 10,000; progress 96.04%");

        EvaluationResult enterprise = new JsonContract(engine).evaluate(java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("").toAbsolutePath().getParent()
                        .resolve("examples/requests/jiaxing-pilot-and-provincial-demo.json")), D, D);
        assertThat(enterprise.subjectKey()).contains("applicant");
        assertThat(text(enterprise, Language.ZH)).contains("\n申请人:嘉兴禾城新材料科技有限公司    评估日期:");
    }

    /**
     * A measure word once at the end of a multiple of a reference (≥ 2 × 1,500 = 3,000 件) and with a progress basis
     * that is not the required value (20人左右: met at 18, 进度以 20 人计); none for a target whose clause gives none,
     * nor for a result not made by an engine, whose header says 申请人 as before.
     */
    @Test
    void theMeasureWordFollowsEveryFigureOfItsTarget() {
        Target twice = new Target("P_PCT", Text.plain("专利国际申请量"), ParameterUnit.COUNT, Comparison.AT_LEAST, null,
                new Target.Reference("base", Text.plain("2010年"), BigDecimal.valueOf(2)), null, null, "p-1 §1",
                "翻一番", Text.plain(""), "件");
        Target about = new Target("P_TEAM", Text.plain("联络员"), ParameterUnit.COUNT, Comparison.AT_LEAST,
                BigDecimal.valueOf(18), null, BigDecimal.valueOf(20), null, "p-1 §2", "20人左右", Text.plain(""), "人");
        Target bare = new Target("P_STREETS", Text.plain("街道"), ParameterUnit.COUNT, Comparison.AT_LEAST,
                BigDecimal.valueOf(9), null, null, null, "p-1 §3", "各街道", Text.plain(""));
        PolicyDescription p = new PolicyDescription("p-1", Text.plain("政策"), null, D, D, null, "p-1 §9", "1",
                List.of(), List.of(), List.of(new SubjectKind("applicant", String.class, Text.plain("a"))),
                List.of(twice, about, bare), List.of(), List.of(), List.of());
        EvaluationResult r = EvaluationResult.builder("p-1", D, "禾城")
                .indicator(new Indicator("P_PCT", Text.plain("专利国际申请量"), IndicatorStatus.NOT_MET,
                        ParameterUnit.COUNT, Comparison.AT_LEAST, BigDecimal.valueOf(3000), ">= 3000",
                        BigDecimal.valueOf(2999), BigDecimal.valueOf(3000), new BigDecimal("0.9996"),
                        new Indicator.ReferenceValue("base", Text.plain("2010年"), BigDecimal.valueOf(2),
                                BigDecimal.valueOf(1500)), "p-1 §1", "翻一番", null))
                .indicator(new Indicator("P_TEAM", Text.plain("联络员"), IndicatorStatus.MET, ParameterUnit.COUNT,
                        Comparison.AT_LEAST, BigDecimal.valueOf(18), ">= 18", BigDecimal.valueOf(18),
                        BigDecimal.valueOf(20), new BigDecimal("0.9000"), null, "p-1 §2", "20人左右", null))
                .indicator(new Indicator("P_STREETS", Text.plain("街道"), IndicatorStatus.MET, ParameterUnit.COUNT,
                        Comparison.AT_LEAST, BigDecimal.valueOf(9), ">= 9", BigDecimal.valueOf(9),
                        BigDecimal.valueOf(9), new BigDecimal("1.0000"), null, "p-1 §3", "各街道", null))
                .build();
        String zh = Reports.text(r, p, Language.ZH, false);
        assertThat(zh).contains("\n申请人:禾城    评估日期:2013-12-31\n",
                "    实际 2,999 件,要求 ≥ 2 × 1,500 = 3,000 件;进度 99.96%  [p-1 §1]\n",
                "    实际 18 人,要求 ≥ 18 人;进度 90.00%;进度以 20 人计  [p-1 §2]\n",
                "    实际 9,要求 ≥ 9;进度 100.00%  [p-1 §3]\n");
        assertThat(Reports.html(r, p, Language.ZH)).contains("<small>其中 2010年 = <span class=\"nw\">1,500 件</span></small>",
                "<small>进度以 <span class=\"nw\">20 人</span>计</small>");
    }
}
