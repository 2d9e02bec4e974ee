package io.iprules.jiaxing.rules;

import io.iprules.jiaxing.JiaxingEnterprise;
import io.iprules.kit.Decision;

/**
 * The enterprise applying, as a fact for the rules: joined to its applicant's {@link Decision}, so that applicants evaluated in one
 * rule session never meet in a rule.
 *
 * @param decision the applicant's working record
 * @param enterprise the enterprise
 */
public record Applicant(Decision decision, JiaxingEnterprise enterprise) {
    /** For rule constraints: the join to the applicant. */
    public Decision getDecision() {
        return decision;
    }
}
