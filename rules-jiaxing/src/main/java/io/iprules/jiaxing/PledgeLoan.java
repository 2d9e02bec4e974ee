package io.iprules.jiaxing;

import java.math.BigDecimal;

/**
 * Interest paid in one year on a bank loan secured by a patent pledge (专利权质押贷款).
 *
 * @param bank         the lending bank
 * @param interestPaid the interest paid in that year, in yuan
 * @param year         the year the interest was paid
 */
public record PledgeLoan(String bank, BigDecimal interestPaid, Integer year) {
}
