package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.Comparison;
import io.iprules.InvalidRequestException;
import io.iprules.ParameterInfo;
import io.iprules.ParameterUnit;
import io.iprules.ParameterValue;
import io.iprules.Problem;
import io.iprules.Target;
import io.iprules.Text;
import io.iprules.json.WholeWithExponent;
import io.iprules.kit.china.CreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kit's helpers at their boundaries: the value just allowed and the first refused. */
class KitBoundariesTest {
    private static final LocalDate D = LocalDate.of(2013, 1, 1);
    /** What a count written with a fraction or an exponent is told: how to write it (65e2 is the whole 6500). */
    private static final String WHOLE = "must be written as a whole number, without a decimal point or an exponent, "
            + "not ";

    private static List<Problem> figure(ParameterUnit unit, BigDecimal maximum, Object value) {
        Problems p = Problems.root("applicant");
        Figures.value(value, unit, maximum, p.at("x"));
        return p.list();
    }

    @Test
    void aFigureOfZeroOrExactlyItsMaximumIsAllowed() {
        assertThat(figure(ParameterUnit.COUNT, null, 0)).isEmpty();
        assertThat(figure(ParameterUnit.COUNT, new BigDecimal("9"), 9)).isEmpty();
        assertThat(figure(ParameterUnit.COUNT, new BigDecimal("9"), 10)).extracting(Problem::message)
                .containsExactly("must be at most 9, not 10");
        assertThat(figure(ParameterUnit.RATIO, null, BigDecimal.ONE)).isEmpty();
        assertThat(figure(ParameterUnit.RATIO, null, new BigDecimal("1.0001"))).hasSize(1);
        assertThat(figure(ParameterUnit.YUAN, null, new BigDecimal("0.01"))).isEmpty();
        assertThat(figure(ParameterUnit.YUAN, null, new BigDecimal("48650.120"))).as("a trailing zero is still the fen")
                .isEmpty();
        assertThat(figure(ParameterUnit.YUAN, null, new BigDecimal("0.001"))).extracting(Problem::message)
                .containsExactly("is yuan with at most two decimals (分), not 0.001");
        // a count is a whole JSON number, as the contract says of every count: 3.0 and 1e3 are written as decimals
        assertThat(figure(ParameterUnit.COUNT, null, new BigDecimal("3.0"))).extracting(Problem::message)
                .containsExactly(WHOLE + "3.0");
        assertThat(figure(ParameterUnit.COUNT, null, new BigDecimal("1e3"))).extracting(Problem::message)
                .containsExactly(WHOLE + "1E+3");
        // 65e2 is the whole number 6500: refused for how it is written, and said so (not "a whole number, not 6.5E+3")
        assertThat(figure(ParameterUnit.COUNT, null, new BigDecimal("65e2"))).extracting(Problem::message,
                p -> p.message(io.iprules.Language.ZH)).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        WHOLE + "6.5E+3", "必须写成不带小数点或指数的整数,而不是 6.5E+3"));
        assertThat(figure(ParameterUnit.COUNT, null, new java.math.BigInteger("3"))).isEmpty();
        // and 3e0, whole at scale 0 as Java's new BigDecimal("3") is: the contract's reader marks it as written
        assertThat(figure(ParameterUnit.COUNT, null, new WholeWithExponent(new BigDecimal("3e0"))))
                .extracting(Problem::message).containsExactly(WHOLE + "3E+0");
        assertThat(figure(ParameterUnit.COUNT, null, new WholeWithExponent(new BigDecimal("3.0e1"))))
                .extracting(p -> p.message(io.iprules.Language.ZH)).containsExactly("必须写成不带小数点或指数的整数,而不是 30E+0");
        assertThat(figure(ParameterUnit.COUNT, null, new BigDecimal("3"))).isEmpty();
        // a decimal may be written so: its value is what counts
        assertThat(figure(ParameterUnit.RATIO, null, new WholeWithExponent(new BigDecimal("1e0")))).isEmpty();
        assertThat(figure(ParameterUnit.YUAN, null, new WholeWithExponent(new BigDecimal("5e0")))).isEmpty();
        assertThat(figure(ParameterUnit.COUNT, null, new BigDecimal("3.5"))).extracting(Problem::message)
                .containsExactly(WHOLE + "3.5");
        assertThat(figure(ParameterUnit.NUMBER, null, new BigDecimal("-0.0001"))).extracting(Problem::message)
                .containsExactly("must not be negative, but is -0.0001");
        assertThat(figure(ParameterUnit.NUMBER, null, 7L)).isEmpty();
        assertThat(figure(ParameterUnit.NUMBER, null, (short) 7)).isEmpty();
        assertThat(figure(ParameterUnit.NUMBER, null, (byte) 7)).isEmpty();
        assertThat(figure(ParameterUnit.NUMBER, null, 1.5f)).hasSize(1);
        assertThat(figure(ParameterUnit.NUMBER, null, List.of())).extracting(Problem::message)
                .containsExactly("must be a number, not a list");
        assertThat(figure(ParameterUnit.NUMBER, null, new Object())).extracting(Problem::message)
                .containsExactly("must be a number, not Object");
    }

    @Test
    void aYesNoFigureIsTrueOrFalseReadAsOneOrZeroAndNothingElse() {
        Problems p = Problems.root("applicant");
        assertThat(Figures.value(true, ParameterUnit.YES_NO, null, p.at("x"))).isEqualTo(BigDecimal.ONE);
        assertThat(Figures.value(false, ParameterUnit.YES_NO, null, p.at("x"))).isEqualTo(BigDecimal.ZERO);
        assertThat(p.isEmpty()).isTrue();
        assertThat(Figures.value("yes", ParameterUnit.YES_NO, null, p.at("x"))).isNull();
        assertThat(figure(ParameterUnit.YES_NO, null, "yes")).extracting(Problem::message)
                .containsExactly("must be true or false, not the string 'yes'");
        assertThat(figure(ParameterUnit.YES_NO, null, Map.of())).extracting(Problem::message)
                .containsExactly("must be true or false, not an object");
        assertThat(figure(ParameterUnit.YES_NO, null, List.of(true))).extracting(Problem::message)
                .containsExactly("must be true or false, not a list");
        assertThat(figure(ParameterUnit.YES_NO, null, 1)).extracting(Problem::message, Problem::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("must be true or false, not 1", "applicant.x"));
    }

    @Test
    void aRelativeFigureGivenAsANumberIsRefusedAndKeptUnknown() {
        Target relative = new Target("T_REL", Text.plain("density"), ParameterUnit.NUMBER, Comparison.AT_LEAST, null,
                new Target.Reference("provinceAverage", Text.plain("avg"), new BigDecimal("2")), null, null, "p §4",
                "2倍",
                Text.plain(""));
        Target fixed = new Target("T_FIXED", Text.plain("f"), ParameterUnit.COUNT, Comparison.AT_LEAST, BigDecimal.TEN,
                null, null, null, "p §3", "s", Text.plain(""));
        Problems p = Problems.root("applicant");
        List<Figure> figures = Figures.read(Map.of("T_REL", new BigDecimal("19.2"), "T_FIXED", Map.of("actual", 1)),
                List.of(relative, fixed), p.at("figures"));
        assertThat(figures).containsExactly(new Figure("T_REL", null, null), new Figure("T_FIXED", null, null));
        assertThat(p.list()).extracting(Problem::path).containsExactly("applicant.figures.T_REL",
                "applicant.figures.T_FIXED");
        assertThat(p.list().get(1).message()).isEqualTo("must be a number, not an object: the target is a fixed >= 10");
        Problems q = Problems.root("applicant");
        assertThat(Figures.read(null, List.of(fixed), q)).containsExactly(new Figure("T_FIXED", null, null));
        assertThat(q.isEmpty()).isTrue();
        Problems r = Problems.root("applicant");
        assertThat(Figures.read(Map.of("T_REL", Map.of("actual", "20", "provinceAverage", "9.6")), List.of(relative),
                r))
                .containsExactly(new Figure("T_REL", new BigDecimal("20"), new BigDecimal("9.6")));
    }

    @Test
    void problemsAtTheirBoundaries() {
        Problems p = Problems.root("applicant");
        assertThat(p.isEmpty()).isTrue();
        p.notNegative("a", 0);
        p.notNegative("b", (Integer) null);
        p.notNegative("c", BigDecimal.ZERO);
        p.positive("d", 1);
        assertThat(p.isEmpty()).isTrue();
        p.throwIfAny();
        p.notNegative("e", -1);
        p.notNegative("f", new BigDecimal("-0.01"));
        assertThat(p.isEmpty()).isFalse();
        assertThat(p.list()).containsExactly(new Problem("applicant.e", "must not be negative, but is -1"),
                new Problem("applicant.f", "must not be negative, but is -0.01"));
        assertThatThrownBy(p::throwIfAny).isInstanceOf(InvalidRequestException.class);
        Problems q = Problems.root("");
        q.at("x").at(0).add(io.iprules.Text.bilingual("米", "m"));
        q.add(io.iprules.Text.bilingual("顶层", "top"));
        q.each("list", null, (v, at) -> at.add(io.iprules.Text.bilingual("从不", "never")));
        assertThat(q.list()).containsExactly(new Problem("x[0]", "m"), new Problem("", "top"));
        assertThat(q.list()).extracting(Problem::chinese).containsExactly("米", "顶层");
        // the kit's own checks come in both languages
        assertThat(p.list()).extracting(x -> x.message(io.iprules.Language.ZH))
                .containsExactly("不能为负数,现为 -1", "不能为负数,现为 -0.01");
        assertThat(q.at("a").at(2).at("b").path()).isEqualTo("a[2].b");
    }

    @Test
    void parametersAtTheirBoundaries() {
        assertThat(Parameters.parse(ParameterUnit.YUAN, "0")).isEqualTo(BigDecimal.ZERO);
        assertThat(Parameters.parse(ParameterUnit.YUAN, "0.01")).isEqualTo(new BigDecimal("0.01"));
        assertThat(Parameters.parse(ParameterUnit.YUAN, "1.500")).isEqualTo(new BigDecimal("1.500"));
        assertThat(Parameters.parse(ParameterUnit.NUMBER, "48.4")).isEqualTo(new BigDecimal("48.4"));
        // written as a request's decimal is: spaces around it are not read away
        assertThatThrownBy(() -> Parameters.parse(ParameterUnit.NUMBER, " 48.4 "))
                .hasMessageStartingWith("must be written in plain digits");
        assertThatThrownBy(() -> Parameters.parse(ParameterUnit.NUMBER, "-0.1"))
                .hasMessage("must not be negative, but is -0.1");
        Parameters ps = new Parameters("x", List.of(
                new ParameterInfo("N", ParameterUnit.COUNT, "x §1", Text.plain("n"), false,
                        List.of(new ParameterValue(D, "3", "s"))),
                new ParameterInfo("DAY", ParameterUnit.DATE, "x §2", Text.plain("d"), false,
                        List.of(new ParameterValue(D, "2017-07-31", "s")))));
        assertThat(ps.count("N", D)).isEqualTo(3);
        assertThat(ps.decimal("N", D)).isEqualTo(BigDecimal.valueOf(3));
        assertThat(ps.count("N", D.minusDays(1))).isNull();
        assertThat(ps.date("DAY", D)).isEqualTo(LocalDate.of(2017, 7, 31));
        assertThat(ps.info("DAY").citation()).isEqualTo("x §2");
        assertThatThrownBy(() -> new Parameters("x", List.of(ps.info("N"), ps.info("N"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("x: parameter N is defined twice");
    }

    @Test
    void aCreditCodeProblemNamesThePositionOfTheBadCharacter() {
        assertThat(CreditCode.problem("9133040IMA28A0001D")).startsWith("character 8 ('I') is not allowed");
        assertThat(CreditCode.problem("I1330400MA28A0001D")).startsWith("character 1 ('I')");
        assertThatThrownBy(() -> CreditCode.checkCharacter("9133040IMA28A0001"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("character 'I' is not allowed");
    }

    @Test
    void negativeAmountsFormatWithTheirSign() {
        assertThat(Yuan.format(new BigDecimal("-0.005"))).isEqualTo("-0.01");
        assertThat(Yuan.format(new BigDecimal("-0.004"))).isEqualTo("0.00");
        assertThat(Yuan.format(new BigDecimal("123"))).isEqualTo("123.00");
        assertThat(Yuan.format(new BigDecimal("1234"))).isEqualTo("1,234.00");
    }

    @Test
    void anAmountKeepsTwoDecimalsAndZeroIsAnAmount() {
        assertThat(Amount.yuan(BigDecimal.ZERO).value()).isEqualTo(new BigDecimal("0.00"));
        assertThat(Amount.yuan("0.001").getValue()).isEqualTo(new BigDecimal("0.00"));
        assertThat(Amount.yuan("5").times(BigDecimal.ONE).isDetermined()).isTrue();
    }
}
