package io.iprules.northeast.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The arithmetic of northeast-2017 §2(2) “年均增长率、人均拥有量高于全国平均水平”, in whole numbers only: no root is
 * taken to decide, and no floating point is used anywhere.
 *
 * <p><b>Deciding.</b> The average annual growth rate (年均增长率) is compound, {@code (end ÷ start)^(1/n) − 1}. Region
 * and nation share the period, so {@code n} is the same and, as {@code x ↦ x^(1/n) − 1} is strictly increasing, the
 * region's rate is higher (高于, strict) iff {@code end_r ÷ start_r > end_n ÷ start_n}, i.e. iff
 * {@code end_r × start_n > end_n × start_r}. Holdings per person (人均拥有量) are higher iff
 * {@code holdings_r ÷ population_r > holdings_n ÷ population_n}, i.e. iff
 * {@code holdings_r × population_n > holdings_n × population_r}. Equal is not higher.
 *
 * <p><b>Showing.</b> The figures shown are worked out exactly too, then rounded once, for display only (they never
 * decide):
 * <ul>
 *   <li>a rate to 0.01% (4 decimals of a fraction), half up: {@code ⌊10^5·(end ÷ start)^(1/n)⌋} is the integer
 *       n-th root of {@code ⌊end·10^(5n) ÷ start⌋}, so the fifth decimal is known exactly and rounding on it is
 *       exact;</li>
 *   <li>holdings per 10,000 residents (每万人) to 2 decimals, half up;</li>
 *   <li>the gap: the region's figure as shown minus the nation's as shown (rates in percentage points), so that
 *       the three numbers a reader sees add up;</li>
 *   <li>progress: region ÷ nation to 4 decimals, rounded down (towards −∞, so never overstated); for growth the
 *       ratio of the two rates, found by narrowing both roots until the fourth decimal is certain.</li>
 * </ul>
 */
public final class ExactComparison {
    /** Decimals of a rate shown as a fraction: 0.01% is 0.0001. */
    public static final int RATE_SCALE = 4;
    /** Decimals of a figure per 10,000 residents. */
    public static final int PER_TEN_THOUSAND_SCALE = 2;
    /** Decimals of progress. */
    public static final int PROGRESS_SCALE = 4;

    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Digits of the roots at which narrowing the growth progress stops: far beyond any real case (see below). */
    private static final int MAX_ROOT_DIGITS = 2_000;

    private ExactComparison() {
    }

    // ------------------------------------------------------------------ deciding

    /**
     * The sign of (region's growth − nation's growth) over one period: {@code signum(end_r × start_n − end_n ×
     * start_r)}. Starts must be {@code > 0}, ends {@code >= 0}.
     */
    public static int compareGrowth(BigInteger startRegion, BigInteger endRegion, BigInteger startNation,
                                    BigInteger endNation) {
        positive(startRegion, "startRegion");
        positive(startNation, "startNation");
        notNegative(endRegion, "endRegion");
        notNegative(endNation, "endNation");
        return endRegion.multiply(startNation).compareTo(endNation.multiply(startRegion));
    }

    /** Whether the region's average annual growth is strictly higher than the nation's (高于). */
    public static boolean growthHigher(BigInteger startRegion, BigInteger endRegion, BigInteger startNation,
                                       BigInteger endNation) {
        return compareGrowth(startRegion, endRegion, startNation, endNation) > 0;
    }

    /**
     * The sign of (region's holdings per person − nation's): {@code signum(holdings_r × population_n − holdings_n ×
     * population_r)}. Populations must be {@code > 0}, holdings {@code >= 0}.
     */
    public static int comparePerCapita(BigInteger holdingsRegion, BigInteger populationRegion,
                                       BigInteger holdingsNation, BigInteger populationNation) {
        notNegative(holdingsRegion, "holdingsRegion");
        notNegative(holdingsNation, "holdingsNation");
        positive(populationRegion, "populationRegion");
        positive(populationNation, "populationNation");
        return holdingsRegion.multiply(populationNation).compareTo(holdingsNation.multiply(populationRegion));
    }

    /** Whether the region's holdings per person are strictly higher than the nation's (高于). */
    public static boolean perCapitaHigher(BigInteger holdingsRegion, BigInteger populationRegion,
                                          BigInteger holdingsNation, BigInteger populationNation) {
        return comparePerCapita(holdingsRegion, populationRegion, holdingsNation, populationNation) > 0;
    }

    // ------------------------------------------------------------------ showing

    /**
     * The average annual growth rate {@code (end ÷ start)^(1/years) − 1} as a fraction to {@value #RATE_SCALE}
     * decimals (0.01%), rounded half up (away from zero): 60,000 → 120,000 over 4 years is {@code 0.1892}.
     */
    public static BigDecimal annualGrowthRate(BigInteger start, BigInteger end, int years) {
        positive(start, "start");
        notNegative(end, "end");
        if (years < 1) {
            throw new IllegalArgumentException("years must be >= 1, not " + years);
        }
        int digits = RATE_SCALE + 1;
        BigInteger scale = BigInteger.TEN.pow(digits);
        // t = ⌊10^5 · g⌋ with g = (end/start)^(1/n): the integer root of ⌊end·10^(5n)/start⌋ (floor of a floor's root
        // is the floor of the root). exact when g·10^5 is a whole number.
        BigInteger radicand = end.multiply(scale.pow(years));
        BigInteger[] qr = radicand.divideAndRemainder(start);
        BigInteger t = integerRoot(qr[0], years);
        boolean exact = qr[1].signum() == 0 && t.pow(years).equals(qr[0]);
        BigInteger rate = t.subtract(scale); // ⌊10^5 · (g − 1)⌋, exact or not
        // half up at 4 decimals: ⌊(x + 5) / 10⌋ rounds x·10^-5 half towards +∞, which is half up for x >= 0; a
        // negative rate exactly on the half goes one further from zero.
        BigInteger rounded = floorDiv(rate.add(BigInteger.valueOf(5)), BigInteger.TEN);
        if (rate.signum() < 0 && exact && rate.mod(BigInteger.TEN).equals(BigInteger.valueOf(5))) {
            rounded = rounded.subtract(BigInteger.ONE);
        }
        return new BigDecimal(rounded, RATE_SCALE);
    }

    /**
     * Holdings per 10,000 residents to {@value #PER_TEN_THOUSAND_SCALE} decimals, half up: 120,000 in 42,590,000 is
     * 28.18.
     */
    public static BigDecimal perTenThousand(BigInteger holdings, BigInteger population) {
        notNegative(holdings, "holdings");
        positive(population, "population");
        return new BigDecimal(holdings.multiply(TEN_THOUSAND))
                .divide(new BigDecimal(population), PER_TEN_THOUSAND_SCALE, RoundingMode.HALF_UP);
    }

    /** The gap between two rates as shown, in percentage points: 0.1892 and 0.1526 are 3.66 apart. */
    public static BigDecimal rateGapPoints(BigDecimal shownRegion, BigDecimal shownNation) {
        return shownRegion.subtract(shownNation).multiply(HUNDRED).setScale(RATE_SCALE - 2, RoundingMode.UNNECESSARY);
    }

    /** The gap between two figures per 10,000 as shown: 28.18 and 21.24 are 6.94 apart. */
    public static BigDecimal perTenThousandGap(BigDecimal shownRegion, BigDecimal shownNation) {
        return shownRegion.subtract(shownNation);
    }

    /**
     * The region's holdings per person ÷ the nation's, to {@value #PROGRESS_SCALE} decimals rounded down:
     * {@code (holdings_r × population_n) ÷ (holdings_n × population_r)}; {@code null} when the nation holds none.
     */
    public static BigDecimal perCapitaProgress(BigInteger holdingsRegion, BigInteger populationRegion,
                                               BigInteger holdingsNation, BigInteger populationNation) {
        comparePerCapita(holdingsRegion, populationRegion, holdingsNation, populationNation); // checks the signs
        if (holdingsNation.signum() == 0) {
            return null;
        }
        return floorFraction(holdingsRegion.multiply(populationNation), holdingsNation.multiply(populationRegion));
    }

    /**
     * The region's average annual growth rate ÷ the nation's, to {@value #PROGRESS_SCALE} decimals rounded down
     * (towards −∞); {@code null} when the nation did not grow (a rate of 0 or less is no yardstick of progress).
     *
     * <p>Exact: equal growth factors give exactly 1 and a region that did not change exactly 0; two rational
     * roots (perfect powers) are divided as fractions; otherwise the ratio is irrational (real radicals that are
     * not rational multiples of each other are linearly independent over the rationals, Besicovitch), so it is
     * never on a boundary of the fourth decimal, and narrowing both roots settles it.
     */
    public static BigDecimal growthProgress(BigInteger startRegion, BigInteger endRegion, BigInteger startNation,
                                            BigInteger endNation, int years) {
        int sign = compareGrowth(startRegion, endRegion, startNation, endNation); // checks the signs
        if (years < 1) {
            throw new IllegalArgumentException("years must be >= 1, not " + years);
        }
        if (endNation.compareTo(startNation) <= 0) {
            return null;
        }
        if (sign == 0) {
            return BigDecimal.ONE.setScale(PROGRESS_SCALE);
        }
        if (endRegion.equals(startRegion)) {
            return BigDecimal.ZERO.setScale(PROGRESS_SCALE);
        }
        BigInteger[] r = rationalRoot(startRegion, endRegion, years);
        BigInteger[] n = rationalRoot(startNation, endNation, years);
        if (r != null && n != null) {
            // (pr/qr − 1) ÷ (pn/qn − 1) = (pr − qr)·qn ÷ ((pn − qn)·qr)
            return floorFraction(r[0].subtract(r[1]).multiply(n[1]), n[0].subtract(n[1]).multiply(r[1]));
        }
        for (int digits = 16; digits <= MAX_ROOT_DIGITS; digits *= 2) {
            BigInteger scale = BigInteger.TEN.pow(digits);
            // g·10^d lies in [lo, lo + 1]; the rate·10^d in [lo − 10^d, lo + 1 − 10^d]
            BigInteger rLo = integerRoot(endRegion.multiply(scale.pow(years)).divide(startRegion), years)
                    .subtract(scale);
            BigInteger rHi = rLo.add(BigInteger.ONE);
            BigInteger nLo = integerRoot(endNation.multiply(scale.pow(years)).divide(startNation), years)
                    .subtract(scale);
            BigInteger nHi = nLo.add(BigInteger.ONE);
            if (nLo.signum() <= 0) {
                continue; // the nation's rate is not yet known to be above 0 at this precision
            }
            BigInteger lowNum = rLo;
            BigInteger lowDen = rLo.signum() >= 0 ? nHi : nLo;
            BigInteger highNum = rHi;
            BigInteger highDen = rHi.signum() >= 0 ? nLo : nHi;
            BigDecimal low = floorFraction(lowNum, lowDen);
            BigDecimal high = floorFraction(highNum, highDen);
            if (low.equals(high)) {
                return low;
            }
        }
        throw new IllegalStateException("growth progress not settled within " + MAX_ROOT_DIGITS + " digits");
    }

    // ------------------------------------------------------------------ integers

    /** {@code ⌊x^(1/n)⌋} for {@code x >= 0}, {@code n >= 1}, by Newton's method on integers. */
    static BigInteger integerRoot(BigInteger x, int n) {
        notNegative(x, "x");
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, not " + n);
        }
        if (n == 1 || x.signum() == 0) {
            return x;
        }
        if (n == 2) {
            return x.sqrt();
        }
        BigInteger nn = BigInteger.valueOf(n);
        BigInteger nMinus1 = BigInteger.valueOf(n - 1L);
        // start above the root: 2^⌈bits/n⌉ > x^(1/n); Newton's iterates then fall monotonically to the floor
        BigInteger y = BigInteger.ONE.shiftLeft((x.bitLength() + n - 1) / n);
        while (true) {
            BigInteger next = nMinus1.multiply(y).add(x.divide(y.pow(n - 1))).divide(nn);
            if (next.compareTo(y) >= 0) {
                return y;
            }
            y = next;
        }
    }

    /** {@code {p, q}} with {@code (end ÷ start)^(1/n) = p ÷ q} when the root is rational, else {@code null}. */
    private static BigInteger[] rationalRoot(BigInteger start, BigInteger end, int n) {
        BigInteger g = end.gcd(start);
        BigInteger num = end.divide(g);
        BigInteger den = start.divide(g);
        BigInteger p = integerRoot(num, n);
        BigInteger q = integerRoot(den, n);
        return p.pow(n).equals(num) && q.pow(n).equals(den) ? new BigInteger[] {p, q} : null;
    }

    /** {@code ⌊num ÷ den⌋} to {@value #PROGRESS_SCALE} decimals, for {@code den > 0}. */
    private static BigDecimal floorFraction(BigInteger num, BigInteger den) {
        return new BigDecimal(floorDiv(num.multiply(TEN_THOUSAND), den), PROGRESS_SCALE);
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && (qr[1].signum() != b.signum()) ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static void positive(BigInteger v, String name) {
        Objects.requireNonNull(v, name);
        if (v.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, not " + v);
        }
    }

    private static void notNegative(BigInteger v, String name) {
        Objects.requireNonNull(v, name);
        if (v.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative, not " + v);
        }
    }
}
