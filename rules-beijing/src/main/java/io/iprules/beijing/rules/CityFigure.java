package io.iprules.beijing.rules;

import io.iprules.Target;
import io.iprules.kit.Decision;
import io.iprules.kit.DecisionFact;
import io.iprules.kit.Figure;

/**
 * One §1(2) target paired with the city's figure for it before the rules see them (the pairing is by code, which
 * {@code Figures.read} already did: one figure per target), with the city's {@link Decision}: the rule assesses it
 * without joining targets and figures.
 *
 * @param decision the city's working record
 * @param target   the 2015 target
 * @param figure   the city's figure for it (values {@code null} when not supplied)
 */
public record CityFigure(Decision decision, Target target, Figure figure) implements DecisionFact {
}
