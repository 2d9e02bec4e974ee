package io.iprules.northeast.rules;

import io.iprules.kit.Decision;

/**
 * Inserted by the scope rule when {@code NE_SCOPE} is met (the unit is the Northeast or one of its four provinces):
 * the indicators and measures are assessed only then.
 *
 * @param decision the working record of the unit: the rules join on it
 * @param unit     the unit's name
 */
public record InScope(Decision decision, String unit) {
}
