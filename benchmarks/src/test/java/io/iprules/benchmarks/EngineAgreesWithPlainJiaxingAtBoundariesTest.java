package io.iprules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.RulesEngine;
import io.iprules.jiaxing.JiaxingEnterprise;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * jiaxing-2012 on the lines its text draws: facts dated the day before and the day §7(3) 自印发之日起施行 (2012-11-05)
 * and on and after the as-of day; §6(5)2's four tiers as one matter and the circulation unit as another (同一企业不得重复
 * 补助); §6(5)4's two awards for one patent and for two; 前三次年费 at the third and a fourth fee and on the anniversary;
 * payments dated 2012-11-04/05 and after the as-of day; §7(1) 最高限额 at, one fen under and well under the total,
 * with and without TOP_UP; another policy line chosen, not chosen, declined. Engine and baseline must agree, and both
 * with the awards and exclusions worked out here from the text's fixed amounts (30万/20万/10万/5万, 30万/10万) and the
 * example implementing rules where the text leaves the amount open.
 */
class EngineAgreesWithPlainJiaxingAtBoundariesTest {
    private static final RulesEngine BARE = RulesEngine.builder().build();
    private static final RulesEngine EXAMPLE = RulesEngine.builder()
            .parameters(Path.of("../examples/params/jiaxing-implementing-rules.example.json")).build();

    /** The baseline of each engine, with that engine's parameter values. */
    private static final java.util.Map<RulesEngine, PlainJiaxing> BASELINES = new java.util.IdentityHashMap<>();

    private static RulesEngine withCap(String cap, boolean topUp) {
        RulesEngine.Builder b = RulesEngine.builder()
                .parameter("jiaxing-2012", "JX_MAXIMUM_LIMIT", LocalDate.of(2012, 11, 5), cap, "test");
        if (topUp) {
            b.parameter("jiaxing-2012", "JX_VARIANT.TOP_UP", LocalDate.of(2012, 11, 5), "1", "test");
        }
        return b.build();
    }

    static EvaluationRequest enterprise(RulesEngine engine, String asOf, String body) {
        return Requests.json(engine, "{\"policy\":\"jiaxing-2012\",\"asOf\":\"" + asOf + "\",\"applicant\":{"
                + "\"name\":\"嘉兴边界有限公司\",\"creditCode\":\"91330400MA28A0001D\"," + body + "}}");
    }

    /**
     * Engine and baseline (made from that engine's description, so a test's engine of other ranks has its own)
     * compared in full; the engine's decision as lines "CODE subject [MARK/COUNTRY] amount [REASON]".
     */
    static List<String> agree(RulesEngine engine, EvaluationRequest r) {
        EvaluationResult byEngine = engine.evaluate(r);
        PlainJiaxing.Outcome byHand = BASELINES.computeIfAbsent(engine, e -> new PlainJiaxing(e.policy("jiaxing-2012")))
                .evaluate((JiaxingEnterprise) r.subject(), r.asOf());
        List<PlainJiaxing.Item> awards = byEngine.awards().stream()
                .map(a -> new PlainJiaxing.Item(a.code(), a.subjectId(), a.amount(), null,
                        PlainJiaxing.tieBreakOf(a))).toList();
        List<PlainJiaxing.Item> excluded = byEngine.excluded().stream()
                .map(x -> new PlainJiaxing.Item(x.code(), x.subjectId(), x.amount(), x.reason().code(),
                        PlainJiaxing.tieBreakOf(x))).toList();
        String who = r.asOf() + " " + r.subject();
        assertThat(awards).as(who).isEqualTo(byHand.awards());
        assertThat(excluded).as(who).isEqualTo(byHand.excluded());
        assertThat(byEngine.total()).as(who).isEqualTo(byHand.total());
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        awards.forEach(a -> lines.add(a.code() + " " + a.subjectId() + tie(a) + " " + a.amount()));
        excluded.forEach(x -> lines.add(x.code() + " " + x.subjectId() + tie(x) + " " + x.amount() + " " + x.reason()));
        lines.add("total " + byEngine.total());
        return lines;
    }

    /** What tells the item from others of its subject id, after it ({@code 2015 HECHENG/US}), if anything. */
    private static String tie(PlainJiaxing.Item item) {
        return item.tieBreak().isEmpty() ? "" : " " + String.join("/", item.tieBreak());
    }

    private static String recognitions(String... typeAndDate) {
        StringBuilder s = new StringBuilder("\"recognitions\":[");
        for (int i = 0; i < typeAndDate.length; i += 2) {
            s.append(i == 0 ? "" : ",").append("{\"type\":\"").append(typeAndDate[i]).append("\",\"date\":\"")
                    .append(typeAndDate[i + 1]).append("\"}");
        }
        return s.append(']').toString();
    }

    @Test
    void recognitionsAroundTheDayOfForceAndTheAsOfDay() {
        assertThat(agree(BARE, enterprise(BARE, "2015-12-31",
                recognitions("NATIONAL_IP_DEMO_ENTERPRISE", "2012-11-04"))))
                .containsExactly("JX_NATIONAL_IP_DEMO_ENTERPRISE NATIONAL_IP_DEMO_ENTERPRISE 300000.00 BEFORE_IN_FORCE",
                        "total 0.00");
        assertThat(agree(BARE, enterprise(BARE, "2015-12-31",
                recognitions("NATIONAL_IP_DEMO_ENTERPRISE", "2012-11-05"))))
                .containsExactly("JX_NATIONAL_IP_DEMO_ENTERPRISE NATIONAL_IP_DEMO_ENTERPRISE 300000.00",
                        "total 300000.00");
        // recognised on the as-of day: due; the day after: not yet a fact
        assertThat(agree(BARE, enterprise(BARE, "2013-06-30", recognitions("NATIONAL_IP_PILOT_ENTERPRISE", "2013-06-30",
                "PROVINCIAL_PATENT_DEMO_ENTERPRISE", "2013-07-01"))))
                .containsExactly("JX_NATIONAL_IP_PILOT_ENTERPRISE NATIONAL_IP_PILOT_ENTERPRISE 200000.00",
                        "total 200000.00");
        // a tier before the day of force does not stand against a later one (it belonged to the repealed policy)
        assertThat(agree(BARE, enterprise(BARE, "2015-12-31", recognitions("NATIONAL_IP_DEMO_ENTERPRISE", "2012-11-04",
                "CITY_PATENT_DEMO_ENTERPRISE", "2012-11-05"))))
                .containsExactly("JX_CITY_PATENT_DEMO_ENTERPRISE CITY_PATENT_DEMO_ENTERPRISE 50000.00",
                        "JX_NATIONAL_IP_DEMO_ENTERPRISE NATIONAL_IP_DEMO_ENTERPRISE 300000.00 BEFORE_IN_FORCE",
                        "total 50000.00");
    }

    @Test
    void fourTiersAreOneMatterTheCirculationUnitAnother() {
        assertThat(agree(BARE, enterprise(BARE, "2015-12-31", recognitions("CITY_PATENT_DEMO_ENTERPRISE", "2013-01-10",
                "PROVINCIAL_PATENT_DEMO_ENTERPRISE", "2013-05-10", "NATIONAL_IP_PILOT_ENTERPRISE", "2014-01-10",
                "NATIONAL_IP_DEMO_ENTERPRISE", "2015-01-10"))))
                .containsExactlyInAnyOrder("JX_NATIONAL_IP_DEMO_ENTERPRISE NATIONAL_IP_DEMO_ENTERPRISE 300000.00",
                        "JX_NATIONAL_IP_PILOT_ENTERPRISE NATIONAL_IP_PILOT_ENTERPRISE 200000.00 NON_DUPLICATION",
                        "JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE PROVINCIAL_PATENT_DEMO_ENTERPRISE 100000.00 "
                        + "NON_DUPLICATION",
                        "JX_CITY_PATENT_DEMO_ENTERPRISE CITY_PATENT_DEMO_ENTERPRISE 50000.00 NON_DUPLICATION",
                        "total 300000.00");
        assertThat(agree(BARE, enterprise(BARE, "2015-12-31", recognitions("NATIONAL_IP_PILOT_ENTERPRISE", "2013-01-10",
                "PROVINCIAL_CIRCULATION_IP_PILOT", "2013-01-10"))))
                .contains("total 250000.00");
        List<String> both = agree(BARE, enterprise(BARE, "2015-12-31", recognitions("PROVINCIAL_CIRCULATION_IP_PILOT",
                "2013-01-10", "PROVINCIAL_CIRCULATION_IP_DEMO", "2014-01-10")));
        assertThat(both).contains("total 50000.00");
        assertThat(both).filteredOn(l -> l.endsWith("NON_DUPLICATION")).hasSize(1);
    }

    @Test
    void payments() {
        String tiers = recognitions("CITY_PATENT_DEMO_ENTERPRISE", "2012-10-01", "PROVINCIAL_PATENT_DEMO_ENTERPRISE",
                "2013-06-01");
        // paid under the repealed policy (before 2012-11-05): does not bind this one
        assertThat(agree(BARE, enterprise(BARE, "2015-12-31", tiers
                + ",\"paidSubsidies\":[{\"code\":\"JX_CITY_PATENT_DEMO_ENTERPRISE\",\"date\":\"2012-11-04\"}]")))
                .contains("JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE PROVINCIAL_PATENT_DEMO_ENTERPRISE 100000.00",
                        "total 100000.00");
        // paid on the day of force, but for the city recognition of 2012-10-01 alone: the repealed policy's payment,
        // however late (§7(3), reading once-paid), so the provincial tier is paid
        assertThat(agree(BARE, enterprise(BARE, "2015-12-31", tiers
                + ",\"paidSubsidies\":[{\"code\":\"JX_CITY_PATENT_DEMO_ENTERPRISE\",\"date\":\"2012-11-05\"}]")))
                .contains("JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE PROVINCIAL_PATENT_DEMO_ENTERPRISE 100000.00",
                        "total 100000.00");
        // a city recognition of the day of force, paid that day: the matter is paid under this policy, a later tier
        // is not paid again (no top-up by default)
        String tiersInForce = recognitions("CITY_PATENT_DEMO_ENTERPRISE", "2012-11-05",
                "PROVINCIAL_PATENT_DEMO_ENTERPRISE", "2013-06-01");
        assertThat(agree(BARE, enterprise(BARE, "2015-12-31", tiersInForce
                + ",\"paidSubsidies\":[{\"code\":\"JX_CITY_PATENT_DEMO_ENTERPRISE\",\"date\":\"2012-11-05\"}]")))
                .contains("JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE PROVINCIAL_PATENT_DEMO_ENTERPRISE 100000.00 "
                        + "ALREADY_PAID",
                        "total 0.00");
        // a payment naming the circulation unit does not block the patent-enterprise tier
        assertThat(agree(BARE, enterprise(BARE, "2015-12-31", tiers + ",\"paidSubsidies\":[{\"code\":"
                + "\"JX_CIRCULATION_IP_UNIT\",\"date\":\"2013-01-05\"}]")))
                .contains("total 100000.00");
        // with TOP_UP: 100,000 − 50,000 paid = 50,000, as its own line
        RulesEngine topUp = withCap("100000000", true);
        List<String> lines = agree(topUp, enterprise(topUp, "2015-12-31", tiersInForce + ",\"paidSubsidies\":[{\"code\""
                + ":\"JX_CITY_PATENT_DEMO_ENTERPRISE\",\"date\":\"2012-11-05\",\"amount\":\"50000\"}]"));
        assertThat(lines).contains("total 50000.00");
        assertThat(lines).filteredOn(l -> l.endsWith(" 50000.00") && !l.startsWith("total")).hasSize(1);
        // with TOP_UP and the honours' amounts open: 中国驰名商标 of 2015, after the 2013 payment of 30,000 for the
        // mark, may be the better item; its top-up line waits for its amount (null), where nothing had been due
        String honours = "\"brandHonours\":[{\"type\":\"ZHEJIANG_FAMOUS_TRADEMARK\",\"name\":\"禾城\","
                + "\"date\":\"2013-02-01\"},{\"type\":\"CHINA_WELL_KNOWN_TRADEMARK\",\"name\":\"禾城\","
                + "\"date\":\"2015-02-01\"}],\"paidSubsidies\":[{\"code\":\"JX_BRAND_HONOUR\",\"subject\":\"禾城\","
                + "\"date\":\"2013-06-02\",\"amount\":\"30000\"}]";
        assertThat(agree(topUp, enterprise(topUp, "2015-12-31", honours)))
                .contains("JX_BRAND_HONOUR 禾城 null", "total 0.00");
        // with TOP_UP, annual fee 2 (2014-01-10, 900) paid 100 before its day by a payment naming it and 900 after it
        // by one naming its patent's fees: that one covers it, so it is no later item and has no top-up line (read
        // from its first payment alone, 900 − 100 = 800 had been listed, held back by the second)
        RulesEngine topUpFees = RulesEngine.builder()
                .parameter("jiaxing-2012", "JX_VARIANT.TOP_UP", LocalDate.of(2012, 11, 5), "1", "test")
                .parameter("jiaxing-2012", "JX_SEI_ANNUITY.PER_FEE", LocalDate.of(2012, 11, 5), "900", "test")
                .build();
        String fees = "\"patents\":[{\"number\":\"ZL201210001234.5\",\"kind\":\"INVENTION\",\"grantDate\":"
                + "\"2013-01-10\",\"field\":\"IOT\",\"annualFeeDates\":[\"2013-01-10\",\"2014-01-10\","
                + "\"2015-01-10\"]}],"
                + "\"paidSubsidies\":[{\"code\":\"JX_SEI_ANNUITY\",\"subject\":\"ZL201210001234.5/2\",\"date\":";
        assertThat(agree(topUpFees, enterprise(topUpFees, "2015-12-31", fees + "\"2013-06-01\",\"amount\":\"100\"},"
                + "{\"code\":\"JX_SEI_ANNUITY\",\"subject\":\"ZL201210001234.5\",\"date\":\"2015-06-01\","
                + "\"amount\":\"900\"}]")))
                .containsExactly("JX_PATENT_GRANT ZL201210001234.5 null",
                        "JX_SEI_ANNUITY ZL201210001234.5/1 900.00 ALREADY_PAID",
                        "JX_SEI_ANNUITY ZL201210001234.5/2 900.00 ALREADY_PAID",
                        "JX_SEI_ANNUITY ZL201210001234.5/3 900.00 ALREADY_PAID", "total 0.00");
        // the patent's fees paid 300 on 2013-06-01 instead, before fee 2: that covers fee 1 alone, and fee 2, paid
        // 100 on 2013-09-01, is topped up 900 − 100 = 800; fee 3 is paid 900
        assertThat(agree(topUpFees, enterprise(topUpFees, "2015-12-31", fees + "\"2013-09-01\",\"amount\":"
                + "\"100\"},"
                + "{\"code\":\"JX_SEI_ANNUITY\",\"subject\":\"ZL201210001234.5\",\"date\":\"2013-06-01\","
                + "\"amount\":\"300\"}]")))
                .contains("JX_SEI_ANNUITY ZL201210001234.5/2 800.00", "JX_SEI_ANNUITY ZL201210001234.5/3 900.00",
                        "JX_SEI_ANNUITY ZL201210001234.5/1 900.00 ALREADY_PAID", "total 1700.00");
        // a limit of 0: a grant whose amount is open gets nothing whatever it is set to, as a known one would not
        RulesEngine zero = withCap("0", false);
        assertThat(agree(zero, enterprise(zero, "2015-12-31", "\"patents\":[{\"number\":\"ZL201320000001.1\","
                + "\"kind\":\"UTILITY_MODEL\",\"grantDate\":\"2013-06-01\"}]")))
                .containsExactly("JX_PATENT_GRANT ZL201320000001.1 null CAP", "total 0.00");
    }

    @Test
    void patentAwards() {
        String gold = "{\"patent\":\"ZL201010001111.1\",\"award\":\"CHINA_PATENT_GOLD\",\"date\":\"2013-11-20\"}";
        String excellenceSame = "{\"patent\":\"ZL201010001111.1\",\"award\":\"CHINA_PATENT_EXCELLENCE\","
                + "\"date\":\"2014-11-20\"}";
        String excellenceOther = "{\"patent\":\"ZL201010002222.2\",\"award\":\"CHINA_PATENT_EXCELLENCE\","
                + "\"date\":\"2013-11-20\"}";
        assertThat(agree(BARE, enterprise(BARE, "2015-12-31",
                "\"patentAwards\":[" + gold + "," + excellenceSame + "]")))
                .containsExactly("JX_CHINA_PATENT_GOLD ZL201010001111.1 300000.00",
                        "JX_CHINA_PATENT_EXCELLENCE ZL201010001111.1 100000.00 NON_DUPLICATION", "total 300000.00");
        assertThat(agree(BARE, enterprise(BARE, "2015-12-31",
                "\"patentAwards\":[" + gold + "," + excellenceOther + "]")))
                .contains("total 400000.00");
        String[][] choices = {{"", "CHOICE_REQUIRED"}, {",\"choice\":\"OTHER\"", "OTHER_POLICY_CHOSEN"},
            {",\"choice\":\"THIS\"", null}};
        for (String[] c : choices) {
            List<String> lines = agree(BARE, enterprise(BARE, "2015-12-31", "\"patentAwards\":[" + gold + ","
                    + excellenceOther + "],\"otherPolicyClaims\":[{\"code\":\"JX_CHINA_PATENT_GOLD\",\"subject\":"
                    + "\"ZL201010001111.1\",\"policy\":\"浙江省专利奖励办法\"" + c[0] + "}]"));
            if (c[1] == null) {
                assertThat(lines).contains("total 400000.00");
            } else {
                assertThat(lines).contains("JX_CHINA_PATENT_GOLD ZL201010001111.1 300000.00 " + c[1],
                        "total 100000.00");
            }
        }
    }

    @Test
    void theMaximumLimitAtAndAroundTheTotal() {
        String two = recognitions("NATIONAL_IP_PILOT_ENTERPRISE", "2013-01-10", "PROVINCIAL_CIRCULATION_IP_PILOT",
                "2013-01-10");
        String[][] caps = {{"250000", "250000.00"}, {"249999.99", "249999.99"}, {"120000", "120000.00"},
            {"0", "0.00"}};
        for (String[] c : caps) {
            RulesEngine e = withCap(c[0], false);
            List<String> lines = agree(e, enterprise(e, "2015-12-31", two));
            assertThat(lines).as(c[0]).contains("total " + c[1]);
            BigDecimal cut = new BigDecimal("250000.00").subtract(new BigDecimal(c[1]));
            if (cut.signum() == 0) {
                assertThat(lines).as(c[0]).noneMatch(l -> l.endsWith("CAP"));
            } else {
                BigDecimal cuts = lines.stream().filter(l -> l.endsWith(" CAP"))
                        .map(l -> new BigDecimal(l.split(" ")[2])).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(cuts).as(c[0]).isEqualByComparingTo(cut);
            }
        }
    }

    @Test
    void theFirstThreeAnnualFees() {
        String patent = "\"patents\":[{\"number\":\"ZL201310000001.1\",\"kind\":\"INVENTION\","
                + "\"grantDate\":\"2013-01-10\",\"field\":\"NEW_ENERGY\",\"annualFeesPaid\":";
        // the day before the third fee's derived date (2nd anniversary of the grant), and the day itself
        assertThat(agree(EXAMPLE, enterprise(EXAMPLE, "2015-01-09", patent + "3}]")))
                .containsExactly("JX_PATENT_GRANT ZL201310000001.1 5000.00", "JX_SEI_ANNUITY ZL201310000001.1/1 900.00",
                        "JX_SEI_ANNUITY ZL201310000001.1/2 900.00", "total 6800.00");
        assertThat(agree(EXAMPLE, enterprise(EXAMPLE, "2015-01-10", patent + "3}]"))).contains("total 7700.00");
        // 前三次: a fourth fee is not subsidised
        assertThat(agree(EXAMPLE, enterprise(EXAMPLE, "2016-12-31", patent + "4}]"))).contains("total 7700.00")
                .noneMatch(l -> l.contains("/4"));
        // a payment naming the annuity on the second fee's day covers fees 1 and 2 only
        assertThat(agree(EXAMPLE, enterprise(EXAMPLE, "2016-12-31", patent + "3}],\"paidSubsidies\":[{\"code\":"
                + "\"JX_SEI_ANNUITY\",\"subject\":\"ZL201310000001.1\",\"date\":\"2014-01-10\"}]")))
                .contains("JX_SEI_ANNUITY ZL201310000001.1/3 900.00", "total 5900.00");
        // a utility model, or an invention outside the six industries of §2(2): no annuity
        assertThat(agree(EXAMPLE, enterprise(EXAMPLE, "2016-12-31", patent.replace("INVENTION", "UTILITY_MODEL")
                .replace("ZL201310000001.1", "ZL201320000001.1") + "3}]")))
                .containsExactly("JX_PATENT_GRANT ZL201320000001.1 1000.00", "total 1000.00");
        assertThat(agree(EXAMPLE, enterprise(EXAMPLE, "2016-12-31", patent.replace("NEW_ENERGY", "OTHER") + "3}]")))
                .containsExactly("JX_PATENT_GRANT ZL201310000001.1 5000.00", "total 5000.00");
    }

    /**
     * Two alternatives of one matter with equal amounts, or one amount still open: the clause's order of listing
     * decides (RULES.md §7(1); the ranks are fixed by the text, a deployment cannot set them).
     */
    @Test
    void tiesAndAnOpenAmountFollowTheClausesOrder() {
        // pilot and demonstration unit recognised the same day, 50,000 each: 试点或示范单位, the pilot listed first
        assertThat(agree(BARE, enterprise(BARE, "2015-12-31", recognitions("PROVINCIAL_CIRCULATION_IP_DEMO",
                "2013-01-10", "PROVINCIAL_CIRCULATION_IP_PILOT", "2013-01-10"))))
                .containsExactly("JX_CIRCULATION_IP_UNIT PROVINCIAL_CIRCULATION_IP_PILOT 50000.00",
                        "JX_CIRCULATION_IP_UNIT PROVINCIAL_CIRCULATION_IP_DEMO 50000.00 NON_DUPLICATION",
                        "total 50000.00");
        // one mark, two honours, the 浙江省著名商标 amount set and the 中国驰名商标 one open: not comparable by amount, so
        // the order of listing (中国名牌、中国驰名商标、浙江名牌、浙江省著名商标) keeps the well-known mark, amount open
        RulesEngine oneSet = RulesEngine.builder().parameter("jiaxing-2012",
                "JX_BRAND_HONOUR.ZHEJIANG_FAMOUS_TRADEMARK", LocalDate.of(2012, 11, 5), "50000", "test").build();
        assertThat(agree(oneSet, enterprise(oneSet, "2015-12-31", "\"brandHonours\":["
                + "{\"type\":\"ZHEJIANG_FAMOUS_TRADEMARK\",\"date\":\"2013-05-01\",\"name\":\"禾城\"},"
                + "{\"type\":\"CHINA_WELL_KNOWN_TRADEMARK\",\"date\":\"2014-05-01\",\"name\":\"禾城\"}]")))
                .containsExactly("JX_BRAND_HONOUR 禾城 null", "JX_BRAND_HONOUR 禾城 50000.00 NON_DUPLICATION",
                        "total 0.00");
    }

    /**
     * §6(5)2 pledge-loan interest × the subsidy rate the implementing rules set: interest of 0.00 is 0.00 × any rate,
     * nothing due (NOT_ELIGIBLE, worth 0.00) whether or not the rate is set; with the rate open it had been an award
     * awaiting the rate, which made the SME eligible. 0.01 × 0.5 = 0.005, half-up 0.01: an award.
     */
    @Test
    void pledgeLoanInterestOfNothingWhetherOrNotTheRateIsSet() {
        String loan = "\"sme\":true,\"pledgeLoans\":[{\"bank\":\"嘉兴银行\",\"interestPaid\":\"0.00\",\"year\":2013}";
        for (RulesEngine engine : List.of(BARE, EXAMPLE)) {
            assertThat(agree(engine, enterprise(engine, "2014-06-30", loan + "]")))
                    .containsExactly("JX_PLEDGE_LOAN_INTEREST 嘉兴银行/2013 0.00 NOT_ELIGIBLE", "total 0.00");
            assertThat(engine.evaluate(enterprise(engine, "2014-06-30", loan + "]")).eligible()).isFalse();
        }
        assertThat(agree(EXAMPLE, enterprise(EXAMPLE, "2014-06-30", loan
                + ",{\"bank\":\"工商银行\",\"interestPaid\":\"0.01\",\"year\":2013}]")))
                .containsExactly("JX_PLEDGE_LOAN_INTEREST 工商银行/2013 0.01",
                        "JX_PLEDGE_LOAN_INTEREST 嘉兴银行/2013 0.00 NOT_ELIGIBLE", "total 0.01");
    }

    /**
     * One mark, three honours, two amounts set and one open, which pairwise go round in a circle: 浙江名牌 80,000 over
     * 中国名牌 50,000 by amount, 中国名牌 over 中国驰名商标 (open) and 中国驰名商标 over 浙江名牌 by the order of listing.
     * One honour stands (按最优惠一项执行, reading brand-honours): 80,000 beats 50,000 (both known), and 中国驰名商标
     * beats 浙江名牌 by the order of listing: the well-known mark stands, amount open, the other two excluded. Both
     * sides had decided it otherwise: the engine paid all three, the baseline's fold depended on the listing order.
     */
    @Test
    void knownAndOpenAmountsInACircleKeepOneHonour() {
        RulesEngine twoSet = RulesEngine.builder()
                .parameter("jiaxing-2012", "JX_BRAND_HONOUR.CHINA_TOP_BRAND", LocalDate.of(2012, 11, 5), "50000",
                        "test")
                .parameter("jiaxing-2012", "JX_BRAND_HONOUR.ZHEJIANG_TOP_BRAND", LocalDate.of(2012, 11, 5), "80000",
                        "test").build();
        for (String[] order : new String[][] {{"CHINA_TOP_BRAND", "CHINA_WELL_KNOWN_TRADEMARK", "ZHEJIANG_TOP_BRAND"},
                {"ZHEJIANG_TOP_BRAND", "CHINA_WELL_KNOWN_TRADEMARK", "CHINA_TOP_BRAND"},
                {"CHINA_WELL_KNOWN_TRADEMARK", "ZHEJIANG_TOP_BRAND", "CHINA_TOP_BRAND"}}) {
            StringBuilder honours = new StringBuilder("\"brandHonours\":[");
            for (int i = 0; i < order.length; i++) {
                honours.append(i == 0 ? "" : ",").append("{\"type\":\"").append(order[i])
                        .append("\",\"date\":\"2013-05-01\",\"name\":\"禾城\"}");
            }
            assertThat(agree(twoSet, enterprise(twoSet, "2015-12-31", honours + "]"))).as("listed %s", List.of(order))
                    .containsExactlyInAnyOrder("JX_BRAND_HONOUR 禾城 null", "JX_BRAND_HONOUR 禾城 50000.00 NON_DUPLICATION",
                            "JX_BRAND_HONOUR 禾城 80000.00 NON_DUPLICATION", "total 0.00");
        }
    }

    @Test
    void annualFeesOnALeapDayAndGivenDates() {
        // granted 2016-02-29: fee 2 on the 1st anniversary, which has no 29 February: the month's last day, 2017-02-28
        // (民法典 §202 没有对应日的,月末日为期间的最后一日)
        String leap = "\"patents\":[{\"number\":\"ZL201610000009.9\",\"kind\":\"INVENTION\",\"grantDate\":"
                + "\"2016-02-29\",\"field\":\"NEW_MATERIALS\",\"annualFeesPaid\":3}]";
        assertThat(agree(EXAMPLE, enterprise(EXAMPLE, "2017-02-27", leap))).contains("total 5900.00");
        assertThat(agree(EXAMPLE, enterprise(EXAMPLE, "2017-02-28", leap)))
                .contains("JX_SEI_ANNUITY ZL201610000009.9/2 900.00", "total 6800.00");
        // four dates given: only the first three are subsidised; a payment on the second fee's day covers 1 and 2
        String dated = "\"patents\":[{\"number\":\"ZL201310000002.2\",\"kind\":\"INVENTION\",\"grantDate\":"
                + "\"2013-03-01\",\"field\":\"IOT\",\"annualFeeDates\":[\"2013-03-20\",\"2014-02-10\","
                + "\"2015-02-11\",\"2016-02-12\"]}]";
        assertThat(agree(EXAMPLE, enterprise(EXAMPLE, "2016-12-31", dated))).contains("total 7700.00")
                .noneMatch(l -> l.contains("/4"));
        assertThat(agree(EXAMPLE, enterprise(EXAMPLE, "2016-12-31", dated + ",\"paidSubsidies\":[{\"code\":"
                + "\"JX_SEI_ANNUITY\",\"subject\":\"ZL201310000002.2\",\"date\":\"2014-02-10\"}]")))
                .contains("JX_SEI_ANNUITY ZL201310000002.2/1 900.00 ALREADY_PAID",
                        "JX_SEI_ANNUITY ZL201310000002.2/2 900.00 ALREADY_PAID",
                        "JX_SEI_ANNUITY ZL201310000002.2/3 900.00", "total 5900.00");
        // a patent granted the day before force: the grant and fee 1 are not subsidised, fees 2 and 3 (paid after) are
        String before = "\"patents\":[{\"number\":\"ZL201210000003.3\",\"kind\":\"INVENTION\",\"grantDate\":"
                + "\"2012-11-04\",\"field\":\"BIOLOGY\",\"annualFeesPaid\":3}]";
        assertThat(agree(EXAMPLE, enterprise(EXAMPLE, "2015-12-31", before)))
                .contains("JX_PATENT_GRANT ZL201210000003.3 null BEFORE_IN_FORCE", "total 1800.00");
    }

    /**
     * A seeded applicant whose facts and payments are dated on the lines: 2012-11-04/05, the as-of day and the next.
     */
    private static String randomApplicant(java.util.SplittableRandom random, LocalDate asOf) {
        String[] dates = {"2012-11-04", "2012-11-05", "2013-01-10", "2014-06-30", asOf.toString(),
            asOf.plusDays(1).toString()};
        java.util.function.Supplier<String> date = () -> dates[random.nextInt(dates.length)];
        List<String> parts = new java.util.ArrayList<>();
        StringBuilder recs = new StringBuilder();
        for (String t : new String[] {"NATIONAL_IP_DEMO_ENTERPRISE", "NATIONAL_IP_PILOT_ENTERPRISE",
            "PROVINCIAL_PATENT_DEMO_ENTERPRISE", "CITY_PATENT_DEMO_ENTERPRISE", "PROVINCIAL_CIRCULATION_IP_PILOT",
            "PROVINCIAL_CIRCULATION_IP_DEMO"}) {
            if (random.nextInt(10) < 3) {
                recs.append(recs.length() == 0 ? "" : ",").append("{\"type\":\"").append(t).append("\",\"date\":\"")
                        .append(date.get()).append("\"}");
            }
        }
        parts.add("\"recognitions\":[" + recs + "]");
        StringBuilder awards = new StringBuilder();
        for (String patent : new String[] {"ZL201010001111.1", "ZL201010002222.2"}) {
            for (String award : new String[] {"CHINA_PATENT_GOLD", "CHINA_PATENT_EXCELLENCE"}) {
                if (random.nextInt(10) < 3) {
                    awards.append(awards.length() == 0 ? "" : ",").append("{\"patent\":\"").append(patent)
                            .append("\",\"award\":\"").append(award).append("\",\"date\":\"").append(date.get())
                            .append("\"}");
                }
            }
        }
        parts.add("\"patentAwards\":[" + awards + "]");
        StringBuilder patents = new StringBuilder();
        for (int k = 0; k < random.nextInt(3); k++) {
            boolean invention = random.nextInt(3) != 0;
            String granted = date.get();
            // the kind digit after the year agrees with the kind: 1 an invention, 3 a design; the year is no later
            // than the grant's (an application of 2012 for a grant on 2012-11-04 or 11-05, of 2013 for a later one)
            patents.append(k == 0 ? "" : ",").append("{\"number\":\"ZL")
                    .append(granted.startsWith("2012") ? "2012" : "2013")
                    .append(invention ? '1' : '3').append("000000").append(k).append(".").append(k)
                    .append("\",\"kind\":\"").append(invention ? "INVENTION" : "DESIGN").append("\",\"grantDate\":\"")
                    .append(granted).append('"').append(invention ? ",\"field\":\""
                            + (random.nextBoolean() ? "NEW_ENERGY" : "OTHER") + "\",\"annualFeesPaid\":"
                            + random.nextInt(5) : "").append('}');
        }
        parts.add("\"patents\":[" + patents + "]");
        if (random.nextInt(4) == 0) {
            parts.add("\"sme\":" + random.nextBoolean() + ",\"pledgeLoans\":[{\"bank\":\"嘉兴银行\",\"interestPaid\":"
                    + "\"12345.67\",\"year\":" + (2011 + random.nextInt(3)) + "}]");
        }
        String[][] paid = {{"JX_CITY_PATENT_DEMO_ENTERPRISE", null}, {"JX_NATIONAL_IP_PILOT_ENTERPRISE", null},
            {"JX_CIRCULATION_IP_UNIT", null}, {"JX_CHINA_PATENT_GOLD", "ZL201010001111.1"},
            {"JX_SEI_ANNUITY", "ZL201310000000.0"}};
        String[] paidDates = {"2012-11-04", "2012-11-05", "2014-06-30", asOf.toString(), asOf.plusDays(1).toString()};
        StringBuilder payments = new StringBuilder();
        for (int k = 0; k < random.nextInt(3); k++) {
            String[] c = paid[random.nextInt(paid.length)];
            payments.append(k == 0 ? "" : ",").append("{\"code\":\"").append(c[0]).append('"')
                    .append(c[1] == null ? "" : ",\"subject\":\"" + c[1] + "\"").append(",\"date\":\"")
                    .append(paidDates[random.nextInt(paidDates.length)]).append("\",\"amount\":\"")
                    .append(random.nextBoolean() ? "50000" : "100000").append("\"}");
        }
        parts.add("\"paidSubsidies\":[" + payments + "]");
        if (random.nextInt(3) == 0) {
            String[] choice = {"", ",\"choice\":\"THIS\"", ",\"choice\":\"OTHER\""};
            parts.add("\"otherPolicyClaims\":[" + (random.nextBoolean()
                    ? "{\"code\":\"JX_CHINA_PATENT_GOLD\",\"subject\":\"ZL201010001111.1\""
                    : "{\"code\":\"JX_NATIONAL_IP_DEMO_ENTERPRISE\"") + ",\"policy\":\"省级政策\""
                    + choice[random.nextInt(3)] + "}]");
        }
        return String.join(",", parts);
    }

    @Test
    void randomApplicantsOnTheLines() {
        LocalDate from = LocalDate.of(2012, 11, 5);
        RulesEngine[] engines = {BARE, EXAMPLE, withCap("250000", false),
            RulesEngine.builder().parameters(Path.of("../examples/params/jiaxing-implementing-rules.example.json"))
                    .parameter("jiaxing-2012", "JX_MAXIMUM_LIMIT", from, "300000", "test")
                    .parameter("jiaxing-2012", "JX_MAXIMUM_LIMIT.CUMULATIVE", from, "1", "test")
                    .parameter("jiaxing-2012", "JX_VARIANT.TOP_UP", from, "1", "test").build()};
        java.util.SplittableRandom random = new java.util.SplittableRandom(20121105L);
        java.util.Map<String, Integer> reasons = new java.util.TreeMap<>();
        List<String> refused = new java.util.ArrayList<>();
        for (int i = 0; i < 800; i++) {
            RulesEngine engine = engines[i % engines.length];
            LocalDate asOf = random.nextBoolean() ? LocalDate.of(2015, 12, 31) : LocalDate.of(2013, 12, 31);
            EvaluationRequest r = enterprise(engine, asOf.toString(), randomApplicant(random, asOf));
            List<String> lines;
            try {
                lines = agree(engine, r);
            } catch (io.iprules.InvalidRequestException e) {
                refused.add(e.getMessage());
                continue;
            }
            for (String line : lines) {
                String[] w = line.split(" ");
                reasons.merge(w.length == 4 ? w[3] : "AWARD", 1, Integer::sum);
            }
        }
        assertThat(refused).as("requests refused").hasSizeLessThan(20);
        assertThat(reasons).containsKeys("AWARD", "BEFORE_IN_FORCE", "NON_DUPLICATION", "ALREADY_PAID", "CAP",
                "CHOICE_REQUIRED", "OTHER_POLICY_CHOSEN", "NOT_ELIGIBLE");
    }
}
