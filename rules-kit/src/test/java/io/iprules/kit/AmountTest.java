package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountTest {

    @Test
    void productsRoundHalfUpToTheFen() {
        // 12,345.67 × 0.5 = 6,172.835 → 6,172.84 (四舍五入)
        assertThat(Amount.yuan("12345.67").times(new BigDecimal("0.5")).value()).isEqualByComparingTo("6172.84");
        // 0.01 × 0.5 = 0.005 → 0.01; 0.01 × 0.4 = 0.004 → 0.00
        assertThat(Amount.yuan("0.01").times(new BigDecimal("0.5")).value()).isEqualByComparingTo("0.01");
        assertThat(Amount.yuan("0.01").times(new BigDecimal("0.4")).value()).isEqualByComparingTo("0.00");
    }

    @Test
    void valuesAlwaysHaveTwoDecimals() {
        assertThat(Amount.yuan("300000").value().toPlainString()).isEqualTo("300000.00");
        assertThat(Amount.yuan("900").times(3).value().toPlainString()).isEqualTo("2700.00");
    }

    @Test
    void undeterminedStaysUndeterminedAndNamesItsParameter() {
        Amount a = Amount.undetermined("JX_PATENT_GRANT.DESIGN");
        assertThat(a.times(3)).isEqualTo(a);
        assertThat(a.times(BigDecimal.TEN).waitingFor()).isEqualTo("JX_PATENT_GRANT.DESIGN");
        assertThat(a.isDetermined()).isFalse();
        assertThat(Amount.share(new BigDecimal("100"), null, "RATE").waitingFor()).isEqualTo("RATE");
        assertThat(Amount.share(new BigDecimal("100"), new BigDecimal("0.25"), "RATE").value())
                .isEqualByComparingTo("25.00");
    }

    /** 0.00 × any rate is 0.00: a base of nothing is nothing, not an amount awaiting a rate that cannot change it. */
    @Test
    void aShareOfNothingIsNothingWhetherOrNotTheRateIsSet() {
        for (BigDecimal rate : new BigDecimal[] {null, new BigDecimal("0.5")}) {
            Amount a = Amount.share(new BigDecimal("0.00"), rate, "RATE");
            assertThat(a.isDetermined()).as("rate %s", rate).isTrue();
            assertThat(a.value()).isEqualByComparingTo("0").hasScaleOf(2);
            assertThat(a.waitingFor()).isNull();
        }
    }

    @Test
    void neverNegativeNeverBoth() {
        assertThatThrownBy(() -> Amount.yuan("-0.01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Amount(BigDecimal.ONE, "P")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Amount(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yuanFormatsWithSeparators() {
        assertThat(Yuan.format(new BigDecimal("9999999.99"))).isEqualTo("9,999,999.99");
        assertThat(new Yuan(new BigDecimal("200000")).toString()).isEqualTo("200,000.00");
        assertThat(Yuan.format(new BigDecimal("0"))).isEqualTo("0.00");
        assertThat(Yuan.format(new BigDecimal("999.995"))).isEqualTo("1,000.00");
        assertThat(Yuan.format(new BigDecimal("100000"))).isEqualTo("100,000.00");
        assertThat(Yuan.format(new BigDecimal("1234567890.1"))).isEqualTo("1,234,567,890.10");
        assertThat(Yuan.format(new BigDecimal("-1234.5"))).isEqualTo("-1,234.50");
        assertThat(Yuan.format(new BigDecimal("-0.001"))).isEqualTo("0.00");
    }
}
