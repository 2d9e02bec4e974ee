package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.ParameterInfo;
import io.iprules.ParameterUnit;
import io.iprules.ParameterValue;
import io.iprules.Text;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParametersTest {
    private static final LocalDate D2013 = LocalDate.of(2013, 1, 1);
    private static final LocalDate D2015 = LocalDate.of(2015, 1, 1);

    private static ParameterInfo p(String name, ParameterUnit unit, ParameterValue... values) {
        return new ParameterInfo(name, unit, "x §1", Text.plain(name), values.length == 0, List.of(values));
    }

    @Test
    void theValueInForceIsTheLatestTakingEffectOnOrBeforeTheDate() {
        Parameters ps = new Parameters("x", List.of(p("A", ParameterUnit.YUAN,
                new ParameterValue(D2013, "1000", "rule 1"), new ParameterValue(D2015, "1500", "rule 2"))));
        assertThat(ps.decimal("A", D2013.minusDays(1))).isNull();
        assertThat(ps.decimal("A", D2013)).isEqualByComparingTo("1000");
        assertThat(ps.decimal("A", D2015.minusDays(1))).isEqualByComparingTo("1000");
        assertThat(ps.decimal("A", D2015)).isEqualByComparingTo("1500");
        assertThat(ps.amount("A", D2013.minusDays(1)).waitingFor()).isEqualTo("A");
    }

    @Test
    void anOpenParameterWithoutValueIsUndeterminedNeverZero() {
        Parameters ps = new Parameters("x", List.of(p("OPEN", ParameterUnit.YUAN)));
        assertThat(ps.decimal("OPEN", D2015)).isNull();
        assertThat(ps.amount("OPEN", D2015).isDetermined()).isFalse();
    }

    /** The deployment's value of an open parameter is an amount's basis; the text's own figure needs none. */
    @Test
    void anAmountADeploymentSetNamesItsParameterValueAndSource() {
        Parameters ps = new Parameters("x", List.of(
                new ParameterInfo("OPEN", ParameterUnit.YUAN, "x §1", Text.plain("open"), true, List.of(
                        new ParameterValue(D2013, "1000", "implementing rule 1"),
                        new ParameterValue(D2015, "1500", "implementing rule 2"))),
                new ParameterInfo("TEXT", ParameterUnit.YUAN, "x §2", Text.plain("the text's"), false,
                        List.of(new ParameterValue(D2013, "200000", "x §2 给予20万元"))),
                new ParameterInfo("RATE", ParameterUnit.RATIO, "x §3", Text.plain("rate"), true,
                        List.of(new ParameterValue(D2015, "0.5", "rule 3")))));
        Amount open = ps.amount("OPEN", D2015.minusDays(1));
        assertThat(open.value()).isEqualByComparingTo("1000");
        assertThat(open.basis()).isEqualTo(new io.iprules.AmountBasis("OPEN", D2013, "1000", "implementing rule 1"));
        assertThat(ps.amount("OPEN", D2015).basis())
                .isEqualTo(new io.iprules.AmountBasis("OPEN", D2015, "1500", "implementing rule 2"));
        assertThat(ps.amount("OPEN", D2015).times(3).basis().value()).isEqualTo("1500"); // 3 × 1,500: the same basis
        assertThat(ps.amount("TEXT", D2015).basis()).isNull();
        assertThat(ps.amount("OPEN", D2013.minusDays(1)).basis()).isNull(); // undetermined: nothing set it yet
        // a rate applied to a base: 48,650.00 × 0.5 = 24,325.00, on the rate's basis; not yet in force: undetermined
        Amount share = ps.share(new java.math.BigDecimal("48650.00"), "RATE", D2015);
        assertThat(share.value()).isEqualByComparingTo("24325.00");
        assertThat(share.basis()).isEqualTo(new io.iprules.AmountBasis("RATE", D2015, "0.5", "rule 3"));
        assertThat(ps.share(new java.math.BigDecimal("48650.00"), "RATE", D2013).waitingFor()).isEqualTo("RATE");
        assertThat(Amount.yuan("5").withBasis(null).basis()).isNull();
        assertThatThrownBy(() -> new Amount(null, "OPEN", open.basis())).hasMessageContaining("no basis");
    }

    @Test
    void unitsAreChecked() {
        assertThat(Parameters.parse(ParameterUnit.RATIO, "1")).isEqualTo(new java.math.BigDecimal("1"));
        assertThatThrownBy(() -> Parameters.parse(ParameterUnit.RATIO, "1.01")).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> Parameters.parse(ParameterUnit.YUAN, "-1")).hasMessageContaining("negative");
        assertThatThrownBy(() -> Parameters.parse(ParameterUnit.YUAN, "1.005")).hasMessageContaining("two decimals");
        assertThatThrownBy(() -> Parameters.parse(ParameterUnit.COUNT, "2.5")).hasMessageContaining("whole number");
        assertThat(Parameters.parse(ParameterUnit.COUNT, "3")).isEqualTo(3);
        assertThat(Parameters.parse(ParameterUnit.DATE, "2017-07-31")).isEqualTo(LocalDate.of(2017, 7, 31));
        assertThatThrownBy(() -> Parameters.parse(ParameterUnit.DATE, "2017-02-30")).hasMessageContaining("date");
        assertThatThrownBy(() -> Parameters.parse(ParameterUnit.NUMBER, "abc")).hasMessageContaining("decimal");
    }

    @Test
    void aRuleReadingAnUndefinedParameterIsADefectNamedClearly() {
        Parameters ps = new Parameters("x", List.of());
        assertThatThrownBy(() -> ps.decimal("NOPE", D2013)).hasMessageContaining("NOPE")
                .hasMessageContaining("does not define");
    }

    @Test
    void valuesMustBeInDateOrder() {
        assertThatThrownBy(() -> p("A", ParameterUnit.YUAN, new ParameterValue(D2015, "1", "s"),
                new ParameterValue(D2013, "2", "s"))).hasMessageContaining("increasing date order");
    }
}
