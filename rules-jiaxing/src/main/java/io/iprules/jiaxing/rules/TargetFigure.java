package io.iprules.jiaxing.rules;

import io.iprules.Target;
import io.iprules.kit.Decision;
import io.iprules.kit.Figure;

/**
 * A §1(2) target paired with the city's figure for it before the rules see them, as a fact for the rules: one per
 * target, joined to the city's {@link Decision} (the targets themselves are the policy's constants).
 *
 * @param decision the city's working record
 * @param target   the target
 * @param figure   the city's figure for it (its value {@code null} when not supplied)
 */
public record TargetFigure(Decision decision, Target target, Figure figure) implements io.iprules.kit.DecisionFact {
}
