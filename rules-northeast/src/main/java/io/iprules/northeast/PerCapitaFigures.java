package io.iprules.northeast;

import java.math.BigInteger;

/**
 * One kind's figures for 人均拥有量 (holdings per resident at the end year), prepared with their exact comparison
 * for the rules to decide on: {@code comparison} is {@code signum(holdings_r × population_n − holdings_n ×
 * population_r)} ({@link ExactComparison#comparePerCapita}).
 *
 * @param kind             the kind of IP
 * @param code             the indicator's code, e.g. {@code NE_PATENT_PER_CAPITA}
 * @param holdingsRegion   the unit's figure at the end of the last year
 * @param populationRegion the unit's resident population at the end year
 * @param holdingsNation   the nation's figure at the end of the last year
 * @param populationNation the nation's resident population at the end year
 * @param comparison       the sign of (the unit's holdings per person − the nation's), decided exactly
 */
public record PerCapitaFigures(IpKind kind, String code, BigInteger holdingsRegion, BigInteger populationRegion,
                               BigInteger holdingsNation, BigInteger populationNation, int comparison) {

    /** The end figures of {@code kind} against {@code population}, with their comparison. */
    static PerCapitaFigures of(IpKind kind, KindFigures f, Population population) {
        BigInteger hr = BigInteger.valueOf(f.region().end());
        BigInteger pr = BigInteger.valueOf(population.region());
        BigInteger hn = BigInteger.valueOf(f.national().end());
        BigInteger pn = BigInteger.valueOf(population.national());
        return new PerCapitaFigures(kind, "NE_" + kind.name() + "_PER_CAPITA", hr, pr, hn, pn,
                ExactComparison.comparePerCapita(hr, pr, hn, pn));
    }
}
