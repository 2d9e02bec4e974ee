package io.iprules.northeast;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.EvaluationResult;
import io.iprules.Indicator;
import io.iprules.Language;
import io.iprules.RulesEngine;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * northeast-2017 §2(2) “高于全国平均水平”: the detail says by how much the unit is above or below the nation. English
 * says "by" both ways (the scenarios check it); Chinese says 高出 above and 低 below, so only Chinese shows which way
 * the margin was worded.
 */
class NortheastIndicatorsTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();

    /**
     * 辽宁省 2016–2020 ({@link NortheastBuilderTest#liaoning()}), n = 4, population 42,590,000 of 1,412,120,000.
     * Worked by hand:
     * <ul>
     *   <li>patents 60,000 → 120,000: 2^(1/4) − 1 = 18.92%; the nation 1,700,000 → 3,000,000: (30/17)^(1/4) − 1 =
     *       15.26%; 高出 18.92 − 15.26 = 3.66 points. Per 10,000: 1,200,000,000 ÷ 42,590,000 = 28.18 against
     *       30,000,000,000 ÷ 1,412,120,000 = 21.24, 高出 6.94;</li>
     *   <li>trademarks 250,000 → 500,000: 18.92%; the nation 12,000,000 → 30,000,000: 2.5^(1/4) = √1.58113883… =
     *       1.25743…, 25.74%; 低 25.74 − 18.92 = 6.82 points. Per 10,000: 5,000,000,000 ÷ 42,590,000 = 117.398… →
     *       117.40 against 300,000,000,000 ÷ 1,412,120,000 = 212.446… → 212.45, 低 95.05.</li>
     * </ul>
     */
    @Test
    void theChineseDetailSaysAboveOrBelow() {
        EvaluationResult r = ENGINE.evaluate(Northeast2017.APPLICANT, LocalDate.of(2021, 6, 30),
                NortheastBuilderTest.liaoning());
        Map<String, String> zh = r.indicators().stream()
                .collect(Collectors.toMap(Indicator::code, i -> i.detail().in(Language.ZH)));

        assertThat(zh.get("NE_PATENT_GROWTH")).contains("高于全国的 15.26%").contains("高出 3.66 个百分点");
        assertThat(zh.get("NE_PATENT_PER_CAPITA")).contains("高于全国的 21.24").contains("高出 6.94");
        assertThat(zh.get("NE_TRADEMARK_GROWTH")).contains("低于全国的 25.74%").contains("低 6.82 个百分点")
                .doesNotContain("高出");
        assertThat(zh.get("NE_TRADEMARK_PER_CAPITA")).contains("低于全国的 212.45").contains("低 95.05")
                .doesNotContain("高出");
        // per person, every figure is a count of rights, 件: held, per 10,000, the nation's, and the margin
        assertThat(zh.get("NE_PATENT_PER_CAPITA")).isEqualTo("专利:42,590,000 名常住人口拥有 120,000 件,每万人 28.18 件,"
                + "高于全国的 21.24 件(1,412,120,000 人拥有 3,000,000 件),高出 6.94 件:120,000 × 1,412,120,000 > "
                + "3,000,000 × 42,590,000");
        assertThat(zh.get("NE_TRADEMARK_PER_CAPITA")).isEqualTo("商标:42,590,000 名常住人口拥有 500,000 件,每万人 117.40 件,"
                + "低于全国的 212.45 件(1,412,120,000 人拥有 30,000,000 件),低 95.05 件:500,000 × 1,412,120,000 < "
                + "30,000,000 × 42,590,000");
    }

    /**
     * The reading display tells an officer what progress is. Per capita it is the ratio of holdings per person, not of
     * holdings: 辽宁省's patents, (120,000 ÷ 42,590,000) ÷ (3,000,000 ÷ 1,412,120,000) = 169,454,400,000,000 ÷
     * 127,770,000,000,000 = 1.32624… → 1.3262, where 120,000 ÷ 3,000,000 would be 0.0400. And where the nation holds
     * none at the end (0 patents: the region, part of it, holds none either), there is no ratio and no progress, as
     * there is none for growth when the nation did not grow: the reading says both cases.
     */
    @Test
    void theDisplayReadingSaysWhatProgressIs() throws java.io.IOException {
        EvaluationResult r = ENGINE.evaluate(Northeast2017.APPLICANT, LocalDate.of(2021, 6, 30),
                NortheastBuilderTest.liaoning());
        Indicator patents = r.indicators().stream().filter(i -> i.code().equals("NE_PATENT_PER_CAPITA")).findFirst()
                .orElseThrow();
        assertThat(patents.progress()).isEqualByComparingTo("1.3262");

        NortheastRegion none = NortheastRegion.builder().name("吉林省").province("吉林省")
                .period(p -> p.from(2016).to(2020))
                .population(p -> p.region(24_070_000).national(1_412_120_000))
                .figures(IpKind.PATENT, f -> f.regionStart(100).regionEnd(0).nationalStart(1_000).nationalEnd(0))
                .build();
        Indicator nothingHeld = ENGINE.evaluate(Northeast2017.APPLICANT, LocalDate.of(2021, 6, 30), none)
                .indicators().stream().filter(i -> i.code().equals("NE_PATENT_PER_CAPITA")).findFirst().orElseThrow();
        assertThat(nothingHeld.status()).isEqualTo(io.iprules.IndicatorStatus.NOT_MET); // 0 = 0: not 高于
        assertThat(nothingHeld.progress()).isNull();

        com.fasterxml.jackson.databind.JsonNode display = null;
        try (java.io.InputStream in = Northeast2017.class.getResourceAsStream("readings.json")) {
            for (com.fasterxml.jackson.databind.JsonNode e : new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(in).get("readings")) {
                if (e.get("id").asText().equals("display")) {
                    display = e;
                }
            }
        }
        assertThat(display).isNotNull();
        assertThat(display.get("zh").asText()).contains("人均为人均拥有量之比").contains("全国拥有量为0时不计进度");
        assertThat(display.get("en").asText()).contains("per capita: the ratio of holdings per person, none when the "
                + "nation holds none");
    }

    /**
     * Copyright has no register of holdings (reading holdings-govern-both): its figure is the year's registrations
     * (作品 + 计算机软件著作权登记), which stand for holdings in 人均拥有量. The detail must say what the number is, not
     * that residents 拥有 (own) so many copyrights. 辽宁省's copyright registrations in 2020: 20,000 for 42,590,000
     * residents, 200,000,000 ÷ 42,590,000 = 4.6959… → 4.70 per 10,000; the nation 3,300,000 for 1,412,120,000,
     * 33,000,000,000 ÷ 1,412,120,000 = 23.3691… → 23.37; 20,000 × 1,412,120,000 = 28,242,400,000,000 &lt; 3,300,000 ×
     * 42,590,000 = 140,547,000,000,000: NOT_MET, 低 23.37 − 4.70 = 18.67. Patents and trademarks are holdings and
     * keep 拥有.
     */
    @Test
    void copyrightPerPersonSaysRegistrationsNotHoldings() {
        EvaluationResult r = ENGINE.evaluate(Northeast2017.APPLICANT, LocalDate.of(2021, 6, 30),
                NortheastBuilderTest.liaoning());
        Map<String, Indicator> byCode = r.indicators().stream()
                .collect(Collectors.toMap(Indicator::code, i -> i));
        Indicator copyright = byCode.get("NE_COPYRIGHT_PER_CAPITA");
        assertThat(copyright.status()).isEqualTo(io.iprules.IndicatorStatus.NOT_MET);
        assertThat(copyright.detail().in(Language.ZH))
                .isEqualTo("版权:42,590,000 名常住人口期末年登记 20,000 件,每万人 4.70 件,低于全国的 23.37 件"
                        + "(1,412,120,000 人登记 3,300,000 件),低 18.67 件:20,000 × 1,412,120,000 < 3,300,000 × 42,590,000")
                .doesNotContain("拥有");
        assertThat(copyright.detail().in(Language.EN))
                .contains("20,000 registered in the end year for 42,590,000 residents", "4.70 per 10,000",
                        "lower than the nation's 23.37 (3,300,000 registered for 1,412,120,000) by 18.67");
        assertThat(byCode.get("NE_PATENT_PER_CAPITA").detail().in(Language.ZH))
                .contains("42,590,000 名常住人口拥有 120,000");
    }

    /**
     * The opinions are dated 2017年2月27日 (the notice's date, its day of issue and of force): a period that ends in
     * 2016 describes a time before them, and the warning names that date as every date here is written, 2017-02-27.
     */
    @Test
    void aPeriodBeforeTheOpinionsNamesTheirDate() {
        NortheastRegion before = NortheastRegion.builder().name("辽宁省").province("辽宁省")
                .period(p -> p.from(2012).to(2016))
                .figures(IpKind.PATENT, f -> f.regionStart(30_000).regionEnd(60_000).nationalStart(700_000)
                        .nationalEnd(1_700_000))
                .build();
        EvaluationResult r = ENGINE.evaluate(Northeast2017.APPLICANT, LocalDate.of(2017, 6, 30), before);
        assertThat(r.warnings()).extracting(w -> w.in(Language.ZH))
                .contains("期间截至 2016 年,早于 2017-02-27 印发的意见:数值反映政策出台以前的情况");
        assertThat(r.warnings()).extracting(w -> w.in(Language.EN))
                .contains("the period ends in 2016, before the opinions of 2017-02-27: the figures describe a time "
                        + "before the policy");
    }
}
