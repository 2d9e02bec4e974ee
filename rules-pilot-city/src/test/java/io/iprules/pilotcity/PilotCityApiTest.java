package io.iprules.pilotcity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.iprules.Condition;
import io.iprules.ConfigurationException;
import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.ProvisionStatus;
import io.iprules.RulesEngine;
import io.iprules.SubjectKind;
import io.iprules.json.JsonContract;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Java API as an embedding system uses it, on the pilot-city module. */
class PilotCityApiTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final String ID = "pilot-city-2017";
    private static final LocalDate JULY_31 = LocalDate.of(2017, 7, 31);
    private static final String PARK_48 = "湖州经济技术开发区";
    private static final String PARK_60 = "湖州莫干山高新区";

    /** Two parks: {@code patents} per 1,000,000 people, and 300 per 50,000 (60.0); recommended on 2017-07-31. */
    private static CityApplicant huzhou(int patents) {
        return CityApplicant.builder("湖州市", "浙江省", ApplicantType.PREFECTURE_LEVEL_CITY)
                .cityConditions(true, true, true, true, true)
                .park(PARK_48, 3, patents, 1_000_000)
                .park(PARK_60, 1, 300, 50_000)
                .application(true, true).recommendation(true, true, JULY_31)
                .build();
    }

    private static Condition only(EvaluationResult r, String code, String subject) {
        List<Condition> found = r.conditions().stream()
                .filter(c -> c.code().equals(code) && c.subject().equals(subject)).toList();
        assertThat(found).as(code + " of " + subject).hasSize(1);
        return found.get(0);
    }

    /** The issue's done criterion. */
    /**
     * A density of a thousand or more is grouped as the counts beside it are (1 patent × 10,000 ÷ 3 people is
     * 3,333.33 per 10,000, rounded down): it had read 3333.33 件 beside 10,000. The condition's actual value, for a
     * program, stays as it was.
     */
    @Test
    void aDensityOfAThousandOrMoreIsGrouped() {
        EvaluationResult r = ENGINE.evaluate(ID, JULY_31, CityApplicant.builder("湖州市", "浙江省",
                        ApplicantType.PREFECTURE_LEVEL_CITY).cityConditions(true, true, true, true, true)
                .park(new Park(PARK_48, true, true, true, true, 1, 1, 3))
                .park(new Park(PARK_60, true, true, true, true, 1, 300, 50_000))
                .application(true, true).recommendation(true, true, JULY_31).build());
        Condition dense = only(r, "PC_PARK_PATENT_DENSITY", PARK_48);
        assertThat(dense.actual()).isEqualTo("3333.33");
        assertThat(dense.detail().in(Language.ZH)).isEqualTo("每万人口发明专利拥有量 3,333.33 件(发明专利 1 件 × 10,000 ÷ "
                + "人口 3),不低于 48.4 件");
        assertThat(dense.detail().in(Language.EN)).startsWith("3,333.33 invention patents per 10,000 population");
    }

    /** No park listed is said so: "申报城市仅包括 0 个园区,少于 2 个" read as if the city "only" had none. */
    @Test
    void anApplicationWithNoParkSaysItListsNone() {
        EvaluationResult r = ENGINE.evaluate(ID, JULY_31, CityApplicant.builder("湖州市", "浙江省",
                        ApplicantType.PREFECTURE_LEVEL_CITY).cityConditions(true, true, true, true, true)
                .application(true, true).recommendation(true, true, JULY_31).build());
        Condition count = only(r, "PC_PARK_COUNT", "湖州市");
        assertThat(count.met()).isFalse();
        assertThat(count.gap()).isEqualTo("2");
        assertThat(count.detail().in(Language.ZH)).isEqualTo("申报城市未列出园区:每个申报城市可包括 2 至 3 个中小企业集聚的园区");
        assertThat(count.detail().in(Language.EN)).isEqualTo("the application lists no park: an application includes 2 "
                + "to 3 SME-cluster parks");
    }

    @Test
    void twoParksAt48Point4And60AreEligibleAndOneAt48Point39IsNot() {
        EvaluationResult yes = ENGINE.evaluate(ID, JULY_31, huzhou(4840));
        assertThat(yes.eligible()).isTrue();
        assertThat(yes.conditions()).hasSize(10 + 6 + 6).allMatch(Condition::met);
        assertThat(only(yes, "PC_PARK_PATENT_DENSITY", PARK_48).actual()).isEqualTo("48.40");
        assertThat(only(yes, "PC_PARK_PATENT_DENSITY", PARK_60).actual()).isEqualTo("60.00");
        assertThat(only(yes, "PC_DEADLINE", "湖州市").actual()).isEqualTo("2017-07-31");

        EvaluationResult no = ENGINE.evaluate(ID, JULY_31, huzhou(4839));
        assertThat(no.eligible()).isFalse();
        assertThat(no.conditions()).filteredOn(c -> !c.met())
                .extracting(Condition::code, Condition::subject, Condition::actual, Condition::required, Condition::gap,
                        Condition::citation)
                .containsExactly(tuple("PC_PARK_PATENT_DENSITY", PARK_48, "48.39", ">= 48.4", "0.01",
                        "pilot-city-2017 §1(2)2"));
        Condition miss = only(no, "PC_PARK_PATENT_DENSITY", PARK_48);
        assertThat(miss.detail().in(Language.EN)).contains("short by 0.01 per 10,000")
                .contains("needs at least 4,840 invention patents, 1 more");
        // figures spaced from the Chinese, as in the other modules' messages; counts grouped from 1,000 on (4,839 had
        // stood ungrouped beside 10,000 and 1,000,000 in the officer's text)
        assertThat(miss.detail().in(Language.ZH)).isEqualTo("每万人口发明专利拥有量 48.39 件(发明专利 4,839 件 × 10,000 ÷ "
                + "人口 1,000,000),低于 48.4 件,每万人口差 0.01 件;按园区人口 1,000,000 须至少拥有发明专利 4,840 件,还需增加 1 件");
    }

    @Test
    void conditionsComeCityFirstThenEachParkInTheRequestsOrder() {
        EvaluationResult r = ENGINE.evaluate(ID, JULY_31, huzhou(4840));
        assertThat(r.conditions()).extracting(Condition::subject).containsExactly(
                "湖州市", "湖州市", "湖州市", "湖州市", "湖州市", "湖州市", "湖州市", "湖州市", "湖州市", "湖州市",
                PARK_48, PARK_48, PARK_48, PARK_48, PARK_48, PARK_48,
                PARK_60, PARK_60, PARK_60, PARK_60, PARK_60, PARK_60);
        assertThat(r.conditions().subList(0, 10)).extracting(Condition::code).containsExactly("PC_APPLICANT_TYPE",
                "PC_IP_ON_AGENDA", "PC_COORDINATION", "PC_SME_SERVICE_SYSTEM", "PC_LEADERSHIP", "PC_FISCAL_SUPPORT",
                "PC_PARK_COUNT", "PC_CITY_JOINT_APPLICATION", "PC_JOINT_RECOMMENDATION", "PC_DEADLINE");
        assertThat(r.conditions().subList(10, 16)).extracting(Condition::code).containsExactly("PC_PARK_SME_CLUSTER",
                "PC_PARK_IP_POLICIES", "PC_PARK_IP_TALENT", "PC_PARK_IP_DEPARTMENT", "PC_PARK_FULLTIME_STAFF",
                "PC_PARK_PATENT_DENSITY");
        assertThat(r.subjectName()).isEqualTo("湖州市");
        assertThat(r.awards()).isEmpty();
        assertThat(r.total()).isEqualByComparingTo("0");
    }

    @Test
    void aGapIsGivenForAShortfallOnly() {
        CityApplicant four = CityApplicant.builder("湖州市", "浙江省", ApplicantType.PREFECTURE_LEVEL_CITY)
                .cityConditions(true, true, true, true, true)
                .park("甲园区", 1, 100, 10_000).park("乙园区", 1, 100, 10_000)
                .park("丙园区", 1, 100, 10_000).park("丁园区", 0, 100, 10_000)
                .application(true, true).recommendation(true, true, LocalDate.of(2017, 8, 3)).build();
        EvaluationResult r = ENGINE.evaluate(ID, LocalDate.of(2017, 8, 3), four);
        // 4 parks: too many, no shortfall to state; the letter is 3 days late: said in words, no gap
        Condition count = only(r, "PC_PARK_COUNT", "湖州市");
        assertThat(count.met()).isFalse();
        assertThat(count.gap()).isNull();
        assertThat(count.detail().in(Language.EN)).contains("1 more than the 3 allowed");
        Condition deadline = only(r, "PC_DEADLINE", "湖州市");
        assertThat(deadline.gap()).isNull();
        assertThat(deadline.detail().in(Language.EN)).contains("3 day(s) after the deadline of 2017-07-31");
        assertThat(only(r, "PC_PARK_FULLTIME_STAFF", "丁园区").gap()).isEqualTo("1");
        // 100 × 10,000 ÷ 10,000 = 100.00 per 10,000: met, no gap
        assertThat(only(r, "PC_PARK_PATENT_DENSITY", "甲园区").gap()).isNull();
        assertThat(r.conditions()).filteredOn(Condition::met).allMatch(c -> c.gap() == null);
    }

    @Test
    void aProvincesSetEvaluatesEveryCityAndTheQuota() {
        CityApplicant district = CityApplicant.builder("宁波市鄞州区", null,
                        ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT)
                .cityConditions(true, true, true, true, true)
                .park("鄞州经济开发区", 2, 1500, 250_000).park("鄞州科技园区", 1, 400, 80_000)
                .application(true, true).recommendation(true, true, LocalDate.of(2017, 7, 28)).build();
        CityApplicant jiaxing = CityApplicant.builder("嘉兴市", "浙江省", ApplicantType.PREFECTURE_LEVEL_CITY)
                .cityConditions(true, true, true, true, false)
                .park("嘉兴经济技术开发区", 2, 1800, 300_000).park("嘉兴秀洲高新区", 2, 902, 200_000)
                .application(true, true).recommendation(true, true, LocalDate.of(2017, 7, 28)).build();
        EvaluationResult r = ENGINE.evaluate(ID, JULY_31,
                new ProvinceRecommendation("浙江省", List.of(huzhou(4840), district, jiaxing)));
        assertThat(r.subjectName()).isEqualTo("浙江省");
        assertThat(r.conditions()).hasSize(3 * 22 + 1);
        Condition quota = r.conditions().get(r.conditions().size() - 1);
        assertThat(quota).extracting(Condition::code, Condition::subject, Condition::met, Condition::actual,
                Condition::required, Condition::citation)
                .containsExactly("PC_PROVINCE_QUOTA", "浙江省", true, "2", "1–2", "pilot-city-2017 §2(2)");
        assertThat(r.eligible()).isFalse();
        // 嘉兴: no fiscal support; its second park 902 × 10,000 ÷ 200,000 = 45.10, 3.30 short, 968 needed, 66 more
        assertThat(r.conditions()).filteredOn(c -> !c.met())
                .extracting(Condition::code, Condition::subject, Condition::gap)
                .containsExactly(tuple("PC_FISCAL_SUPPORT", "嘉兴市", null),
                        tuple("PC_PARK_PATENT_DENSITY", "嘉兴市 / 嘉兴秀洲高新区", "3.30"));
        assertThat(only(r, "PC_PARK_PATENT_DENSITY", "嘉兴市 / 嘉兴秀洲高新区").detail().in(Language.EN))
                .contains("needs at least 968 invention patents, 66 more");
    }

    /**
     * §2(2) 于7月31日前联合行文: a letter dated after the as-of date is checked as dated, with a warning naming the city.
     * In a province's set the warnings come in the order of the letter, whatever the letters' dates.
     */
    @Test
    void aSetsWarningsComeInTheOrderOfItsCities() {
        LocalDate asOf = LocalDate.of(2017, 7, 20);
        CityApplicant huzhou = CityApplicant.builder("湖州市", "浙江省", ApplicantType.PREFECTURE_LEVEL_CITY)
                .cityConditions(true, true, true, true, true)
                .park(PARK_48, 3, 4840, 1_000_000).park(PARK_60, 1, 300, 50_000)
                .application(true, true).recommendation(true, true, LocalDate.of(2017, 7, 28)).build();
        CityApplicant jiaxing = CityApplicant.builder("嘉兴市", "浙江省", ApplicantType.PREFECTURE_LEVEL_CITY)
                .cityConditions(true, true, true, true, true)
                .park("嘉兴经济技术开发区", 2, 1800, 300_000).park("嘉兴秀洲高新区", 2, 1000, 200_000)
                .application(true, true).recommendation(true, true, LocalDate.of(2017, 7, 25)).build();
        EvaluationResult r = ENGINE.evaluate(ID, asOf, new ProvinceRecommendation("浙江省", List.of(huzhou, jiaxing)));
        assertThat(r.warnings()).extracting(w -> w.in(Language.EN)).containsExactly(
                "the recommendation letter of 湖州市 is dated 2017-07-28, after the as-of date 2017-07-20: checked as "
                        + "dated; the verdict holds only if the letter goes out on that date",
                "the recommendation letter of 嘉兴市 is dated 2017-07-25, after the as-of date 2017-07-20: checked as "
                        + "dated; the verdict holds only if the letter goes out on that date");
    }

    @Test
    void invalidInputFromJavaIsReportedWithPaths() {
        CityApplicant bad = CityApplicant.builder(" ", "浙江省", ApplicantType.PREFECTURE_LEVEL_CITY)
                .cityConditions(true, true, true, true, true)
                .park("甲园区", 1, -1, 10_000).park("乙园区", -1, 10, 0)
                .application(true, true).recommendation(true, false, null).build();
        assertThatThrownBy(() -> ENGINE.evaluate(ID, JULY_31, bad))
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> assertThat(x.problems())
                        .extracting(p -> p.path() + ": " + p.message()).containsExactly(
                                "applicant.name: is required",
                                "applicant.parks[0].inventionPatents: must not be negative, but is -1",
                                "applicant.parks[1].fullTimeIpStaff: must not be negative, but is -1",
                                "applicant.parks[1].population: must be > 0, but is 0",
                                "applicant.recommendation.date: is required when an authority recommends the city: "
                                        + "the date of the recommendation letter, checked against the deadline "
                                        + "(§2(2))"));
        assertThatThrownBy(() -> ENGINE.evaluate(ID, JULY_31, new ProvinceRecommendation("浙江省", null)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("recommendation.cities");
    }

    @Test
    void describesThePolicyAndItsTwoRequestKinds() {
        PolicyDescription d = ENGINE.policy(ID);
        assertThat(d.documentNumber()).isEqualTo("国知办发管字〔2017〕30号");
        assertThat(d.issued()).isEqualTo(LocalDate.of(2017, 6, 27));
        assertThat(d.version()).doesNotContain("${");
        assertThat(d.subjects()).extracting(SubjectKind::key, k -> k.type().getSimpleName())
                .containsExactly(tuple("applicant", "CityApplicant"),
                        tuple("recommendation", "ProvinceRecommendation"));
        assertThat(d.parameter("PC_PARK_PATENT_DENSITY.MIN").orElseThrow().valueOn(JULY_31).orElseThrow().value())
                .isEqualTo("48.4");
        assertThat(d.parameter("PC_DEADLINE").orElseThrow().valueOn(JULY_31).orElseThrow().value())
                .isEqualTo("2017-07-31");
        assertThat(d.parameter("PC_PARK_PATENT_DENSITY.MIN").orElseThrow().citation())
                .isEqualTo("pilot-city-2017 §1(2)2");
        assertThat(d.parameter("PC_PROVINCE_QUOTA.MAX").orElseThrow().citation()).isEqualTo("pilot-city-2017 §2(2)");
    }

    @Test
    void aFigureTheTextFixesCannotBeOverriddenByADeployment() {
        assertThatThrownBy(() -> RulesEngine.builder()
                .parameter(ID, "PC_PARK_PATENT_DENSITY.MIN", LocalDate.of(2017, 6, 27), "40", "a wish").build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("is fixed by the text");
    }

    /**
     * The codes of the policy's specification, written out here (not read from the module's files), and the four
     * this module names (reading codes) are all implemented by a provision.
     */
    @Test
    void everySpecifiedCodeIsImplemented() {
        Set<String> specified = Set.of("PC_IP_ON_AGENDA", "PC_COORDINATION", "PC_SME_SERVICE_SYSTEM", "PC_LEADERSHIP",
                "PC_FISCAL_SUPPORT", "PC_PARK_IP_DEPARTMENT", "PC_PARK_FULLTIME_STAFF", "PC_PARK_PATENT_DENSITY",
                "PC_PARK_COUNT", "PC_CITY_JOINT_APPLICATION", "PC_JOINT_RECOMMENDATION", "PC_DEADLINE",
                "PC_PROVINCE_QUOTA");
        Set<String> named = Set.of("PC_APPLICANT_TYPE", "PC_PARK_SME_CLUSTER", "PC_PARK_IP_POLICIES",
                "PC_PARK_IP_TALENT");
        Set<String> implemented = ENGINE.policy(ID).provisions().stream()
                .filter(p -> p.status() == ProvisionStatus.IMPLEMENTED)
                .flatMap(p -> p.codes().stream()).collect(Collectors.toSet());
        assertThat(implemented).containsAll(specified).containsAll(named).hasSize(specified.size() + named.size());
        for (Provision p : ENGINE.policy(ID).provisions()) {
            assertThat(p.note().in(Language.EN)).as(p.citation() + " says how it is read or why not").isNotBlank();
            assertThat(p.note().in(Language.ZH)).as(p.citation()).isNotBlank();
        }
    }

    @Test
    void everyMessageExistsInBothLanguages() {
        // MessageCatalog.load refuses a key in one language only; loading is the check.
        for (ApplicantType t : ApplicantType.values()) {
            assertThat(PilotCity2017.MESSAGES.keys()).contains("enum.ApplicantType." + t.name());
        }
    }

    @Test
    void manyThreadsOnOneEngineGiveTheSerialResults() throws Exception {
        JsonContract json = new JsonContract(ENGINE);
        List<Object> subjects = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ApplicantType type = ApplicantType.values()[i % ApplicantType.values().length];
            // a district where its type says it is (reading applicants), any other place in a province of its own
            String province = type == ApplicantType.MUNICIPALITY_DISTRICT ? "上海市"
                    : type == ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT ? "浙江省" : "省" + (i % 3);
            // a 计划单列市的市辖区 named as 宁波市's: "城市12" so typed begins with a 市 other than 浙江省's 宁波市 (refused)
            String name = type == ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT ? "宁波市第" + i + "区" : "城市" + i;
            CityApplicant.Builder b = CityApplicant.builder(name, province, type)
                    .cityConditions(i % 2 == 0, true, i % 5 != 0, true, true);
            for (int k = 0; k < 1 + i % 4; k++) {
                b.park("园区" + k, k % 2, 4830 + i % 20, 1_000_000 + k);
            }
            CityApplicant c = b.application(true, true).recommendation(i % 7 != 0, true, JULY_31.plusDays(i % 3 - 1))
                    .build();
            subjects.add(i % 10 == 9 ? new ProvinceRecommendation(c.province(), List.of(c)) : c);
        }
        List<String> serial = subjects.stream()
                .map(s -> json.write(ENGINE.evaluate(ID, JULY_31, s), Language.ZH, true)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<String>> futures = new ArrayList<>();
                for (Object s : subjects) {
                    futures.add(pool.submit(() -> json.write(ENGINE.evaluate(ID, JULY_31, s), Language.ZH, true)));
                }
                for (int i = 0; i < futures.size(); i++) {
                    assertThat(futures.get(i).get()).as("subject %d, round %d", i, round).isEqualTo(serial.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theJsonOfOneRequestIsTheSameBytesEveryTimeAndInTheContractsShape() {
        JsonContract json = new JsonContract(ENGINE);
        byte[] request = ("{\"policy\": \"pilot-city-2017\", \"asOf\": \"2017-07-31\", \"applicant\": {\"name\": "
                + "\"义乌市\", \"province\": \"浙江省\", \"type\": \"COUNTY_LEVEL_CITY\", \"ipOnAgenda\": true, "
                + "\"coordinationMechanism\": true, \"smeServiceSystem\": true, \"leadershipMechanism\": true, "
                + "\"fiscalSupport\": true, \"parks\": [{\"name\": \"义乌经济技术开发区\", \"smeCluster\": true, "
                + "\"ipPromotionPolicies\": true, \"ipTalent\": true, \"ipDepartment\": true, \"fullTimeIpStaff\": 2, "
                + "\"inventionPatents\": 1000, \"population\": 150000}], "
                + "\"application\": {\"ipOffice\": true, \"smeAuthority\": true}, "
                + "\"recommendation\": {\"ipOffice\": true, \"smeAuthority\": true, \"date\": \"2017-07-20\"}}}")
                .getBytes(StandardCharsets.UTF_8);
        String first = json.write(json.evaluate(request, JULY_31, null), Language.EN, false);
        for (int i = 0; i < 10; i++) {
            assertThat(json.write(json.evaluate(request, JULY_31, null), Language.EN, false)).isEqualTo(first);
        }
        // docs/contract.md's example park: 1000 × 10,000 ÷ 150,000 = 66.666… → 66.66; one park only: PC_PARK_COUNT
        // unmet
        assertThat(first).startsWith("{\"policy\":\"pilot-city-2017\",\"asOf\":\"2017-07-31\",\"applicant\":\"义乌市\","
                + "\"eligible\":false,\"awards\":[],\"excluded\":[],\"conditions\":[{\"code\":\"PC_APPLICANT_TYPE\"")
                .contains("{\"code\":\"PC_PARK_COUNT\",\"subject\":\"义乌市\",\"met\":false,\"actual\":\"1\","
                        + "\"required\":\"2–3\",\"citation\":\"pilot-city-2017 §2(2)\",\"gap\":\"1\"")
                .contains("\"code\":\"PC_PARK_PATENT_DENSITY\",\"subject\":\"义乌经济技术开发区\",\"met\":true,"
                        + "\"actual\":\"66.66\",\"required\":\">= 48.4\"");
    }
}
