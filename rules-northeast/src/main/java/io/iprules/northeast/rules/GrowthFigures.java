package io.iprules.northeast.rules;

import io.iprules.Target;
import io.iprules.kit.Decision;
import io.iprules.northeast.IpKind;
import io.iprules.northeast.KindFigures;
import java.math.BigInteger;

/**
 * One kind's figures for 年均增长率 (average annual growth), prepared with their exact comparison for the rules to
 * decide on: {@code comparison} is {@code signum(end_r × start_n − end_n × start_r)}
 * ({@link ExactComparison#compareGrowth}), so {@code > 0} is 高于 and {@code 0} grows exactly as fast.
 *
 * @param decision    the working record of the unit the figures are of: the rules join on it
 * @param target      the indicator's target, paired with the figures before the rules see them
 * @param kind        the kind of IP
 * @param code        the indicator's code, e.g. {@code NE_PATENT_GROWTH}
 * @param startRegion the unit's figure at the end of the first year
 * @param endRegion   the unit's figure at the end of the last year
 * @param startNation the nation's figure at the end of the first year
 * @param endNation   the nation's figure at the end of the last year
 * @param years       {@code n = to − from >= 1}
 * @param comparison  the sign of (the unit's growth − the nation's), decided exactly
 */
public record GrowthFigures(Decision decision, Target target, IpKind kind, String code, BigInteger startRegion,
        BigInteger endRegion,
                           BigInteger startNation, BigInteger endNation, int years, int comparison) {

    /** The figures of {@code kind} over {@code years}, with their comparison, for the target {@code t}. */
    public static GrowthFigures of(Decision d, Target t, IpKind kind, KindFigures f, int years) {
        BigInteger sr = BigInteger.valueOf(f.region().start());
        BigInteger er = BigInteger.valueOf(f.region().end());
        BigInteger sn = BigInteger.valueOf(f.national().start());
        BigInteger en = BigInteger.valueOf(f.national().end());
        return new GrowthFigures(d, t, kind, t.code(), sr, er, sn, en, years,
                ExactComparison.compareGrowth(sr, er, sn, en));
    }
}
