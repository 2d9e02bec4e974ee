package io.iprules.northeast.rules;

import io.iprules.Target;
import io.iprules.kit.Decision;
import io.iprules.northeast.IpKind;

/**
 * A kind of IP the request does not supply: its two indicators are {@code UNKNOWN}, never met or failed.
 *
 * @param decision  the working record of the unit: the rules join on it
 * @param kind      the kind
 * @param growth    its growth indicator's target, paired before the rules see it
 * @param perCapita its per-capita indicator's target, paired before the rules see it
 */
public record KindLeftOut(Decision decision, IpKind kind, Target growth, Target perCapita) {
}
