package io.iprules.jiaxing.rules;

import io.iprules.kit.Decision;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A subsidy already paid under this policy (已享受的补助), as a fact for the rules: the matter it settled, named by
 * its first payment, with what was paid for the matter in all.
 *
 * @param decision  the applicant's working record (the join of the rules)
 * @param code      the award code of the first payment
 * @param matter    the matter it settled (for a patent's annual fees named by the patent alone, the patent's
 *                  annuity: it reaches the fees paid by {@code date})
 * @param date      when it was first paid
 * @param amount    the yuan of the first payment, or {@code null} when the history does not say
 * @param paidInAll the yuan of every payment of the matter that counts, or {@code null} when one does not say: what
 *                  the variant TOP_UP subtracts (§7(1) "new amount − amount already paid for that matter")
 * @param payments  how many payments of the matter count
 * @param lastPaid  when the matter was last paid (by a payment that counts): an item made after it is a later item,
 *                  one the matter did not have when it was paid (variant TOP_UP)
 * @param topUp     whether the deployment applies the variant TOP_UP (its exclusion then says so)
 */
public record PaidMatter(Decision decision, String code, String matter, LocalDate date, BigDecimal amount,
                         BigDecimal paidInAll, int payments, LocalDate lastPaid, boolean topUp) implements io.iprules.kit.DecisionFact {

    /** One payment. */
    public static PaidMatter of(Decision decision, String code, String matter, LocalDate date, BigDecimal amount,
                                boolean topUp) {
        return new PaidMatter(decision, code, matter, date, amount, amount, 1, date, topUp);
    }

    /**
     * This matter's payments and {@code later}'s, the same matter: named by the earlier (this one on the same day),
     * paid in all the sum of both, last paid on the later of their last days.
     */
    public PaidMatter and(PaidMatter later) {
        PaidMatter first = later.date.isBefore(date) ? later : this;
        BigDecimal sum = paidInAll == null || later.paidInAll == null ? null : paidInAll.add(later.paidInAll);
        return new PaidMatter(first.decision, first.code, first.matter, first.date, first.amount, sum,
                payments + later.payments, later.lastPaid.isAfter(lastPaid) ? later.lastPaid : lastPaid, topUp);
    }

    /** This fact, with what {@code all}, every payment of its matter, paid in all, and when it was last paid. */
    public PaidMatter paidInAll(PaidMatter all) {
        return new PaidMatter(decision, code, matter, date, amount, all.paidInAll, all.payments, all.lastPaid, topUp);
    }

    /** For rule constraints. */
    public String getMatter() {
        return matter;
    }

    /** For rule constraints. */
    public String getCode() {
        return code;
    }

    /** For rule constraints. */
    public LocalDate getDate() {
        return date;
    }

    /** For rule constraints. */
    public LocalDate getLastPaid() {
        return lastPaid;
    }
}
