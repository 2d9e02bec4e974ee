package io.iprules.northeast;

/**
 * One kind's figure at the start and at the end of the period: whole numbers (a fractional count is refused).
 *
 * @param start the figure of the first year, {@code > 0} (growth is measured from it)
 * @param end   the figure of the last year, {@code >= 0}
 */
public record Counts(Long start, Long end) {
}
