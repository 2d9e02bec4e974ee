package io.iprules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The result and description types of the API: what they compute (total, summary, comparisons, periods) and the
 * invariants they refuse to break.
 */
class ResultModelTest {
    private static final LocalDate D = LocalDate.of(2013, 12, 31);

    private static Award award(String amount) {
        return new Award("A", "s", Text.plain("s"), D, amount == null ? null : new BigDecimal(amount),
                amount == null ? "P" : null, "p §1", Text.plain("r"));
    }

    private static Indicator indicator(String code, IndicatorStatus status) {
        BigDecimal actual = status == IndicatorStatus.UNKNOWN ? null
                : status == IndicatorStatus.MET ? BigDecimal.TEN : BigDecimal.ONE;
        return new Indicator(code, Text.plain(code), status, ParameterUnit.COUNT, Comparison.AT_LEAST, BigDecimal.TEN,
                ">= 10", actual, BigDecimal.TEN, Indicator.progress(actual, BigDecimal.TEN), null, "p §3", "s", null);
    }

    @Test
    void theTotalIsTheSumOfTheDeterminedAwardsAndTheOthersAreCounted() {
        EvaluationResult r = EvaluationResult.builder("p", D, "x").award(award("200000.00")).award(award(null))
                .award(award("0.50")).award(award(null)).build();
        assertThat(r.total()).isEqualTo(new BigDecimal("200000.50"));
        assertThat(r.undetermined()).isEqualTo(2);
        assertThat(EvaluationResult.builder("p", D, "x").build().total()).isEqualTo(new BigDecimal("0.00"));
    }

    /**
     * An award whose amount is known but whose eligibility waits for an open parameter (a threshold the text leaves to
     * implementing rules) is not money owed: it stays out of the total and is counted in {@code undetermined}, as an
     * award whose amount is open is. 100,000.00 decided + 50,000.00 waiting: total 100,000.00, undetermined 1; its
     * amount stays known ({@code determined()} says only that), and the verdict is the builder's, as before.
     */
    @Test
    void anAwardWhoseEligibilityIsOpenIsNotInTheTotalButCounted() {
        Award decided = award("100000.00");
        Award waiting = new Award("B", "t", Text.plain("t"), D, new BigDecimal("50000.00"), null, "p §2",
                Text.plain("r"), "B.THRESHOLD");
        EvaluationResult r = EvaluationResult.builder("p", D, "x").eligible(true).award(decided).award(waiting)
                .build();
        assertThat(r.total()).isEqualTo(new BigDecimal("100000.00"));
        assertThat(r.undetermined()).isEqualTo(1);
        assertThat(r.eligible()).isTrue();
        assertThat(waiting.determined()).isTrue();
        assertThat(r.toString()).contains("total 100000.00 + 1 undetermined");
        // alone, it leaves nothing owed: 0.00 and one undetermined, the verdict the module set
        EvaluationResult alone = EvaluationResult.builder("p", D, "x").eligible(false).award(waiting).build();
        assertThat(alone.total()).isEqualTo(new BigDecimal("0.00"));
        assertThat(alone.undetermined()).isEqualTo(1);
        assertThat(alone.eligible()).isFalse();
        // a copy with a warning keeps both
        assertThat(r.withWarning(Text.plain("w")).total()).isEqualTo(new BigDecimal("100000.00"));
    }

    @Test
    void theBuilderChainsAndTheResultKeepsEverything() {
        Exclusion x = new Exclusion("A", "s", Text.plain("s"), D, BigDecimal.ONE,
                new ExclusionReason("CAP", "p §7", Text.plain("CAP")), "p §7", "p §1",
                Text.plain("d"));
        Condition c = new Condition("C", "s", true, "1", ">= 1", "p §2", null, null);
        Phase phase = new Phase("ONE", Text.plain("one"), D, null, "p §5", "s", Text.plain(""));
        FiredRule f = new FiredRule("rule", "p §1");
        EvaluationResult r = EvaluationResult.builder("p", D, "x").eligible(true).award(award("1")).exclusion(x)
                .condition(c).indicator(indicator("I", IndicatorStatus.MET)).phase(phase).warning(Text.plain("w"))
                .fired(f).build();
        assertThat(r.eligible()).isTrue();
        assertThat(r.awards()).hasSize(1);
        assertThat(r.excluded()).containsExactly(x);
        assertThat(r.conditions()).containsExactly(c);
        assertThat(r.indicators()).hasSize(1);
        assertThat(r.phase()).contains(phase);
        assertThat(r.warnings()).containsExactly(Text.plain("w"));
        assertThat(r.trace()).containsExactly(f);

        EvaluationResult w = r.withWarning(Text.plain("w2"));
        assertThat(w.warnings()).containsExactly(Text.plain("w"), Text.plain("w2"));
        assertThat(w.eligible()).isTrue();
        assertThat(w.awards()).isEqualTo(r.awards());
        assertThat(w.excluded()).isEqualTo(r.excluded());
        assertThat(w.conditions()).isEqualTo(r.conditions());
        assertThat(w.indicators()).isEqualTo(r.indicators());
        assertThat(w.phase()).isEqualTo(r.phase());
        assertThat(w.trace()).isEqualTo(r.trace());
        assertThat(w.total()).isEqualTo(r.total());
        assertThat(w.policy()).isEqualTo("p");
        assertThat(w.asOf()).isEqualTo(D);
        assertThat(w.subjectName()).isEqualTo("x");
        assertThat(r.warnings()).hasSize(1); // the original is unchanged
        assertThatThrownBy(() -> r.awards().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theIndicatorSummaryCountsEachStatus() {
        IndicatorSummary s = IndicatorSummary.of(List.of(indicator("a", IndicatorStatus.MET),
                indicator("b", IndicatorStatus.NOT_MET), indicator("c", IndicatorStatus.UNKNOWN),
                indicator("d", IndicatorStatus.MET)));
        assertThat(s).isEqualTo(new IndicatorSummary(2, 1, 1));
        assertThat(s.total()).isEqualTo(4);
        assertThat(s.allMet()).isFalse();
    }

    @Test
    void allMetMeansSomethingWasMetAndNothingElse() {
        assertThat(new IndicatorSummary(1, 0, 0).allMet()).isTrue();
        assertThat(new IndicatorSummary(0, 0, 0).allMet()).isFalse();
        assertThat(new IndicatorSummary(3, 1, 0).allMet()).isFalse();
        assertThat(new IndicatorSummary(3, 0, 1).allMet()).isFalse();
        assertThatThrownBy(() -> new IndicatorSummary(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndicatorSummary(0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndicatorSummary(0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new IndicatorSummary(0, 0, 0).total()).isZero();
    }

    @Test
    void comparisonsAreExactAtTheirBoundary() {
        BigDecimal req = new BigDecimal("0.90");
        String[] actuals = {"0.8999", "0.9", "0.9001"};
        boolean[][] expected = {
            {false, true, true},   // AT_LEAST
            {false, false, true},  // MORE_THAN
            {false, true, false},  // EQUAL
            {true, true, false}};  // AT_MOST
        Comparison[] all = Comparison.values();
        for (int c = 0; c < all.length; c++) {
            for (int a = 0; a < actuals.length; a++) {
                assertThat(all[c].holds(new BigDecimal(actuals[a]), req)).as("%s %s %s", actuals[a], all[c], req)
                        .isEqualTo(expected[c][a]);
            }
        }
        assertThat(List.of(all)).extracting(Comparison::symbol).containsExactly(">=", ">", "=", "<=");
    }

    @Test
    void anIndicatorsStatusMustAgreeWithWhatIsKnown() {
        assertThat(indicator("a", IndicatorStatus.MET).met()).isTrue();
        assertThat(indicator("a", IndicatorStatus.NOT_MET).met()).isFalse();
        assertThat(indicator("a", IndicatorStatus.UNKNOWN).met()).isFalse();
        assertThatThrownBy(() -> new Indicator("a", Text.plain("a"), IndicatorStatus.MET, ParameterUnit.COUNT,
                Comparison.AT_LEAST, BigDecimal.TEN, ">= 10", BigDecimal.ONE, null, null, null, "c", "s", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status MET contradicts 1 >= 10");
        assertThatThrownBy(() -> new Indicator("a", Text.plain("a"), IndicatorStatus.NOT_MET, ParameterUnit.COUNT,
                Comparison.AT_LEAST, BigDecimal.TEN, ">= 10", BigDecimal.TEN, null, null, null, "c", "s", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contradicts");
        assertThatThrownBy(() -> new Indicator("a", Text.plain("a"), IndicatorStatus.UNKNOWN, ParameterUnit.COUNT,
                Comparison.AT_LEAST, BigDecimal.TEN, ">= 10", BigDecimal.TEN, null, null, null, "c", "s", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNKNOWN exactly when");
        assertThatThrownBy(() -> new Indicator("a", Text.plain("a"), IndicatorStatus.MET, ParameterUnit.COUNT,
                Comparison.AT_LEAST, null, ">= 2 × k", BigDecimal.TEN, null, null, null, "c", "s", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNKNOWN exactly when");
    }

    /**
     * Growth rates shown to 0.01% can look equal when one is higher (18.92% and 18.92%): a status decided exactly
     * elsewhere may show a tie, never the reverse order; without that exact decision the general check stands.
     */
    @Test
    void aStatusDecidedExactlyMayShowATieButNeverTheReverse() {
        Indicator.DecidedExactly exact = new Indicator.DecidedExactly("120001 × 60000 > 120000 × 60000",
                BigDecimal.ZERO.setScale(2));
        BigDecimal shown = new BigDecimal("0.1892");
        Indicator tie = new Indicator("g", Text.plain("g"), IndicatorStatus.MET, ParameterUnit.RATIO,
                Comparison.MORE_THAN, shown, "> 0.1892", shown, shown, BigDecimal.ONE, null, "c", "s", null, null,
                false, exact);
        assertThat(tie.met()).isTrue();
        assertThat(new Indicator("g", Text.plain("g"), IndicatorStatus.NOT_MET, ParameterUnit.RATIO,
                Comparison.MORE_THAN, shown, "> 0.1892", shown, shown, BigDecimal.ONE, null, "c", "s", null, null,
                false, exact).met()).isFalse();
        assertThatThrownBy(() -> new Indicator("g", Text.plain("g"), IndicatorStatus.MET, ParameterUnit.RATIO,
                Comparison.MORE_THAN, shown, "> 0.1892", new BigDecimal("0.1891"), shown, null, null, "c", "s", null,
                null, false, exact)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contradicts the order of the values shown");
        assertThatThrownBy(() -> new Indicator("g", Text.plain("g"), IndicatorStatus.NOT_MET, ParameterUnit.RATIO,
                Comparison.MORE_THAN, shown, "> 0.1892", new BigDecimal("0.1893"), shown, null, null, "c", "s", null,
                null, false, exact)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contradicts the order of the values shown");
        // without the exact decision, a tie shown as met is refused as before
        assertThatThrownBy(() -> new Indicator("g", Text.plain("g"), IndicatorStatus.MET, ParameterUnit.RATIO,
                Comparison.MORE_THAN, shown, "> 0.1892", shown, shown, BigDecimal.ONE, null, "c", "s", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status MET contradicts");
    }

    /** An indicator whose status {@code status} was decided exactly, showing {@code actual} against 0.1892. */
    private static Indicator decidedExactly(Comparison comparison, IndicatorStatus status, String actual) {
        BigDecimal shown = new BigDecimal("0.1892");
        return new Indicator("g", Text.plain("g"), status, ParameterUnit.RATIO, comparison, shown,
                comparison.symbol() + " 0.1892", new BigDecimal(actual), shown, null, null, "c", "s", null, null, false,
                new Indicator.DecidedExactly("exact", null));
    }

    /**
     * The same for {@code <=} and {@code =}: a tie may be shown either way; the reverse order, or a met {@code =} shown
     * unequal, not.
     */
    @Test
    void atMostAndEqualDecidedExactlyMayShowATieButNeverTheReverse() {
        for (IndicatorStatus status : new IndicatorStatus[] {IndicatorStatus.MET, IndicatorStatus.NOT_MET}) {
            assertThat(decidedExactly(Comparison.AT_MOST, status, "0.1892").status()).isEqualTo(status);
            assertThat(decidedExactly(Comparison.EQUAL, status, "0.1892").status()).isEqualTo(status);
        }
        assertThat(decidedExactly(Comparison.AT_MOST, IndicatorStatus.MET, "0.1891").met()).isTrue();
        assertThat(decidedExactly(Comparison.AT_MOST, IndicatorStatus.NOT_MET, "0.1893").met()).isFalse();
        assertThat(decidedExactly(Comparison.EQUAL, IndicatorStatus.NOT_MET, "0.1893").met()).isFalse();
        assertThatThrownBy(() -> decidedExactly(Comparison.AT_MOST, IndicatorStatus.MET, "0.1893"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("g: status MET, decided by exact, contradicts the order of the values shown, 0.1893 and "
                        + "0.1892");
        assertThatThrownBy(() -> decidedExactly(Comparison.AT_MOST, IndicatorStatus.NOT_MET, "0.1891"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contradicts the order");
        assertThatThrownBy(() -> decidedExactly(Comparison.EQUAL, IndicatorStatus.MET, "0.1891"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contradicts the order");
    }

    @Test
    void progressIsRoundedDownAndUnknownWithoutBothFigures() {
        assertThat(Indicator.progress(new BigDecimal("2"), new BigDecimal("3"))).isEqualTo(new BigDecimal("0.6666"));
        assertThat(Indicator.progress(null, BigDecimal.ONE)).isNull();
        assertThat(Indicator.progress(BigDecimal.ONE, null)).isNull();
        assertThat(Indicator.progress(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
    }

    private static Target target(BigDecimal required, Target.Reference reference, ParameterUnit unit,
                                 BigDecimal basis, BigDecimal maximum) {
        return new Target("T", Text.plain("t"), unit, Comparison.AT_LEAST, required, reference, basis, maximum, "p §3",
                "s", Text.plain(""));
    }

    @Test
    void aTargetIsFixedOrRelativeNeverBothAndItsFiguresAreNotNegative() {
        Target.Reference avg = new Target.Reference("provinceAverage", Text.plain("avg"), new BigDecimal("2"));
        assertThat(target(BigDecimal.TEN, null, ParameterUnit.COUNT, null, null).requiredWith(new BigDecimal("99")))
                .isEqualTo(BigDecimal.TEN);
        Target relative = target(null, avg, ParameterUnit.NUMBER, null, null);
        assertThat(relative.requiredWith(new BigDecimal("9.6"))).isEqualByComparingTo("19.2");
        assertThat(relative.requiredWith(null)).isNull();
        assertThatThrownBy(() -> target(BigDecimal.TEN, avg, ParameterUnit.COUNT, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> target(null, null, ParameterUnit.COUNT, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> target(BigDecimal.TEN, null, ParameterUnit.DATE, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a date");
        for (int i = 0; i < 3; i++) {
            BigDecimal[] v = {BigDecimal.TEN, null, null};
            v[i] = new BigDecimal("-0.01");
            BigDecimal[] w = v;
            assertThatThrownBy(() -> target(w[0], null, ParameterUnit.NUMBER, w[1], w[2]))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not negative: -0.01");
        }
        // zero is a figure a target may have, but progress cannot be measured against it
        assertThat(target(BigDecimal.ZERO, null, ParameterUnit.COUNT, null, BigDecimal.ZERO).required()).isZero();
        assertThatThrownBy(() -> target(BigDecimal.TEN, null, ParameterUnit.COUNT, BigDecimal.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("against 0");
    }

    @Test
    void aReferenceIsAPositiveMultipleOfAFieldBesideTheFigure() {
        assertThatThrownBy(() -> new Target.Reference("k", Text.plain("k"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive, not 0");
        assertThat(new Target.Reference("k", Text.plain("k"), new BigDecimal("0.01")).factor())
                .isEqualByComparingTo("0.01");
        assertThatThrownBy(() -> new Target.Reference("actual", Text.plain("k"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'actual' is the figure itself");
    }

    private static Phase phase(String code, String from, String until) {
        return new Phase(code, Text.plain(code), LocalDate.parse(from), until == null ? null : LocalDate.parse(until),
                "p §5", "s", Text.plain(""));
    }

    private static PolicyDescription policy(LocalDate until, List<Target> targets, List<Phase> phases,
                                            List<SubjectKind> subjects) {
        return new PolicyDescription("p", Text.plain("P"), null, D, LocalDate.of(2013, 1, 1), until, "p §9", "1",
                List.of(), List.of(new ParameterInfo("X", ParameterUnit.YUAN, "p §1", Text.plain("x"), true,
                        List.of())),
                subjects, targets, phases);
    }

    private static final List<SubjectKind> SUBJECTS = List.of(new SubjectKind("applicant", String.class,
            Text.plain("a")),
            new SubjectKind("county", Integer.class, Text.plain("c")));

    /** A batch compares two lines by the first identifying field both give: defined for one or two fields. */
    @Test
    void aSubjectIsIdentifiedByOneOrTwoFields() {
        assertThat(new SubjectKind("applicant", String.class, Text.plain("a"), null).identifiedBy())
                .isEqualTo(SubjectKind.BY_NAME);
        assertThat(new SubjectKind("applicant", String.class, Text.plain("a"), List.of("creditCode", "name"))
                .identifiedBy()).containsExactly("creditCode", "name");
        assertThatThrownBy(() -> new SubjectKind("applicant", String.class, Text.plain("a"), List.of("a", "b", "c")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("subject applicant: identifiedBy names one or two fields (a code, then a name), not 3: "
                        + "[a, b, c]");
        assertThatThrownBy(() -> new SubjectKind("applicant", String.class, Text.plain("a"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 0");
    }

    @Test
    void aPolicyIsInForceFromItsFirstToItsLastDay() {
        PolicyDescription bounded = policy(LocalDate.of(2015, 12, 31), List.of(), List.of(), SUBJECTS);
        assertThat(bounded.inForceOn(LocalDate.of(2012, 12, 31))).isFalse();
        assertThat(bounded.inForceOn(LocalDate.of(2013, 1, 1))).isTrue();
        assertThat(bounded.inForceOn(LocalDate.of(2015, 12, 31))).isTrue();
        assertThat(bounded.inForceOn(LocalDate.of(2016, 1, 1))).isFalse();
        PolicyDescription open = policy(null, List.of(), List.of(), SUBJECTS);
        assertThat(open.inForceOn(LocalDate.of(2099, 1, 1))).isTrue();
        assertThat(open.inForceOn(LocalDate.of(2012, 12, 31))).isFalse();
    }

    @Test
    void aPolicyFindsItsPartsByName() {
        Target t = target(BigDecimal.TEN, null, ParameterUnit.COUNT, null, null);
        Phase one = phase("ONE", "2013-01-01", "2013-12-31");
        Phase two = phase("TWO", "2014-01-01", null);
        PolicyDescription d = policy(null, List.of(t), List.of(one, two), SUBJECTS);
        assertThat(d.target("T")).contains(t);
        assertThat(d.target("U")).isEmpty();
        assertThat(d.phase("TWO")).contains(two);
        assertThat(d.phase("THREE")).isEmpty();
        assertThat(d.parameter("X")).isPresent();
        assertThat(d.parameter("Y")).isEmpty();
        assertThat(d.subject("county").map(SubjectKind::type)).contains(Integer.class);
        assertThat(d.subject("city")).isEmpty();
        PolicyDescription w = d.withParameters(List.of());
        assertThat(w.parameters()).isEmpty();
        assertThat(w.targets()).isEqualTo(d.targets());
        assertThat(w.phases()).isEqualTo(d.phases());
        assertThat(w.subjects()).isEqualTo(d.subjects());
        assertThat(w.inForceCitation()).isEqualTo("p §9");
    }

    @Test
    void aPolicyFindsItsReadingsByIdAndRefusesOneWrittenTwice() {
        Reading one = new Reading("recognition-one-matter", "p §3(2)", Text.bilingual("一事", "one matter"));
        Reading two = new Reading("cap-2", "p §4", Text.plain("x"));
        PolicyDescription d = new PolicyDescription("p", Text.plain("P"), null, D, D, null, "p §9", "1", List.of(),
                List.of(), SUBJECTS, List.of(), List.of(), List.of(), List.of(one, two));
        assertThat(d.reading("cap-2")).contains(two);
        assertThat(d.reading("cap-3")).isEmpty();
        assertThatThrownBy(() -> new PolicyDescription("p", Text.plain("P"), null, D, D, null, "p §9", "1", List.of(),
                List.of(), SUBJECTS, List.of(), List.of(), List.of(),
                List.of(one, new Reading("recognition-one-matter", "p §5", Text.plain("y")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p: reading recognition-one-matter is written twice");
        assertThatThrownBy(() -> new Reading("Cap", "p §4", Text.plain("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a reading id is lower case, digits and hyphens: Cap");
        assertThatThrownBy(() -> new Reading("-cap", "p §4", Text.plain("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPolicyRefusesPartsThatContradictEachOther() {
        Target t = target(BigDecimal.TEN, null, ParameterUnit.COUNT, null, null);
        assertThatThrownBy(() -> policy(null, List.of(t, t), List.of(), SUBJECTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("p: target T is defined twice");
        assertThatThrownBy(() -> policy(null, List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one kind of request");
        assertThatThrownBy(() -> policy(null, List.of(), List.of(phase("ONE", "2013-01-01", null),
                phase("TWO", "2014-01-01", null)), SUBJECTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p: phase TWO must start the day after ONE ends (null), not 2014-01-01");
        assertThatThrownBy(() -> policy(null, List.of(), List.of(phase("ONE", "2013-01-01", "2013-12-31"),
                phase("TWO", "2013-12-31", null)), SUBJECTS)).isInstanceOf(IllegalArgumentException.class);
        // a single phase, and three in a row, are fine
        assertThat(policy(null, List.of(), List.of(phase("ONE", "2013-01-01", "2013-06-30"),
                phase("TWO", "2013-07-01", "2013-12-31"), phase("THREE", "2014-01-01", null)), SUBJECTS).phases())
                .hasSize(3);
    }

    @Test
    void aPhaseCoversItsFirstAndLastDay() {
        Phase p = phase("ONE", "2022-08-01", "2022-10-17");
        assertThat(p.covers(LocalDate.of(2022, 7, 31))).isFalse();
        assertThat(p.covers(LocalDate.of(2022, 8, 1))).isTrue();
        assertThat(p.covers(LocalDate.of(2022, 10, 17))).isTrue();
        assertThat(p.covers(LocalDate.of(2022, 10, 18))).isFalse();
        assertThat(phase("LAST", "2025-08-01", null).covers(LocalDate.of(2099, 1, 1))).isTrue();
        assertThat(phase("DAY", "2022-08-01", "2022-08-01").covers(LocalDate.of(2022, 8, 1))).isTrue();
        assertThatThrownBy(() -> phase("BAD", "2022-08-01", "2022-07-31")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAwardHasAnAmountOrWaitsForAParameter() {
        assertThat(award("1").determined()).isTrue();
        assertThat(award("1").amountIfDetermined()).contains(BigDecimal.ONE);
        assertThat(award(null).determined()).isFalse();
        assertThat(award(null).amountIfDetermined()).isEmpty();
        assertThatThrownBy(() -> new Award("A", "s", Text.plain("s"), D, BigDecimal.ONE, "P", "c", Text.plain("r")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Award("A", "s", Text.plain("s"), D, null, null, "c", Text.plain("r")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAmountNotKnownHasNoBasisOnAnAwardOrAnExclusion() {
        AmountBasis set = new AmountBasis("P", D, "900", "implementing rule");
        assertThatThrownBy(() -> new Award("A", "s", Text.plain("s"), D, null, "P", "c", Text.plain("r"), null, set))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A: an amount still awaited has no basis yet");
        ExclusionReason paid = new ExclusionReason("ALREADY_PAID", "p §7", Text.plain("paid"));
        assertThatThrownBy(() -> new Exclusion("A", "s", Text.plain("s"), D, null, paid, "p §7", "p §1",
                Text.plain("d"), set)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A: an amount not known has no basis");
        assertThat(new Exclusion("A", "s", Text.plain("s"), D, new BigDecimal("900"), paid, "p §7", "p §1",
                Text.plain("d"), set).amountBasis()).isEqualTo(set);
        assertThat(new Exclusion("A", "s", Text.plain("s"), D, new BigDecimal("900"), paid, "p §7", "p §1",
                Text.plain("d")).amountBasis()).as("the constructor of 0.1.0").isNull();
    }

    @Test
    void languagesAreReadFromTheirTag() {
        assertThat(Language.parse("zh")).isEqualTo(Language.ZH);
        assertThat(Language.parse(" EN ")).isEqualTo(Language.EN);
        assertThatThrownBy(() -> Language.parse("fr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown language 'fr': use zh or en");
        assertThatThrownBy(() -> Language.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Language.ZH.tag()).isEqualTo("zh");
        assertThat(Language.EN.tag()).isEqualTo("en");
    }

    @Test
    void aRequestAlwaysHasItsDate() {
        EvaluationRequest r = EvaluationRequest.of("p", D, "s");
        assertThat(r.subjectKey()).isNull();
        assertThat(r.policy()).isEqualTo("p");
        assertThat(r.subject()).isEqualTo("s");
        assertThatThrownBy(() -> EvaluationRequest.of("p", null, "s")).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("always explicit");
    }

    @Test
    void aParameterDefinitionGivesTheValueOnADate() {
        ParameterInfo p = new ParameterInfo("X", ParameterUnit.YUAN, "p §1", Text.plain("x"), false, List.of(
                new ParameterValue(LocalDate.of(2013, 1, 1), "1", "a"),
                new ParameterValue(LocalDate.of(2014, 1, 1), "2", "b")));
        assertThat(p.valueOn(LocalDate.of(2012, 12, 31))).isEmpty();
        assertThat(p.valueOn(LocalDate.of(2013, 1, 1)).map(ParameterValue::value)).contains("1");
        assertThat(p.valueOn(LocalDate.of(2014, 1, 1)).map(ParameterValue::value)).contains("2");
        assertThatThrownBy(() -> p.withValues(List.of(new ParameterValue(LocalDate.of(2013, 1, 1), "1", "a"),
                new ParameterValue(LocalDate.of(2013, 1, 1), "2", "b")))).isInstanceOf(IllegalArgumentException.class);
    }
}
