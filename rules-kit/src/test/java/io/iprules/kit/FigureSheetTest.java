package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.Comparison;
import io.iprules.InvalidRequestException;
import io.iprules.ParameterUnit;
import io.iprules.Problem;
import io.iprules.Target;
import io.iprules.Text;
import io.iprules.json.WholeWithExponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A subject's figures as a Java caller builds them: kept in the order given, and, on a checking builder, each refused
 * when given if an evaluation would refuse it, at its path.
 */
class FigureSheetTest {
    private static final Target GRANTS = new Target("EX_GRANTS", Text.plain("grants"), ParameterUnit.COUNT,
            Comparison.AT_LEAST, new BigDecimal("45"), null, null, null, "p §3", "45件以上", Text.plain(""));
    private static final Target RATE = new Target("EX_RATE", Text.plain("rate"), ParameterUnit.RATIO,
            Comparison.AT_LEAST, new BigDecimal("0.85"), null, null, null, "p §3", "85%以上", Text.plain(""));
    private static final Target DENSITY = new Target("EX_DENSITY", Text.plain("density"), ParameterUnit.NUMBER,
            Comparison.AT_LEAST, null, new Target.Reference("provinceAverage", Text.plain("avg"), new BigDecimal("2")),
            null, null, "p §4", "2倍", Text.plain(""));
    private static final Target PLAN = new Target("EX_PLAN_ISSUED", Text.plain("plan"), ParameterUnit.YES_NO,
            Comparison.EQUAL, BigDecimal.ONE, null, null, null, "p §5", "出台方案", Text.plain(""));
    private static final List<Target> TARGETS = List.of(GRANTS, RATE, DENSITY, PLAN);

    /** A subject's builder as a module writes one. */
    static final class Sheet extends FigureSheet.Builder<Sheet> {
        Sheet checked() {
            return checkedAgainst(TARGETS, "applicant.figures");
        }

        Map<String, Object> build() {
            return FigureSheet.keep(figures());
        }
    }

    @Test
    void keepingCopiesTheFiguresInTheirOrderUnmodifiableWithNullMeaningNotSupplied() {
        assertThat(FigureSheet.keep(null)).isNull();
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("B", 2);
        given.put("A", null);
        given.put("C", "0.3");
        Map<String, Object> kept = FigureSheet.keep(given);
        given.put("D", 4);
        assertThat(kept).containsExactly(Map.entry("B", 2), new java.util.AbstractMap.SimpleEntry<>("A", null),
                Map.entry("C", "0.3"));
        assertThatThrownBy(() -> kept.put("E", 5)).isInstanceOf(UnsupportedOperationException.class);
    }

    /**
     * A whole {@code BigDecimal} from Java is kept as the integer it is (it digests as the JSON integer does, and a
     * count takes it); one the contract's reader marks as written with an exponent ({@code 3e0}) stays a decimal,
     * which a count refuses, and goes on to the rules as a plain {@code BigDecimal} where it is one.
     */
    @Test
    void aWholeDecimalFromJavaIsAnIntegerButOneWrittenWithAnExponentIsNot() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("JAVA", new BigDecimal("52"));
        given.put("JSON", new WholeWithExponent(new BigDecimal("52e0")));
        given.put("RELATIVE", Map.of("actual", new WholeWithExponent(new BigDecimal("5.2e1"))));
        Map<String, Object> kept = FigureSheet.keep(given);
        assertThat(kept.get("JAVA")).isEqualTo(java.math.BigInteger.valueOf(52));
        assertThat(kept.get("JSON")).isInstanceOf(WholeWithExponent.class);
        assertThat(((Map<?, ?>) kept.get("RELATIVE")).get("actual")).isInstanceOf(WholeWithExponent.class);
        List<Target> targets = List.of(target("JAVA", ParameterUnit.COUNT), target("JSON", ParameterUnit.NUMBER));
        Problems p = Problems.root("applicant.figures");
        List<Figure> read = Figures.read(Map.of("JAVA", kept.get("JAVA"), "JSON", kept.get("JSON")), targets, p);
        assertThat(p.list()).isEmpty();
        assertThat(read).extracting(Figure::actual).containsExactly(new BigDecimal("52"), new BigDecimal("52"))
                .allSatisfy(v -> assertThat(v).isExactlyInstanceOf(BigDecimal.class));
        // as a count, the one written with an exponent is refused
        Problems count = Problems.root("applicant.figures");
        Figures.read(Map.of("JSON", kept.get("JSON")), List.of(target("JSON", ParameterUnit.COUNT)), count);
        assertThat(count.list()).extracting(Object::toString)
                .containsExactly("applicant.figures.JSON: must be written as a whole number, without a decimal "
                        + "point or an exponent, not 52E+0");
    }

    private static Target target(String code, ParameterUnit unit) {
        return new Target(code, Text.plain(code), unit, Comparison.AT_LEAST,
                BigDecimal.ONE, null, null, null, "p-1 §1", "words", Text.plain(""));
    }

    /**
     * A figure's own object and lists are copied too: the caller who reuses its map after evaluating (a county's
     * density changed to 1) changes neither the subject nor, through it, the receipt of the result already made.
     */
    @Test
    void keepingCopiesAFiguresObjectAndListsTooUnmodifiable() {
        Map<String, Object> density = new LinkedHashMap<>();
        density.put("actual", "19.2");
        density.put("provinceAverage", "9.6");
        List<Object> list = new java.util.ArrayList<>(List.of("1"));
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("EX_DENSITY", density);
        given.put("EX_LIST", list);
        Map<String, Object> kept = FigureSheet.keep(given);
        density.put("actual", "1");
        list.add("2");
        assertThat(kept.get("EX_DENSITY")).isEqualTo(Map.of("actual", "19.2", "provinceAverage", "9.6"));
        assertThat(kept.get("EX_LIST")).isEqualTo(List.of("1"));
        @SuppressWarnings("unchecked")
        Map<String, Object> keptDensity = (Map<String, Object>) kept.get("EX_DENSITY");
        assertThatThrownBy(() -> keptDensity.put("actual", "2")).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        List<Object> keptList = (List<Object>) kept.get("EX_LIST");
        assertThatThrownBy(() -> keptList.add("3")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aBuilderThatDoesNotCheckKeepsEveryFigureInTheOrderGivenAndChains() {
        Sheet s = new Sheet();
        assertThat(s.figure("NOT_A_TARGET", 52L)).isSameAs(s);
        assertThat(s.figure("EX_RATE", new BigDecimal("0.31"))).isSameAs(s);
        assertThat(s.figure("EX_PLAN_ISSUED", true)).isSameAs(s);
        assertThat(s.figure("EX_TEXT", "1.5")).isSameAs(s);
        assertThat(s.relative("EX_DENSITY", new BigDecimal("20.1"), "provinceAverage", null)).isSameAs(s);
        Map<String, Object> density = new LinkedHashMap<>();
        density.put("actual", new BigDecimal("20.1"));
        density.put("provinceAverage", null);
        assertThat(s.build()).containsExactly(Map.entry("NOT_A_TARGET", 52L),
                Map.entry("EX_RATE", new BigDecimal("0.31")), Map.entry("EX_PLAN_ISSUED", true),
                Map.entry("EX_TEXT", "1.5"), Map.entry("EX_DENSITY", density));
    }

    /**
     * A figure given twice: one of the two values was a mistake, as a field twice in JSON is, and neither builder
     * keeps the last in silence (a map would), the checking one refusing it at its path in both languages.
     */
    @Test
    void aFigureGivenTwiceIsRefusedAndTheFirstKept() {
        Sheet plain = new Sheet().figure("EX_GRANTS", 45L);
        assertThatThrownBy(() -> plain.figure("EX_GRANTS", 50L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("EX_GRANTS is given twice (first 45, then 50): give each figure once");
        assertThat(plain.build()).containsExactly(Map.entry("EX_GRANTS", 45L));
        Sheet checked = new Sheet().checked().figure("EX_RATE", "0.31");
        assertThatThrownBy(() -> checked.figure("EX_RATE", new BigDecimal("0.4")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.problems()).containsExactly(new Problem("applicant.figures.EX_RATE",
                            "is given twice (first 0.31, then 0.4): give each figure once"));
                    assertThat(e.problems().get(0).message(io.iprules.Language.ZH))
                            .isEqualTo("给出了两次(先为 0.31,后为 0.4):每个指标只给一次");
                });
        assertThatThrownBy(() -> checked.relative("EX_RATE", BigDecimal.ONE, "provinceAverage", BigDecimal.ONE))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(checked.build()).containsExactly(Map.entry("EX_RATE", "0.31"));
    }

    @Test
    void aCheckingBuilderTakesFiguresAnEvaluationWouldTake() {
        Sheet s = new Sheet();
        assertThat(s.checked()).isSameAs(s);
        s.figure("EX_GRANTS", 45L).figure("EX_RATE", "1").figure("EX_PLAN_ISSUED", false)
                .relative("EX_DENSITY", new BigDecimal("19.2"), "provinceAverage", new BigDecimal("9.6"));
        assertThat(s.build()).containsOnlyKeys("EX_GRANTS", "EX_RATE", "EX_PLAN_ISSUED", "EX_DENSITY");
        assertThat(s.build().get("EX_PLAN_ISSUED")).isEqualTo(false);
    }

    @Test
    void aCheckingBuilderRefusesAWrongFigureAtOnceAtItsPathAndDoesNotKeepIt() {
        Sheet s = new Sheet().checked();
        assertThatThrownBy(() -> s.figure("EX_RATE", new BigDecimal("1.01")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem("applicant.figures.EX_RATE",
                                "is a rate between 0 and 1 (0.31 is 31%), not 1.01")));
        assertThatThrownBy(() -> s.figure("EX_GRANTS", "15")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> s.figure("EX_GRANTS", -1L)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> s.relative("EX_DENSITY", BigDecimal.ONE, "nationalAverage", BigDecimal.ONE))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("applicant.figures.EX_DENSITY.nationalAverage"));
        assertThat(s.build()).isEmpty();
    }

    @Test
    void aCheckingBuilderRefusesAYesNoAnswerForAnUnknownCodeOrANumericTarget() {
        Sheet s = new Sheet().checked();
        assertThatThrownBy(() -> s.figure("EX_PLAN_ISUED", true))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("applicant.figures.EX_PLAN_ISUED"));
        assertThatThrownBy(() -> s.figure("EX_GRANTS", true))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem("applicant.figures.EX_GRANTS",
                                "must be a number, not true/false")));
        assertThat(s.build()).isEmpty();
    }

    @Test
    void aCheckingBuilderNeedsWhereItsFiguresAre() {
        assertThatThrownBy(() -> new Sheet().checkedAgainst(TARGETS, null)).isInstanceOf(NullPointerException.class);
    }
}
