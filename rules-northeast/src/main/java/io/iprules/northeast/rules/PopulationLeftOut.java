package io.iprules.northeast.rules;

import io.iprules.Target;
import io.iprules.kit.Decision;
import io.iprules.northeast.IpKind;

/**
 * The request gives no population: the per-capita indicator of each supplied kind is {@code UNKNOWN}.
 *
 * @param decision  the working record of the unit: the rules join on it
 * @param kind      a kind whose figures are supplied
 * @param perCapita its per-capita indicator's target, paired before the rules see it
 */
public record PopulationLeftOut(Decision decision, IpKind kind, Target perCapita) {
}
