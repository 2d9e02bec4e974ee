package io.iprules.jiaxing;

import io.iprules.testkit.Props;
import static io.iprules.jiaxing.JiaxingGen.IN_FORCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Award;
import io.iprules.EvaluationResult;
import io.iprules.Exclusion;
import io.iprules.ExclusionReason;
import io.iprules.Language;
import io.iprules.RulesEngine;
import io.iprules.Text;
import io.iprules.jiaxing.JiaxingGen.Case;
import io.iprules.jiaxing.JiaxingGen.Future;
import io.iprules.jiaxing.rules.JiaxingAward;
import io.iprules.json.JsonContract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Invariants of jiaxing-2012 that hold for every valid applicant, searched for counterexamples over generated
 * applicants (see {@link JiaxingGen}) on engines with the texts' amounts only, with every open amount set, and
 * with maximum limits. Each property says which words of the policy it comes from.
 */
class JiaxingPropertiesTest {
    private static final Props PROPS = new Props(20121105L);
    private static final String POLICY = "jiaxing-2012";
    private static final String SOURCE = "property tests (illustrative implementing rules)";

    /** The amounts of §6(5)2, as the text gives them (分别给予30万元、20万元、10万元和5万元…给予5万元). */
    private static final Map<RecognitionType, BigDecimal> RECOGNITION_AMOUNT = new EnumMap<>(Map.of(
            RecognitionType.NATIONAL_IP_DEMO_ENTERPRISE, new BigDecimal("300000"),
            RecognitionType.NATIONAL_IP_PILOT_ENTERPRISE, new BigDecimal("200000"),
            RecognitionType.PROVINCIAL_PATENT_DEMO_ENTERPRISE, new BigDecimal("100000"),
            RecognitionType.CITY_PATENT_DEMO_ENTERPRISE, new BigDecimal("50000"),
            RecognitionType.PROVINCIAL_CIRCULATION_IP_PILOT, new BigDecimal("50000"),
            RecognitionType.PROVINCIAL_CIRCULATION_IP_DEMO, new BigDecimal("50000")));

    private static final List<BigDecimal> CAPS = List.of(new BigDecimal("0"), new BigDecimal("120000.00"),
            new BigDecimal("333333.33"));

    /** The texts' amounts only: every amount left to implementing rules is undetermined. */
    private static final RulesEngine OPEN = RulesEngine.builder().build();
    /** Every open amount set, from the day the policy took force; no maximum limit. */
    private static final RulesEngine FULL = implementingRules(RulesEngine.builder()).build();
    /** As {@link #FULL}, with each of {@link #CAPS} as the maximum limit. */
    private static final List<RulesEngine> CAPPED = CAPS.stream().map(cap -> implementingRules(RulesEngine.builder())
            .parameter(POLICY, "JX_MAXIMUM_LIMIT", IN_FORCE, cap.toPlainString(), SOURCE).build()).toList();
    /**
     * Some open amounts set and others of the same matters not, as a deployment whose implementing rules name some
     * honours and tiers only: a known and an open amount then meet in one matter (reading brand-honours; 中国名牌 below
     * 浙江名牌, 中国驰名商标 open, can go round in a circle).
     */
    private static final RulesEngine PARTLY = RulesEngine.builder()
            .parameter(POLICY, "JX_BRAND_HONOUR.CHINA_TOP_BRAND", IN_FORCE, "50000", SOURCE)
            .parameter(POLICY, "JX_BRAND_HONOUR.ZHEJIANG_TOP_BRAND", IN_FORCE, "80000", SOURCE)
            .parameter(POLICY, "JX_STANDARD_LEAD.INDUSTRY_OR_LOCAL", IN_FORCE, "30000", SOURCE).build();
    private static final List<RulesEngine> ENGINES = engines();

    private static RulesEngine.Builder implementingRules(RulesEngine.Builder b) {
        String[][] values = {
                {"JX_PATENT_GRANT.INVENTION", "5000"}, {"JX_PATENT_GRANT.UTILITY_MODEL", "1000"},
                {"JX_PATENT_GRANT.DESIGN", "500"}, {"JX_SEI_ANNUITY.PER_FEE", "900"},
                {"JX_PLEDGE_LOAN_INTEREST.RATE", "0.5"},
                {"JX_BRAND_HONOUR.CHINA_TOP_BRAND", "100000"}, {"JX_BRAND_HONOUR.CHINA_WELL_KNOWN_TRADEMARK", "80000"},
                {"JX_BRAND_HONOUR.ZHEJIANG_TOP_BRAND", "50000"}, {"JX_BRAND_HONOUR.ZHEJIANG_FAMOUS_TRADEMARK", "30000"},
                {"JX_EXPORT_TRADEMARK.THRESHOLD", "1000000"}, {"JX_EXPORT_TRADEMARK", "20000"},
                {"JX_STANDARD_LEAD.INTERNATIONAL", "100000"}, {"JX_STANDARD_LEAD.NATIONAL", "50000"},
                {"JX_STANDARD_LEAD.INDUSTRY_OR_LOCAL", "30000.50"}};
        for (String[] v : values) {
            b.parameter(POLICY, v[0], IN_FORCE, v[1], SOURCE);
        }
        return b;
    }

    private static List<RulesEngine> engines() {
        List<RulesEngine> all = new ArrayList<>(List.of(OPEN, FULL));
        all.addAll(CAPPED);
        all.add(PARTLY);
        return all;
    }

    private static final Gen<RulesEngine> ANY_ENGINE = Generate.pick(ENGINES).describedAs(JiaxingPropertiesTest::name);

    private static String name(RulesEngine engine) {
        int i = ENGINES.indexOf(engine);
        return i == 0 ? "engine: the texts' amounts only" : i == 1 ? "engine: every open amount set"
                : engine == PARTLY ? "engine: some open amounts set, others of the same matters not"
                : "engine: every open amount set, maximum limit " + CAPS.get(i - 2);
    }

    private static EvaluationResult evaluate(RulesEngine engine, Case c) {
        return engine.evaluate(POLICY, c.asOf(), c.enterprise());
    }

    private static EvaluationResult evaluate(RulesEngine engine, LocalDate asOf, JiaxingEnterprise e) {
        return engine.evaluate(POLICY, asOf, e);
    }

    /**
     * The generators reach the cases the properties are about: a property that never meets an exclusion reason, or a
     * fact on the day the policy took force, proves nothing about it. Checked on the first cases of the fixed seed.
     */
    @Test
    void theGeneratorsReachTheCasesThatMatter() {
        Set<String> seen = new java.util.TreeSet<>();
        PROPS.qt(400).forAll(JiaxingGen.cases(), Generate.range(0, CAPS.size() - 1)).checkAssert((c, i) -> {
            EvaluationResult r = evaluate(i == 0 ? FULL : CAPPED.get(i), c);
            r.excluded().forEach(x -> seen.add(x.reason().name()));
            r.awards().forEach(a -> {
                if (a.date().equals(IN_FORCE)) {
                    seen.add("award on 2012-11-05");
                }
                if (a.date().equals(c.asOf())) {
                    seen.add("award on the as-of date");
                }
                if (a.code().equals("JX_EXPORT_TRADEMARK")) {
                    seen.add("export award");
                }
            });
            r.excluded().forEach(x -> {
                if (x.date() != null && x.date().equals(IN_FORCE.minusDays(1))) {
                    seen.add("excluded on 2012-11-04");
                }
            });
            if (r.warnings().stream().anyMatch(w -> w.in(Language.EN).contains("after the as-of date"))) {
                seen.add("fact after the as-of date");
            }
            if (r.awards().stream().filter(a -> isRecognitionCode(a.code())).count() == 1
                    && r.excluded().stream().anyMatch(x -> x.reason().code().equals("NON_DUPLICATION")
                    && isRecognitionCode(x.code()))) {
                seen.add("two recognitions, one paid");
            }
        });
        List<String> expected = new ArrayList<>();
        for (ExclusionReason reason : new Jiaxing2012().describe().exclusionReasons()) {
            expected.add(reason.name());
        }
        expected.addAll(List.of("award on 2012-11-05", "award on the as-of date", "export award",
                "excluded on 2012-11-04", "fact after the as-of date", "two recognitions, one paid"));
        assertThat(seen).containsAll(expected);
    }

    // ================================================================== money

    /**
     * Amounts are never negative; the total is the sum of the awards whose amount and eligibility are determined
     * (docs/contract.md), never more, and {@code undetermined} counts every other award.
     */
    @Test
    void amountsAreNeverNegativeAndTheTotalIsTheSumOfTheDeterminedAwards() {
        PROPS.qt(400).forAll(JiaxingGen.cases(), ANY_ENGINE).checkAssert((c, engine) -> {
            EvaluationResult r = evaluate(engine, c);
            BigDecimal sum = BigDecimal.ZERO;
            int undetermined = 0;
            for (Award a : r.awards()) {
                if (a.determined()) {
                    assertThat(a.amount().signum()).as("award %s", a).isGreaterThanOrEqualTo(0);
                    assertThat(a.amount().scale()).as("award %s in yuan and fen", a).isEqualTo(2);
                } else {
                    assertThat(a.undeterminedBy()).as("award %s", a).isNotBlank();
                }
                if (a.determined() && a.eligibilityDetermined()) {
                    sum = sum.add(a.amount());
                } else {
                    undetermined++;
                }
            }
            for (Exclusion x : r.excluded()) {
                if (x.amount() != null) {
                    assertThat(x.amount().signum()).as("exclusion %s", x).isGreaterThanOrEqualTo(0);
                }
            }
            assertThat(r.total()).isEqualByComparingTo(sum);
            assertThat(r.total().signum()).isGreaterThanOrEqualTo(0);
            assertThat(r.undetermined()).isEqualTo(undetermined);
            // "eligible ... for jiaxing whether any award is due" (docs/contract.md); an award whose eligibility waits
            // for the export threshold is not due (reading export-threshold: undetermined eligibility is not
            // eligibility)
            assertThat(r.eligible()).as("eligible ⇔ an award is due").isEqualTo(r.awards().stream()
                    .anyMatch(a -> !"JX_EXPORT_TRADEMARK.THRESHOLD".equals(a.undeterminedBy())));
        });
    }

    /**
     * §7(1) 最高限额: with a maximum limit, each award in the result's order is paid what the limit leaves after those
     * before it, so the excess is cut from the last ones and the total never passes the limit (reading
     * maximum-limit). An amount still open takes an unknown part: an open item the amounts before it leave nothing
     * for, were every open one among them set to nothing, is held back (its cut unknown); one they leave room for
     * stays open, and a known amount after it that they leave room for waits for it (open too, naming the parameter
     * it waits for), neither paid in full nor cut, while one they leave nothing is cut whole. The CAP exclusions with
     * an amount are exactly the cuts. Worked out here from the uncapped result, award by award.
     */
    @Test
    void theMaximumLimitCutsTheTotalToItAndNoFurther() {
        PROPS.qt(300).forAll(JiaxingGen.cases(), Generate.range(0, CAPS.size() - 1)).checkAssert((c, i) -> {
            BigDecimal cap = CAPS.get(i);
            EvaluationResult capped = evaluate(CAPPED.get(i), c);
            EvaluationResult uncapped = evaluate(FULL, c);
            Map<String, Award> cappedAwards = new HashMap<>();
            capped.awards().forEach(a -> cappedAwards.put(a.code() + "|" + a.subjectId(), a));
            java.util.Set<String> heldBack = new java.util.HashSet<>();
            capped.excluded().stream().filter(x -> x.reason().code().equals("CAP") && x.amount() == null)
                    .forEach(x -> heldBack.add(x.code() + "|" + x.subjectId()));
            BigDecimal room = cap;
            boolean openMet = false;
            BigDecimal paidInAll = BigDecimal.ZERO;
            BigDecimal cutInAll = BigDecimal.ZERO;
            for (Award a : uncapped.awards()) {
                String key = a.code() + "|" + a.subjectId();
                Award k = cappedAwards.get(key);
                if (!a.determined()) {
                    if (room.signum() <= 0) {
                        assertThat(k).as("%s: nothing left before it", key).isNull();
                        assertThat(heldBack).as("%s held back whatever it is set to", key).contains(key);
                    } else {
                        assertThat(k).as("%s stays open", key).isNotNull();
                        assertThat(k.determined()).isFalse();
                        openMet = true;
                    }
                } else {
                    // what the limit leaves it were every open amount before it set to nothing
                    BigDecimal paid = a.amount().min(room.max(BigDecimal.ZERO));
                    room = room.subtract(paid);
                    if (openMet && paid.signum() > 0) {
                        assertThat(k).as("%s waits for an open amount before it", key).isNotNull();
                        assertThat(k.amount()).as("%s", key).isNull();
                        assertThat(k.undeterminedBy()).as("%s", key).isNotNull();
                        continue;
                    }
                    paidInAll = paidInAll.add(paid);
                    cutInAll = cutInAll.add(a.amount().subtract(paid));
                    if (paid.signum() == 0) {
                        assertThat(k).as("%s wholly cut", key).isNull();
                    } else {
                        assertThat(k.amount()).as("%s", key).isEqualByComparingTo(paid);
                    }
                }
            }
            assertThat(capped.total()).isLessThanOrEqualTo(cap).isEqualByComparingTo(paidInAll);
            assertThat(capped.awards()).hasSize(uncapped.awards().size() - heldBack.size() - (int) uncapped.awards()
                    .stream().filter(a -> a.determined() && !cappedAwards.containsKey(a.code() + "|" + a.subjectId()))
                    .count());
            BigDecimal cut = capped.excluded().stream().filter(x -> x.reason().code().equals("CAP"))
                    .map(Exclusion::amount).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(cut).isEqualByComparingTo(cutInAll);
            assertThat(capped.excluded()).filteredOn(x -> x.reason().code().equals("CAP"))
                    .allSatisfy(x -> assertThat(x.citation()).isEqualTo("jiaxing-2012 §7(1)"));
        });
    }

    // ================================================================== matters

    /**
     * §7(1) 同一事项…按最优惠一项执行,不叠加享受: at most one award per matter. The matter of an award is its
     * code's and its subject's; the four patent-enterprise tiers of §6(5)2 are one matter, the circulation-sector
     * unit another (同一企业不得重复补助), a patent's China Patent Awards one, a brand's honours one, each patent's
     * grant, each of its annual fees, each standard, loan-year, export-year and platform its own.
     */
    @Test
    void atMostOneAwardPerMatter() {
        PROPS.qt(400).forAll(JiaxingGen.cases(), ANY_ENGINE).checkAssert((c, engine) -> {
            EvaluationResult r = evaluate(engine, c);
            Map<String, Award> byMatter = new HashMap<>();
            for (Award a : r.awards()) {
                Award before = byMatter.put(matter(a.code(), a.subjectId()), a);
                assertThat(before).as("a second award of the matter of %s", a).isNull();
            }
        });
    }

    /** Illustrative amounts a deployment may set for each honour (the text leaves them open), all different. */
    private static final Map<BrandHonourType, String> HONOUR_AMOUNT = new EnumMap<>(Map.of(
            BrandHonourType.CHINA_TOP_BRAND, "50000", BrandHonourType.CHINA_WELL_KNOWN_TRADEMARK, "100000",
            BrandHonourType.ZHEJIANG_TOP_BRAND, "80000", BrandHonourType.ZHEJIANG_FAMOUS_TRADEMARK, "30000"));
    /** An engine per set of honours whose amount a deployment set (the others open), made when first needed. */
    private static final Map<Set<BrandHonourType>,
            RulesEngine> BY_HONOURS_SET = new java.util.concurrent.ConcurrentHashMap<>();

    private static RulesEngine withHonoursSet(Set<BrandHonourType> set) {
        return BY_HONOURS_SET.computeIfAbsent(set, s -> {
            RulesEngine.Builder b = RulesEngine.builder();
            s.forEach(t -> b.parameter(POLICY, "JX_BRAND_HONOUR." + t, IN_FORCE, HONOUR_AMOUNT.get(t), SOURCE));
            return b.build();
        });
    }

    /**
     * §6(5)5 with §7(1) 按最优惠一项执行,不叠加享受 (reading brand-honours): one brand's honours are one matter, so
     * whichever honours' amounts a deployment set and whichever it left open, exactly one honour of the brand is
     * awarded and the others are excluded NON_DUPLICATION; where every amount is known the largest stands; and the
     * order the request lists them in decides nothing. Known and open amounts together once went round in a circle
     * (中国名牌 50,000 below 浙江名牌 80,000, 中国驰名商标 open between them by the text's order) and all were paid.
     */
    @Test
    void oneBrandsHonoursArePaidOnceWhicheverAmountsAreSet() {
        Gen<Set<BrandHonourType>> types = in -> {
            Set<BrandHonourType> t = java.util.EnumSet.noneOf(BrandHonourType.class);
            for (BrandHonourType h : BrandHonourType.values()) {
                if (Generate.booleans().generate(in)) {
                    t.add(h);
                }
            }
            return t;
        };
        Gen<Integer> day = Generate.range(0, 700);
        PROPS.qt(300).forAll(types, types, day, Generate.booleans()).checkAssert((held, set, d, reversed) -> {
            if (held.size() < 2) {
                return;
            }
            List<BrandHonourType> listed = new ArrayList<>(held);
            if (reversed) {
                java.util.Collections.reverse(listed);
            }
            RulesEngine engine = withHonoursSet(set);
            JiaxingEnterprise.Builder b = JiaxingEnterprise.builder().name("嘉兴示例有限公司")
                    .creditCode("91330400MA28A0001D");
            LocalDate date = IN_FORCE.plusDays(d);
            listed.forEach(t -> b.brandHonour(t, date, "禾城"));
            EvaluationResult r = engine.evaluate(POLICY, LocalDate.of(2015, 12, 31), b.build());
            String what = "held " + listed + ", amounts set for " + set;
            assertThat(r.awards()).as(what).hasSize(1);
            assertThat(r.excluded()).as(what).hasSize(held.size() - 1)
                    .allSatisfy(x -> assertThat(x.reason().code()).isEqualTo("NON_DUPLICATION"));
            if (set.containsAll(held)) {
                BigDecimal largest = held.stream().map(t -> new BigDecimal(HONOUR_AMOUNT.get(t)))
                        .max(BigDecimal::compareTo).orElseThrow();
                assertThat(r.awards().get(0).amount()).as(what).isEqualByComparingTo(largest);
            }
            // the order of listing decides nothing
            JiaxingEnterprise.Builder other = JiaxingEnterprise.builder().name("嘉兴示例有限公司")
                    .creditCode("91330400MA28A0001D");
            List<BrandHonourType> otherOrder = new ArrayList<>(listed);
            java.util.Collections.rotate(otherOrder, 1);
            otherOrder.forEach(t -> other.brandHonour(t, date, "禾城"));
            EvaluationResult again = engine.evaluate(POLICY, LocalDate.of(2015, 12, 31), other.build());
            assertThat(again.awards()).as(what).isEqualTo(r.awards());
        });
    }

    /** The matter (reading one-matter), written out here, not read from the module's {@link JiaxingAward}. */
    private static String matter(String code, String subjectId) {
        return switch (code) {
            case "JX_NATIONAL_IP_DEMO_ENTERPRISE", "JX_NATIONAL_IP_PILOT_ENTERPRISE",
                 "JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE",
                 "JX_CITY_PATENT_DEMO_ENTERPRISE" -> "the patent-enterprise tier";
            case "JX_CIRCULATION_IP_UNIT" -> "the circulation-sector unit";
            case "JX_KEY_INTERMEDIARY" -> "the key intermediary";
            case "JX_CHINA_PATENT_GOLD", "JX_CHINA_PATENT_EXCELLENCE" -> "China Patent Award of " + subjectId;
            default -> code + " of " + subjectId;
        };
    }

    /**
     * §6(5)2 with §7(1) and §7(3), as an independent model, for each of its two matters (the four patent-enterprise
     * tiers; the circulation-sector unit): of the recognitions of the matter known on the as-of date and dated on or
     * after 2012-11-05, the most favourable is paid, once — unless a subsidy of that matter was already paid under
     * this policy (a payment of one of its codes dated from 2012-11-05 to the as-of date, unless every recognition of
     * that code it can have paid is dated before 2012-11-05), or a claim under another
     * policy line names a code of that matter and the applicant has chosen the other policy or not yet chosen. A
     * payment or a claim of the other matter changes nothing.
     */
    @Test
    void theMostFavourableRecognitionIsPaidOnceAndOnlyWhenNothingBarsIt() {
        Set<String> tiers = Set.of("JX_NATIONAL_IP_DEMO_ENTERPRISE", "JX_NATIONAL_IP_PILOT_ENTERPRISE",
                "JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE", "JX_CITY_PATENT_DEMO_ENTERPRISE");
        Set<String> circulation = Set.of("JX_CIRCULATION_IP_UNIT");
        PROPS.qt(400).forAll(JiaxingGen.cases()).checkAssert(c -> {
            EvaluationResult r = evaluate(OPEN, c);
            for (Set<String> matter : List.of(tiers, circulation)) {
                BigDecimal best = null;
                for (Recognition rec : c.enterprise().recognitions()) {
                    if (matter.contains(rec.type().awardCode()) && !rec.date().isBefore(IN_FORCE)
                            && !rec.date().isAfter(c.asOf())) {
                        BigDecimal amount = RECOGNITION_AMOUNT.get(rec.type());
                        best = best == null ? amount : best.max(amount);
                    }
                }
                boolean paid = c.enterprise().paidSubsidies().stream().anyMatch(p -> matter.contains(p.code())
                        && !p.date().isBefore(IN_FORCE) && !p.date().isAfter(c.asOf())
                        && !paysTheRepealedPolicyAlone(p, c.enterprise().recognitions()));
                boolean heldOut = c.enterprise().otherPolicyClaims().stream().anyMatch(k -> matter.contains(k.code())
                        && k.choice() != PolicyChoice.THIS);
                List<Award> awards = r.awards().stream().filter(a -> matter.contains(a.code())).toList();
                if (best == null || paid || heldOut) {
                    assertThat(awards).as("%s", matter).isEmpty();
                } else {
                    assertThat(awards).as("%s", matter).hasSize(1);
                    assertThat(awards.get(0).amount()).isEqualByComparingTo(best);
                    assertThat(awards.get(0).citation()).isEqualTo("jiaxing-2012 §6(5)2");
                }
            }
        });
    }

    /**
     * §7(3) with the reading once-paid: a payment of a recognition's code pays a recognition of that type there on
     * its date; when there are such recognitions and all are dated before 2012-11-05, it was the repealed policy's.
     */
    private static boolean paysTheRepealedPolicyAlone(PaidSubsidy p, List<Recognition> recognitions) {
        List<Recognition> paid = recognitions.stream().filter(r -> r.type().awardCode().equals(p.code())
                && !r.date().isAfter(p.date())).toList();
        return !paid.isEmpty() && paid.stream().allMatch(r -> r.date().isBefore(IN_FORCE));
    }

    private static boolean isRecognitionCode(String code) {
        return Set.of("JX_NATIONAL_IP_DEMO_ENTERPRISE", "JX_NATIONAL_IP_PILOT_ENTERPRISE",
                "JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE", "JX_CITY_PATENT_DEMO_ENTERPRISE", "JX_CIRCULATION_IP_UNIT")
                .contains(code);
    }

    /**
     * Nothing disappears: every fact known on the as-of date that a provision subsidises shows up exactly once, as an
     * award or as an exclusion (a recognition, a patent's grant and, for an invention of a strategic emerging
     * industry with fees paid, its annual fees, a China Patent Award, an honour, a loan-year, a standard, an export
     * trademark). An award wholly cut by a maximum limit shows as its CAP exclusion.
     */
    @Test
    void everyKnownFactIsPaidOrExcludedExactlyOnce() {
        PROPS.qt(400).forAll(JiaxingGen.cases(), ANY_ENGINE).checkAssert((c, engine) -> {
            EvaluationResult r = evaluate(engine, c);
            assertThat(entries(r)).isEqualTo(expectedEntries(c));
        });
    }

    /** (code, subjectId) → how many entries: awards, exclusions other than CAP, and CAP of a wholly cut award. */
    private static Map<String, Integer> entries(EvaluationResult r) {
        Map<String, Integer> out = new TreeMap<>();
        Set<String> awarded = new java.util.HashSet<>();
        for (Award a : r.awards()) {
            out.merge(a.code() + "|" + a.subjectId() + "|" + a.date(), 1, Integer::sum);
            awarded.add(a.code() + "|" + a.subjectId() + "|" + a.date());
        }
        for (Exclusion x : r.excluded()) {
            String key = x.code() + "|" + x.subjectId() + "|" + x.date();
            if (!x.reason().code().equals("CAP") || !awarded.contains(key)) {
                out.merge(key, 1, Integer::sum);
            }
        }
        return out;
    }

    private static Map<String, Integer> expectedEntries(Case c) {
        JiaxingEnterprise e = c.enterprise();
        LocalDate asOf = c.asOf();
        Map<String, Integer> out = new TreeMap<>();
        for (Recognition x : e.recognitions()) {
            if (!x.date().isAfter(asOf)) {
                out.merge(x.type().awardCode() + "|" + x.type().name() + "|" + x.date(), 1, Integer::sum);
            }
        }
        for (Patent p : e.patents()) {
            if (!p.grantDate().isAfter(asOf)) {
                out.merge("JX_PATENT_GRANT|" + p.number() + "|" + p.grantDate(), 1, Integer::sum);
                // each of the first three annual fees: on its date as given, else on the (k−1)th anniversary of the
                // grant
                if (p.kind() == PatentKind.INVENTION && p.field().isStrategicEmerging()) {
                    int fees = p.annualFeeDates().isEmpty() ? p.annualFeesPaid() : p.annualFeeDates().size();
                    for (int k = 1; k <= Math.min(3, fees); k++) {
                        LocalDate paid = p.annualFeeDates().isEmpty() ? p.grantDate().plusYears(k - 1)
                                : p.annualFeeDates().get(k - 1);
                        if (!paid.isAfter(asOf)) {
                            out.merge("JX_SEI_ANNUITY|" + p.number() + "/" + k + "|" + paid, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        for (PatentAward a : e.patentAwards()) {
            if (!a.date().isAfter(asOf)) {
                out.merge(a.award().awardCode() + "|" + a.patent() + "|" + a.date(), 1, Integer::sum);
            }
        }
        for (BrandHonour h : e.brandHonours()) {
            if (!h.date().isAfter(asOf)) {
                out.merge("JX_BRAND_HONOUR|" + JiaxingGen.subjectOf(h) + "|" + h.date(), 1, Integer::sum);
            }
        }
        for (PledgeLoan l : e.pledgeLoans()) {
            LocalDate yearEnd = LocalDate.of(l.year(), 12, 31);
            if (!yearEnd.isAfter(asOf)) {
                out.merge("JX_PLEDGE_LOAN_INTEREST|" + JiaxingGen.subjectOf(l) + "|" + yearEnd, 1, Integer::sum);
            }
        }
        for (Standard s : e.standards()) {
            if (!s.published().isAfter(asOf)) {
                out.merge("JX_STANDARD_LEAD|" + JiaxingGen.subjectOf(s) + "|" + s.published(), 1, Integer::sum);
            }
        }
        for (PatentInfoPlatform pl : e.patentInfoPlatforms()) {
            if (!pl.opened().isAfter(asOf)) {
                out.merge("JX_PATENT_INFO_PLATFORM|" + pl.name() + "|" + pl.opened(), 1, Integer::sum);
            }
        }
        for (ExportTrademark x : e.exportTrademarks()) {
            LocalDate yearEnd = LocalDate.of(x.year(), 12, 31);
            if (!yearEnd.isAfter(asOf)) {
                out.merge("JX_EXPORT_TRADEMARK|" + JiaxingGen.subjectOf(x) + "|" + yearEnd, 1, Integer::sum);
            }
        }
        return out;
    }

    // ================================================================== dates

    /**
     * §7(3) 自印发之日起施行: nothing dated before 2012-11-05 is paid; a recognition dated before it, and known on
     * the as-of date, is listed as BEFORE_IN_FORCE, cited §7(3).
     */
    @Test
    void nothingDatedBeforeThePolicyTookForceIsPaid() {
        PROPS.qt(400).forAll(JiaxingGen.cases(), ANY_ENGINE).checkAssert((c, engine) -> {
            EvaluationResult r = evaluate(engine, c);
            assertThat(r.awards()).allSatisfy(a -> assertThat(a.date()).isAfterOrEqualTo(IN_FORCE));
            for (Recognition x : c.enterprise().recognitions()) {
                if (x.date().isBefore(IN_FORCE) && !x.date().isAfter(c.asOf())) {
                    assertThat(r.excluded()).as("recognition %s", x).anySatisfy(ex -> {
                        assertThat(ex.code()).isEqualTo(x.type().awardCode());
                        assertThat(ex.date()).isEqualTo(x.date());
                        assertThat(ex.reason().code()).isEqualTo("BEFORE_IN_FORCE");
                        assertThat(ex.citation()).isEqualTo("jiaxing-2012 §7(3)");
                    });
                }
            }
            assertThat(r.excluded()).filteredOn(x -> x.reason().code().equals("BEFORE_IN_FORCE"))
                    .allSatisfy(x -> assertThat(x.date()).isBefore(IN_FORCE));
        });
    }

    /**
     * A fact dated after the as-of date is not yet a fact: adding one changes no award, exclusion, total, verdict or
     * rule fired. The warnings may change, and only so: they gain exactly one, which names the as-of date (the result
     * says what it left out: a fact dated after it, or a year's fact whose year is not over on it).
     */
    @Test
    void addingAFactDatedAfterTheAsOfDateChangesNoDecision() {
        Gen<Object[]> caseAndFuture = in -> {
            Case c = JiaxingGen.cases().generate(in);
            return new Object[] {c, JiaxingGen.future(c.asOf()).generate(in)};
        };
        PROPS.qt(400).forAll(caseAndFuture.describedAs(java.util.Arrays::toString), ANY_ENGINE)
                .checkAssert((cf, engine) -> {
                    Case c = (Case) cf[0];
                    Future f = (Future) cf[1];
                    EvaluationResult before = evaluate(engine, c);
                    EvaluationResult after = evaluate(engine, c.asOf(), JiaxingGen.with(c.enterprise(), f));
                    assertThat(after.awards()).isEqualTo(before.awards());
                    assertThat(after.excluded()).isEqualTo(before.excluded());
                    assertThat(after.total()).isEqualTo(before.total());
                    assertThat(after.undetermined()).isEqualTo(before.undetermined());
                    assertThat(after.eligible()).isEqualTo(before.eligible());
                    assertThat(after.trace()).isEqualTo(before.trace());
                    List<Text> added = new ArrayList<>(after.warnings());
                    before.warnings().forEach(added::remove);
                    assertThat(added).hasSize(after.warnings().size() - before.warnings().size()).hasSize(1);
                    assertThat(added.get(0).in(Language.EN)).containsAnyOf("after the as-of date " + c.asOf(),
                            "is not over on the as-of date " + c.asOf());
                });
    }

    // ================================================================== reproducibility and law

    /**
     * The same applicant evaluated twice, with another evaluated in between, gives the same bytes in both languages,
     * the rules fired included: nothing is kept between evaluations.
     */
    @Test
    void evaluatingTwiceGivesTheSameBytes() {
        PROPS.qt(200).forAll(JiaxingGen.cases(), JiaxingGen.cases(), ANY_ENGINE).checkAssert((c, other, engine) -> {
            JsonContract json = new JsonContract(engine);
            EvaluationResult first = evaluate(engine, c);
            evaluate(engine, other);
            EvaluationResult second = evaluate(engine, c);
            for (Language language : Language.values()) {
                assertThat(json.write(second, language, true)).isEqualTo(json.write(first, language, true));
            }
        });
    }

    /** Law first: every award cites the §6(5) clause that grants it, every exclusion the clause that excludes it. */
    @Test
    void everyAwardAndExclusionCarriesItsCitation() {
        PROPS.qt(400).forAll(JiaxingGen.cases(), ANY_ENGINE).checkAssert((c, engine) -> {
            EvaluationResult r = evaluate(engine, c);
            assertThat(r.awards()).allSatisfy(a -> assertThat(a.citation()).matches("jiaxing-2012 §6\\(5\\)[1-6]"));
            assertThat(r.excluded()).allSatisfy(x -> {
                assertThat(x.citation()).matches("jiaxing-2012 §(6\\(5\\)[1-6]|7\\(1\\)|7\\(3\\))");
                assertThat(x.awardCitation()).matches("jiaxing-2012 §6\\(5\\)[1-6]");
                assertThat(x.detail().in(Language.ZH)).isNotBlank();
                assertThat(x.detail().in(Language.EN)).isNotBlank();
            });
            assertThat(r.trace()).allSatisfy(f -> assertThat(f.citation()).startsWith("jiaxing-2012 §"));
        });
    }
}
