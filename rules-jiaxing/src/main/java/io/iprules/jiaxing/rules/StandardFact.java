package io.iprules.jiaxing.rules;

import io.iprules.jiaxing.Standard;
import io.iprules.kit.Decision;

/**
 * A standard the applicant took part in drafting (§6(5)6), as a fact for the rules: joined to its applicant's
 * {@link Decision}, so that applicants evaluated in one rule session never meet in a rule.
 *
 * @param decision the applicant's working record
 * @param standard the fact as the request gives it
 */
public record StandardFact(Decision decision, Standard standard) implements io.iprules.kit.DecisionFact {
}
