package io.iprules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Comparison;
import io.iprules.Indicator;
import io.iprules.IndicatorStatus;
import io.iprules.Language;
import io.iprules.ParameterUnit;
import io.iprules.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Figures as an officer reads them: rates as percentages to the precision they carry, counts grouped, yuan. */
class IndicatorFormatTest {
    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    /** A target met, {@code actual} against {@code required} by {@code comparison}, with {@code reference}. */
    private static Indicator target(Comparison comparison, String required, String actual,
                                    Indicator.ReferenceValue reference) {
        return new Indicator("P_RATE", Text.plain("rate"), IndicatorStatus.MET, ParameterUnit.RATIO, comparison,
                n(required), comparison.symbol() + " " + required, n(actual), n(required), null, reference, "p-1 §1",
                "the text", null);
    }

    /** Each figure given and how it reads in {@code unit}, in pairs. */
    private static void reads(ParameterUnit unit, String... figureThenText) {
        for (int i = 0; i < figureThenText.length; i += 2) {
            assertThat(IndicatorFormat.value(n(figureThenText[i]), unit)).as("%s %s", figureThenText[i], unit)
                    .isEqualTo(figureThenText[i + 1]);
        }
    }

    @Test
    void aRateIsAPercentageToThePrecisionItCarries() {
        reads(ParameterUnit.RATIO, "0.9001", "90.01%", "0.0260", "2.60%", "0.9", "90%", "2", "200%");
    }

    @Test
    void aCountIsGroupedWhenWholeAndAsGivenOtherwise() {
        reads(ParameterUnit.COUNT, "6500", "6,500", "1234", "1,234", "1234.00", "1,234", "45", "45", "28.18", "28.18");
    }

    /** Yuan to the fen; other figures as given, their whole part grouped as counts and yuan are. */
    @Test
    void yuanHaveTwoDecimalsAndOtherFiguresAreAsGiven() {
        reads(ParameterUnit.YUAN, "200000", "200,000.00");
        reads(ParameterUnit.NUMBER, "12345.6", "12,345.6", "10000.00", "10,000.00", "21.40", "21.40", "-1234.5",
                "-1,234.5", "0.001", "0.001");
        reads(ParameterUnit.COUNT, "12345.6", "12,345.6");
        reads(ParameterUnit.RATIO, "352.7142", "35,271.42%");
        assertThat(IndicatorFormat.value(null, ParameterUnit.COUNT)).isEqualTo("—");
    }

    @Test
    void theComparisonIsOneSign() {
        assertThat(IndicatorFormat.sign(target(Comparison.AT_LEAST, "0.9", "0.95", null))).isEqualTo("≥");
        assertThat(IndicatorFormat.sign(target(Comparison.AT_MOST, "0.9", "0.85", null))).isEqualTo("≤");
        assertThat(IndicatorFormat.sign(target(Comparison.MORE_THAN, "0.9", "0.95", null))).isEqualTo(">");
        assertThat(IndicatorFormat.sign(target(Comparison.EQUAL, "0.9", "0.9", null))).isEqualTo("=");
    }

    @Test
    void theRequirementNamesItsReferenceAndItsMultiple() {
        assertThat(IndicatorFormat.required(target(Comparison.MORE_THAN, "0.9", "0.95", null), Language.ZH))
                .isEqualTo("> 90%");
        Text average = Text.bilingual("全国平均水平", "the national average");
        // the reference itself (factor 1): no "1 ×"; its value when supplied, else its name
        assertThat(IndicatorFormat.required(target(Comparison.MORE_THAN, "0.096", "0.1",
                new Indicator.ReferenceValue("nationalAverage", average, BigDecimal.ONE, n("0.096"))), Language.ZH))
                .isEqualTo("> 9.6%");
        assertThat(IndicatorFormat.required(target(Comparison.MORE_THAN, "0.096", "0.1",
                new Indicator.ReferenceValue("nationalAverage", average, n("1.0"), null)), Language.EN))
                .isEqualTo("> the national average");
        // a multiple: 2 × 9.6% = 19.2%, or 2 × its name
        assertThat(IndicatorFormat.required(target(Comparison.AT_LEAST, "0.192", "0.2",
                new Indicator.ReferenceValue("nationalAverage", average, n("2.0"), n("0.096"))), Language.ZH))
                .isEqualTo("≥ 2 × 9.6% = 19.2%");
        assertThat(IndicatorFormat.required(target(Comparison.AT_LEAST, "0.192", "0.2",
                new Indicator.ReferenceValue("nationalAverage", average, n("2.0"), null)), Language.ZH))
                .isEqualTo("≥ 2 × 全国平均水平");
    }

    @Test
    void progressHasTwoDecimalsOfAPercentage() {
        assertThat(IndicatorFormat.progress(n("0.9777"))).isEqualTo("97.77%");
        assertThat(IndicatorFormat.progress(n("1.5"))).isEqualTo("150.00%");
        assertThat(IndicatorFormat.progress(null)).isEqualTo("—");
    }
}
