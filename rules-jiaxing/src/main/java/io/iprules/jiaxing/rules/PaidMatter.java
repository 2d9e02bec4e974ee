package io.iprules.jiaxing.rules;

import java.time.LocalDate;

/**
 * A subsidy already paid under this policy, as a fact for the rules: the matter it settled.
 *
 * @param code      the award code paid
 * @param matter    the matter it settled
 * @param date      when it was paid
 */
public record PaidMatter(String code, String matter, LocalDate date) {
    /** For rule constraints. */
    public String getMatter() {
        return matter;
    }
}
