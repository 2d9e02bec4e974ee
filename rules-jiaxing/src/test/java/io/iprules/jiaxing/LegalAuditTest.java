package io.iprules.jiaxing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.iprules.Award;
import io.iprules.EvaluationResult;
import io.iprules.Exclusion;
import io.iprules.Language;
import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.ProvisionStatus;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An independent legal audit of jiaxing-2012 against the text and RULES.md: each case worked out by hand from the
 * clause, the arithmetic in the comment.
 */
class LegalAuditTest {

    /** Evaluates a request (JSON) with a deployment's parameters (JSON keyed by policy id), or none. */
    static EvaluationResult evaluate(String parameters, String request) {
        RulesEngine.Builder b = RulesEngine.builder();
        if (parameters != null) {
            b.parameters("audit deployment", new ByteArrayInputStream(parameters.getBytes(StandardCharsets.UTF_8)));
        }
        return new JsonContract(b.build()).evaluate(request.getBytes(StandardCharsets.UTF_8), LocalDate.of(2000, 1, 1),
                null);
    }

    /** A jiaxing-2012 request for one enterprise, its fields after name and credit code. */
    static String request(String asOf, String fields) {
        return "{\"policy\":\"jiaxing-2012\",\"asOf\":\"" + asOf + "\",\"applicant\":{\"name\":\"嘉兴示例有限公司\","
                + "\"creditCode\":\"91330400MA28A0001D\"," + fields + "}}";
    }

    /** One value of a parameter from the day the policy took force. */
    static String value(String name, String value) {
        return "\"" + name + "\":[{\"from\":\"2012-11-05\",\"value\":\"" + value + "\",\"source\":\"audit\"}]";
    }

    /**
     * §6(5)5 对经国家、省主管部门认定的中国名牌、中国驰名商标、浙江名牌、浙江省著名商标给予奖励 with §7(1) 同一事项涉及多项补助扶持的,
     * 按最优惠一项执行,不叠加享受; RULES.md: one named brand holding several honours is one matter, the most
     * favourable honour stands, the others NON_DUPLICATION.
     *
     * <p>The mark 禾城 holds 中国名牌 (a deployment sets 50,000), 中国驰名商标 (open) and 浙江名牌 (80,000). Pairwise
     * the amounts known and the text's order go round in a circle (浙江名牌 80,000 > 中国名牌 50,000 by amount; 中国名牌
     * before 中国驰名商标 and 中国驰名商标 before 浙江名牌 by the text's order, one amount being open), so no honour
     * was "most favourable" and all three were paid: 50,000 + 80,000 = 130,000 plus one open amount, for one mark.
     * By the text one honour stands. Known against known the comparison is certain: 80,000 beats 50,000, so
     * 中国名牌 is out. 浙江名牌 (80,000) against 中国驰名商标 (open) can only be weighed by the text's order (reading
     * brand-honours), which puts 中国驰名商标 first: it stands, its amount open; 中国名牌 and 浙江名牌 are excluded
     * together, NON_DUPLICATION under §7(1). Total 0.00, one amount open.
     */
    @Test
    void oneMarkWithThreeHonoursIsPaidOnceEvenWhenKnownAndOpenAmountsGoRoundInACircle() {
        EvaluationResult r = evaluate("{\"jiaxing-2012\":{" + value("JX_BRAND_HONOUR.CHINA_TOP_BRAND", "50000") + ","
                        + value("JX_BRAND_HONOUR.ZHEJIANG_TOP_BRAND", "80000") + "}}",
                request("2013-12-31", "\"brandHonours\":["
                        + "{\"type\":\"CHINA_TOP_BRAND\",\"name\":\"禾城\",\"date\":\"2013-01-10\"},"
                        + "{\"type\":\"CHINA_WELL_KNOWN_TRADEMARK\",\"name\":\"禾城\",\"date\":\"2013-02-10\"},"
                        + "{\"type\":\"ZHEJIANG_TOP_BRAND\",\"name\":\"禾城\",\"date\":\"2013-03-10\"}]"));
        assertThat(r.awards()).as("one mark, one matter: one honour stands").hasSize(1);
        assertThat(r.excluded()).extracting(Exclusion::subjectId, x -> x.reason().code(), Exclusion::citation)
                .containsOnly(tuple("禾城", "NON_DUPLICATION", "jiaxing-2012 §7(1)")).hasSize(2);
        // 80,000 beats 50,000 (both known); 中国驰名商标 (open) beats 80,000 by the text's order: it stands
        assertThat(r.awards()).extracting(Award::code, Award::subjectId, Award::date, Award::amount)
                .containsExactly(tuple("JX_BRAND_HONOUR", "禾城", LocalDate.of(2013, 2, 10), null));
        assertThat(r.excluded()).extracting(Exclusion::date, Exclusion::amount).containsExactlyInAnyOrder(
                tuple(LocalDate.of(2013, 1, 10), new BigDecimal("50000.00")),
                tuple(LocalDate.of(2013, 3, 10), new BigDecimal("80000.00")));
        assertThat(r.total()).isEqualByComparingTo("0");
    }

    /**
     * §6(5)5 年度出口达到一定数额以上: 达到…以上 is {@code >=} (RULES.md's comparison words), and the rule decides so
     * (export-exactly-at-threshold). The officer-facing English said "exports over a threshold", which reads as a
     * strict {@code >}: an export figure exactly at the threshold would look not rewarded.
     */
    @Test
    void theExportRewardSaysExportsReachTheThresholdNotThatTheyAreOverIt() {
        PolicyDescription d = RulesEngine.builder().build().policy("jiaxing-2012");
        Provision export = d.provisions().stream().filter(p -> p.codes().contains("JX_EXPORT_TRADEMARK")).findFirst()
                .orElseThrow();
        assertThat(export.title().in(Language.EN)).contains("reach").doesNotContain(" over ");
        assertThat(d.parameter("JX_EXPORT_TRADEMARK").orElseThrow().description().in(Language.EN))
                .contains("reach").doesNotContain(" over ");
    }

    /**
     * Every numbered part of the text is either implemented or listed as not formalised, with its reason: the notice
     * and preamble, §1(1) to §7(3) as the text numbers them (一、(一) … 七、(三)), and §1(2)'s goal for 2020, which the
     * reading city-targets-2013 leaves unassessed. Before, §1(1), §2 to §5 and §6(1) to §6(4) were in no list.
     */
    @Test
    void everyPartOfTheTextIsImplementedOrListedAsNotFormalised() {
        List<Provision> provisions = RulesEngine.builder().build().policy("jiaxing-2012").provisions();
        List<String> parts = List.of("序言", "§1(1)", "§1(2)", "§2(1)", "§2(2)", "§2(3)", "§3(1)", "§3(2)", "§3(3)",
                "§4(1)", "§4(2)", "§4(3)", "§5(1)", "§5(2)", "§5(3)", "§6(1)", "§6(2)", "§6(3)", "§6(4)", "§6(5)",
                "§7(1)", "§7(2)", "§7(3)");
        for (String part : parts) {
            assertThat(provisions).as("jiaxing-2012 %s is listed", part)
                    .anyMatch(p -> p.citation().equals("jiaxing-2012 " + part));
        }
        assertThat(provisions).as("§1(2)'s 2020 goal is listed as not formalised")
                .anyMatch(p -> p.citation().equals("jiaxing-2012 §1(2)")
                        && p.status() == ProvisionStatus.NOT_FORMALISED);
        assertThat(provisions).filteredOn(p -> p.status() == ProvisionStatus.NOT_FORMALISED)
                .allSatisfy(p -> {
                    assertThat(p.note().in(Language.ZH)).isNotBlank();
                    assertThat(p.note().in(Language.EN)).isNotBlank();
                });
    }

    /**
     * A provision's note points to the readings that decide it in both languages alike (解释:… / Readings: …), each
     * one of readings.json: the §6(5)3 note named intermediaries-platforms in English only, so a Chinese reader of
     * {@code ip-rules policies} was not sent to the reading that says what 一定的经费支持 and 适当补助 are.
     */
    @Test
    void theChineseAndEnglishNotesNameTheSameReadings() {
        PolicyDescription policy = RulesEngine.builder().build().policy("jiaxing-2012");
        java.util.Set<String> known = new java.util.HashSet<>();
        policy.readings().forEach(r -> known.add(r.id()));
        java.util.regex.Pattern zh = java.util.regex.Pattern.compile("解释:([a-z0-9、-]+)");
        java.util.regex.Pattern en = java.util.regex.Pattern.compile("Readings?: ([a-z0-9, -]+) \\(readings.json\\)");
        for (Provision p : policy.provisions()) {
            java.util.regex.Matcher z = zh.matcher(p.note().in(Language.ZH));
            java.util.regex.Matcher e = en.matcher(p.note().in(Language.EN));
            List<String> inZh = z.find() ? List.of(z.group(1).split("、")) : List.of();
            List<String> inEn = e.find() ? List.of(e.group(1).split(", ")) : List.of();
            assertThat(inZh).as("%s (%s): the readings its Chinese note names", p.citation(), p.title().in(Language.EN))
                    .isEqualTo(inEn);
            assertThat(known).as("%s: its readings are in readings.json", p.citation()).containsAll(inZh);
        }
    }

    /**
     * §6(5)2 对中小企业…所支付的利息予以贴息支持: an SME met the condition; what it is owed is interest × rate, rounded
     * half-up to the fen (reading rounding). With an illustrative rate of 30%: 0.01 yuan of interest gives 0.003, 0.00
     * to the fen, and nothing is due; 0.02 gives 0.006, 0.01 to the fen, an award. The subsidy of 0.00 is listed as
     * excluded under the kit's {@code NOT_ELIGIBLE}, whose words were the policy's 不符合条件 / "not eligible" alone: said
     * of an applicant that met every condition. They now cover both ways §6(5) gives nothing, as beijing-2012 §3(1)'s
     * do (不予贴息:非中关村企业,或计算所得贴息为 0.00 元), and the detail says which: the amount worked out to 0.00.
     */
    @Test
    void aSubsidyRoundingToNothingIsNotCalledNotEligibleAlone() {
        EvaluationResult r = evaluate("{\"jiaxing-2012\":{" + value("JX_PLEDGE_LOAN_INTEREST.RATE", "0.3") + "}}",
                request("2014-03-31", "\"sme\":true,\"pledgeLoans\":["
                        + "{\"bank\":\"嘉兴银行\",\"interestPaid\":\"0.01\",\"year\":2013},"
                        + "{\"bank\":\"农业银行\",\"interestPaid\":\"0.02\",\"year\":2013}]"));

        // 0.02 × 0.3 = 0.006 → 0.01: an award, so the SME is eligible
        assertThat(r.awards()).extracting(Award::subjectId, Award::amount)
                .containsExactly(tuple("农业银行/2013", new BigDecimal("0.01")));
        assertThat(r.eligible()).isTrue();
        assertThat(r.total()).isEqualByComparingTo("0.01");
        // 0.01 × 0.3 = 0.003 → 0.00: nothing due, cited to the granting clause
        assertThat(r.excluded()).singleElement().satisfies(x -> {
            assertThat(x.subjectId()).isEqualTo("嘉兴银行/2013");
            assertThat(x.reason().code()).isEqualTo("NOT_ELIGIBLE");
            assertThat(x.citation()).isEqualTo("jiaxing-2012 §6(5)2");
            assertThat(x.amount()).isEqualByComparingTo("0.00");
            assertThat(x.detail().in(Language.ZH)).isEqualTo("中小企业以专利权质押向银行贷款,支付利息 0.01 元,贴息比例 30%;"
                    + "计算所得金额为 0.00 元,无应予补助的金额");
            assertThat(x.reason().text().in(Language.ZH)).isEqualTo("不予补助:不符合条件,或计算所得金额为 0.00 元");
            assertThat(x.reason().text().in(Language.EN))
                    .isEqualTo("no subsidy: not eligible, or the amount works out to 0.00 yuan");
        });
    }
}
