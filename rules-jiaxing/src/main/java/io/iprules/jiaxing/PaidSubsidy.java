package io.iprules.jiaxing;

import java.time.LocalDate;

/**
 * A subsidy already paid to the enterprise under this policy.
 *
 * @param code    the award code paid, e.g. {@code JX_CITY_PATENT_DEMO_ENTERPRISE}
 * @param date    the date it was paid
 * @param subject what it was for (patent number etc.); required for codes that cover several subjects, ignored
 *                for the §6(5)2 recognitions, which are one matter per enterprise
 */
public record PaidSubsidy(String code, LocalDate date, String subject) {
}
