package io.iprules.jiaxing.rules;

import io.iprules.jiaxing.Recognition;
import io.iprules.kit.Decision;

/**
 * A recognition of the applicant (§6(5)2, §6(5)3), as a fact for the rules: joined to its applicant's {@link Decision},
 * so that applicants evaluated in one rule session never meet in a rule.
 *
 * @param decision the applicant's working record
 * @param recognition the fact as the request gives it
 */
public record RecognitionFact(Decision decision, Recognition recognition) implements io.iprules.kit.DecisionFact {
}
