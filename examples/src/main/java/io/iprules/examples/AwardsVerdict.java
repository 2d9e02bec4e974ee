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

    static AwardsVerdict of(EvaluationResult r) {
        return r.eligible() ? DUE : pending(r) > 0 ? PENDING : NOTHING_DUE;
    }

    /** How many awards wait for an open parameter to say whether the applicant is eligible at all. */
    static long pending(EvaluationResult r) {
        return r.awards().stream().filter(a -> !a.eligibilityDetermined()).count();
    }
}
