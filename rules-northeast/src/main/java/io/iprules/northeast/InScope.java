package io.iprules.northeast;

/**
 * Inserted by the scope rule when {@code NE_SCOPE} is met (the unit is the Northeast or one of its four provinces):
 * the indicators and measures are assessed only then.
 *
 * @param unit the unit's name
 */
public record InScope(String unit) {
}
