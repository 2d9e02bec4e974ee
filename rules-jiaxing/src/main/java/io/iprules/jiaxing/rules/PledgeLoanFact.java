package io.iprules.jiaxing.rules;

import io.iprules.jiaxing.PledgeLoan;
import io.iprules.kit.Decision;

/**
 * A year's interest the applicant paid on a patent-pledge loan (§6(5)2), with whether the applicant is an SME (the
 * condition of the subsidy), as a fact for the rules: joined to its applicant's {@link Decision}, so that applicants
 * evaluated in one rule session never meet in a rule.
 *
 * @param decision the applicant's working record
 * @param loan     the fact as the request gives it
 * @param sme      whether the applicant is a 中小企业, as the request says ({@code null} when it does not)
 */
public record PledgeLoanFact(Decision decision, PledgeLoan loan, Boolean sme) implements io.iprules.kit.DecisionFact {
}
