package io.iprules.examples;

import io.iprules.EvaluationResult;

/**
 * What a result with awards says is due, for the verdict of the text output and of the HTML page alike: something,
 * nothing, or nothing yet while an award's eligibility waits for an open parameter, which an officer must not read as
 * a refusal.
 */
enum AwardsVerdict {
    /** An award is due (the contract's {@code eligible}). */
    DUE("verdict.eligible"),
    /** Nothing is due for certain, but whether some award is due waits for an open parameter. */
    PENDING("verdict.eligibility-open"),
    /** Nothing is due. */
    NOTHING_DUE("verdict.not-eligible");

    /** The label of the verdict line; {@code {0}}, where it has one, is the number of awards pending. */
    final String key;

    AwardsVerdict(String key) {
        this.key = key;
    }

    /**
     * {@code DUE} needs an award, not only the contract's {@code eligible}: beijing-2012's {@code eligible} is also
     * true for an enterprise merely in the scope of §1(1) (its reading {@code eligible}), whose pledge-loan interest
     * may all be held back; "something is due" over an empty list of awards would tell an officer to pay.
     */
    static AwardsVerdict of(EvaluationResult r) {
        return r.eligible() && r.awards().stream().anyMatch(a -> a.eligibilityDetermined()) ? DUE
                : pending(r) > 0 ? PENDING : NOTHING_DUE;
    }

    /** How many awards wait for an open parameter to say whether the applicant is eligible at all. */
    static long pending(EvaluationResult r) {
        return r.awards().stream().filter(a -> !a.eligibilityDetermined()).count();
    }
}
