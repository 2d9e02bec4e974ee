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
    }
}
