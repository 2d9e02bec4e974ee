package io.iprules.beijing.rules;

/**
 * Whether the applicant is in the §1(1) scope (BJ_SEI_SCOPE), as the scope rule decided it: a fact the rules of
 * the provisions that depend on the scope match on.
 *
 * @param met whether the condition is met
 */
public record SeiScope(boolean met) {
}
