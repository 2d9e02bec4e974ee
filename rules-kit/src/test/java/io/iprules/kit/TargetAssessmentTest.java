package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.iprules.Comparison;
import io.iprules.EvaluationResult;
import io.iprules.Indicator;
import io.iprules.IndicatorStatus;
import io.iprules.Language;
import io.iprules.ParameterUnit;
import io.iprules.Phase;
import io.iprules.PolicyDescription;
import io.iprules.Problem;
import io.iprules.SubjectKind;
import io.iprules.Target;
import io.iprules.Text;
import io.iprules.spi.Evaluation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Targets as data, figures checked against them, and indicators assessed exactly: the general capability. */
class TargetAssessmentTest {
    private static final LocalDate D = LocalDate.of(2025, 7, 31);
    private static final String CLAUSE = "p-1 §3";

    private static Target fixed(String code, ParameterUnit unit, Comparison c, String required) {
        return new Target(code, Text.plain(code), unit, c, new BigDecimal(required), null, null, null, CLAUSE,
                "words", Text.plain(""));
    }

    private static final Target COUNT = fixed("T_COUNT", ParameterUnit.COUNT, Comparison.AT_LEAST, "45");
    private static final Target STRICT = fixed("T_STRICT", ParameterUnit.RATIO, Comparison.MORE_THAN, "0.90");
    private static final Target ABOUT = new Target("T_ABOUT", Text.plain("about 20"), ParameterUnit.COUNT,
            Comparison.AT_LEAST, new BigDecimal("18"), null, new BigDecimal("20"), null, CLAUSE, "20人左右",
            Text.plain(""));
    private static final Target RELATIVE = new Target("T_REL", Text.plain("density"), ParameterUnit.NUMBER,
            Comparison.AT_LEAST, null, new Target.Reference("provinceAverage", Text.plain("avg"), new BigDecimal("2")),
            null, null, CLAUSE, "2倍", Text.plain(""));
    private static final Target CAPPED = new Target("T_CAP", Text.plain("stations"), ParameterUnit.COUNT,
            Comparison.AT_LEAST, new BigDecimal("9"), null, null, new BigDecimal("9"), CLAUSE, "各街道", Text.plain(""));
    private static final List<Target> TARGETS = List.of(COUNT, STRICT, ABOUT, RELATIVE, CAPPED);

    private static Decision decision(List<Target> targets) {
        PolicyDescription p = new PolicyDescription("p-1", Text.plain("P"), null, D, D, null, "p-1 §9", "1",
                List.of(), List.of(), List.of(new SubjectKind("applicant", String.class, Text.plain("a"))), targets,
                List.of());
        Evaluation e = mock(Evaluation.class);
        when(e.policy()).thenReturn(p);
        when(e.asOf()).thenReturn(D);
        Decision d = Decision.start(e, MessageCatalog.kit());
        d.ruleStarted("rule", CLAUSE);
        return d;
    }

    private static Indicator assess(Target t, String actual, String reference) {
        return decision(TARGETS).assess(t, new Figure(t.code(), actual == null ? null : new BigDecimal(actual),
                reference == null ? null : new BigDecimal(reference)));
    }

    @Test
    void atLeastAtItsBoundary() {
        assertThat(assess(COUNT, "45", null).status()).isEqualTo(IndicatorStatus.MET);
        Indicator below = assess(COUNT, "44", null);
        assertThat(below.status()).isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(below.progress()).isEqualTo(new BigDecimal("0.9777")); // 44/45 = 0.97777…, rounded down
        assertThat(below.requiredText()).isEqualTo(">= 45");
        assertThat(assess(COUNT, "52", null).progress()).isEqualTo(new BigDecimal("1.1555")); // not capped at 1
    }

    @Test
    void strictlyMoreThanIsNotMetAtExactlyTheFigureThoughProgressIsFull() {
        Indicator exactly = assess(STRICT, "0.90", null);
        assertThat(exactly.status()).isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(exactly.progress()).isEqualTo(new BigDecimal("1.0000"));
        assertThat(exactly.requiredText()).isEqualTo("> 0.90");
        assertThat(assess(STRICT, "0.9001", null).status()).isEqualTo(IndicatorStatus.MET);
    }

    @Test
    void anAboutTargetDecidesOnOneValueAndMeasuresProgressAgainstAnother() {
        Indicator eighteen = assess(ABOUT, "18", null);
        assertThat(eighteen.status()).isEqualTo(IndicatorStatus.MET);
        assertThat(eighteen.progress()).isEqualTo(new BigDecimal("0.9000"));
        assertThat(eighteen.progressBasis()).isEqualByComparingTo("20");
        assertThat(assess(ABOUT, "17", null).status()).isEqualTo(IndicatorStatus.NOT_MET);
    }

    @Test
    void aRelativeTargetIsTheFactorTimesTheReferenceSupplied() {
        Indicator exactly = assess(RELATIVE, "19.2", "9.6");
        assertThat(exactly.status()).isEqualTo(IndicatorStatus.MET);
        assertThat(exactly.required()).isEqualTo(new BigDecimal("19.2"));
        assertThat(exactly.requiredText()).isEqualTo(">= 2 × 9.6 = 19.2");
        assertThat(exactly.progress()).isEqualTo(new BigDecimal("1.0000"));
        assertThat(exactly.reference().value()).isEqualTo(new BigDecimal("9.6"));
        assertThat(assess(RELATIVE, "19.19", "9.6").status()).isEqualTo(IndicatorStatus.NOT_MET);
        Indicator noAverage = assess(RELATIVE, "20.1", null);
        assertThat(noAverage.status()).isEqualTo(IndicatorStatus.UNKNOWN);
        assertThat(noAverage.actual()).isEqualByComparingTo("20.1");
        assertThat(noAverage.required()).isNull();
        assertThat(noAverage.requiredText()).isEqualTo(">= 2 × provinceAverage");
        assertThat(noAverage.detail().in(Language.EN)).contains("avg is not supplied");
    }

    @Test
    void aMissingFigureIsUnknownAndSaysSo() {
        Indicator i = assess(COUNT, null, null);
        assertThat(i.status()).isEqualTo(IndicatorStatus.UNKNOWN);
        assertThat(i.progress()).isNull();
        assertThat(i.detail().in(Language.EN)).isEqualTo("no figure supplied");
    }

    @Test
    void aRuleAssessesOnlyTheTargetsOfTheClauseItCites() {
        Decision d = decision(TARGETS);
        d.ruleStarted("other", "p-1 §4");
        assertThatThrownBy(() -> d.assess(COUNT, new Figure("T_COUNT", BigDecimal.ONE, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cites p-1 §4 but assesses T_COUNT");
    }

    @Test
    void theResultListsIndicatorsInTheTargetsOrderAndCountsThem() {
        Decision d = decision(TARGETS);
        d.assess(STRICT, new Figure("T_STRICT", new BigDecimal("0.90"), null));
        d.assess(ABOUT, new Figure("T_ABOUT", null, null));
        d.assess(COUNT, new Figure("T_COUNT", new BigDecimal("45"), null));
        EvaluationResult r = d.result("x").build();
        assertThat(r.indicators()).extracting(Indicator::code).containsExactly("T_COUNT", "T_STRICT", "T_ABOUT");
        assertThat(r.indicatorSummary().met()).isEqualTo(1);
        assertThat(r.indicatorSummary().notMet()).isEqualTo(1);
        assertThat(r.indicatorSummary().unknown()).isEqualTo(1);
        assertThat(r.indicatorSummary().total()).isEqualTo(3);
        assertThat(r.indicatorSummary().allMet()).isFalse();
    }

    private static List<Problem> problems(Map<String, ?> raw) {
        Problems p = Problems.root("applicant");
        Figures.read(raw, TARGETS, p.at("figures"));
        return p.list();
    }

    @Test
    void figuresAreCheckedAgainstTheTargets() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("T_TYPO", 1);
        raw.put("T_COUNT", -1);
        raw.put("T_STRICT", new BigDecimal("90"));
        raw.put("T_ABOUT", new BigDecimal("18.5"));
        raw.put("T_REL", new BigDecimal("19.2"));
        raw.put("T_CAP", 10);
        assertThat(problems(raw)).extracting(Problem::toString).containsExactly(
                "applicant.figures.T_TYPO: unknown indicator code; expected T_COUNT, T_STRICT, T_ABOUT, T_REL or T_CAP",
                "applicant.figures.T_COUNT: must not be negative, but is -1",
                "applicant.figures.T_STRICT: is a rate between 0 and 1 (0.31 is 31%), not 90",
                "applicant.figures.T_ABOUT: must be written as a whole number, without a decimal point or an "
                        + "exponent, not 18.5",
                "applicant.figures.T_REL: must be an object { \"actual\": …, \"provinceAverage\": … }: the target is 2 "
                + "× provinceAverage",
                "applicant.figures.T_CAP: must be at most 9, not 10");
        assertThat(problems(raw).get(0).message(io.iprules.Language.ZH))
                .isEqualTo("未知指标代码;可用的指标代码:T_COUNT、T_STRICT、T_ABOUT、T_REL 或 T_CAP");
    }

    /** A Java caller's map may hold a null code: said as such at the figures, not as element -1 of a list. */
    @Test
    void aFigureUnderANullCodeIsNamedAsSuch() {
        Map<String, Object> raw = new java.util.HashMap<>();
        raw.put(null, 1);
        raw.put("T_COUNT", 3);
        assertThat(problems(raw)).extracting(Problem::toString).containsExactly(
                "applicant.figures: holds a figure under a null indicator code; expected "
                        + "T_COUNT, T_STRICT, T_ABOUT, T_REL or T_CAP");
        assertThat(problems(raw)).extracting(x -> x.message(io.iprules.Language.ZH)).containsExactly(
                "有一项数值的指标代码为空值(null);可用的指标代码:T_COUNT、T_STRICT、T_ABOUT、T_REL 或 T_CAP");
    }

    /**
     * A Java caller's map may hold a key that is not a text behind its generic type (2024 as an Integer, read from
     * YAML or CSV): refused as such, where a ClassCastException had failed every request of the chunk with it.
     */
    @Test
    void aFigureUnderAKeyThatIsNotATextIsRefusedAsSuch() {
        Map<Object, Object> given = new java.util.LinkedHashMap<>();
        given.put("T_COUNT", 3);
        given.put(2024, 52);
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = (Map<String, Object>) (Map<?, ?>) given;
        assertThat(problems(raw)).extracting(Problem::toString).containsExactly(
                "applicant.figures: holds a figure under 2024 (type Integer), which is not an indicator code; expected "
                        + "T_COUNT, T_STRICT, T_ABOUT, T_REL or T_CAP");
        assertThat(problems(raw)).extracting(x -> x.message(io.iprules.Language.ZH)).containsExactly(
                "有一项数值的指标代码不是文本:2024(Integer);可用的指标代码:T_COUNT、T_STRICT、T_ABOUT、T_REL 或 T_CAP");
    }

    @Test
    void relativeFiguresAndTypes() {
        Map<String, Object> rel = new LinkedHashMap<>();
        rel.put("actual", "19.2");
        rel.put("provinceAverage", "0");
        rel.put("province", "9.6");
        assertThat(problems(Map.of("T_REL", rel))).extracting(Problem::toString).containsExactly(
                "applicant.figures.T_REL.province: unknown field; expected actual or provinceAverage",
                "applicant.figures.T_REL.provinceAverage: must be greater than 0: the target is 2 × it");
        assertThat(problems(Map.of("T_REL", Map.of()))).extracting(Problem::path)
                .containsExactly("applicant.figures.T_REL");
        assertThat(problems(Map.of("T_COUNT", "45"))).extracting(Problem::message)
                .containsExactly("must be a whole number, not a string ('45')");
        assertThat(problems(Map.of("T_STRICT", 0.95d))).extracting(Problem::message).first().asString()
                .contains("must be exact");
        assertThat(problems(Map.of("T_STRICT", "abc"))).extracting(Problem::message)
                .containsExactly("must be a decimal number, not 'abc'");
        // 0 to BigDecimal, but written with the sign the schemas' patterns refuse
        assertThat(problems(Map.of("T_STRICT", "-0"))).extracting(Problem::message)
                .containsExactly("is written with a minus sign ('-0'): a figure here is never negative; write it "
                        + "without the sign");
        assertThat(problems(Map.of("T_STRICT", "-0.0"))).extracting(Problem::message)
                .containsExactly("is written with a minus sign ('-0.0'): a figure here is never negative; write it "
                        + "without the sign");
        assertThat(problems(Map.of("T_STRICT", "00.95"))).as("leading zeros, as the schemas take them").isEmpty();
        assertThat(problems(Map.of("T_COUNT", Map.of("actual", 1)))).extracting(Problem::message).first().asString()
                .contains("must be a number, not an object");
        assertThat(problems(Map.of("T_COUNT", true))).extracting(Problem::message)
                .containsExactly("must be a number, not true/false");
    }

    @Test
    void goodFiguresComeBackOnePerTargetInOrder() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("T_STRICT", "0.9001");
        raw.put("T_COUNT", BigInteger.valueOf(45));
        raw.put("T_ABOUT", null);
        raw.put("T_REL", Map.of("actual", 20));
        Problems p = Problems.root("applicant");
        List<Figure> figures = Figures.read(raw, TARGETS, p.at("figures"));
        assertThat(p.isEmpty()).isTrue();
        assertThat(figures).extracting(Figure::code).containsExactly("T_COUNT", "T_STRICT", "T_ABOUT", "T_REL",
                "T_CAP");
        assertThat(figures.get(0).actual()).isEqualByComparingTo("45");
        assertThat(figures.get(1).actual()).isEqualTo(new BigDecimal("0.9001"));
        assertThat(figures.get(2).actual()).isNull();
        assertThat(figures.get(3).reference()).isNull();
        assertThat(figures.get(4).actual()).isNull();
    }

    @Test
    void targetsAndPhasesAreCheckedWhenDescribed() {
        assertThatThrownBy(() -> new Target("X", Text.plain("x"), ParameterUnit.COUNT, Comparison.AT_LEAST,
                BigDecimal.ONE, new Target.Reference("k", Text.plain("k"), BigDecimal.ONE), null, null, "c", "s",
                Text.plain(""))).hasMessageContaining("exactly one");
        Phase a = new Phase("A", Text.plain("a"), LocalDate.of(2022, 8, 1), LocalDate.of(2022, 10, 17), "c", "s",
                Text.plain(""));
        Phase gap = new Phase("B", Text.plain("b"), LocalDate.of(2022, 10, 19), null, "c", "s", Text.plain(""));
        assertThatThrownBy(() -> new PolicyDescription("p", Text.plain("p"), null, D, D, null, "c", "1", List.of(),
                List.of(), List.of(new SubjectKind("applicant", String.class, Text.plain("a"))), List.of(),
                List.of(a, gap))).hasMessageContaining("must start the day after A ends (2022-10-17)");
        assertThat(a.covers(LocalDate.of(2022, 8, 1))).isTrue();
        assertThat(a.covers(LocalDate.of(2022, 10, 17))).isTrue();
        assertThat(a.covers(LocalDate.of(2022, 10, 18))).isFalse();
        assertThat(a.covers(LocalDate.of(2022, 7, 31))).isFalse();
    }
}
