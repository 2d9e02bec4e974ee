package io.iprules.northeast;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Condition;
import io.iprules.EvaluationResult;
import io.iprules.Indicator;
import io.iprules.Language;
import io.iprules.RulesEngine;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * How northeast-2017's details read in each language: a list of provinces is joined as its language joins lists
 * (、 in Chinese, a comma in English), and a count of years is spaced from the Chinese as every other figure is
 * ({@code 4 年间}, as {@code 3.66 个百分点}).
 */
class NortheastWordingTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final LocalDate AS_OF = LocalDate.of(2021, 6, 30);

    private static Condition scope(NortheastRegion unit) {
        EvaluationResult r = ENGINE.evaluate(Northeast2017.APPLICANT, AS_OF, unit);
        return r.conditions().stream().filter(c -> c.code().equals("NE_SCOPE")).findFirst().orElseThrow();
    }

    @Test
    void theFourProvincesAreListedAsEachLanguageListsThem() {
        Condition whole = scope(NortheastRegion.builder().name("东北地区").northeast()
                .period(p -> p.from(2016).to(2020)).build());
        assertThat(whole.detail().in(Language.ZH)).isEqualTo("东北地区:内蒙古自治区、辽宁省、吉林省、黑龙江省");
        assertThat(whole.detail().in(Language.EN)).isEqualTo("the Northeast: 内蒙古自治区, 辽宁省, 吉林省, 黑龙江省");

        Condition out = scope(NortheastRegion.builder().name("浙江省").province("浙江省")
                .period(p -> p.from(2016).to(2020)).build());
        assertThat(out.met()).isFalse();
        assertThat(out.detail().in(Language.ZH))
                .isEqualTo("浙江省不是东北地区四省区(内蒙古自治区、辽宁省、吉林省、黑龙江省)之一:不评估指标");
        assertThat(out.detail().in(Language.EN)).isEqualTo("浙江省 is not one of the four provinces of the Northeast "
                + "(内蒙古自治区, 辽宁省, 吉林省, 黑龙江省): no indicator is assessed");
    }

    /**
     * Counts of four digits are grouped as the larger ones are (1,403 → 5,055 beside 1,700,000: the officer's text had
     * read "由 1403 变为 5055" next to grouped millions), in both languages and in the exact comparison; a year is
     * no count and stays as written (期间截至 2016 年, not 2,016).
     */
    @Test
    void countsFromAThousandAreGroupedAndYearsAreNot() {
        EvaluationResult r = ENGINE.evaluate(Northeast2017.APPLICANT, AS_OF, NortheastRegion.builder()
                .name("辽宁省").province("辽宁省").period(p -> p.from(2012).to(2016))
                .figures(IpKind.PATENT, f -> f.regionStart(1_403).regionEnd(5_055)
                        .nationalStart(1_700_000).nationalEnd(3_000_000)).build());
        Indicator patents = r.indicators().stream().filter(i -> i.code().equals("NE_PATENT_GROWTH")).findFirst()
                .orElseThrow();
        assertThat(patents.detail().in(Language.ZH)).startsWith("专利:4 年间由 1,403 变为 5,055,")
                .contains("(1,700,000 → 3,000,000)").endsWith(":5,055 × 1,700,000 > 3,000,000 × 1,403");
        assertThat(patents.detail().in(Language.EN)).startsWith("patents: 1,403 → 5,055 over 4 year(s), ")
                .endsWith(": 5,055 × 1,700,000 > 3,000,000 × 1,403");
        // the exact comparison the machine reads stays plain
        assertThat(patents.exact().comparison()).isEqualTo("5055 × 1700000 > 3000000 × 1403");
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.in(Language.ZH)).startsWith("期间截至 2016 年,"));
    }

    /**
     * 辽宁省's patents 2016–2020 ({@link NortheastBuilderTest#liaoning()}): n = 4 years, 60,000 → 120,000, 2^(1/4) − 1
     * = 18.92% a year; the nation 1,700,000 → 3,000,000, (30/17)^(1/4) − 1 = 15.26%; 18.92 − 15.26 = 3.66 points
     * above; compared exactly, 120,000 × 1,700,000 = 204,000,000,000 > 3,000,000 × 60,000 = 180,000,000,000.
     */
    @Test
    void aCountOfYearsIsSpacedFromTheChinese() {
        Indicator patents = ENGINE.evaluate(Northeast2017.APPLICANT, AS_OF, NortheastBuilderTest.liaoning())
                .indicators().stream().filter(i -> i.code().equals("NE_PATENT_GROWTH")).findFirst().orElseThrow();
        assertThat(patents.detail().in(Language.ZH)).isEqualTo("专利:4 年间由 60,000 变为 120,000,年均增长 18.92%,"
                + "高于全国的 15.26%(1,700,000 → 3,000,000),高出 3.66 个百分点:120,000 × 1,700,000 > 3,000,000 × 60,000");
    }
}
