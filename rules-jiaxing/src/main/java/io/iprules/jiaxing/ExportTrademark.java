package io.iprules.jiaxing;

import java.math.BigDecimal;

/**
 * A trademark registered in an export country (region), with the enterprise's exports of one year.
 *
 * @param mark    the trademark
 * @param country the country or region where it is registered
 * @param year    the year of the exports
 * @param exports the value of that year's exports, in yuan
 */
public record ExportTrademark(String mark, String country, Integer year, BigDecimal exports) {
}
