package io.iprules.beijing;

import java.math.BigDecimal;

/**
 * A year's interest on an IP-pledge loan (知识产权质押贷款, beijing-2012 §3(1)).
 *
 * @param bank         the lending bank
 * @param pledge       what secures the loan
 * @param interestPaid the interest paid in the year, in yuan
 * @param year         the year
 */
public record PledgeLoan(String bank, Pledge pledge, BigDecimal interestPaid, Integer year) {
}
