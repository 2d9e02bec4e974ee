package io.iprules.jiaxing.rules;

import io.iprules.kit.Decision;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A subsidy already paid under this policy, as a fact for the rules: the matter it settled.
 *
 * @param decision the applicant's working record (the join of the rules)
 * @param code    the award code paid
 * @param matter  the matter it settled (for a patent's annual fees named by the patent alone, the patent's
 *                annuity: it reaches the fees paid by {@code date})
 * @param date    when it was paid
 * @param amount  the yuan paid, or {@code null} when the history does not say
 */
public record PaidMatter(Decision decision, String code, String matter, LocalDate date, BigDecimal amount) implements io.iprules.kit.DecisionFact {

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
}
