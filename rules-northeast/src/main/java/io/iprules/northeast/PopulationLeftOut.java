package io.iprules.northeast;

/**
 * The request gives no population: the per-capita indicator of each supplied kind is {@code UNKNOWN}.
 *
 * @param kind          a kind whose figures are supplied
 * @param perCapitaCode its per-capita indicator's code
 */
public record PopulationLeftOut(IpKind kind, String perCapitaCode) {

    static PopulationLeftOut of(IpKind kind) {
        return new PopulationLeftOut(kind, "NE_" + kind.name() + "_PER_CAPITA");
    }
}
