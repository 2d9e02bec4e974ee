package io.iprules.jiaxing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A subsidy already paid to the enterprise under this policy.
 *
 * @param code    the award code paid, e.g. {@code JX_CITY_PATENT_DEMO_ENTERPRISE}
 * @param date    the date it was paid
 * @param subject what it was for, as the award's {@code subjectId}: required for codes that cover several subjects
 *                (a patent, a brand, a loan-year…), ignored for the §6(5)2 recognitions, which are one matter per
 *                enterprise and programme. For {@code JX_SEI_ANNUITY}, the patent number covers the annual fees
 *                of that patent paid by {@code date}; {@code NUMBER/k} names the k-th fee alone.
 * @param amount  the yuan paid, optional; needed by the {@code TOP_UP} variant and by a cumulative maximum limit
 */
public record PaidSubsidy(String code, LocalDate date, String subject, BigDecimal amount) {

    /** A payment whose amount is not stated. */
    public PaidSubsidy(String code, LocalDate date, String subject) {
        this(code, date, subject, null);
    }
}
