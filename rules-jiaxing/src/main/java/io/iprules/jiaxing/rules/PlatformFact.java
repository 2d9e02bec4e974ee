package io.iprules.jiaxing.rules;

import io.iprules.jiaxing.PatentInfoPlatform;
import io.iprules.kit.Decision;

/**
 * A public patent-information platform the applicant built (§6(5)3), as a fact for the rules: joined to its applicant's
 * {@link Decision}, so that applicants evaluated in one rule session never meet in a rule.
 *
 * @param decision the applicant's working record
 * @param platform the fact as the request gives it
 */
public record PlatformFact(Decision decision, PatentInfoPlatform platform) implements io.iprules.kit.DecisionFact {
}
