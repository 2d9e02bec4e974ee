package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A decimal figure as an officer reads it: grouped from 1,000 on, exactly the places it has, nothing rounded. */
class DecimalTest {

    @Test
    void aFigureOfAThousandOrMoreIsGroupedWithItsOwnPlaces() {
        assertThat(Decimal.format(new BigDecimal("999.99"))).isEqualTo("999.99");
        assertThat(Decimal.format(new BigDecimal("1588.39"))).isEqualTo("1,588.39");
        assertThat(Decimal.format(new BigDecimal("1008.9300"))).isEqualTo("1,008.9300");
        assertThat(Decimal.format(new BigDecimal("-1454.16"))).isEqualTo("-1,454.16");
        assertThat(Decimal.format(new BigDecimal("1234567"))).isEqualTo("1,234,567");
        assertThat(Decimal.format(new BigDecimal("1E+3"))).isEqualTo("1,000");
        assertThat(Decimal.format(new BigDecimal("0.005"))).isEqualTo("0.005");
        assertThat(new Decimal(new BigDecimal("76.79"))).hasToString("76.79");
    }
}
