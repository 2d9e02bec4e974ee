package io.iprules.jiaxing.rules;

import io.iprules.kit.Decision;

/**
 * That the deployment switches on the variant {@code TOP_UP} of §7(1) (差额补足, {@code JX_VARIANT.TOP_UP}) on the
 * applicant's as-of date, as a fact for the rules: read once when the applicant is prepared rather than by every
 * rule that asks, and inserted only when it is on.
 *
 * @param decision the applicant's working record (the join of the rules)
 * @param basis    the deployment's value that switched it on: its first day and source (the result's variant names it)
 */
public record VariantTopUp(Decision decision, io.iprules.AmountBasis basis) implements io.iprules.kit.DecisionFact {
}
