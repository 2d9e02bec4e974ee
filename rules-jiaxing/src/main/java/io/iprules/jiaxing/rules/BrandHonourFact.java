package io.iprules.jiaxing.rules;

import io.iprules.jiaxing.BrandHonour;
import io.iprules.kit.Decision;

/**
 * A brand honour of the applicant (§6(5)5), as a fact for the rules: joined to its applicant's {@link Decision}, so
 * that applicants evaluated in one rule session never meet in a rule.
 *
 * @param decision the applicant's working record
 * @param honour the fact as the request gives it
 */
public record BrandHonourFact(Decision decision, BrandHonour honour) implements io.iprules.kit.DecisionFact {
}
