package io.iprules.jiaxing.rules;

import io.iprules.jiaxing.Patent;
import io.iprules.kit.Decision;

/**
 * A granted patent of the applicant (§6(5)1), as a fact for the rules: joined to its applicant's {@link Decision}, so
 * that applicants evaluated in one rule session never meet in a rule.
 *
 * @param decision the applicant's working record
 * @param patent the fact as the request gives it
 */
public record PatentFact(Decision decision, Patent patent) implements io.iprules.kit.DecisionFact {
}
