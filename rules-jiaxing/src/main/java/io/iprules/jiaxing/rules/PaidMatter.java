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
 * @param lastPaidByCode the day each award code of the matter was last paid, by a payment that counts: an item of
 *                  that code dated on or before it may be what that payment paid, so it is no later item (variant
 *                  TOP_UP); a payment naming another code cannot have paid it. For one annual fee ({@code NUMBER/k})
 *                  a payment naming its patent's fees ({@code NUMBER}) is one of them too ({@link #coveredBy})
 * @param topUp     whether the deployment applies the variant TOP_UP (its exclusion then says so)
 */
public record PaidMatter(Decision decision, String code, String matter, LocalDate date, BigDecimal amount,
                         BigDecimal paidInAll, int payments, java.util.Map<String, LocalDate> lastPaidByCode,
                         boolean topUp) implements io.iprules.kit.DecisionFact {

    /** One payment. */
    public static PaidMatter of(Decision decision, String code, String matter, LocalDate date, BigDecimal amount,
                                boolean topUp) {
        return new PaidMatter(decision, code, matter, date, amount, amount, 1, java.util.Map.of(code, date), topUp);
    }

    /**
     * This matter's payments and {@code later}'s, the same matter: named by the earlier (this one on the same day),
     * paid in all the sum of both, each code last paid on the later of their days for it.
     */
    public PaidMatter and(PaidMatter later) {
        PaidMatter first = later.date.isBefore(date) ? later : this;
        BigDecimal sum = paidInAll == null || later.paidInAll == null ? null : paidInAll.add(later.paidInAll);
        java.util.Map<String, LocalDate> byCode = new java.util.HashMap<>(lastPaidByCode);
        later.lastPaidByCode.forEach((c, d) -> byCode.merge(c, d, (x, y) -> x.isAfter(y) ? x : y));
        return new PaidMatter(first.decision, first.code, first.matter, first.date, first.amount, sum,
                payments + later.payments, java.util.Map.copyOf(byCode), topUp);
    }

    /** This fact, with what {@code all}, every payment of its matter, paid in all, and when each code was last paid. */
    public PaidMatter paidInAll(PaidMatter all) {
        return new PaidMatter(decision, code, matter, date, amount, all.paidInAll, all.payments, all.lastPaidByCode,
                topUp);
    }

    /**
     * This fee's payments and {@code patentsFees}', a payment naming the fees of its patent (已享受的年费补助): that
     * one covers the fees paid by its date (reading once-paid), so the fee, when dated on or before it, may be what it
     * paid and is no later item to top up (variant TOP_UP). Only the day is taken: paid in all stays what the
     * payments naming the fee paid, since a payment of the patent's fees dated before the fee did not pay it, and
     * one dated on or after it leaves nothing to top up. Without it the fee was weighed against its own payments
     * alone, and a fee paid 100 before its day and covered by 900 after it showed a top-up of 800.
     */
    public PaidMatter coveredBy(PaidMatter patentsFees) {
        java.util.Map<String, LocalDate> byCode = new java.util.HashMap<>(lastPaidByCode);
        patentsFees.lastPaidByCode.forEach((c, d) -> byCode.merge(c, d, (x, y) -> x.isAfter(y) ? x : y));
        return new PaidMatter(decision, code, matter, date, amount, paidInAll, payments, java.util.Map.copyOf(byCode),
                topUp);
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

    /**
     * Whether a payment of the matter that counts may have paid an item of {@code code} dated {@code itemDate}: one
     * naming that code, dated on or after it (reading once-paid: a payment pays an item of the code it names that
     * was there on its date). Such an item is no later tier to top up (variant TOP_UP).
     */
    public boolean mayHavePaid(String itemCode, LocalDate itemDate) {
        LocalDate last = lastPaidByCode.get(itemCode);
        return last != null && !last.isBefore(itemDate);
    }
}
