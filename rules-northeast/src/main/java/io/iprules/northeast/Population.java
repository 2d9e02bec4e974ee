package io.iprules.northeast;

/**
 * Resident population (常住人口) at the end year of the period, the base of holdings per person (人均拥有量).
 * Left out, the three per-capita indicators are {@code UNKNOWN}; given, both are required and {@code > 0}.
 *
 * @param region   the unit's population (for {@code NORTHEAST}, the four provinces together)
 * @param national the whole country's population (全国, the Northeast included)
 */
public record Population(Long region, Long national) {
}
