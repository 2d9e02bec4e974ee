package io.iprules.report;

import io.iprules.EvaluationResult;
import io.iprules.kit.Count;

/**
 * The verdict of a result that is not judged by its targets, decided once for the text output and the HTML page
 * alike: for a result of conditions alone (an assessment), whether they are all met; otherwise what is due —
 * something, items whose amounts all wait for the deployment's parameters, nothing, or nothing yet while an award's
 * eligibility waits for an open parameter, an item waits for the applicant (a choice of policy line), or both, which
 * an officer must not read as a refusal.
 */
enum Verdict {
    /** Every condition of an assessment is met. */
    CONDITIONS_MET("verdict.conditions-met", Look.GOOD),
    /** Some condition of an assessment is not met; the label takes how many, of how many. */
    CONDITIONS_NOT_MET("verdict.conditions-not-met", Look.BAD),
    /** An award is due (the contract's {@code eligible}) and its amount is known. */
    DUE("verdict.eligible", Look.GOOD),
    /**
     * Awards are due (符合条件, the contract's {@code eligible}), but not one of them has an amount yet: each awaits a
     * parameter the text leaves to the deployment (jiaxing-2012 with no parameter set: 另行制订). "Something is due"
     * over a total of 0.00 had read as money to pay; the label takes how many amounts are open.
     */
    AMOUNTS_OPEN("verdict.eligible-amounts-open", Look.OPEN),
    /** Nothing is due for certain, but whether some award is due waits for an open parameter. */
    PENDING("verdict.eligibility-open", Look.OPEN),
    /**
     * Nothing is due for certain, whether some award is due waits for an open parameter, and some item waits for the
     * applicant's choice too: both counted, where the verdict had named the open eligibility alone (jiaxing-2012's
     * export award beside a circulation unit claimed under another policy line, its 50,000.00 left out of the verdict).
     */
    PENDING_AND_AWAITING("verdict.eligibility-open.awaiting-applicant", Look.OPEN),
    /**
     * Nothing is due for certain, and no eligibility is open, but some item is held out only until the applicant acts
     * ({@link io.iprules.ExclusionReason#awaitsApplicant()}: e.g. jiaxing-2012 §7(1)'s choice of one policy line) and
     * choosing may add money ({@link #awaitingToNoAvail} counts those it cannot).
     */
    AWAITING_APPLICANT("verdict.awaiting-applicant", Look.OPEN),
    /**
     * The contract's {@code eligible} is true (the subject is in the policy's scope: beijing-2012 §1(1)), but no item
     * is due: said as both, where "nothing is due" in red contradicted the result's {@code eligible}.
     */
    ELIGIBLE_NOTHING_DUE("verdict.eligible-nothing-due", Look.GOOD),
    /** Nothing is due. */
    NOTHING_DUE("verdict.not-eligible", Look.BAD);

    /** How a verdict is shown: its sign and, on the page, its colour. */
    enum Look {
        GOOD("✓", "ok"), BAD("✗", "ko"), OPEN("?", "unknown");

        final String sign;
        final String cssClass;

        Look(String sign, String cssClass) {
            this.sign = sign;
            this.cssClass = cssClass;
        }
    }

    /** The label of the verdict line, with the arguments {@link #arguments} gives it. */
    final String key;
    final Look look;

    Verdict(String key, Look look) {
        this.key = key;
        this.look = look;
    }

    /**
     * The verdict of {@code r}. {@code DUE} needs an award, not only the contract's {@code eligible}: beijing-2012's
     * {@code eligible} is also true for an enterprise merely in the scope of §1(1) (its reading {@code eligible}),
     * whose pledge-loan interest may all be held back; "something is due" over an empty list of awards would tell an
     * officer to pay. Nor is it due where every award owed still awaits its amount ({@code AMOUNTS_OPEN}): the total
     * is 0.00 and what to pay is not yet known.
     */
    static Verdict of(EvaluationResult r) {
        if (isAssessment(r)) {
            return unmet(r) == 0 ? CONDITIONS_MET : CONDITIONS_NOT_MET;
        }
        if (r.eligible() && r.awards().stream().anyMatch(a -> a.eligibilityDetermined())) {
            return r.awards().stream().anyMatch(io.iprules.Award::owed) ? DUE : AMOUNTS_OPEN;
        }
        if (TextReport.eligibilityUndetermined(r) > 0) {
            return awaitingApplicant(r) > 0 ? PENDING_AND_AWAITING : PENDING;
        }
        return awaitingApplicant(r) > 0 ? AWAITING_APPLICANT : r.eligible() ? ELIGIBLE_NOTHING_DUE : NOTHING_DUE;
    }

    /**
     * The label's arguments for {@code r}: how many conditions are not met of how many, how many amounts are open, how
     * many are pending, how many await the applicant, or how many are pending and how many await the applicant.
     */
    Object[] arguments(EvaluationResult r) {
        return switch (this) {
            case CONDITIONS_NOT_MET -> new Object[] {new Count(unmet(r)), new Count(r.conditions().size())};
            case AMOUNTS_OPEN -> new Object[] {new Count(amountsOpen(r))};
            case PENDING -> new Object[] {new Count(TextReport.eligibilityUndetermined(r))};
            case AWAITING_APPLICANT -> new Object[] {new Count(awaitingApplicant(r))};
            case PENDING_AND_AWAITING -> new Object[] {new Count(TextReport.eligibilityUndetermined(r)),
                    new Count(awaitingApplicant(r))};
            default -> new Object[0];
        };
    }

    /** A result of conditions alone, with no award proposed or excluded: it is judged by its conditions. */
    static boolean isAssessment(EvaluationResult r) {
        return !r.conditions().isEmpty() && r.awards().isEmpty() && r.excluded().isEmpty();
    }

    /** How many of the result's conditions are not met. */
    static long unmet(EvaluationResult r) {
        return r.conditions().stream().filter(c -> !c.met()).count();
    }

    /**
     * How many deadlines were missed ({@code LATE}, {@code OVERDUE}): the authority's, not the applicant's, so they
     * change no verdict, but a summary saying "every condition met" must not leave them to the section below.
     */
    static long missedDeadlines(EvaluationResult r) {
        return r.deadlines().stream().filter(d -> d.status() == io.iprules.DeadlineStatus.LATE
                || d.status() == io.iprules.DeadlineStatus.OVERDUE).count();
    }

    /**
     * How many items are held out only until the applicant acts (not refused) and may add money by it: none when a
     * maximum limit has no room left ({@link #choiceAddsNothing}), where choosing this policy adds nothing.
     */
    private static long awaitingApplicant(EvaluationResult r) {
        return choiceAddsNothing(r) ? 0 : awaiting(r);
    }

    /**
     * How many items await the applicant's choice though choosing this policy adds nothing (a maximum limit with no
     * room left): said beside the verdict, not counted as money awaiting a choice ("待申请人作出选择后确定" had read as
     * if choosing could change the money, beside the warning that it adds nothing).
     */
    static long awaitingToNoAvail(EvaluationResult r) {
        return choiceAddsNothing(r) ? awaiting(r) : 0;
    }

    /**
     * Whether the module warned that a maximum limit leaves nothing a choice of this policy could add (the kit's
     * {@link io.iprules.kit.Decision.CapAndChoice}, used up): the one place the result says so.
     */
    static boolean choiceAddsNothing(EvaluationResult r) {
        return r.warnings().stream().anyMatch(w -> io.iprules.kit.Decision.CapAndChoice.of(w)
                .filter(io.iprules.kit.Decision.CapAndChoice::usedUp).isPresent());
    }

    private static long awaiting(EvaluationResult r) {
        return r.excluded().stream().filter(e -> e.reason().awaitsApplicant()).count();
    }

    /** How many awards are owed (their eligibility decided) but wait for a parameter to say how much. */
    private static long amountsOpen(EvaluationResult r) {
        return r.awards().stream().filter(a -> a.eligibilityDetermined() && !a.determined()).count();
    }
}
