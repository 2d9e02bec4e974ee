package io.iprules.jiaxing.rules;

import io.iprules.kit.Decision;
import java.math.BigDecimal;

/**
 * The per-enterprise maximum limit of §7(1) (最高限额) as the deployment sets it on the applicant's as-of date, as a
 * fact for the rules: read once when the applicant is prepared rather than by every rule that asks, and inserted
 * only when the deployment sets a limit (the text gives no figure: no fact, no limit).
 *
 * @param decision   the applicant's working record (the join of the rules)
 * @param cap        the limit in yuan ({@code JX_MAXIMUM_LIMIT})
 * @param cumulative whether the limit counts the amounts already paid ({@code JX_MAXIMUM_LIMIT.CUMULATIVE} on)
 * @param paid       the yuan already paid under this policy by the as-of date, as the payment history states them
 *                   (every payment dated from the day the policy took force to the as-of date)
 * @param basis      the deployment's value of the limit: its first day and source, which the exclusions name
 * @param cumulativeBasis the deployment's value of the period switch when it makes the limit cumulative, else
 *                   {@code null}
 */
public record MaximumLimit(Decision decision, BigDecimal cap, boolean cumulative, BigDecimal paid,
                           io.iprules.AmountBasis basis, io.iprules.AmountBasis cumulativeBasis)
        implements io.iprules.kit.DecisionFact {

    /**
     * The limit as the exclusions and warnings say it: its value, and the parameter, first day and source the
     * deployment gave for it, with the as-of date that chose that value ({@code detail.cap}: "the maximum limit of
     * 100,000.00 yuan (JX_MAXIMUM_LIMIT, from 2016-01-01, as in force on the as-of date 2016-06-30, source: …)"), so
     * that the figure that cut an award can be traced as an amount's basis can.
     */
    public io.iprules.Text said() {
        return Proposals.yuanOnAsOf(decision, cap, basis);
    }

    /**
     * The period switch as the cumulative limit's exclusions say it (its parameter, first day, the as-of date that
     * chose it, and source).
     */
    public io.iprules.Text cumulativeSaid() {
        return Proposals.basisOnAsOf(decision, cumulativeBasis);
    }

    /** For rule constraints. */
    public boolean isCumulative() {
        return cumulative;
    }

    /** What this limit leaves for this evaluation: the cap, less the amounts already paid when it is cumulative. */
    public BigDecimal forThisEvaluation() {
        return cumulative ? cap.subtract(paid).max(BigDecimal.ZERO) : cap;
    }

    /**
     * Whether, once the limit was applied, the amounts before {@code c} in the result's order left nothing for it
     * (read when the rule that holds an open amount back is evaluated, after the limit's rule: not a field of the
     * candidate, which the limit sets without a {@code modify}).
     */
    public boolean leftNothingBefore(io.iprules.kit.Candidate c) {
        return c.getCapRoom() != null && c.getCapRoom().signum() <= 0;
    }

    /**
     * How much more the limit lets this evaluation pay once it has cut the total: what it leaves, less what stands
     * (each standing item as cut). An item awaiting the applicant's choice is worth at most this more if chosen.
     */
    public BigDecimal roomLeft() {
        return forThisEvaluation().subtract(certainlyPaid()).max(BigDecimal.ZERO);
    }

    /** What stands and is certainly paid: the known amounts, each as cut, but those awaiting an open one. */
    public BigDecimal certainlyPaid() {
        BigDecimal due = BigDecimal.ZERO;
        for (io.iprules.kit.Candidate c : decision.standing()) {
            if (c.getAmount().isDetermined() && c.getCapAwaits() == null) { // one awaiting is not certainly paid
                due = due.add(c.getAmount().value());
                if (c.getCapCut() != null) {
                    due = due.subtract(c.getCapCut());
                }
            }
        }
        return due;
    }

    /** How many standing items the limit cannot yet settle: amounts still open, and known ones awaiting them. */
    public int undetermined() {
        int n = 0;
        for (io.iprules.kit.Candidate c : decision.standing()) {
            if (!c.getAmount().isDetermined() || c.getCapAwaits() != null) {
                n++;
            }
        }
        return n;
    }
}
