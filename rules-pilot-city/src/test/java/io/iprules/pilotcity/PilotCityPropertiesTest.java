package io.iprules.pilotcity;

import io.iprules.testkit.Props;
import static io.iprules.pilotcity.PilotCityGen.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Condition;
import io.iprules.EvaluationResult;
import io.iprules.Language;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.iprules.pilotcity.PilotCityGen.Application;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of pilot-city-2017 that hold for every valid application and province set, searched for
 * counterexamples over generated ones (see {@link PilotCityGen}). The verdicts are recomputed here from the text,
 * independently of the rules: the density in integer arithmetic, the other conditions from their words.
 */
class PilotCityPropertiesTest {
    private static final Props PROPS = new Props(20170627L);
    private static final String POLICY = "pilot-city-2017";
    private static final RulesEngine ENGINE = RulesEngine.builder().build();

    private static final List<String> CITY_CODES = List.of("PC_APPLICANT_TYPE", "PC_IP_ON_AGENDA", "PC_COORDINATION",
            "PC_SME_SERVICE_SYSTEM", "PC_LEADERSHIP", "PC_FISCAL_SUPPORT", "PC_PARK_COUNT", "PC_CITY_JOINT_APPLICATION",
            "PC_JOINT_RECOMMENDATION", "PC_DEADLINE");
    private static final List<String> PARK_CODES = List.of("PC_PARK_SME_CLUSTER", "PC_PARK_IP_POLICIES",
            "PC_PARK_IP_TALENT", "PC_PARK_IP_DEPARTMENT", "PC_PARK_FULLTIME_STAFF", "PC_PARK_PATENT_DENSITY");
    /** §1(1): 副省级城市、地级城市(州、盟)、县级城市,以及直辖市、计划单列市的市辖区. */
    private static final Set<ApplicantType> ADMITTED = EnumSet.of(ApplicantType.SUB_PROVINCIAL_CITY,
            ApplicantType.PREFECTURE_LEVEL_CITY, ApplicantType.AUTONOMOUS_PREFECTURE, ApplicantType.LEAGUE,
            ApplicantType.COUNTY_LEVEL_CITY, ApplicantType.MUNICIPALITY_DISTRICT,
            ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT);

    private static EvaluationResult evaluate(Application a) {
        return ENGINE.evaluate(POLICY, a.asOf(), a.city());
    }

    /** Conditions by subject, then by code. */
    private static Map<String, Map<String, Condition>> bySubject(EvaluationResult r) {
        Map<String, Map<String, Condition>> out = new LinkedHashMap<>();
        for (Condition c : r.conditions()) {
            Condition before = out.computeIfAbsent(c.subject(), s -> new LinkedHashMap<>()).put(c.code(), c);
            assertThat(before).as("%s recorded twice for %s", c.code(), c.subject()).isNull();
        }
        return out;
    }

    /** The generators reach the lines the text draws (checked on the first cases of the fixed seed). */
    @Test
    void theGeneratorsReachTheLinesTheTextDraws() {
        java.util.Set<String> seen = new java.util.TreeSet<>();
        PROPS.qt(500).forAll(PilotCityGen.applications()).checkAssert(a -> {
            for (Park p : a.city().parks()) {
                long lhs = (long) p.inventionPatents() * 100_000L;
                long rhs = 484L * p.population();
                if (lhs == rhs) {
                    seen.add("density exactly 48.4");
                }
                if (lhs < rhs && (long) (p.inventionPatents() + 1) * 100_000L >= rhs) {
                    seen.add("density one patent short");
                }
            }
            seen.add("parks: " + a.city().parks().size());
            if (DEADLINE.equals(a.city().recommendation().date())) {
                seen.add("letter on the deadline");
            }
            if (DEADLINE.plusDays(1).equals(a.city().recommendation().date())) {
                seen.add("letter a day late");
            }
            if (!a.city().type().isEligible()) {
                seen.add("not an applicant");
            }
            if (evaluate(a).eligible()) {
                seen.add("eligible");
            }
        });
        assertThat(seen).contains("density exactly 48.4", "density one patent short", "parks: 0", "parks: 1",
                "parks: 2", "parks: 3", "parks: 4", "letter on the deadline", "letter a day late", "not an applicant",
                "eligible");
    }

    // ================================================================== the verdict

    /**
     * Every condition of the text is checked and decided as its words say — recomputed here — and the application is
     * eligible exactly when every one is met (an unmet condition is never hidden by the verdict).
     */
    @Test
    void eligibleExactlyWhenEveryConditionIsMet() {
        PROPS.qt(500).forAll(PilotCityGen.applications()).checkAssert(a -> {
            EvaluationResult r = evaluate(a);
            CityApplicant c = a.city();
            Map<String, Map<String, Condition>> s = bySubject(r);
            Map<String, Condition> city = s.get(c.name());
            assertThat(city.keySet()).containsExactlyInAnyOrderElementsOf(CITY_CODES);
            JointRecommendation rec = c.recommendation();
            Map<String, Boolean> expected = new LinkedHashMap<>();
            expected.put("PC_APPLICANT_TYPE", ADMITTED.contains(c.type()));
            expected.put("PC_IP_ON_AGENDA", c.ipOnAgenda());
            expected.put("PC_COORDINATION", c.coordinationMechanism());
            expected.put("PC_SME_SERVICE_SYSTEM", c.smeServiceSystem());
            expected.put("PC_LEADERSHIP", c.leadershipMechanism());
            expected.put("PC_FISCAL_SUPPORT", c.fiscalSupport());
            expected.put("PC_PARK_COUNT", c.parks().size() >= 2 && c.parks().size() <= 3); // 2-3个园区
            // 申报试点城市的知识产权局和中小企业主管部门联合…提出推进工程申报申请
            expected.put("PC_CITY_JOINT_APPLICATION", c.application().ipOffice() && c.application().smeAuthority());
            expected.put("PC_JOINT_RECOMMENDATION", rec.ipOffice() && rec.smeAuthority()); // 联合行文
            expected.put("PC_DEADLINE", (rec.ipOffice() || rec.smeAuthority()) && rec.date() != null
                    && !rec.date().isAfter(DEADLINE)); // 于7月31日前联合行文: a letter someone wrote, on time
            expected.forEach((code, met) -> assertThat(city.get(code).met()).as(code).isEqualTo(met));
            boolean all = expected.values().stream().allMatch(b -> b);
            for (Park p : c.parks()) {
                Map<String, Condition> park = s.get(p.name());
                boolean parkMet = p.smeCluster() && p.ipPromotionPolicies() && p.ipTalent() && p.ipDepartment()
                        && p.fullTimeIpStaff() >= 1 && densityReaches(p);
                assertThat(park.values().stream().allMatch(Condition::met)).as(p.name()).isEqualTo(parkMet);
                all &= parkMet;
            }
            assertThat(r.eligible()).isEqualTo(all);
            assertThat(r.eligible()).isEqualTo(!r.conditions().isEmpty()
                    && r.conditions().stream().allMatch(Condition::met));
            assertThat(r.total()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(r.conditions()).allSatisfy(x -> assertThat(x.citation()).matches(
                    "pilot-city-2017 §(1\\(1\\)|1\\(2\\)1|1\\(2\\)2|2\\(2\\))"));
        });
    }

    /** Each park gets exactly its six conditions of §1(2)2, and the city its ten (CITY_CODES); nothing else. */
    @Test
    void eachParkGetsExactlyItsSixConditions() {
        PROPS.qt(500).forAll(PilotCityGen.applications()).checkAssert(a -> {
            EvaluationResult r = evaluate(a);
            Map<String, Map<String, Condition>> s = bySubject(r);
            List<String> subjects = new ArrayList<>(List.of(a.city().name()));
            a.city().parks().forEach(p -> subjects.add(p.name()));
            assertThat(s.keySet()).containsExactlyElementsOf(subjects);
            for (Park p : a.city().parks()) {
                assertThat(s.get(p.name()).keySet()).containsExactlyInAnyOrderElementsOf(PARK_CODES);
            }
            assertThat(r.conditions()).hasSize(CITY_CODES.size() + 6 * a.city().parks().size());
        });
    }

    /**
     * 每万人口发明专利拥有量不低于48.4件: met exactly when patents × 10,000 ≥ 48.4 × population, decided here in
     * integers (patents × 100,000 ≥ 484 × population); the density shown, rounded down, reaches 48.40 exactly when
     * the condition is met, so a failing park is never shown as reaching it.
     */
    @Test
    void theDensityConditionIsMetExactlyWhenTheTextSays() {
        PROPS.qt(1000).forAll(PilotCityGen.applications()).checkAssert(a -> {
            EvaluationResult r = evaluate(a);
            Map<String, Map<String, Condition>> s = bySubject(r);
            for (Park p : a.city().parks()) {
                Condition density = s.get(p.name()).get("PC_PARK_PATENT_DENSITY");
                assertThat(density.met()).as("%s", p).isEqualTo(densityReaches(p));
                assertThat(new BigDecimal(density.actual()).compareTo(new BigDecimal("48.40")) >= 0)
                        .as("shown %s for %s", density.actual(), p).isEqualTo(density.met());
                assertThat(density.required()).isEqualTo(">= 48.4");
                if (!density.met()) {
                    assertThat(new BigDecimal(density.gap()).add(new BigDecimal(density.actual())))
                            .isEqualByComparingTo("48.4");
                }
            }
        });
    }

    private static boolean densityReaches(Park p) {
        return (long) p.inventionPatents() * 100_000L >= 484L * p.population();
    }

    /**
     * "each park": the conditions are the park's own. Adding a park that meets everything changes no condition of
     * another park (a met density stays met) nor of the city, but the count of parks (§2(2)).
     */
    @Test
    void addingAGoodParkChangesNoOtherParksConditions() {
        Gen<Object[]> withPark = in -> {
            Application a = PilotCityGen.applications().generate(in);
            return new Object[] {a, PilotCityGen.goodPark("新增园区").generate(in)};
        };
        PROPS.qt(400).forAll(withPark.describedAs(java.util.Arrays::toString)).checkAssert(ap -> {
            Application a = (Application) ap[0];
            Park added = (Park) ap[1];
            EvaluationResult before = evaluate(a);
            EvaluationResult after = evaluate(new Application(a.asOf(), PilotCityGen.withPark(a.city(), added)));
            Map<String, Map<String, Condition>> b = bySubject(before);
            Map<String, Map<String, Condition>> x = bySubject(after);
            for (Park p : a.city().parks()) {
                assertThat(x.get(p.name())).as(p.name()).isEqualTo(b.get(p.name()));
            }
            assertThat(x.get("新增园区").values()).allSatisfy(c -> assertThat(c.met()).as(c.code()).isTrue());
            Map<String, Condition> cityBefore = new LinkedHashMap<>(b.get(a.city().name()));
            Map<String, Condition> cityAfter = new LinkedHashMap<>(x.get(a.city().name()));
            cityBefore.remove("PC_PARK_COUNT");
            cityAfter.remove("PC_PARK_COUNT");
            assertThat(cityAfter).isEqualTo(cityBefore);
        });
    }

    // ================================================================== a province's set

    /**
     * A province's set: every city evaluated in full under its own name, its parks as "city / park", and one quota
     * condition last (§2(2) 可推荐1-2个城市, 计划单列市的市辖区不占名额): at least one city, at most two taking a place.
     */
    @Test
    void aProvincesSetEvaluatesEveryCityAndTheQuotaOnce() {
        PROPS.qt(300).forAll(PilotCityGen.sets()).checkAssert(set -> {
            ProvinceRecommendation rec = set.recommendation();
            EvaluationResult r = ENGINE.evaluate(POLICY, set.asOf(), rec);
            Map<String, Map<String, Condition>> s = bySubject(r);
            int parks = 0;
            for (CityApplicant c : rec.cities()) {
                assertThat(s.get(c.name()).keySet()).containsExactlyInAnyOrderElementsOf(CITY_CODES);
                for (Park p : c.parks()) {
                    assertThat(s.get(c.name() + " / " + p.name()).keySet())
                            .containsExactlyInAnyOrderElementsOf(PARK_CODES);
                    assertThat(s.get(c.name() + " / " + p.name()).get("PC_PARK_PATENT_DENSITY").met())
                            .isEqualTo(densityReaches(p));
                    parks++;
                }
            }
            assertThat(r.conditions()).hasSize(CITY_CODES.size() * rec.cities().size() + 6 * parks + 1);
            Condition quota = r.conditions().get(r.conditions().size() - 1);
            assertThat(quota.code()).isEqualTo("PC_PROVINCE_QUOTA");
            assertThat(quota.subject()).isEqualTo(PilotCityGen.PROVINCE);
            long places = rec.cities().stream()
                    .filter(c -> c.type() != ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT).count();
            assertThat(quota.actual()).isEqualTo(Long.toString(places));
            assertThat(quota.met()).isEqualTo(!rec.cities().isEmpty() && places <= 2);
            assertThat(r.eligible()).isEqualTo(r.conditions().stream().allMatch(Condition::met));
        });
    }

    // ================================================================== reproducibility

    /** The same application evaluated twice, another in between, gives the same bytes in both languages. */
    @Test
    void evaluatingTwiceGivesTheSameBytes() {
        JsonContract json = new JsonContract(ENGINE);
        PROPS.qt(200).forAll(PilotCityGen.applications(), PilotCityGen.sets()).checkAssert((a, other) -> {
            EvaluationResult first = evaluate(a);
            ENGINE.evaluate(POLICY, other.asOf(), other.recommendation());
            EvaluationResult second = evaluate(a);
            for (Language language : Language.values()) {
                assertThat(json.write(second, language, true)).isEqualTo(json.write(first, language, true));
            }
        });
    }
}
