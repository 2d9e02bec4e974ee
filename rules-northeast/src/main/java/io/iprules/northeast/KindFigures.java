package io.iprules.northeast;

/**
 * One kind of IP's figures for the unit and for the whole country over the same period (同期).
 *
 * @param region   the unit's figures (for {@code NORTHEAST}, summed over the four provinces)
 * @param national the whole country's totals (全国平均水平 is the country's totals, the Northeast included, not a mean
 *                 of provincial figures)
 */
public record KindFigures(Counts region, Counts national) {
}
