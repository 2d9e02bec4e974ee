package io.iprules.jiaxing.rules;

import io.iprules.jiaxing.PatentAward;
import io.iprules.kit.Decision;

/**
 * A China Patent Award of the applicant (§6(5)4), as a fact for the rules: joined to its applicant's {@link Decision},
 * so that applicants evaluated in one rule session never meet in a rule.
 *
 * @param decision the applicant's working record
 * @param award the fact as the request gives it
 */
public record PatentAwardFact(Decision decision, PatentAward award) implements io.iprules.kit.DecisionFact {
}
