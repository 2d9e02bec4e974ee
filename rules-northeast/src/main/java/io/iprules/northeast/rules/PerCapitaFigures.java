package io.iprules.northeast.rules;

import io.iprules.Target;
import io.iprules.kit.Decision;
import io.iprules.northeast.IpKind;
import io.iprules.northeast.KindFigures;
import io.iprules.northeast.Population;
import java.math.BigInteger;

/**
 * One kind's figures for 人均拥有量 (holdings per resident at the end year), prepared with their exact comparison
 * for the rules to decide on: {@code comparison} is {@code signum(holdings_r × population_n − holdings_n ×
 * population_r)} ({@link ExactComparison#comparePerCapita}).
 *
 * @param decision         the working record of the unit the figures are of: the rules join on it
 * @param target           the indicator's target, paired with the figures before the rules see them
 * @param kind             the kind of IP
 * @param code             the indicator's code, e.g. {@code NE_PATENT_PER_CAPITA}
 * @param holdingsRegion   the unit's figure at the end of the last year
 * @param populationRegion the unit's resident population at the end year
 * @param holdingsNation   the nation's figure at the end of the last year
 * @param populationNation the nation's resident population at the end year
 * @param comparison       the sign of (the unit's holdings per person − the nation's), decided exactly
 */
public record PerCapitaFigures(Decision decision, Target target, IpKind kind, String code, BigInteger holdingsRegion,
        BigInteger populationRegion,
                               BigInteger holdingsNation, BigInteger populationNation, int comparison) {

    /** The end figures of {@code kind} against {@code population}, with their comparison, for the target {@code t}. */
    public static PerCapitaFigures of(Decision d, Target t, IpKind kind, KindFigures f, Population population) {
        BigInteger hr = BigInteger.valueOf(f.region().end());
        BigInteger pr = BigInteger.valueOf(population.region());
        BigInteger hn = BigInteger.valueOf(f.national().end());
        BigInteger pn = BigInteger.valueOf(population.national());
        return new PerCapitaFigures(d, t, kind, t.code(), hr, pr, hn, pn,
                ExactComparison.comparePerCapita(hr, pr, hn, pn));
    }
}
