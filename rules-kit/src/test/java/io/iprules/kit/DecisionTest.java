package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.iprules.Award;
import io.iprules.Comparison;
import io.iprules.Condition;
import io.iprules.DeadlineStatus;
import io.iprules.EvaluationResult;
import io.iprules.Exclusion;
import io.iprules.ExclusionReason;
import io.iprules.FiredRule;
import io.iprules.Language;
import io.iprules.ParameterInfo;
import io.iprules.ParameterUnit;
import io.iprules.ParameterValue;
import io.iprules.Phase;
import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.ProvisionStatus;
import io.iprules.SubjectKind;
import io.iprules.Target;
import io.iprules.Text;
import io.iprules.spi.Evaluation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The working record of an evaluation, driven as the engine drives it ({@code ruleStarted} / {@code ruleFinished})
 * but without rules: citations, the result's order, maximum limits, and what it refuses.
 */
class DecisionTest {
    private static final LocalDate IN_FORCE = LocalDate.of(2012, 11, 5);
    private static final LocalDate AS_OF = LocalDate.of(2013, 12, 31);
    private static final String GRANT = "p-1 §6(1)";
    private static final String LIMIT = "p-1 §7(1)";

    /** Codes in the policy's order: A_FIRST, then B_SECOND, then C_THIRD (a code not listed sorts last). */
    private static final List<Provision> PROVISIONS = List.of(
            new Provision(GRANT, Text.plain("grants"), List.of("A_FIRST", "B_SECOND"), ProvisionStatus.IMPLEMENTED,
                    Text.plain("")),
            new Provision(LIMIT, Text.plain("limit"), List.of("C_THIRD"), ProvisionStatus.IMPLEMENTED, Text.plain("")));

    private static final Target T1 = target("T_ONE");
    private static final Target T2 = target("T_TWO");

    private static Target target(String code) {
        return new Target(code, Text.plain(code), ParameterUnit.COUNT, Comparison.AT_LEAST, BigDecimal.TEN, null, null,
                null, GRANT, "words", Text.plain(""));
    }

    /** 5,000 yuan from the day in force, 8,000 from 2014; a rate left open. */
    private static final List<ParameterInfo> PARAMETERS = List.of(
            new ParameterInfo("AMOUNT", ParameterUnit.YUAN, GRANT, Text.plain("amount"), false, List.of(
                    new ParameterValue(IN_FORCE, "5000", "text"),
                    new ParameterValue(LocalDate.of(2014, 1, 1), "8000", "rule"))),
            new ParameterInfo("RATE", ParameterUnit.RATIO, GRANT, Text.plain("rate"), true, List.of()));

    private static PolicyDescription policy() {
        return new PolicyDescription("p-1", Text.plain("P"), null, IN_FORCE, IN_FORCE, null, "p-1 §7(3)", "1",
                PROVISIONS, PARAMETERS, List.of(new SubjectKind("applicant", String.class, Text.plain("a"))),
                List.of(T1, T2), List.of(), REASONS, List.of());
    }

    private static final List<ExclusionReason> REASONS = List.of(
            new ExclusionReason("NON_DUPLICATION", LIMIT, Text.bilingual("不重复", "not twice")),
            new ExclusionReason("ALREADY_PAID", LIMIT, Text.bilingual("已补", "paid")),
            new ExclusionReason("CAP", LIMIT, Text.bilingual("限额", "cap")),
            new ExclusionReason("NOT_ELIGIBLE", GRANT, Text.bilingual("不符合条件", "not eligible")));

    private static ExclusionReason r(String code) {
        return policy().exclusionReason(code).orElseThrow();
    }

    private static Decision decision() {
        return decision(policy(), AS_OF);
    }

    private static Decision decision(PolicyDescription p, LocalDate asOf) {
        Evaluation e = mock(Evaluation.class);
        when(e.policy()).thenReturn(p);
        when(e.asOf()).thenReturn(asOf);
        return Decision.start(e, MessageCatalog.kit());
    }

    private static Candidate propose(Decision d, String code, String subjectId, LocalDate date, String amount) {
        return d.propose(code, code + "/" + subjectId, subjectId, Text.plain(subjectId), date,
                amount == null ? Amount.undetermined("AMOUNT") : Amount.yuan(amount), 0, Text.plain("why"));
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2013, month, dayOfMonth);
    }

    @Test
    void itKnowsTheKindsOfFactItsSubjectBroughtNotTheirSupertypesNorWhatWasNotBrought() {
        Decision d = decision();
        assertThat(d.brought(String.class)).as("before the session: nothing brought").isFalse();
        d.bringing(List.of("a patent", 3, "another patent"));
        assertThat(d.brought(String.class)).isTrue();
        assertThat(d.brought(Integer.class)).isTrue();
        assertThat(d.brought(Number.class)).as("exactly the type, as the rules name it").isFalse();
        assertThat(d.brought(LocalDate.class)).isFalse();
    }

    @Test
    void aSecondCandidateForAMatterIsContestedAndNamesTheFirstOnceWhichARuleThenMarks() {
        Decision d = decision();
        d.ruleStarted("r", GRANT);
        Candidate first = propose(d, "A_FIRST", "a", day(1, 1), "1");
        Candidate alone = propose(d, "B_SECOND", "a", day(1, 1), "1");
        assertThat(first.isContested()).as("alone so far").isFalse();
        Candidate second = propose(d, "A_FIRST", "a", day(2, 1), "2");
        Candidate third = propose(d, "A_FIRST", "a", day(3, 1), "3");
        d.ruleFinished();
        assertThat(second.isContested()).isTrue();
        assertThat(third.isContested()).isTrue();
        assertThat(second.getPutInContest()).as("the first was inserted alone: the second names it").isSameAs(first);
        assertThat(third.getPutInContest()).as("named once, so marked once").isNull();
        assertThat(first.isContested()).as("marked by the rule that modifies it, not behind the engine's back")
                .isFalse();
        assertThat(alone.isContested()).isFalse();
        assertThat(alone.getPutInContest()).isNull();
        assertThat(first.getPutInContest()).isNull();
    }

    @Test
    void readsTheContextOfTheEvaluation() {
        Decision d = decision();
        assertThat(d.getAsOf()).isEqualTo(AS_OF);
        assertThat(d.getInForce()).isEqualTo(IN_FORCE);
        assertThat(d.getInForceCitation()).isEqualTo("p-1 §7(3)");
        assertThat(d.getParameters().info("AMOUNT").name()).isEqualTo("AMOUNT");
        assertThat(d.text("indicator.no-figure").in(Language.EN)).isEqualTo("no figure supplied");
    }

    @Test
    void aParameterIsReadOnTheDateOfTheFactAndNeverBeforeThePolicyTookForce() {
        Decision d = decision();
        assertThat(d.amount("AMOUNT", LocalDate.of(2013, 12, 31)).value()).isEqualByComparingTo("5000");
        assertThat(d.amount("AMOUNT", LocalDate.of(2014, 1, 1)).value()).isEqualByComparingTo("8000");
        // a fact dated before the policy took force reads the first value (so an excluded item shows its worth)
        assertThat(d.amount("AMOUNT", LocalDate.of(2012, 11, 4)).value()).isEqualByComparingTo("5000");
        assertThat(d.parameter("AMOUNT", LocalDate.of(2000, 1, 1))).isEqualByComparingTo("5000");
        assertThat(d.parameter("AMOUNT", IN_FORCE)).isEqualByComparingTo("5000");
        assertThat(d.parameter("RATE", AS_OF)).isNull();
        assertThat(d.amount("RATE", AS_OF).waitingFor()).isEqualTo("RATE");
    }

    @Test
    void everyEntryCitesTheRuleThatWasFiringAndTheTraceListsTheRules() {
        Decision d = decision();
        d.ruleStarted("grant rule", GRANT);
        Candidate c = propose(d, "A_FIRST", "x", day(3, 1), "100");
        d.condition("COND", "city", true, "3", ">= 1", Text.plain("detail"), null);
        d.warn("indicator.no-figure");
        d.ruleFinished();
        d.ruleStarted("limit rule", LIMIT);
        ExclusionNote note = d.exclusion("NON_DUPLICATION", Text.plain("held"));
        ExclusionNote keyed = d.exclusion("CAP", "indicator.no-figure");
        d.ruleFinished();

        assertThat(c.getCitation()).isEqualTo(GRANT);
        assertThat(note).isEqualTo(new ExclusionNote(r("NON_DUPLICATION"), LIMIT, Text.plain("held")));
        assertThat(keyed.citation()).isEqualTo(LIMIT);
        assertThat(keyed.detail()).isEqualTo(MessageCatalog.kit().text("indicator.no-figure"));
        assertThat(d.conditions()).containsExactly(new Condition("COND", "city", true, "3", ">= 1", GRANT,
                Text.plain("detail"), null));

        EvaluationResult r = d.result("Co").eligible(true).build();
        assertThat(r.trace()).containsExactly(new FiredRule("grant rule", GRANT), new FiredRule("limit rule", LIMIT));
        assertThat(r.warnings()).containsExactly(MessageCatalog.kit().text("indicator.no-figure"));
        assertThat(r.conditions()).hasSize(1);
        assertThat(r.subjectName()).isEqualTo("Co");
        assertThat(r.policy()).isEqualTo("p-1");
        assertThat(r.asOf()).isEqualTo(AS_OF);
    }

    @Test
    void deadlinesAreListedInThePolicysOrderOfCodesThenStartThenSubjectAndOneIsListedAsItIs() {
        Decision d = decision();
        d.ruleStarted("deadline rule", GRANT);
        // recorded out of order: an unlisted code, then B_SECOND before A_FIRST, starts and subjects mixed
        d.deadline("Z_UNLISTED", "z", DeadlineStatus.PENDING, day(1, 1), null, null, null, null, null, List.of(), null);
        d.deadline("B_SECOND", "b", DeadlineStatus.PENDING, day(2, 1), null, null, null, null, null, List.of(), null);
        d.deadline("A_FIRST", "y", DeadlineStatus.PENDING, day(3, 1), null, null, null, null, null, List.of(), null);
        d.deadline("A_FIRST", "x", DeadlineStatus.PENDING, day(3, 1), null, null, null, null, null, List.of(), null);
        d.deadline("A_FIRST", "w", DeadlineStatus.PENDING, null, null, null, null, null, null, List.of(), null);
        d.deadline("A_FIRST", "v", DeadlineStatus.PENDING, day(2, 1), null, null, null, null, null, List.of(), null);
        d.ruleFinished();
        assertThat(d.result("Co").eligible(false).build().deadlines())
                .extracting(t -> t.code() + " " + t.start() + " " + t.subject())
                .containsExactly("A_FIRST 2013-02-01 v", "A_FIRST 2013-03-01 x", "A_FIRST 2013-03-01 y",
                        "A_FIRST null w", "B_SECOND 2013-02-01 b", "Z_UNLISTED 2013-01-01 z");

        Decision one = decision();
        one.ruleStarted("deadline rule", GRANT);
        one.deadline("Z_UNLISTED", "z", DeadlineStatus.PENDING, null, null, null, null, null, null, List.of(), null);
        one.ruleFinished();
        assertThat(one.result("Co").eligible(false).build().deadlines()).extracting(io.iprules.Deadline::subject)
                .containsExactly("z");
    }

    @Test
    void aConditionIsMetWhenOneRecordedUnderItsCodeIsMet() {
        Decision d = decision();
        d.ruleStarted("condition rule", GRANT);
        d.condition("COND", "park 1", false, "0", ">= 1", Text.plain("not met"), null);
        assertThat(d.conditionMet("COND")).isFalse();
        d.condition("OTHER", "city", true, "1", ">= 1", Text.plain("met"), null);
        assertThat(d.conditionMet("COND")).isFalse();
        assertThat(d.conditionMet("OTHER")).isTrue();
        d.condition("COND", "park 2", true, "2", ">= 1", Text.plain("met"), null);
        d.ruleFinished();
        assertThat(d.conditionMet("COND")).isTrue();
        assertThat(d.conditionMet("MISSING")).isFalse();
    }

    @Test
    void nothingIsDecidedOutsideARuleNorByARuleWithoutCitation() {
        Decision d = decision();
        assertThatThrownBy(() -> propose(d, "A_FIRST", "x", day(1, 1), "1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("from a rule consequence");
        d.ruleStarted("uncited", null);
        assertThatThrownBy(() -> d.condition("C", "s", true, "a", "r", null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rule 'uncited' has no @citation");
        d.ruleFinished();
        d.ruleStarted("cited", GRANT);
        d.ruleFinished();
        // after the rule finished, its citation no longer applies
        assertThatThrownBy(() -> d.exclusion("CAP", Text.plain("x")))
                .hasMessageContaining("from a rule consequence");
        assertThatThrownBy(() -> d.warn((Text) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aPhaseIsSetOnlyByTheRuleOfItsClause() {
        Decision d = decision();
        Phase phase = new Phase("ONE", Text.plain("one"), day(1, 1), null, GRANT, "words", Text.plain(""));
        d.ruleStarted("other clause", LIMIT);
        assertThatThrownBy(() -> d.phase(phase)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rule 'other clause' cites " + LIMIT + " but sets phase ONE of " + GRANT);
        d.ruleFinished();
        assertThat(d.result("x").build().phase()).isEmpty();
        d.ruleStarted("its clause", GRANT);
        d.phase(phase);
        d.ruleFinished();
        assertThat(d.result("x").build().phase()).contains(phase);
    }

    @Test
    void aTargetIsAssessedOnlyByTheRuleOfItsClauseAndWithItsOwnFigure() {
        Decision d = decision();
        d.ruleStarted("other clause", LIMIT);
        assertThatThrownBy(() -> d.assess(T1, new Figure("T_ONE", BigDecimal.ONE, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rule 'other clause' cites " + LIMIT + " but assesses T_ONE, a target of "
                        + GRANT);
        d.ruleFinished();
        d.ruleStarted("its clause", GRANT);
        assertThatThrownBy(() -> d.assess(T1, new Figure("T_TWO", BigDecimal.ONE, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("figure T_TWO is not for target T_ONE");
    }

    @Test
    void indicatorsAreListedInThePolicysOrderOfTargetsWhateverOrderTheRulesFiredIn() {
        Decision d = decision();
        d.ruleStarted("r", GRANT);
        d.assess(T2, new Figure("T_TWO", new BigDecimal("10"), null));
        d.assess(T1, new Figure("T_ONE", new BigDecimal("9"), null));
        d.ruleFinished();
        assertThat(d.indicators()).extracting(i -> i.code()).containsExactly("T_TWO", "T_ONE");
        EvaluationResult r = d.result("x").build();
        assertThat(r.indicators()).extracting(i -> i.code()).containsExactly("T_ONE", "T_TWO");
        assertThat(r.indicatorSummary().met()).isEqualTo(1);
        assertThat(r.indicatorSummary().notMet()).isEqualTo(1);
    }

    @Test
    void aTargetAssessedTwiceOrNotOfThePolicyKeepsTheOrderStably() {
        // T_TWO twice (both kept, in the order assessed), and a target the description does not list (last)
        Target elsewhere = target("T_ELSEWHERE");
        Decision d = decision();
        d.ruleStarted("r", GRANT);
        d.assess(T2, new Figure("T_TWO", new BigDecimal("10"), null));
        d.assess(elsewhere, new Figure("T_ELSEWHERE", new BigDecimal("1"), null));
        d.assess(T2, new Figure("T_TWO", new BigDecimal("11"), null));
        d.assess(T1, new Figure("T_ONE", new BigDecimal("9"), null));
        d.ruleFinished();
        assertThat(d.result("x").build().indicators()).extracting(i -> i.code() + " " + i.actual())
                .containsExactly("T_ONE 9", "T_TWO 10", "T_TWO 11", "T_ELSEWHERE 1");
    }

    @Test
    void allIndicatorsMetNeedsAtLeastOneAndEveryOneMetAsTheSummarySays() {
        assertAllMet(assessed(), false);
        assertAllMet(assessed(new Figure("T_ONE", BigDecimal.TEN, null)), true); // at least 10: exactly 10 is met
        assertAllMet(assessed(new Figure("T_ONE", BigDecimal.TEN, null),
                new Figure("T_TWO", null, null)), false); // not supplied: unknown, so not all met
        assertAllMet(assessed(new Figure("T_ONE", BigDecimal.TEN, null),
                new Figure("T_TWO", new BigDecimal("9"), null)), false); // one short of 10
    }

    /** A decision whose rule of {@code GRANT} assessed each figure against its target (T_ONE or T_TWO). */
    private static Decision assessed(Figure... figures) {
        Decision d = decision();
        d.ruleStarted("r", GRANT);
        for (Figure f : figures) {
            d.assess(f.code().equals(T1.code()) ? T1 : T2, f);
        }
        d.ruleFinished();
        return d;
    }

    /** {@code allIndicatorsMet()} says {@code expected}, and so does the result's summary. */
    private static void assertAllMet(Decision d, boolean expected) {
        assertThat(d.allIndicatorsMet()).isEqualTo(expected);
        assertThat(d.result("x").build().indicatorSummary().allMet()).isEqualTo(expected);
    }

    @Test
    void awardsFollowThePolicysOrderOfCodesThenDateThenSubject() {
        Decision d = decision();
        d.ruleStarted("r", GRANT);
        propose(d, "UNLISTED", "a", day(1, 1), "1");
        propose(d, "B_SECOND", "a", day(1, 1), "2");
        propose(d, "A_FIRST", "b", day(5, 1), "3");
        propose(d, "A_FIRST", "z", day(2, 1), "4");
        propose(d, "A_FIRST", "a", day(5, 1), "5");
        propose(d, "A_FIRST", "n", null, "6");
        propose(d, "C_THIRD", "a", day(1, 1), "7");
        d.ruleFinished();
        EvaluationResult r = d.result("x").build();
        assertThat(r.awards()).extracting(a -> a.code() + ":" + a.subjectId()).containsExactly(
                "A_FIRST:z", "A_FIRST:a", "A_FIRST:b", "A_FIRST:n", "B_SECOND:a", "C_THIRD:a", "UNLISTED:a");
        // the proposals themselves stay in the order they were made
        assertThat(d.candidates()).extracting(Candidate::getCode).containsExactly(
                "UNLISTED", "B_SECOND", "A_FIRST", "A_FIRST", "A_FIRST", "A_FIRST", "C_THIRD");
        assertThat(r.total()).isEqualByComparingTo("28");
    }

    @Test
    void equalCodeDateAndSubjectKeepTheOrderOfProposal() {
        Decision d = decision();
        d.ruleStarted("r", GRANT);
        propose(d, "A_FIRST", "a", day(1, 1), "2");
        propose(d, "A_FIRST", "a", day(1, 1), "1");
        d.ruleFinished();
        assertThat(d.result("x").build().awards()).extracting(Award::amount)
                .containsExactly(new BigDecimal("2.00"), new BigDecimal("1.00"));
    }

    @Test
    void anExcludedCandidateBecomesAnExclusionCitingBothClauses() {
        Decision d = decision();
        d.ruleStarted("grant", GRANT);
        Candidate kept = propose(d, "A_FIRST", "a", day(1, 1), "300000");
        Candidate held = propose(d, "B_SECOND", "b", day(2, 1), "100000");
        Candidate open = propose(d, "B_SECOND", "c", day(3, 1), null);
        d.ruleFinished();
        d.ruleStarted("non-duplication", LIMIT);
        held.setExclusion(d.exclusion("NON_DUPLICATION", Text.plain("same matter")));
        d.ruleFinished();

        assertThat(d.standing()).containsExactly(kept, open);
        EvaluationResult r = d.result("x").build();
        assertThat(r.awards()).extracting(Award::code).containsExactly("A_FIRST", "B_SECOND");
        Award undetermined = r.awards().get(1);
        assertThat(undetermined.amount()).isNull();
        assertThat(undetermined.undeterminedBy()).isEqualTo("AMOUNT");
        assertThat(r.undetermined()).isEqualTo(1);
        assertThat(r.total()).isEqualByComparingTo("300000");
        assertThat(r.excluded()).containsExactly(new Exclusion("B_SECOND", "b", Text.plain("b"), day(2, 1),
                new BigDecimal("100000.00"), r("NON_DUPLICATION"), LIMIT, GRANT, Text.plain("same matter")));
    }

    @Test
    void aLimitCutsTheExcessFromTheLastAwardsInTheResultsOrder() {
        Decision d = decision();
        d.ruleStarted("grant", GRANT);
        propose(d, "A_FIRST", "a", day(1, 1), "200000");
        propose(d, "B_SECOND", "b", day(1, 1), "50000");
        propose(d, "B_SECOND", "c", day(2, 1), "30000");
        propose(d, "C_THIRD", "u", day(3, 1), null); // undetermined: not counted, never cut
        d.ruleFinished();
        d.ruleStarted("limit", LIMIT);
        d.capTotal(new BigDecimal("210000"), Text.plain("limit 210000"));
        d.ruleFinished();

        // 280,000 - 210,000 = 70,000: all of the last 30,000, then 40,000 of the 50,000
        EvaluationResult r = d.result("x").build();
        assertThat(r.awards()).extracting(a -> a.code() + ":" + a.subjectId() + ":" + a.amount()).containsExactly(
                "A_FIRST:a:200000.00", "B_SECOND:b:10000.00", "C_THIRD:u:null");
        assertThat(r.total()).isEqualByComparingTo("210000");
        assertThat(r.excluded()).containsExactly(
                new Exclusion("B_SECOND", "c", Text.plain("c"), day(2, 1), new BigDecimal("30000.00"),
                        r("CAP"), LIMIT, GRANT, Text.plain("limit 210000")),
                new Exclusion("B_SECOND", "b", Text.plain("b"), day(1, 1), new BigDecimal("40000.00"),
                        r("CAP"), LIMIT, GRANT, Text.plain("limit 210000")));
        assertThat(d.candidates().get(0).getCapCut()).isNull();
        assertThat(d.candidates().get(1).getCapCut()).isEqualByComparingTo("40000");
    }

    /**
     * A limit of 210,000 after an amount still open (A_FIRST u, its parameter AMOUNT): the 50,000 after it in the
     * result's order is neither paid nor cut but waits for it; its award cites the clause that grants it (p-1 §6(1))
     * and its reason, its own then the limit's, names the limit's clause (p-1 §7(1)) that holds it open until AMOUNT
     * is set. The open award's own reason is left as it was.
     */
    @Test
    void anAwardHeldOpenByTheLimitNamesTheLimitsClauseInItsReason() {
        Decision d = decision();
        d.ruleStarted("grant", GRANT);
        propose(d, "A_FIRST", "u", day(1, 1), null);
        propose(d, "B_SECOND", "b", day(1, 1), "50000");
        d.ruleFinished();
        d.ruleStarted("limit", LIMIT);
        d.capTotal(new BigDecimal("210000"), Text.plain("limit 210000"));
        d.ruleFinished();

        EvaluationResult r = d.result("x").build();
        assertThat(r.awards().get(0).reason()).isEqualTo(Text.plain("why"));
        Award held = r.awards().get(1);
        assertThat(held.amount()).isNull();
        assertThat(held.undeterminedBy()).isEqualTo("AMOUNT");
        assertThat(held.citation()).isEqualTo(GRANT);
        assertThat(Decision.CapHeld.of(held.reason()))
                .contains(new Decision.CapHeld(Text.plain("why"), Text.plain("u"), "AMOUNT", LIMIT));
        assertThat(held.reason().in(Language.EN)).isEqualTo("why; its own amount is known, but the maximum limit "
                + "(p-1 §7(1)) holds what it is paid open until AMOUNT is set, which the amount of u, before it in the "
                + "result's order, awaits");
        assertThat(r.total()).isEqualByComparingTo("0");
    }

    /**
     * A limit of 300,000 after an amount still open (A_FIRST u): the known amounts after it take what the limit leaves
     * them were u set to nothing, in the result's order. B_SECOND 5,000 (at most 5,000), then B_SECOND 300,000 (at
     * most 300,000 - 5,000 = 295,000) wait for u; C_THIRD 100,000 meets nothing left (5,000 + 295,000 = 300,000) and
     * is cut whole, whatever u is set to: a CAP of 100,000.00, not an amount awaiting u "at most 100,000". An open
     * amount after it (C_THIRD w) meets no room either, for the module's rule to hold back.
     */
    @Test
    void aKnownAmountAfterAnOpenOneTakesOnlyWhatTheKnownAmountsBeforeItLeave() {
        Decision d = decision();
        d.ruleStarted("grant", GRANT);
        propose(d, "A_FIRST", "u", day(1, 1), null);
        propose(d, "B_SECOND", "b", day(1, 1), "5000");
        propose(d, "B_SECOND", "c", day(2, 1), "300000");
        propose(d, "C_THIRD", "e", day(3, 1), "100000");
        Candidate later = propose(d, "C_THIRD", "w", day(4, 1), null);
        d.ruleFinished();
        d.ruleStarted("limit", LIMIT);
        d.capTotal(new BigDecimal("300000"), Text.plain("limit 300000"));
        d.ruleFinished();

        EvaluationResult r = d.result("x").build();
        assertThat(r.awards()).extracting(a -> a.subjectId() + ":" + a.amount() + ":" + a.undeterminedBy())
                .containsExactly("u:null:AMOUNT", "b:null:AMOUNT", "c:null:AMOUNT", "w:null:AMOUNT");
        assertThat(r.excluded()).containsExactly(new Exclusion("C_THIRD", "e", Text.plain("e"), day(3, 1),
                new BigDecimal("100000.00"), r("CAP"), LIMIT, GRANT, Text.plain("limit 300000")));
        assertThat(r.warnings().stream().flatMap(w -> Decision.CapAwaits.of(w).stream())
                .map(a -> a.subject().in(Language.EN) + " at most " + a.most().toPlainString()))
                .containsExactly("b at most 5000.00", "c at most 295000.00");
        assertThat(r.total()).isEqualByComparingTo("0");
        assertThat(r.undetermined()).isEqualTo(4);
        assertThat(later.getCapRoom()).isEqualByComparingTo("0");
    }

    /**
     * Two alternatives of one code, day and subject id listed in the result: by the module's tie-break (NANHU/DE
     * proposed first, HECHENG/US second: HECHENG first), not by the order they were proposed in.
     */
    @Test
    void theResultListsEqualItemsByTheModulesTieBreak() {
        Decision d = decision();
        d.ruleStarted("grant", GRANT);
        Candidate nanhu = d.propose("B_SECOND", "year", "2015", Text.plain("NANHU"), day(1, 1), Amount.yuan("1"), 0,
                Text.plain("why"));
        nanhu.setTieBreak("NANHU", "DE");
        Candidate hecheng = d.propose("B_SECOND", "year", "2015", Text.plain("HECHENG"), day(1, 1),
                Amount.yuan("1"), 0, Text.plain("why"));
        hecheng.setTieBreak("HECHENG", "US");
        d.ruleFinished();
        d.ruleStarted("hold", LIMIT);
        nanhu.setExclusion(d.exclusion("NON_DUPLICATION", Text.plain("same matter")));
        hecheng.setExclusion(d.exclusion("NON_DUPLICATION", Text.plain("same matter")));
        d.ruleFinished();
        assertThat(d.result("x").build().excluded()).extracting(x -> x.subject().in(Language.EN))
                .containsExactly("HECHENG", "NANHU");
    }

    @Test
    void aLimitExactlyReachedOrNotReachedCutsNothing() {
        for (String limit : new String[] {"250000", "250000.01", "1000000"}) {
            Decision d = decision();
            d.ruleStarted("grant", GRANT);
            propose(d, "A_FIRST", "a", day(1, 1), "200000");
            propose(d, "B_SECOND", "b", day(1, 1), "50000");
            d.ruleFinished();
            d.ruleStarted("limit", LIMIT);
            d.capTotal(new BigDecimal(limit), Text.plain("limit"));
            d.ruleFinished();
            EvaluationResult r = d.result("x").build();
            assertThat(r.excluded()).as(limit).isEmpty();
            assertThat(r.total()).as(limit).isEqualByComparingTo("250000");
        }
    }

    @Test
    void aLimitSkipsZeroAndExcludedAwardsAndOnlyReportsWhatItCut() {
        Decision d = decision();
        d.ruleStarted("grant", GRANT);
        propose(d, "A_FIRST", "a", day(1, 1), "100");
        propose(d, "B_SECOND", "b", day(1, 1), "60");
        Candidate excluded = propose(d, "B_SECOND", "x", day(1, 2), "1000");
        propose(d, "C_THIRD", "z", day(1, 1), "0");
        d.ruleFinished();
        d.ruleStarted("hold", LIMIT);
        excluded.setExclusion(d.exclusion("ALREADY_PAID", Text.plain("paid")));
        d.capTotal(new BigDecimal("100"), Text.plain("limit 100"));
        d.ruleFinished();

        // 160 - 100 = 60: the zero one (no award: NOT_ELIGIBLE) is passed over, the 60 wholly cut, the excluded
        // 1,000 not counted
        EvaluationResult r = d.result("x").build();
        assertThat(r.awards()).extracting(a -> a.subjectId() + ":" + a.amount())
                .containsExactly("a:100.00");
        assertThat(r.excluded()).extracting(x -> x.subjectId() + ":" + x.reason() + ":" + x.amount())
                .containsExactly("x:ALREADY_PAID:1000.00", "z:NOT_ELIGIBLE:0.00", "b:CAP:60.00");
    }

    /**
     * An amount a deployment set where the text leaves it open (另行制订): held back whole, the exclusion names that
     * parameter as the award would have; cut by a limit, the part cut does not (its figure is the excess over the
     * limit), while the award left standing keeps it.
     */
    @Test
    void anExclusionNamesTheParameterThatSetItsAmountUnlessALimitDecidedTheFigure() {
        io.iprules.AmountBasis set = new io.iprules.AmountBasis("OPEN", day(1, 1), "900", "implementing rule");
        Decision d = decision();
        d.ruleStarted("grant", GRANT);
        Candidate paid = d.propose("A_FIRST", "A_FIRST/p", "p", Text.plain("p"), day(1, 1),
                Amount.yuan("900").withBasis(set), 0, Text.plain("why"));
        d.propose("B_SECOND", "B_SECOND/c", "c", Text.plain("c"), day(1, 1), Amount.yuan("900").withBasis(set), 0,
                Text.plain("why"));
        d.ruleFinished();
        d.ruleStarted("hold", LIMIT);
        paid.setExclusion(d.exclusion("ALREADY_PAID", Text.plain("paid")));
        d.capTotal(new BigDecimal("500"), Text.plain("limit 500"));
        d.ruleFinished();

        EvaluationResult r = d.result("x").build();
        assertThat(r.excluded()).extracting(x -> x.subjectId() + ":" + x.reason() + ":" + x.amount())
                .containsExactly("p:ALREADY_PAID:900.00", "c:CAP:400.00");
        assertThat(r.excluded().get(0).amountBasis()).isEqualTo(set);
        assertThat(r.excluded().get(1).amountBasis()).isNull();
        assertThat(r.awards()).singleElement().satisfies(a -> {
            assertThat(a.amount()).isEqualByComparingTo("500");
            assertThat(a.amountBasis()).isEqualTo(set);
        });
    }

    @Test
    void anAmountOfZeroIsNoAwardButNotEligibleCitedToTheGrantingClauseAndNothingIsDue() {
        Decision d = decision();
        d.ruleStarted("grant", GRANT);
        // 0.004 yuan rounds half-up to 0.00 (Amount keeps fen): as much nothing as 0
        Candidate zero = propose(d, "A_FIRST", "z", day(1, 1), "0.004");
        Candidate open = propose(d, "B_SECOND", "o", day(1, 1), null);
        Candidate fen = propose(d, "C_THIRD", "f", day(1, 1), "0.005");
        d.ruleFinished();

        // no rule held it back (a rule may still do so with its own reason), but it does not stand
        assertThat(zero.getExclusion()).isNull();
        assertThat(d.standing()).as("an undetermined amount is not zero; 0.005 rounds to 0.01: one fen is due")
                .containsExactly(open, fen);

        EvaluationResult r = d.result("x").eligible(d.hasEligibleAward()).build();
        assertThat(r.excluded()).hasSize(1);
        Exclusion x = r.excluded().get(0);
        assertThat(x.reason().code()).isEqualTo("NOT_ELIGIBLE");
        assertThat(x.citation()).isEqualTo(GRANT);
        assertThat(x.amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(x.awardCitation()).isEqualTo(GRANT);
        assertThat(x.detail().in(Language.EN)).isEqualTo("why; the amount works out to 0.00 yuan, so nothing is due");
        assertThat(x.detail().in(Language.ZH)).isEqualTo("why;计算所得金额为 0.00 元,无应予补助的金额");
        assertThat(r.awards()).extracting(Award::subjectId).containsExactly("o", "f");
        assertThat(r.total()).isEqualByComparingTo("0.01");
    }

    @Test
    void onlyAZeroAmountMakesNoAwardAndThenTheResultIsNotEligible() {
        Decision d = decision();
        d.ruleStarted("grant", GRANT);
        propose(d, "A_FIRST", "z", day(1, 1), "0");
        d.ruleFinished();
        assertThat(d.hasEligibleAward()).isFalse();
        assertThat(d.result("x").build().awards()).isEmpty();
    }

    @Test
    void aZeroAmountInAPolicyThatDeclaresNoNotEligibleReasonSaysWhatToDeclare() {
        PolicyDescription p = new PolicyDescription("p-2", Text.plain("P"), null, IN_FORCE, IN_FORCE, null,
                "p-2 §7(3)", "1", PROVISIONS, PARAMETERS, List.of(new SubjectKind("applicant", String.class,
                Text.plain("a"))), List.of(), List.of(), List.of(), List.of());
        Evaluation e = mock(Evaluation.class);
        when(e.policy()).thenReturn(p);
        when(e.asOf()).thenReturn(AS_OF);
        Decision d = Decision.start(e, MessageCatalog.kit());
        d.ruleStarted("grant", GRANT);
        propose(d, "A_FIRST", "z", day(1, 1), "0");
        d.ruleFinished();
        assertThatThrownBy(() -> d.result("x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("NOT_ELIGIBLE")
                .hasMessageContaining("exclusionReasons");
    }

    @Test
    void aLimitCutsWithTheCitationOfTheLimitingRule() {
        Decision d = decision();
        d.ruleStarted("grant", GRANT);
        propose(d, "A_FIRST", "a", day(1, 1), "0.015");
        d.ruleFinished();
        assertThatThrownBy(() -> d.capTotal(BigDecimal.ZERO, Text.plain("x")))
                .hasMessageContaining("from a rule consequence");
        d.ruleStarted("limit", LIMIT);
        d.capTotal(BigDecimal.ZERO, Text.plain("none"));
        d.ruleFinished();
        Exclusion cut = d.result("x").build().excluded().get(0);
        assertThat(cut.amount()).isEqualTo(new BigDecimal("0.02"));
        assertThat(cut.citation()).isEqualTo(LIMIT);
        assertThat(d.result("x").build().awards()).isEmpty();
    }

    @Test
    void theStandingCandidatesAreInTheResultsOrderSoALimitCutsTheLastOfThem() {
        Decision d = decision();
        d.ruleStarted("grant", GRANT);
        Candidate third = propose(d, "C_THIRD", "c", day(1, 1), "100");
        Candidate first = propose(d, "A_FIRST", "a", day(1, 1), "100");
        Candidate second = propose(d, "B_SECOND", "b", day(1, 1), "100");
        d.ruleFinished();
        assertThat(d.standing()).containsExactly(first, second, third);
        d.ruleStarted("limit", LIMIT);
        d.capTotal(new BigDecimal("150"), Text.plain("limit"));
        d.ruleFinished();
        // 300 - 150: all of C_THIRD (last in the policy's order, though proposed first), then 50 of B_SECOND
        assertThat(third.getCapCut()).isEqualByComparingTo("100");
        assertThat(second.getCapCut()).isEqualByComparingTo("50");
        assertThat(first.getCapCut()).isNull();
    }

    @Test
    void anIndicatorOfATargetThePolicyDoesNotListComesLast() {
        Target other = target("T_OTHER");
        Decision d = decision();
        d.ruleStarted("r", GRANT);
        d.assess(other, new Figure("T_OTHER", BigDecimal.ONE, null));
        d.assess(T2, new Figure("T_TWO", BigDecimal.ONE, null));
        d.assess(T1, new Figure("T_ONE", BigDecimal.ONE, null));
        d.ruleFinished();
        assertThat(d.result("x").build().indicators()).extracting(i -> i.code())
                .containsExactly("T_ONE", "T_TWO", "T_OTHER");
    }

    @Test
    void readBackListsAreCopies() {
        Decision d = decision();
        d.ruleStarted("r", GRANT);
        propose(d, "A_FIRST", "a", day(1, 1), "1");
        d.ruleFinished();
        assertThatThrownBy(() -> d.candidates().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.conditions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.indicators().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
    @Test
    void anAsOfDateBeforeThePolicyTookForceIsWarnedAboutNamingItsFirstDayAndClause() {
        Decision before = decision(policy(), IN_FORCE.minusDays(1));
        before.warnIfNotInForce();
        assertThat(before.result("x").build().warnings()).extracting(w -> w.in(Language.EN)).containsExactly(
                "the as-of date 2012-11-04 is outside the policy's period in force (from 2012-11-05, p-1 §7(3))");
        Decision onTheDay = decision(policy(), IN_FORCE);
        onTheDay.warnIfNotInForce();
        assertThat(onTheDay.result("x").build().warnings()).isEmpty();
    }

    @Test
    void aPartlyCutAwardIsStillEligibleButAWhollyCutOneIsNot() {
        Decision partly = decision();
        partly.ruleStarted("grant", GRANT);
        propose(partly, "A_FIRST", "a", day(1, 1), "100");
        partly.ruleFinished();
        partly.ruleStarted("limit", LIMIT);
        partly.capTotal(new BigDecimal("40"), Text.plain("limit 40"));
        partly.ruleFinished();
        assertThat(partly.hasEligibleAward()).as("40 of 100 is still due").isTrue();

        Decision wholly = decision();
        wholly.ruleStarted("grant", GRANT);
        propose(wholly, "A_FIRST", "a", day(1, 1), "100");
        wholly.ruleFinished();
        wholly.ruleStarted("limit", LIMIT);
        wholly.capTotal(BigDecimal.ZERO, Text.plain("limit 0"));
        wholly.ruleFinished();
        assertThat(wholly.hasEligibleAward()).as("all 100 cut: nothing due").isFalse();
        assertThat(wholly.result("x").build().awards()).isEmpty();

        Decision open = decision();
        open.ruleStarted("grant", GRANT);
        propose(open, "A_FIRST", "a", day(1, 1), null);
        open.ruleFinished();
        assertThat(open.hasEligibleAward()).as("an amount waiting for a parameter is still an award").isTrue();
    }

    @Test
    void aLimitNotExceededNeedsNoCapReason() {
        PolicyDescription noCap = new PolicyDescription("p-3", Text.plain("P"), null, IN_FORCE, IN_FORCE, null,
                "p-3 §7(3)", "1", PROVISIONS, PARAMETERS, List.of(new SubjectKind("applicant", String.class,
                Text.plain("a"))), List.of(), List.of(), List.of(), List.of());
        Decision d = decision(noCap, AS_OF);
        d.ruleStarted("grant", GRANT);
        propose(d, "A_FIRST", "a", day(1, 1), "100");
        d.ruleFinished();
        d.ruleStarted("limit", LIMIT);
        d.capTotal(new BigDecimal("100"), Text.plain("limit 100"));
        assertThatThrownBy(() -> d.capTotal(new BigDecimal("99.99"), Text.plain("limit 99.99")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rule 'limit': exclusion reason CAP is not declared by p-3: add it to exclusionReasons"
                        + " in the module's policy.json");
        d.ruleFinished();
    }

    @Test
    void anUndeclaredExclusionReasonIsNamedWithTheRuleThatGaveIt() {
        Decision d = decision();
        assertThatThrownBy(() -> d.exclusion("DOUBLE", Text.plain("x"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("exclusion reason DOUBLE is not declared by p-1: add it to exclusionReasons in the"
                        + " module's policy.json");
        d.ruleStarted("non-duplication", LIMIT);
        assertThatThrownBy(() -> d.exclusion("DOUBLE", Text.plain("x")))
                .hasMessageStartingWith("rule 'non-duplication': exclusion reason DOUBLE is not declared by p-1");
    }

    @Test
    void aVariantIsRecordedOncePerClauseAndListedInTheResult() {
        Decision d = decision();
        d.ruleStarted("grant", GRANT);
        d.variant("LATE_FILING");
        d.variant("LATE_FILING");
        d.ruleFinished();
        d.ruleStarted("limit", LIMIT);
        d.variant("LATE_FILING");
        d.ruleFinished();
        assertThat(d.result("x").build().variants()).containsExactly(new io.iprules.Variant("LATE_FILING", GRANT),
                new io.iprules.Variant("LATE_FILING", LIMIT));
    }

    @Test
    void measuresAndConditionsCanBePutInAnOrderOfTheModulesOwnStably() {
        Decision d = decision();
        d.ruleStarted("r", GRANT);
        d.measure("county", Text.plain("c"));
        d.measure("city", Text.plain("a"));
        d.measure("city", Text.plain("b"));
        d.condition("C3", "s", true, "1", "1", Text.plain("third"), null);
        d.condition("C1", "s", true, "1", "1", Text.plain("first"), null);
        d.condition("C2", "x", true, "1", "1", Text.plain("second x"), null);
        d.condition("C2", "y", true, "1", "1", Text.plain("second y"), null);
        d.ruleFinished();
        d.orderMeasures(java.util.Comparator.comparing(io.iprules.Measure::addressee));
        d.orderConditions(c -> Integer.parseInt(c.code().substring(1)));
        EvaluationResult r = d.result("x").build();
        assertThat(r.measures()).extracting(m -> m.addressee() + ":" + m.text().in(Language.EN))
                .containsExactly("city:a", "city:b", "county:c");
        assertThat(r.conditions()).extracting(c -> c.code() + ":" + c.subject())
                .containsExactly("C1:s", "C2:x", "C2:y", "C3:s");
        assertThat(d.conditions()).extracting(Condition::code).containsExactly("C1", "C2", "C2", "C3");

        Decision inOrder = decision();
        inOrder.ruleStarted("r", GRANT);
        inOrder.condition("C1", "s", true, "1", "1", Text.plain("1"), null);
        inOrder.condition("C1", "t", true, "1", "1", Text.plain("1"), null);
        inOrder.condition("C2", "s", true, "1", "1", Text.plain("2"), null);
        inOrder.ruleFinished();
        inOrder.orderConditions(c -> Integer.parseInt(c.code().substring(1)));
        assertThat(inOrder.conditions()).extracting(c -> c.code() + ":" + c.subject())
                .containsExactly("C1:s", "C1:t", "C2:s");
    }

    @Test
    void aDeadlineIsReturnedAsRecordedAndReadBack() {
        Decision d = decision();
        assertThat(d.deadlines()).isEmpty();
        d.ruleStarted("deadline rule", GRANT);
        io.iprules.Deadline recorded = d.deadline("A_FIRST", "x", DeadlineStatus.ON_TIME, day(3, 1), day(3, 15),
                day(3, 14), 9, 0, null, List.of("国办发明电〔2012〕33号"), Text.plain("in time"));
        d.ruleFinished();
        assertThat(recorded.citation()).isEqualTo(GRANT);
        assertThat(recorded.code()).isEqualTo("A_FIRST");
        assertThat(recorded.deadline()).isEqualTo(day(3, 15));
        assertThat(d.deadlines()).containsExactly(recorded);
    }

    /** A yes/no target of the GRANT clause: required 1 (yes) or 0 (no). */
    private static Target yesNo(String code, BigDecimal required) {
        return new Target(code, Text.plain(code), ParameterUnit.YES_NO, Comparison.EQUAL, required, null, null, null,
                GRANT, "words", Text.plain(""));
    }

    @Test
    void aYesNoTargetIsMetByTheAnswerItAsksForAndOverdueOnlyWhenKnownNotMetAfterItsDueDate() {
        Target plan = yesNo("PLAN", BigDecimal.ONE);
        Target noBreach = yesNo("BREACH", BigDecimal.ZERO);
        Decision d = decision(); // as of 2013-12-31
        d.ruleStarted("r", GRANT);
        io.iprules.Indicator yes = d.assessYesNo(plan, true, day(6, 30));
        io.iprules.Indicator lateNo = d.assessYesNo(plan, false, day(6, 30));
        io.iprules.Indicator noOnTheDay = d.assessYesNo(plan, false, AS_OF);
        io.iprules.Indicator unknown = d.assessYesNo(plan, null, day(6, 30));
        io.iprules.Indicator no = d.assessYesNo(noBreach, false, null);
        d.ruleFinished();

        assertThat(yes.status()).isEqualTo(io.iprules.IndicatorStatus.MET);
        assertThat(yes.requiredText()).isEqualTo("= yes");
        assertThat(yes.actual()).isEqualTo(BigDecimal.ONE);
        assertThat(yes.overdue()).isFalse();
        assertThat(yes.detail()).isNull();
        assertThat(yes.citation()).isEqualTo(GRANT);
        assertThat(yes.due()).isEqualTo(day(6, 30));

        assertThat(lateNo.status()).isEqualTo(io.iprules.IndicatorStatus.NOT_MET);
        assertThat(lateNo.actual()).isEqualTo(BigDecimal.ZERO);
        assertThat(lateNo.overdue()).as("not so, and the due date has passed").isTrue();
        assertThat(noOnTheDay.overdue()).as("the due date itself is not late").isFalse();

        assertThat(unknown.status()).isEqualTo(io.iprules.IndicatorStatus.UNKNOWN);
        assertThat(unknown.actual()).isNull();
        assertThat(unknown.overdue()).as("an answer not given is unknown, not late").isFalse();
        assertThat(unknown.detail()).isEqualTo(MessageCatalog.kit().text("indicator.no-figure"));

        assertThat(no.status()).isEqualTo(io.iprules.IndicatorStatus.MET);
        assertThat(no.requiredText()).isEqualTo("= no");
        assertThat(d.indicators()).containsExactly(yes, lateNo, noOnTheDay, unknown, no);

        d.ruleStarted("r", GRANT);
        assertThatThrownBy(() -> d.assessYesNo(T1, true, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("T_ONE is not a yes/no target");
        d.ruleFinished();
    }

    @Test
    void manyMoreIndicatorsThanTargetsAreAllListedTheTargetsFirst() {
        Decision d = decision(); // two targets, T_ONE and T_TWO
        d.ruleStarted("r", GRANT);
        for (int k = 1; k <= 5; k++) {
            d.assess(T2, new Figure("T_TWO", BigDecimal.valueOf(k), null));
        }
        d.assess(T1, new Figure("T_ONE", BigDecimal.TEN, null));
        d.ruleFinished();
        assertThat(d.result("x").build().indicators()).extracting(i -> i.code() + " " + i.actual())
                .containsExactly("T_ONE 10", "T_TWO 1", "T_TWO 2", "T_TWO 3", "T_TWO 4", "T_TWO 5");
    }

    @Test
    void aNewDescriptionOfAPolicyReplacesTheOneItsDecisionsReadBefore() {
        PolicyDescription first = policy();
        PolicyDescription revised = new PolicyDescription("p-1", Text.plain("P"), null, IN_FORCE, IN_FORCE, null,
                "p-1 §7(3)", "2", PROVISIONS, List.of(new ParameterInfo("AMOUNT", ParameterUnit.YUAN, GRANT,
                Text.plain("amount"), false, List.of(new ParameterValue(IN_FORCE, "6000", "revised")))),
                List.of(new SubjectKind("applicant", String.class, Text.plain("a"))), List.of(T1, T2), List.of(),
                REASONS, List.of());
        assertThat(decision(first, AS_OF).amount("AMOUNT", AS_OF).value()).isEqualByComparingTo("5000");
        assertThat(decision(revised, AS_OF).amount("AMOUNT", AS_OF).value()).isEqualByComparingTo("6000");
        assertThat(decision(first, AS_OF).amount("AMOUNT", AS_OF).value()).isEqualByComparingTo("5000");
    }

    @Test
    void aStatusDecidedExactlyIsRecordedWithTheReferenceAndTheComparisonThatDecided() {
        Target growth = new Target("GROWTH", Text.plain("growth"), ParameterUnit.RATIO, Comparison.MORE_THAN, null,
                new Target.Reference("national", Text.plain("national growth"), BigDecimal.ONE), null, null, GRANT,
                "高于全国", Text.plain(""));
        Target twice = new Target("TWICE", Text.plain("density"), ParameterUnit.NUMBER, Comparison.AT_LEAST, null,
                new Target.Reference("provinceAverage", Text.plain("avg"), new BigDecimal("2")), null, null, GRANT,
                "2倍", Text.plain(""));
        Decision d = decision();
        d.ruleStarted("r", GRANT);
        io.iprules.Indicator known = d.assessExactly(growth, io.iprules.IndicatorStatus.MET, new BigDecimal("0.0705"),
                new BigDecimal("0.0705"), new BigDecimal("1.0000"), "120000 × 1700000 > 3000000 × 60000",
                new BigDecimal("0.0000"), Text.plain("higher, exactly"));
        io.iprules.Indicator doubled = d.assessExactly(twice, io.iprules.IndicatorStatus.NOT_MET,
                new BigDecimal("19.1"), new BigDecimal("9.6"), new BigDecimal("0.9947"), "191 × 10 < 2 × 96 × 10",
                new BigDecimal("-0.1"), Text.plain("short"));
        io.iprules.Indicator unknown = d.assessExactly(growth, io.iprules.IndicatorStatus.UNKNOWN,
                new BigDecimal("0.07"), new BigDecimal("0.06"), new BigDecimal("1.1"), "ignored", null,
                Text.plain("not supplied"));
        d.ruleFinished();

        assertThat(known.status()).isEqualTo(io.iprules.IndicatorStatus.MET);
        assertThat(known.requiredText()).as("a factor of 1 is not written").isEqualTo("> 0.0705");
        assertThat(known.required()).isEqualByComparingTo("0.0705");
        assertThat(known.progressBasis()).isEqualByComparingTo("0.0705");
        assertThat(known.actual()).isEqualTo(new BigDecimal("0.0705"));
        assertThat(known.progress()).isEqualTo(new BigDecimal("1.0000"));
        assertThat(known.reference()).isEqualTo(new io.iprules.Indicator.ReferenceValue("national",
                Text.plain("national growth"), BigDecimal.ONE, new BigDecimal("0.0705")));
        assertThat(known.exact()).isEqualTo(new io.iprules.Indicator.DecidedExactly(
                "120000 × 1700000 > 3000000 × 60000", new BigDecimal("0.0000")));
        assertThat(known.citation()).isEqualTo(GRANT);
        assertThat(known.detail()).isEqualTo(Text.plain("higher, exactly"));

        assertThat(doubled.requiredText()).isEqualTo(">= 2 × 9.6");
        assertThat(doubled.required()).isEqualByComparingTo("19.2");
        assertThat(doubled.status()).isEqualTo(io.iprules.IndicatorStatus.NOT_MET);

        assertThat(unknown.requiredText()).as("the reference named, not a value").isEqualTo("> national");
        assertThat(unknown.required()).isNull();
        assertThat(unknown.actual()).isNull();
        assertThat(unknown.progress()).isNull();
        assertThat(unknown.reference().value()).isNull();
        assertThat(unknown.exact()).isNull();
        assertThat(d.indicators()).containsExactly(known, doubled, unknown);

        d.ruleStarted("r", GRANT);
        assertThatThrownBy(() -> d.assessExactly(T1, io.iprules.IndicatorStatus.MET, BigDecimal.ONE, BigDecimal.ONE,
                null, "1 > 0", null, Text.plain("x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("T_ONE is not a multiple of a reference");
        d.ruleFinished();
        d.ruleStarted("other", LIMIT);
        assertThatThrownBy(() -> d.assessExactly(growth, io.iprules.IndicatorStatus.MET, BigDecimal.ONE,
                BigDecimal.ONE, null, "1 > 0", null, Text.plain("x"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("rule 'other' cites " + LIMIT + " but assesses GROWTH, a target of " + GRANT);
    }
    @Test
    void aPolicyWithoutTargetsStillListsTheIndicatorsOfTargetsMadeElsewhere() {
        PolicyDescription noTargets = new PolicyDescription("p-4", Text.plain("P"), null, IN_FORCE, IN_FORCE, null,
                "p-4 §7(3)", "1", PROVISIONS, PARAMETERS, List.of(new SubjectKind("applicant", String.class,
                Text.plain("a"))), List.of(), List.of(), REASONS, List.of());
        Decision d = decision(noTargets, AS_OF);
        d.ruleStarted("r", GRANT);
        d.assess(T2, new Figure("T_TWO", new BigDecimal("11"), null));
        d.assess(T1, new Figure("T_ONE", new BigDecimal("9"), null));
        d.ruleFinished();
        assertThat(d.result("x").build().indicators()).extracting(i -> i.code() + " " + i.status())
                .containsExactly("T_TWO MET", "T_ONE NOT_MET");
    }

    @Test
    void theFirstDecisionOfAPolicyNeverSeenBeforeReadsItsDescription() {
        String id = "p-" + java.util.UUID.randomUUID();
        PolicyDescription fresh = new PolicyDescription(id, Text.plain("P"), null, IN_FORCE, IN_FORCE, null,
                id + " §7(3)", "1", PROVISIONS, PARAMETERS, List.of(new SubjectKind("applicant", String.class,
                Text.plain("a"))), List.of(T1, T2), List.of(), REASONS, List.of());
        Decision d = decision(fresh, AS_OF);
        assertThat(d.amount("AMOUNT", AS_OF).value()).isEqualByComparingTo("5000");
        assertThat(d.codePosition("B_SECOND")).isEqualTo(1);
    }
}
