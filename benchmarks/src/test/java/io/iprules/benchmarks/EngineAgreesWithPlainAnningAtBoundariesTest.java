package io.iprules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.Indicator;
import io.iprules.IndicatorStatus;
import io.iprules.IndicatorSummary;
import io.iprules.Phase;
import io.iprules.RulesEngine;
import io.iprules.anning.AnningCounty;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * anning-2022 on the lines its text draws: every target at its figure, one unit below and (where the figure can go
 * higher) one unit above, the phases' first and last days, and the end of phase 1 for the yes/no targets due by it.
 * The engine must agree with the baseline and both with the status worked out here from the text's comparison word
 * (以上/不低于/达/不少于 reach, 超过 is strict, 达100% is exactly all, 20人左右 is 18 or more per RULES.md).
 */
class EngineAgreesWithPlainAnningAtBoundariesTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final PlainAnning PLAIN = new PlainAnning(ENGINE.policy("anning-2022"));
    private static final IndicatorStatus MET = IndicatorStatus.MET;
    private static final IndicatorStatus NOT = IndicatorStatus.NOT_MET;

    /** One figure and the status the text gives it. */
    private record Case(String code, String figure, IndicatorStatus expected, String clause) {
    }

    private static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        // §3(2)1 发明专利授权量达到年新增长45件以上,实用新型专利500件以上,外观专利35件以上;软件著作登记量累计达700件以上,商标有效注册量累计达6500件以上
        whole(c, "AN_INVENTION_GRANTS_ANNUAL", 45, "§3(2)1 45件以上");
        whole(c, "AN_UTILITY_MODELS_ANNUAL", 500, "§3(2)1 500件以上");
        whole(c, "AN_DESIGNS_ANNUAL", 35, "§3(2)1 35件以上");
        whole(c, "AN_SOFTWARE_COPYRIGHTS", 700, "§3(2)1 累计达700件以上");
        whole(c, "AN_TRADEMARKS", 6500, "§3(2)1 累计达6500件以上");
        // §3(2)2 省、昆明市级知识产权优势、试点、示范企业25家以上,示范企业知识产权转化率在30%以上
        whole(c, "AN_ADVANTAGE_ENTERPRISES", 25, "§3(2)2 25家以上");
        rate(c, "AN_DEMO_CONVERSION_RATE", "0.30", "0.2999", "0.3001", "§3(2)2 30%以上");
        // §3(2)3 力争5家企业通过贯标审核;…人才30人以上;…专利产业化项目企业2—3家,产值超亿专利骨干企业1—2家
        whole(c, "AN_STANDARD_CERTIFIED", 5, "§3(2)3 力争5家");
        whole(c, "AN_TALENT", 30, "§3(2)3 30人以上");
        whole(c, "AN_PATENT_PROJECTS_10M", 2, "§3(2)3 2—3家: reached at 2");
        whole(c, "AN_PATENT_PROJECTS_100M", 1, "§3(2)3 1—2家: reached at 1");
        // §3(2)4 按期结案率达100%,全民知识产权认知度达85%以上,知识产权权利人满意度超过90%
        c.add(new Case("AN_CASE_CLOSURE_RATE", "1", MET, "§3(2)4 达100%"));
        c.add(new Case("AN_CASE_CLOSURE_RATE", "0.9999", NOT, "§3(2)4 达100%"));
        rate(c, "AN_PUBLIC_AWARENESS", "0.85", "0.8499", "0.8501", "§3(2)4 达85%以上");
        c.add(new Case("AN_RIGHTS_HOLDER_SATISFACTION", "0.90", NOT, "§3(2)4 超过90%: strict"));
        c.add(new Case("AN_RIGHTS_HOLDER_SATISFACTION", "0.8999", NOT, "§3(2)4 超过90%"));
        c.add(new Case("AN_RIGHTS_HOLDER_SATISFACTION", "0.9001", MET, "§3(2)4 超过90%"));
        // §3(2)5 构建1个…app平台,建设高校…和企业端2个端口
        whole(c, "AN_SERVICE_PLATFORM", 1, "§3(2)5 1个");
        // the two ports it names: at most 2, as the sub-districts below are at most 9
        c.add(new Case("AN_PLATFORM_PORTS", "2", MET, "§3(2)5 2个端口"));
        c.add(new Case("AN_PLATFORM_PORTS", "1", NOT, "§3(2)5 2个端口"));
        // §4(1)1 拥有有效商标的企业数量占属地企业数量的30%以上,拥有有效专利的企业数量占…10%以上
        rate(c, "AN_TRADEMARK_ENTERPRISE_SHARE", "0.30", "0.2999", "0.3001", "§4(1)1 30%以上");
        rate(c, "AN_PATENT_ENTERPRISE_SHARE", "0.10", "0.0999", "0.1001", "§4(1)1 10%以上");
        // §4(1)2 重点培育5—6家…知识产权优势企业
        whole(c, "AN_IP_ADVANTAGE_CULTIVATED", 5, "§4(1)2 5—6家: reached at 5");
        // §4(2)1 通过产学研合作引进、创造重大发明专利20项以上
        whole(c, "AN_ACADEMIC_INVENTIONS", 20, "§4(2)1 20项以上");
        // §4(3)1 一支20人左右的知识产权联络员工作队伍 (RULES.md: met at 18 or more)
        whole(c, "AN_LIAISON_TEAM", 18, "§4(3)1 20人左右");
        c.add(new Case("AN_LIAISON_TEAM", "20", MET, "§4(3)1 20人左右"));
        // §4(4)2 在安宁市各街道设立…工作站 (9 街道 named in §6(1))
        c.add(new Case("AN_RIGHTS_STATIONS", "9", MET, "§4(4)2 各街道"));
        c.add(new Case("AN_RIGHTS_STATIONS", "8", NOT, "§4(4)2 各街道"));
        // §4(5)1 每年…不少于10余场次,受益群众不少于1500多人次
        whole(c, "AN_PUBLICITY_EVENTS", 10, "§4(5)1 不少于10余场次");
        whole(c, "AN_PUBLICITY_REACH", 1500, "§4(5)1 不少于1500多人次");
        // §6(3) 年度知识产权专项经费占市财政一般预算支出不低于0.12%
        rate(c, "AN_IP_BUDGET_SHARE", "0.0012", "0.001199", "0.001201", "§6(3) 不低于0.12%");
        // yes/no targets
        for (String code : List.of("AN_LEADING_GROUP", "AN_PILOT_OFFICE", "AN_ANNUAL_ASSESSMENT",
                "AN_PATENT_ANALYSIS_REPORT")) {
            c.add(new Case(code, "true", MET, "yes/no"));
            c.add(new Case(code, "false", NOT, "yes/no"));
        }
        return c;
    }

    private static void whole(List<Case> c, String code, int at, String clause) {
        c.add(new Case(code, Integer.toString(at), MET, clause));
        c.add(new Case(code, Integer.toString(at - 1), NOT, clause));
        c.add(new Case(code, Integer.toString(at + 1), MET, clause));
    }

    private static void rate(List<Case> c, String code, String at, String below, String above, String clause) {
        c.add(new Case(code, '"' + at + '"', MET, clause));
        c.add(new Case(code, '"' + below + '"', NOT, clause));
        c.add(new Case(code, '"' + above + '"', MET, clause));
    }

    private static EvaluationRequest county(String asOf, String figures) {
        return Requests.json(ENGINE, "{\"policy\":\"anning-2022\",\"asOf\":\"" + asOf
                + "\",\"applicant\":{\"name\":\"安宁市\",\"figures\":{" + figures + "}}}");
    }

    /** Engine and baseline compared in full; the engine's result returned for the text's checks. */
    static EvaluationResult agree(EvaluationRequest r) {
        EvaluationResult byEngine = ENGINE.evaluate(r);
        PlainAnning.Outcome byHand = PLAIN.evaluate((AnningCounty) r.subject(), r.asOf());
        List<PlainAnning.Row> rows = byEngine.indicators().stream()
                .map((Indicator i) -> new PlainAnning.Row(i.code(), i.status(), i.actual(), i.required(), i.progress(),
                        i.overdue()))
                .toList();
        String who = r.asOf() + " " + r.subject();
        assertThat(rows).as(who).isEqualTo(byHand.indicators());
        assertThat(byEngine.phase().map(Phase::code).orElse(null)).as(who).isEqualTo(byHand.phase());
        assertThat(byEngine.indicatorSummary()).as(who)
                .isEqualTo(new IndicatorSummary(byHand.met(), byHand.notMet(), byHand.unknown()));
        assertThat(byEngine.eligible()).as(who).isEqualTo(byHand.allMet());
        return byEngine;
    }

    private static Indicator indicator(EvaluationResult r, String code) {
        return r.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void everyTargetAtBelowAndAboveItsFigure() {
        List<Case> cases = cases();
        for (Case k : cases) {
            EvaluationResult r = agree(county("2025-07-31", "\"" + k.code() + "\":" + k.figure()));
            assertThat(indicator(r, k.code()).status()).as(k.code() + " = " + k.figure() + " (" + k.clause() + ")")
                    .isEqualTo(k.expected());
        }
        assertThat(cases).hasSizeGreaterThan(80);
    }

    @Test
    void inventionDensityAtTwiceTheProvince() {
        // §4(1)1 每万人有效发明专利拥有量不低于同期本省平均水平的2倍: 2 × 9.6 = 19.2
        String[][] lines = {{"19.2", "MET"}, {"19.19", "NOT_MET"}, {"19.21", "MET"}, {"9.6", "NOT_MET"}};
        for (String[] l : lines) {
            EvaluationResult r = agree(county("2025-07-31",
                    "\"AN_INVENTION_DENSITY\":{\"actual\":\"" + l[0] + "\",\"provinceAverage\":\"9.6\"}"));
            assertThat(indicator(r, "AN_INVENTION_DENSITY").status()).as(l[0]).hasToString(l[1]);
        }
    }

    @Test
    void everyTargetExactlyReachedIsAFullPassAndOneShortIsNot() {
        StringBuilder all = new StringBuilder();
        for (Case k : cases()) {
            boolean exactly = k.expected() == MET && !k.code().equals("AN_RIGHTS_HOLDER_SATISFACTION")
                    && !k.figure().equals("20");
            if (exactly && all.indexOf("\"" + k.code() + "\"") < 0) {
                all.append('"').append(k.code()).append("\":").append(k.figure()).append(',');
            }
        }
        all.append("\"AN_RIGHTS_HOLDER_SATISFACTION\":\"0.9001\",");
        all.append("\"AN_INVENTION_DENSITY\":{\"actual\":\"19.2\",\"provinceAverage\":\"9.6\"}");
        EvaluationResult pass = agree(county("2025-07-31", all.toString()));
        assertThat(pass.indicators()).extracting(Indicator::status).containsOnly(MET);
        assertThat(pass.indicators()).hasSize(30);
        assertThat(pass.eligible()).isTrue();
        EvaluationResult strict = agree(county("2025-07-31",
                all.toString().replace("\"0.9001\"", "\"0.90\"")));
        assertThat(strict.eligible()).isFalse();
        assertThat(strict.indicatorSummary()).isEqualTo(new IndicatorSummary(29, 1, 0));
    }

    @Test
    void phasesAndTheEndOfPhaseOne() {
        // §5 第一阶段 2022年8月—2022年10月 (to the plan's issue, 10-18); 第二阶段 …—2025年4月; 第三阶段 2025年5月—2025年7月;
        // 第四阶段 2025年8月及以后
        String[][] days = {{"2022-07-31", null}, {"2022-08-01", "OPTIMISATION"}, {"2022-10-17", "OPTIMISATION"},
                {"2022-10-18", "IMPLEMENTATION"}, {"2025-04-30", "IMPLEMENTATION"}, {"2025-05-01", "ACCEPTANCE"},
                {"2025-07-31", "ACCEPTANCE"}, {"2025-08-01", "CONSOLIDATION"}};
        for (String[] d : days) {
            EvaluationResult r = agree(county(d[0], "\"AN_LEADING_GROUP\":false,\"AN_PILOT_OFFICE\":true,"
                    + "\"AN_ANNUAL_ASSESSMENT\":false"));
            assertThat(r.phase().map(Phase::code).orElse(null)).as(d[0]).isEqualTo(d[1]);
            boolean afterPhaseOne = d[0].compareTo("2022-10-17") > 0;
            // 领导小组 is due by the end of phase 1 (§5 第一阶段 3.): false after it is overdue, on it is not yet
            assertThat(indicator(r, "AN_LEADING_GROUP").overdue()).as(d[0]).isEqualTo(afterPhaseOne);
            assertThat(indicator(r, "AN_LEADING_GROUP").status()).as(d[0]).isEqualTo(NOT);
            assertThat(indicator(r, "AN_PILOT_OFFICE").overdue()).as(d[0]).isFalse();
            // §6(2) 年度考核 has no due date: never overdue
            assertThat(indicator(r, "AN_ANNUAL_ASSESSMENT").overdue()).as(d[0]).isFalse();
        }
    }

    /** Seeded counties: every figure at, below or above its line or missing, on the phases' first and last days. */
    @Test
    void randomCountiesOnTheLines() {
        java.util.Map<String, List<Case>> byCode = new java.util.LinkedHashMap<>();
        cases().forEach(k -> byCode.computeIfAbsent(k.code(), c -> new ArrayList<>()).add(k));
        String[] days = {"2022-07-31", "2022-08-01", "2022-10-17", "2022-10-18", "2025-04-30", "2025-05-01",
            "2025-07-31", "2025-08-01"};
        java.util.SplittableRandom random = new java.util.SplittableRandom(20221018L);
        int allMet = 0;
        for (int i = 0; i < 1500; i++) {
            StringBuilder f = new StringBuilder();
            boolean expectAllMet = true;
            for (List<Case> options : byCode.values()) {
                if (random.nextInt(30) == 0) {
                    expectAllMet = false;
                    continue;
                }
                // mostly reaching figures, so that full passes occur
                List<Case> pool = random.nextInt(40) == 0 ? options
                        : options.stream().filter(k -> k.expected() == MET).toList();
                Case k = pool.get(random.nextInt(pool.size()));
                expectAllMet &= k.expected() == MET;
                f.append('"').append(k.code()).append("\":").append(k.figure()).append(',');
            }
            String d = random.nextInt(20) == 0 ? "19.19" : random.nextBoolean() ? "19.2" : "19.21";
            expectAllMet &= !d.equals("19.19");
            f.append("\"AN_INVENTION_DENSITY\":{\"actual\":\"").append(d).append("\",\"provinceAverage\":\"9.6\"}");
            EvaluationResult r = agree(county(days[random.nextInt(days.length)], f.toString()));
            assertThat(r.eligible()).as(f.toString()).isEqualTo(expectAllMet);
            allMet += expectAllMet ? 1 : 0;
        }
        assertThat(allMet).isBetween(100, 1400);
    }
}
