package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fail-fast checks of the Java builders' arguments: the value given comes back unchanged, and a wrong one is an
 * {@link IllegalArgumentException} naming the argument, at the first value refused.
 */
class ArgumentsTest {

    @Test
    void aRequiredArgumentComesBackAsGivenAndNullIsRefusedByName() {
        List<String> pledge = List.of("CN201310000001.1");
        assertThat(Arguments.required("pledge", pledge)).isSameAs(pledge);
        assertThatThrownBy(() -> Arguments.required("pledge", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledge: must not be null");
    }

    @Test
    void aTextComesBackAsGivenAndNullOrBlankIsRefused() {
        assertThat(Arguments.text("bank", " 北京银行 ")).isEqualTo(" 北京银行 ");
        assertThatThrownBy(() -> Arguments.text("bank", " \t")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bank: must not be blank");
        assertThatThrownBy(() -> Arguments.text("bank", null)).hasMessage("bank: must not be null");
    }

    @Test
    void zeroIsNotNegativeButMinusOneIs() {
        assertThat(Arguments.nonNegative("count", 0)).isZero();
        assertThat(Arguments.nonNegative("count", 7)).isEqualTo(7);
        assertThatThrownBy(() -> Arguments.nonNegative("count", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count: must not be negative, but is -1");
    }

    @Test
    void oneIsPositiveButZeroIsNot() {
        assertThat(Arguments.positive("year", 1)).isEqualTo(1);
        assertThat(Arguments.positive("year", 2013)).isEqualTo(2013);
        assertThatThrownBy(() -> Arguments.positive("year", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year: must be positive, but is 0");
        assertThatThrownBy(() -> Arguments.positive("year", -2013)).hasMessage("year: must be positive, but is -2013");
    }

    @Test
    void anAmountInYuanIsZeroOrMoreAndWholeFen() {
        BigDecimal zero = new BigDecimal("0");
        assertThat(Arguments.yuan("interestPaid", zero)).isSameAs(zero);
        BigDecimal fen = new BigDecimal("48650.12");
        assertThat(Arguments.yuan("interestPaid", fen)).isSameAs(fen);
        // trailing zeros are not finer than the fen
        BigDecimal trailing = new BigDecimal("48650.1200");
        assertThat(Arguments.yuan("interestPaid", trailing)).isSameAs(trailing);
        assertThatThrownBy(() -> Arguments.yuan("interestPaid", new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interestPaid: must not be negative, but is -0.01");
        assertThatThrownBy(() -> Arguments.yuan("interestPaid", new BigDecimal("48650.125")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interestPaid: must be whole fen (at most 2 decimals), but is 48650.125");
        assertThatThrownBy(() -> Arguments.yuan("interestPaid", null)).hasMessage("interestPaid: must not be null");
    }

    @Test
    void anEntryMissingArgumentsNamesEveryOneInTheOrderGiven() {
        Arguments.complete("pledge loan", "bank", "b", "pledge", List.of(), "interestPaid", BigDecimal.ONE);
        Arguments.complete("nothing to check");
        assertThatThrownBy(() -> Arguments.complete("pledge loan", "bank", null, "pledge", List.of(), "interestPaid",
                null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledge loan: bank, interestPaid not given");
        assertThatThrownBy(() -> Arguments.complete("pledge loan", "bank", "b", "year", null))
                .hasMessage("pledge loan: year not given");
    }
}
