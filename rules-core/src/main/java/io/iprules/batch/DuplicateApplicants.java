package io.iprules.batch;

import java.math.BigDecimal;
import java.util.List;

/**
 * Applicants a batch met more than once (重复申报): each repeat is evaluated and budgeted like any line, and counted
 * here with the total it adds a second time, so that the budget is not silently doubled.
 *
 * @param count     repeated lines (a third request of one applicant counts twice)
 * @param amount    the sum of the repeats' totals, yuan: what the budget counts on top of the applicants' earlier
 *                  lines (twice, where an earlier line was awarded the same; once, where it was awarded nothing)
 * @param repeats   the first 100 repeats, in input order
 * @param unchecked lines whose applicant the check could not remember, its memory full (a quarter of the heap by
 *                  default): each was checked against the applicants remembered, but a repeat among these lines is
 *                  not flagged; 0 when every applicant was remembered
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record DuplicateApplicants(long count, BigDecimal amount, List<Repeat> repeats, long unchecked) {
    /** None. */
    public static final DuplicateApplicants NONE = new DuplicateApplicants(0, BigDecimal.ZERO.setScale(2), List.of());

    /** Copies the repeats: a summary does not change after it is returned. */
    public DuplicateApplicants {
        repeats = List.copyOf(repeats);
    }

    /** Repeats of a check that remembered every applicant. */
    public DuplicateApplicants(long count, BigDecimal amount, List<Repeat> repeats) {
        this(count, amount, repeats, 0);
    }

    /**
     * One repeat.
     *
     * @param policy    the policy applied under
     * @param by        the identifying field that matched (declared by the policy's module)
     * @param applicant the credit code or the name
     * @param firstLine the line it was first met
     * @param line      the line of the repeat
     * @param total     the repeat's total, yuan
     */
    public record Repeat(String policy, String by, String applicant, long firstLine, long line, BigDecimal total) {
    }
}
