package io.iprules.jiaxing;

import java.time.LocalDate;

/**
 * A granted patent of the enterprise.
 *
 * @param number         the patent number, e.g. {@code ZL201310001234.5}
 * @param kind           invention, utility model or design
 * @param grantDate      the date of grant (授权)
 * @param field          the industry field; required for an invention patent (decides the annual-fee subsidy)
 * @param annualFeesPaid how many annual fees have been paid since grant; required for an invention patent in a
 *                       strategic emerging industry
 */
public record Patent(String number, PatentKind kind, LocalDate grantDate, IndustryField field, Integer annualFeesPaid) {
}
