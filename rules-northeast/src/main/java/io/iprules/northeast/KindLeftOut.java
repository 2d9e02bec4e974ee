package io.iprules.northeast;

/**
 * A kind of IP the request does not supply: its two indicators are {@code UNKNOWN}, never met or failed.
 *
 * @param kind           the kind
 * @param growthCode     its growth indicator's code
 * @param perCapitaCode  its per-capita indicator's code
 */
public record KindLeftOut(IpKind kind, String growthCode, String perCapitaCode) {

    static KindLeftOut of(IpKind kind) {
        return new KindLeftOut(kind, "NE_" + kind.name() + "_GROWTH", "NE_" + kind.name() + "_PER_CAPITA");
    }
}
