package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A rate as an officer reads it: a share of 0.3 is 30%, exactly, without trailing zeros; as a message argument
 * ({@code toString}, which the catalog renders in either language) the same.
 */
class PercentTest {

    @Test
    void aShareReadsAsAPercentage() {
        assertThat(Percent.format(new BigDecimal("0.3"))).isEqualTo("30%");
        assertThat(Percent.format(new BigDecimal("0.30"))).isEqualTo("30%");
        assertThat(Percent.format(new BigDecimal("0.125"))).isEqualTo("12.5%");
        assertThat(Percent.format(new BigDecimal("0.00005"))).isEqualTo("0.005%");
        assertThat(Percent.format(BigDecimal.ONE)).isEqualTo("100%");
        assertThat(Percent.format(new BigDecimal("0.000"))).isEqualTo("0%");
        assertThat(new Percent(new BigDecimal("0.5"))).hasToString("50%");
    }
}
