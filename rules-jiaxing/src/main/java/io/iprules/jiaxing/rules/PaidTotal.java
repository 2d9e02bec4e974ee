package io.iprules.jiaxing.rules;

import java.math.BigDecimal;

/**
 * The yuan already paid under this policy by the as-of date, as the payment history states them (every payment
 * dated from the day the policy took force to the as-of date), as a fact for a cumulative maximum limit.
 *
 * @param amount the sum, exact
 */
public record PaidTotal(BigDecimal amount) {
}
