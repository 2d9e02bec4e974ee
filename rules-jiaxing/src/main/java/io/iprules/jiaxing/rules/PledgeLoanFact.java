package io.iprules.jiaxing.rules;

import io.iprules.jiaxing.PledgeLoan;
import io.iprules.kit.Decision;

/**
 * A year's interest the applicant paid on a patent-pledge loan (§6(5)2), as a fact for the rules: joined to its applicant's {@link Decision}, so that applicants evaluated in one
 * rule session never meet in a rule.
 *
 * @param decision the applicant's working record
 * @param loan the fact as the request gives it
 */
public record PledgeLoanFact(Decision decision, PledgeLoan loan) {
    /** For rule constraints: the join to the applicant. */
    public Decision getDecision() {
        return decision;
    }
}
