package io.iprules.beijing.rules;

import io.iprules.beijing.PledgeLoan;
import io.iprules.kit.Decision;
import io.iprules.kit.DecisionFact;

/**
 * A year's interest on a §3(1) pledge loan, with the {@link Decision} of the applicant that paid it: the rules join
 * it on {@code decision == $d}.
 *
 * @param decision the applicant's working record
 * @param loan     the year's interest as given
 */
public record LoanYear(Decision decision, PledgeLoan loan) implements DecisionFact {
}
