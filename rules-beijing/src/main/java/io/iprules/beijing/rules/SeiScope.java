package io.iprules.beijing.rules;

import io.iprules.kit.Decision;
import io.iprules.kit.DecisionFact;

/**
 * Whether the applicant is in the §1(1) scope (BJ_SEI_SCOPE), as the scope rule decided it: a fact the rules of
 * the provisions that depend on the scope match on, joined to the applicant's {@link Decision}.
 *
 * @param decision the applicant's working record
 * @param met      whether the condition is met
 */
public record SeiScope(Decision decision, boolean met) implements DecisionFact {
}
