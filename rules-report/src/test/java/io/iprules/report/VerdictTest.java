package io.iprules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Award;
import io.iprules.Condition;
import io.iprules.EvaluationResult;
import io.iprules.Exclusion;
import io.iprules.ExclusionReason;
import io.iprules.Text;
import io.iprules.kit.Count;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The verdict of a result, from what it holds: conditions alone, an award due, one pending, one awaiting, none. */
class VerdictTest {
    private static final LocalDate D = LocalDate.of(2020, 8, 1);

    private static EvaluationResult.Builder result(boolean eligible) {
        return EvaluationResult.builder("p-1", D, "禾城").eligible(eligible);
    }

    private static Condition condition(String code, boolean met) {
        return new Condition(code, "禾城", met, met ? "true" : "false", "true", "p-1 §2", null, null);
    }

    private static Award award(String eligibilityUndeterminedBy) {
        return new Award("P_AWARD", "s-1", Text.plain("award"), D, new BigDecimal("5000.00"), null, "p-1 §3",
                Text.plain("granted"), eligibilityUndeterminedBy);
    }

    private static Exclusion exclusion(boolean awaitsApplicant) {
        return new Exclusion("P_AWARD", "s-2", Text.plain("other"), D, new BigDecimal("100.00"),
                new ExclusionReason("WHY", "p-1 §7", Text.plain("why"), awaitsApplicant), "p-1 §7", "p-1 §3",
                Text.plain("detail"));
    }

    @Test
    void conditionsAloneAreJudgedByHowManyAreNotMet() {
        EvaluationResult met = result(true).condition(condition("C1", true)).condition(condition("C2", true)).build();
        assertThat(Verdict.isAssessment(met)).isTrue();
        assertThat(Verdict.unmet(met)).isZero();
        assertThat(Verdict.of(met)).isEqualTo(Verdict.CONDITIONS_MET);
        assertThat(Verdict.of(met).arguments(met)).isEmpty();

        EvaluationResult oneOfThree = result(false).condition(condition("C1", true)).condition(condition("C2", false))
                .condition(condition("C3", true)).build();
        assertThat(Verdict.unmet(oneOfThree)).isEqualTo(1);
        assertThat(Verdict.of(oneOfThree)).isEqualTo(Verdict.CONDITIONS_NOT_MET);
        assertThat(Verdict.of(oneOfThree).arguments(oneOfThree)).containsExactly(new Count(1), new Count(3));
        assertThat(Verdict.of(oneOfThree).look).isEqualTo(Verdict.Look.BAD);
    }

    @Test
    void conditionsBesideAnAwardOrAnExclusionAreNoAssessment() {
        assertThat(Verdict.isAssessment(result(true).condition(condition("C1", false)).award(award(null)).build()))
                .isFalse();
        assertThat(Verdict.isAssessment(result(false).condition(condition("C1", false)).exclusion(exclusion(false))
                .build())).isFalse();
        assertThat(Verdict.isAssessment(result(false).build())).isFalse();
        // an unmet condition beside an award due: the award decides
        assertThat(Verdict.of(result(true).condition(condition("C1", false)).award(award(null)).build()))
                .isEqualTo(Verdict.DUE);
    }

    @Test
    void dueNeedsAnAwardWhoseEligibilityIsDecided() {
        EvaluationResult due = result(true).award(award(null)).build();
        assertThat(Verdict.of(due)).isEqualTo(Verdict.DUE);
        assertThat(Verdict.of(due).arguments(due)).isEmpty();
        // eligible, but its only award waits for an open threshold: pending, one item
        EvaluationResult pending = result(true).award(award("P_AWARD.THRESHOLD")).build();
        assertThat(Verdict.of(pending)).isEqualTo(Verdict.PENDING);
        assertThat(Verdict.of(pending).arguments(pending)).containsExactly(new Count(1));
        // eligible (beijing-2012's scope) with nothing awarded: said as both, eligible and nothing due ("nothing is
        // due" in red had contradicted the result's eligible)
        Verdict inScope = Verdict.of(result(true).exclusion(exclusion(false)).build());
        assertThat(inScope).isEqualTo(Verdict.ELIGIBLE_NOTHING_DUE);
        assertThat(inScope.key).isEqualTo("verdict.eligible-nothing-due");
        // an award on a result that is not eligible does not make it due
        assertThat(Verdict.of(result(false).award(award(null)).build())).isEqualTo(Verdict.NOTHING_DUE);
    }

    /** An award owed whose amount awaits {@code parameter} (jiaxing-2012's 另行制订, the deployment not setting it). */
    private static Award openAmount(String subjectId, String parameter, String eligibilityUndeterminedBy) {
        return new Award("P_AWARD", subjectId, Text.plain("award"), D, null, parameter, "p-1 §3",
                Text.plain("granted"), eligibilityUndeterminedBy);
    }

    /**
     * Awards owed whose amounts all await the deployment's parameters (total 0.00) are not "something is due": they
     * qualify, their amounts open, counted; one known amount beside them makes the verdict due again.
     */
    @Test
    void awardsOwedWhoseAmountsAreAllOpenAreNotReadAsMoneyDue() {
        // two owed with open amounts, and a third whose eligibility is open too, which qualifies for nothing yet: 2
        EvaluationResult open = result(true).award(openAmount("s-1", "P_AWARD.INVENTION", null))
                .award(openAmount("s-2", "P_AWARD.UTILITY", null))
                .award(openAmount("s-3", "P_AWARD.EXPORT", "P_AWARD.THRESHOLD")).build();
        assertThat(Verdict.of(open)).isEqualTo(Verdict.AMOUNTS_OPEN);
        assertThat(Verdict.of(open).arguments(open)).containsExactly(new Count(2));
        assertThat(Verdict.of(open).look).isEqualTo(Verdict.Look.OPEN);
        // an item awaiting the applicant beside them changes nothing: the awards owed decide
        EvaluationResult withChoice = result(true).award(openAmount("s-1", "P_AWARD.INVENTION", null))
                .exclusion(exclusion(true)).build();
        assertThat(Verdict.of(withChoice)).isEqualTo(Verdict.AMOUNTS_OPEN);
        assertThat(Verdict.of(withChoice).arguments(withChoice)).containsExactly(new Count(1));
        // one amount known among them: something is due
        EvaluationResult oneKnown = result(true).award(openAmount("s-1", "P_AWARD.INVENTION", null)).award(award(null))
                .build();
        assertThat(Verdict.of(oneKnown)).isEqualTo(Verdict.DUE);
        // a known amount whose eligibility is open is not one owed: the open amounts still decide
        EvaluationResult knownButPending = result(true).award(openAmount("s-1", "P_AWARD.INVENTION", null))
                .award(award("P_AWARD.THRESHOLD")).build();
        assertThat(Verdict.of(knownButPending)).isEqualTo(Verdict.AMOUNTS_OPEN);
        assertThat(Verdict.of(knownButPending).arguments(knownButPending)).containsExactly(new Count(1));
    }

    @Test
    void itemsAwaitingTheApplicantAreCountedAndComeAfterPendingEligibility() {
        EvaluationResult awaiting = result(false).exclusion(exclusion(true)).exclusion(exclusion(false))
                .exclusion(exclusion(true)).build();
        assertThat(Verdict.of(awaiting)).isEqualTo(Verdict.AWAITING_APPLICANT);
        assertThat(Verdict.of(awaiting).arguments(awaiting)).containsExactly(new Count(2));
        assertThat(Verdict.of(result(false).exclusion(exclusion(false)).build())).isEqualTo(Verdict.NOTHING_DUE);
    }

    /**
     * An eligibility open and an item awaiting the applicant are both named, each counted: the verdict had named the
     * open eligibility alone, and the item awaiting a choice (jiaxing-2012's circulation unit claimed under another
     * policy line, 50,000.00) was in no verdict. Two awards pending (one with its amount known), two items awaiting,
     * one held back: 2 and 2.
     */
    @Test
    void anEligibilityOpenAndAnItemAwaitingTheApplicantAreBothCounted() {
        EvaluationResult both = result(false).award(award("P_AWARD.THRESHOLD"))
                .award(openAmount("s-3", "P_AWARD.EXPORT", "P_AWARD.THRESHOLD"))
                .exclusion(exclusion(true)).exclusion(exclusion(false)).exclusion(exclusion(true)).build();
        assertThat(Verdict.of(both)).isEqualTo(Verdict.PENDING_AND_AWAITING);
        assertThat(Verdict.of(both).arguments(both)).containsExactly(new Count(2), new Count(2));
        assertThat(Verdict.of(both).look).isEqualTo(Verdict.Look.OPEN);
        // eligible or not, the same: no award is owed yet
        assertThat(Verdict.of(result(true).award(award("P_AWARD.THRESHOLD")).exclusion(exclusion(true)).build()))
                .isEqualTo(Verdict.PENDING_AND_AWAITING);
        // a choice that adds nothing under a limit used up is not counted: the open eligibility alone
        Text usedUp = new io.iprules.kit.Decision.CapAndChoice(new BigDecimal("500000.00"),
                new BigDecimal("500000.00"), new BigDecimal("0.00"), "p-1 §7").warning();
        EvaluationResult addsNothing = result(false).award(award("P_AWARD.THRESHOLD")).exclusion(exclusion(true))
                .warning(usedUp).build();
        assertThat(Verdict.of(addsNothing)).isEqualTo(Verdict.PENDING);
        assertThat(Verdict.of(addsNothing).arguments(addsNothing)).containsExactly(new Count(1));
    }
}
