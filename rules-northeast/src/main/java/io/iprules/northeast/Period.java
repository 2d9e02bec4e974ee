package io.iprules.northeast;

/**
 * The period over which growth is averaged (年均): from the end of year {@code from} to the end of year {@code to},
 * {@code n = to − from >= 1} years. The text sets no horizon, so the period is the request's; region and nation
 * share it. Wrapper types let validation see a missing value.
 *
 * @param from the first year (its year-end figures are the start)
 * @param to   the last year (its year-end figures are the end, and its population the base of 人均)
 */
public record Period(Integer from, Integer to) {

    /** The number of years {@code to − from}; only meaningful once validated. */
    public int years() {
        return to - from;
    }
}
