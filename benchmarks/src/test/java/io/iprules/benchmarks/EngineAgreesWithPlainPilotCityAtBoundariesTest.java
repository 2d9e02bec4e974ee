package io.iprules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Condition;
import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.RulesEngine;
import io.iprules.pilotcity.CityApplicant;
import io.iprules.pilotcity.ProvinceRecommendation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * pilot-city-2017 on the lines its text draws: 每万人口发明专利拥有量不低于48.4件 exactly at 48.4, at 48.39 and a hair below
 * (48.3999…) and above, 配备专职工作人员 at 0 and 1, 2-3个园区 at 1 to 4, 于7月31日前 on 07-30/07-31/08-01, one of the two
 * joint authorities missing, every applicant type of §1(1), and a province's 1-2个城市 with 计划单列市的市辖区 outside the
 * quota. Engine and baseline must agree, and both with the values worked out here from the text.
 */
class EngineAgreesWithPlainPilotCityAtBoundariesTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final PlainPilotCity PLAIN = new PlainPilotCity(ENGINE.policy("pilot-city-2017"));

    private static String park(String name, int staff, long patents, long population) {
        return "{\"name\":\"" + name + "\",\"smeCluster\":true,\"ipPromotionPolicies\":true,\"ipTalent\":true,"
                + "\"ipDepartment\":true,\"fullTimeIpStaff\":" + staff + ",\"inventionPatents\":" + patents
                + ",\"population\":" + population + "}";
    }

    private static final String GOOD_PARK = park("乙园", 2, 1000, 100000);

    private static String city(String name, String type, String parks, String application, String recommendation) {
        // a municipality's district in a municipality: its type and its province agree (pilot-city's reading
        // applicants)
        String province = type.equals("MUNICIPALITY_DISTRICT") ? "上海市" : "浙江省";
        return "{\"name\":\"" + name + "\",\"province\":\"" + province + "\",\"type\":\"" + type + "\","
                + "\"ipOnAgenda\":true,\"coordinationMechanism\":true,\"smeServiceSystem\":true,"
                + "\"leadershipMechanism\":true,\"fiscalSupport\":true,\"parks\":[" + parks + "],\"application\":"
                + application
                + ",\"recommendation\":" + recommendation + "}";
    }

    private static String letter(boolean ip, boolean sme, String date) {
        return "{\"ipOffice\":" + ip + ",\"smeAuthority\":" + sme + (date == null ? "" : ",\"date\":\"" + date + "\"")
                + "}";
    }

    private static final String JOINT = "{\"ipOffice\":true,\"smeAuthority\":true}";

    private static String city(String parks) {
        return city("湖州市", "PREFECTURE_LEVEL_CITY", parks, JOINT, letter(true, true, "2017-07-31"));
    }

    private static EvaluationRequest applicant(String city) {
        return Requests.json(ENGINE, "{\"policy\":\"pilot-city-2017\",\"asOf\":\"2017-08-15\",\"applicant\":" + city
                + "}");
    }

    private static EvaluationResult agree(EvaluationRequest r) {
        EvaluationResult byEngine = ENGINE.evaluate(r);
        PlainPilotCity.Outcome byHand = r.subject() instanceof ProvinceRecommendation set
                ? PLAIN.evaluate(set, r.asOf()) : PLAIN.evaluate((CityApplicant) r.subject(), r.asOf());
        List<PlainPilotCity.Check> checks = byEngine.conditions().stream()
                .map((Condition c) -> new PlainPilotCity.Check(c.code(), c.subject(), c.met(), c.actual(), c.required(),
                        c.gap())).toList();
        String who = r.subject().toString();
        assertThat(checks).as(who).isEqualTo(byHand.checks());
        assertThat(byEngine.eligible()).as(who).isEqualTo(byHand.eligible());
        return byEngine;
    }

    private static Condition condition(EvaluationResult r, String code, String subject) {
        return r.conditions().stream().filter(c -> c.code().equals(code) && c.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " " + subject + " in " + r.conditions()));
    }

    @Test
    void parkDensityAndStaffAtTheLine() {
        // {patents, population, staff, density met, shown, gap, staff met, eligible}
        Object[][] cases = {
            {484L, 100000L, 1, true, "48.40", null, true, true},          // exactly 48.4, one full-time staff
            {4839L, 1000000L, 1, false, "48.39", "0.01", true, false},   // 48.39
            {4840L, 1000001L, 1, false, "48.39", "0.01", true, false},   // 48.39995…: not rounded up to 48.4
            {4841L, 1000003L, 1, true, "48.40", null, true, true},       // 48.40985…
            {484L, 100000L, 0, true, "48.40", null, false, false},       // 配备专职工作人员: none is not met
        };
        for (Object[] c : cases) {
            EvaluationResult r = agree(applicant(city(park("甲园", (Integer) c[2], (Long) c[0], (Long) c[1]) + ","
                    + GOOD_PARK)));
            Condition d = condition(r, "PC_PARK_PATENT_DENSITY", "甲园");
            String as = java.util.Arrays.toString(c);
            assertThat(d.met()).as(as).isEqualTo(c[3]);
            assertThat(d.actual()).as(as).isEqualTo(c[4]);
            assertThat(d.gap()).as(as).isEqualTo(c[5]);
            assertThat(condition(r, "PC_PARK_FULLTIME_STAFF", "甲园").met()).as(as).isEqualTo(c[6]);
            assertThat(r.eligible()).as(as).isEqualTo(c[7]);
        }
    }

    @Test
    void twoToThreeParks() {
        String p1 = park("甲园", 1, 484, 100000);
        String[] parks = {p1, p1 + "," + GOOD_PARK, p1 + "," + GOOD_PARK + "," + park("丙园", 1, 500, 100000),
            p1 + "," + GOOD_PARK + "," + park("丙园", 1, 500, 100000) + "," + park("丁园", 1, 500, 100000)};
        boolean[] met = {false, true, true, false};
        for (int i = 0; i < parks.length; i++) {
            EvaluationResult r = agree(applicant(city(parks[i])));
            assertThat(condition(r, "PC_PARK_COUNT", "湖州市").met()).as(i + 1 + " parks").isEqualTo(met[i]);
            assertThat(r.eligible()).as(i + 1 + " parks").isEqualTo(met[i]);
        }
    }

    @Test
    void theRecommendationByTheThirtyFirstOfJulyAndBothAuthorities() {
        String parks = park("甲园", 1, 484, 100000) + "," + GOOD_PARK;
        Object[][] cases = {
            {JOINT, letter(true, true, "2017-07-30"), true},
            {JOINT, letter(true, true, "2017-07-31"), true},   // 于7月31日前: on or before (RULES.md)
            {JOINT, letter(true, true, "2017-08-01"), false},
            {JOINT, letter(false, false, null), false},        // no letter yet
            {JOINT, letter(true, false, "2017-07-20"), false}, // 省知识产权局、中小企业主管部门联合推荐
            {JOINT, letter(false, true, "2017-07-20"), false},
            {"{\"ipOffice\":true,\"smeAuthority\":false}", letter(true, true, "2017-07-20"), false}, // 联合…提出申请
            {"{\"ipOffice\":false,\"smeAuthority\":true}", letter(true, true, "2017-07-20"), false},
        };
        for (Object[] c : cases) {
            EvaluationResult r = agree(applicant(city("湖州市", "PREFECTURE_LEVEL_CITY", parks, (String) c[0],
                    (String) c[1])));
            assertThat(r.eligible()).as(c[0] + " " + c[1]).isEqualTo(c[2]);
        }
        // 于7月31日前联合行文,以推荐函的形式上报: a date while neither authority recommends dates no letter
        EvaluationResult r = agree(applicant(city("湖州市", "PREFECTURE_LEVEL_CITY", parks, JOINT,
                letter(false, false, "2017-07-20"))));
        assertThat(condition(r, "PC_DEADLINE", "湖州市").met()).isFalse();
        assertThat(condition(r, "PC_DEADLINE", "湖州市").actual()).isNull();
        assertThat(r.eligible()).isFalse();
    }

    @Test
    void everyApplicantTypeOfSectionOneOne() {
        // 申报对象为副省级城市、地级城市(州、盟)、县级城市,以及直辖市、计划单列市的市辖区
        Object[][] types = {{"SUB_PROVINCIAL_CITY", true}, {"PREFECTURE_LEVEL_CITY", true},
            {"AUTONOMOUS_PREFECTURE", true}, {"LEAGUE", true}, {"COUNTY_LEVEL_CITY", true},
            {"MUNICIPALITY_DISTRICT", true}, {"SEPARATELY_PLANNED_CITY_DISTRICT", true},
            {"PREFECTURE_CITY_DISTRICT", false}, {"COUNTY", false}, {"PROVINCE", false}};
        String parks = park("甲园", 1, 484, 100000) + "," + GOOD_PARK;
        for (Object[] t : types) {
            EvaluationResult r = agree(applicant(city("某地", (String) t[0], parks, JOINT,
                    letter(true, true, "2017-07-31"))));
            assertThat(condition(r, "PC_APPLICANT_TYPE", "某地").met()).as((String) t[0]).isEqualTo(t[1]);
            assertThat(r.eligible()).as((String) t[0]).isEqualTo(t[1]);
        }
    }

    @Test
    void aProvincesOneToTwoCitiesWithSeparatelyPlannedDistrictsOutsideTheQuota() {
        String parks = park("甲园", 1, 484, 100000) + "," + GOOD_PARK;
        String a = city("湖州市", "PREFECTURE_LEVEL_CITY", parks, JOINT, letter(true, true, "2017-07-31"));
        String b = city("嘉兴市", "PREFECTURE_LEVEL_CITY", parks, JOINT, letter(true, true, "2017-07-31"));
        String c = city("绍兴市", "PREFECTURE_LEVEL_CITY", parks, JOINT, letter(true, true, "2017-07-31"));
        String d = city("宁波市鄞州区", "SEPARATELY_PLANNED_CITY_DISTRICT", parks, JOINT, letter(true, true, "2017-07-31"));
        String e = city("宁波市北仑区", "SEPARATELY_PLANNED_CITY_DISTRICT", parks, JOINT, letter(true, true, "2017-07-31"));
        // {cities, places counted, quota met}
        Object[][] sets = {{a, "1", true}, {a + "," + b, "2", true}, {a + "," + b + "," + c, "3", false},
            {a + "," + b + "," + d, "2", true}, {a + "," + b + "," + d + "," + e, "2", true},
            {a + "," + b + "," + c + "," + d, "3", false}, {d, "0", true}};
        for (Object[] s : sets) {
            EvaluationResult r = agree(Requests.json(ENGINE, "{\"policy\":\"pilot-city-2017\",\"asOf\":\"2017-08-15\","
                    + "\"recommendation\":{\"province\":\"浙江省\",\"cities\":[" + s[0] + "]}}"));
            Condition quota = condition(r, "PC_PROVINCE_QUOTA", "浙江省");
            assertThat(quota.actual()).as(s[1] + " places").isEqualTo(s[1]);
            assertThat(quota.met()).as(s[1] + " places").isEqualTo(s[2]);
            assertThat(r.eligible()).as(s[1] + " places").isEqualTo(s[2]);
        }
    }

    @Test
    void aParkWithoutPopulationIsAnInputErrorNotAPass() {
        // RULES.md: population 0 or missing is an input error (no density to compare with 48.4)
        for (String p : new String[] {park("甲园", 1, 484, 0), park("甲园", 1, 484, 100000).replace(",\"population\":"
                + "100000", "")}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ENGINE.evaluate(applicant(city(p + ","
                    + GOOD_PARK))))
                    .as(p).isInstanceOf(io.iprules.InvalidRequestException.class)
                    .hasMessageContaining("population");
        }
    }

    private static final String[] TYPES = {"SUB_PROVINCIAL_CITY", "PREFECTURE_LEVEL_CITY", "AUTONOMOUS_PREFECTURE",
        "LEAGUE", "COUNTY_LEVEL_CITY", "MUNICIPALITY_DISTRICT", "SEPARATELY_PLANNED_CITY_DISTRICT",
        "PREFECTURE_CITY_DISTRICT", "COUNTY", "PROVINCE"};
    /** {patents, population} on and around 48.4 per 10,000. */
    private static final long[][] REACHING = {{484, 100000}, {4841, 1000003}, {48400, 10000000}, {1, 206},
        {121, 25000}};
    private static final long[][] SHORT = {{4839, 1000000}, {4840, 1000001}, {48399, 10000000}, {1, 207}, {3, 620}};

    private static String randomCity(java.util.SplittableRandom random, String name, boolean spcDistrict,
            boolean inASet) {
        StringBuilder parks = new StringBuilder();
        int n = random.nextInt(10) == 0 ? 1 + 3 * random.nextInt(2) : 2 + random.nextInt(2);
        for (int k = 0; k < n; k++) {
            long[][] from = random.nextInt(6) == 0 ? SHORT : REACHING;
            long[] d = from[random.nextInt(from.length)];
            parks.append(k == 0 ? "" : ",").append(park(name + "园" + k, random.nextInt(12) == 0 ? 0 : 1, d[0], d[1]));
        }
        String type = spcDistrict ? "SEPARATELY_PLANNED_CITY_DISTRICT"
                : random.nextInt(5) == 0 ? TYPES[random.nextInt(TYPES.length)] : "PREFECTURE_LEVEL_CITY";
        if (inASet && type.equals("MUNICIPALITY_DISTRICT")) {
            type = "COUNTY_LEVEL_CITY"; // 浙江省's set: a municipality's district is of another province
        }
        boolean ip = random.nextInt(15) != 0;
        boolean sme = random.nextInt(15) != 0;
        String[] dates = {"2017-07-30", "2017-07-31", "2017-07-31", "2017-08-01", "2017-06-26"};
        String rec = ip || sme ? letter(ip, sme, dates[random.nextInt(dates.length)]) : letter(false, false, null);
        String app = "{\"ipOffice\":" + (random.nextInt(20) != 0) + ",\"smeAuthority\":" + (random.nextInt(20) != 0)
                + "}";
        // a separately planned city's district is named as one of 浙江省's (宁波市), or refused as a type its name
        // contradicts
        String named = type.equals("SEPARATELY_PLANNED_CITY_DISTRICT") && !name.startsWith("宁波") ? "宁波市" + name : name;
        return city(named, type, parks.toString(), app, rec).replace("\"fiscalSupport\":true",
                "\"fiscalSupport\":" + (random.nextInt(12) != 0));
    }

    /** Seeded cities and provinces' sets whose every figure sits on or beside a line of the text. */
    @Test
    void randomApplicationsOnTheLines() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20170731L);
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < 1000; i++) {
            EvaluationResult r;
            if (random.nextBoolean()) {
                r = agree(applicant(randomCity(random, "某市" + i, false, false)));
            } else {
                int cities = 1 + random.nextInt(4);
                StringBuilder set = new StringBuilder();
                for (int k = 0; k < cities; k++) {
                    set.append(k == 0 ? "" : ",").append(randomCity(random, "城" + k, random.nextInt(4) == 0, true));
                }
                String asOf = random.nextBoolean() ? "2017-08-15" : "2017-07-31";
                r = agree(Requests.json(ENGINE, "{\"policy\":\"pilot-city-2017\",\"asOf\":\"" + asOf + "\","
                        + "\"recommendation\":{\"province\":\"浙江省\",\"cities\":[" + set + "]}}"));
                seen.merge("quota " + condition(r, "PC_PROVINCE_QUOTA", "浙江省").met(), 1, Integer::sum);
            }
            seen.merge("eligible " + r.eligible(), 1, Integer::sum);
        }
        assertThat(seen).containsOnlyKeys("eligible true", "eligible false", "quota true", "quota false");
        assertThat(seen.values()).allMatch(v -> v >= 20);
    }
}
