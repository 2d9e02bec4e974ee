package io.iprules.northeast.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * northeast-2017 §2(2) “年均增长率、人均拥有量高于全国平均水平”: every value below is worked out by hand (the working
 * is in the comments), never copied from the class's output.
 */
class ExactComparisonTest {

    private static BigInteger n(long v) {
        return BigInteger.valueOf(v);
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    /** The acceptance example: 辽宁省 2016–2020, patents 60,000 → 120,000; the nation 1,700,000 → 3,000,000. */
    @Test
    void patentGrowthIsHigher() {
        // end_r × start_n = 120,000 × 1,700,000 = 204,000,000,000
        // end_n × start_r = 3,000,000 × 60,000   = 180,000,000,000   → 204e9 > 180e9: higher
        assertThat(ExactComparison.compareGrowth(n(60_000), n(120_000), n(1_700_000), n(3_000_000))).isPositive();
        assertThat(ExactComparison.growthHigher(n(60_000), n(120_000), n(1_700_000), n(3_000_000))).isTrue();
    }

    @Test
    void ratesToOneHundredthOfAPercent() {
        // region: 120,000 / 60,000 = 2; 2^(1/4) = √√2 = √1.41421356… = 1.18920711…; − 1 = 18.920711…% → 18.92%
        assertThat(ExactComparison.annualGrowthRate(n(60_000), n(120_000), 4)).isEqualTo(d("0.1892"));
        // nation: 3,000,000 / 1,700,000 = 30/17 = 1.76470588…; √ = 1.32842232…; √ = 1.15257205…
        // (1.152572^2 = 1.328422…, 1.328422^2 = 1.764705…) − 1 = 15.257205…% → 15.26% (the 5th decimal is 7: up)
        assertThat(ExactComparison.annualGrowthRate(n(1_700_000), n(3_000_000), 4)).isEqualTo(d("0.1526"));
    }

    @Test
    void gapAndProgressOfTheRates() {
        // gap of the rates as shown: 18.92 − 15.26 = 3.66 percentage points
        assertThat(ExactComparison.rateGapPoints(d("0.1892"), d("0.1526"))).isEqualTo(d("3.66"));
        // progress 0.18920711… ÷ 0.15257205… : 0.15257205 × 1.24 = 0.18918934, left 0.00001777, ÷ 0.15257 =
        // 0.0001165 → 1.2401165… → 1.2401 rounded down
        assertThat(ExactComparison.growthProgress(n(60_000), n(120_000), n(1_700_000), n(3_000_000), 4))
                .isEqualTo(d("1.2401"));
    }

    @Test
    void patentsPerCapitaAreHigher() {
        // holdings_r × pop_n = 120,000 × 1,412,120,000 = 169,454,400,000,000
        // holdings_n × pop_r = 3,000,000 × 42,590,000  = 127,770,000,000,000   → higher
        assertThat(ExactComparison.perCapitaHigher(n(120_000), n(42_590_000), n(3_000_000), n(1_412_120_000)))
                .isTrue();
        // per 10,000: 1,200,000,000 / 42,590,000 = 28.1756… → 28.18 (42.59 × 28 = 1,192.52; 7.48 / 42.59 = 0.1756)
        assertThat(ExactComparison.perTenThousand(n(120_000), n(42_590_000))).isEqualTo(d("28.18"));
        // 30,000,000,000 / 1,412,120,000 = 21.2446… → 21.24 (1,412.12 × 21 = 29,654.52; 345.48 / 1,412.12 = 0.2446)
        assertThat(ExactComparison.perTenThousand(n(3_000_000), n(1_412_120_000))).isEqualTo(d("21.24"));
        // gap 28.18 − 21.24 = 6.94
        assertThat(ExactComparison.perTenThousandGap(d("28.18"), d("21.24"))).isEqualTo(d("6.94"));
        // progress 169,454.4 / 127,770 = 1.32624… (127,770 × 1.3262 = 169,448.57; 5.83 / 127,770 = 0.0000456)
        assertThat(ExactComparison.perCapitaProgress(n(120_000), n(42_590_000), n(3_000_000), n(1_412_120_000)))
                .isEqualTo(d("1.3262"));
    }

    @Test
    void equalGrowthIsNotHigher() {
        // 100 → 200 and 1,000 → 2,000 both double: 200 × 1,000 = 200,000 = 2,000 × 100. 高于 is strict.
        assertThat(ExactComparison.compareGrowth(n(100), n(200), n(1_000), n(2_000))).isZero();
        assertThat(ExactComparison.growthHigher(n(100), n(200), n(1_000), n(2_000))).isFalse();
        // the rates are equal as shown too, and progress is exactly 1, not 0.9999
        assertThat(ExactComparison.annualGrowthRate(n(100), n(200), 4)).isEqualTo(d("0.1892"));
        assertThat(ExactComparison.annualGrowthRate(n(1_000), n(2_000), 4)).isEqualTo(d("0.1892"));
        assertThat(ExactComparison.growthProgress(n(100), n(200), n(1_000), n(2_000), 4)).isEqualTo(d("1.0000"));
    }

    @Test
    void oneUnitAboveEqualGrowthIsHigher() {
        // 201 × 1,000 = 201,000 > 2,000 × 100 = 200,000
        assertThat(ExactComparison.growthHigher(n(100), n(201), n(1_000), n(2_000))).isTrue();
        // one below: 199,000 < 200,000
        assertThat(ExactComparison.growthHigher(n(100), n(199), n(1_000), n(2_000))).isFalse();
        assertThat(ExactComparison.compareGrowth(n(100), n(199), n(1_000), n(2_000))).isNegative();
    }

    @Test
    void aGapInvisibleAtTwoDecimalsStillDecides() {
        // 1,000,000,001 / 1,000,000,000 against 1 / 1 … the region grew by one in a billion, the nation not at all:
        // 1,000,000,001 × 1 > 1 × 1,000,000,000. Shown, both rates are 0.00%.
        assertThat(ExactComparison.growthHigher(n(1_000_000_000), n(1_000_000_001), n(1), n(1))).isTrue();
        assertThat(ExactComparison.annualGrowthRate(n(1_000_000_000), n(1_000_000_001), 1)).isEqualTo(d("0.0000"));
    }

    @Test
    void equalPerCapitaIsNotHigher() {
        // 106,475 in 42,590,000 and 3,530,300 in 1,412,120,000 are both 25.00 per 10,000:
        // 106,475 × 1,412,120,000 = 150,355,477,000,000 = 3,530,300 × 42,590,000
        assertThat(ExactComparison.comparePerCapita(n(106_475), n(42_590_000), n(3_530_300), n(1_412_120_000)))
                .isZero();
        assertThat(ExactComparison.perCapitaHigher(n(106_475), n(42_590_000), n(3_530_300), n(1_412_120_000)))
                .isFalse();
        assertThat(ExactComparison.perTenThousand(n(106_475), n(42_590_000))).isEqualTo(d("25.00"));
        assertThat(ExactComparison.perCapitaProgress(n(106_475), n(42_590_000), n(3_530_300), n(1_412_120_000)))
                .isEqualTo(d("1.0000"));
    }

    @Test
    void oneHoldingAboveEqualPerCapitaIsHigher() {
        // 106,476 × 1,412,120,000 exceeds 3,530,300 × 42,590,000 by 1,412,120,000
        assertThat(ExactComparison.perCapitaHigher(n(106_476), n(42_590_000), n(3_530_300), n(1_412_120_000)))
                .isTrue();
        // and is still 25.00 per 10,000 shown (1,064,760,000 / 42,590,000 = 25.000234…)
        assertThat(ExactComparison.perTenThousand(n(106_476), n(42_590_000))).isEqualTo(d("25.00"));
        // progress 1.0000094… → 1.0000 (rounded down)
        assertThat(ExactComparison.perCapitaProgress(n(106_476), n(42_590_000), n(3_530_300), n(1_412_120_000)))
                .isEqualTo(d("1.0000"));
        // one below: 106,474 → lower
        assertThat(ExactComparison.comparePerCapita(n(106_474), n(42_590_000), n(3_530_300), n(1_412_120_000)))
                .isNegative();
    }

    @Test
    void perCapitaProgressNeedsNationalHoldings() {
        assertThat(ExactComparison.perCapitaProgress(n(5), n(100), n(0), n(1_000))).isNull();
        assertThat(ExactComparison.perCapitaHigher(n(5), n(100), n(0), n(1_000))).isTrue();
        assertThat(ExactComparison.perCapitaHigher(n(0), n(100), n(0), n(1_000))).isFalse();
    }

    @Test
    void halfUpOnAnExactHalf() {
        // one year: 118,925 / 100,000 − 1 = 0.18925 exactly → half up 0.1893
        assertThat(ExactComparison.annualGrowthRate(n(100_000), n(118_925), 1)).isEqualTo(d("0.1893"));
        // 0.18924 → 0.1892
        assertThat(ExactComparison.annualGrowthRate(n(100_000), n(118_924), 1)).isEqualTo(d("0.1892"));
    }

    @Test
    void aFallShownAwayFromZeroOnTheHalf() {
        // 81,075 / 100,000 − 1 = −0.18925 exactly → −0.1893 (half up is away from zero)
        assertThat(ExactComparison.annualGrowthRate(n(100_000), n(81_075), 1)).isEqualTo(d("-0.1893"));
        // −0.189245 → −0.1892
        assertThat(ExactComparison.annualGrowthRate(n(1_000_000), n(810_755), 1)).isEqualTo(d("-0.1892"));
        // 100 → 85 over 2 years: √0.85 − 1 = −0.0780455… (0.9219544^2 < 0.85 < 0.9219545^2), its fifth decimal a 5
        // but not a half: −0.0780, as any fall short of the half
        assertThat(ExactComparison.annualGrowthRate(n(100), n(85), 2)).isEqualTo(d("-0.0780"));
        // everything lost: 0 / x − 1 = −1
        assertThat(ExactComparison.annualGrowthRate(n(7), n(0), 3)).isEqualTo(d("-1.0000"));
    }

    @Test
    void perfectPowersAreExact() {
        // 121 / 100 = 1.1^2 → 10.00%; 1,024 / 1 = 2^10 → 100.00%
        assertThat(ExactComparison.annualGrowthRate(n(100), n(121), 2)).isEqualTo(d("0.1000"));
        assertThat(ExactComparison.annualGrowthRate(n(1), n(1_024), 10)).isEqualTo(d("1.0000"));
        // no growth: 0.00%
        assertThat(ExactComparison.annualGrowthRate(n(5), n(5), 7)).isEqualTo(d("0.0000"));
    }

    @Test
    void cubeAndFifthRoots() {
        // (4/3)^(1/3): 1.1^3 = 1.331 < 1.3333 < 1.1007^3 = 1.33354…; 1.10064^3 = 1.333302…, 1.10065^3 = 1.333339…
        // so 1.10064… → 10.06%
        assertThat(ExactComparison.annualGrowthRate(n(3), n(4), 3)).isEqualTo(d("0.1006"));
        // (8/7)^(1/5): 1.027^5 = 1.14247…, 1.0271^5 = 1.14303… and 8/7 = 1.142857…: 1.02706… → 2.71%
        assertThat(ExactComparison.annualGrowthRate(n(7), n(8), 5)).isEqualTo(d("0.0271"));
    }

    @Test
    void rationalRootsDivideAsFractions() {
        // 144/100 = 1.2^2 → 20%; 121/100 = 1.1^2 → 10%: exactly 2
        assertThat(ExactComparison.growthProgress(n(100), n(144), n(100), n(121), 2)).isEqualTo(d("2.0000"));
        // 81/100 = 0.9^2 → −10% against 10%: exactly −1
        assertThat(ExactComparison.growthProgress(n(100), n(81), n(100), n(121), 2)).isEqualTo(d("-1.0000"));
    }

    /**
     * One rational root and one irrational: the rational one does not make the ratio a fraction. √1.2 − 1 =
     * 0.0954451150…; 121/100 = 1.1^2 → 0.1.
     */
    @Test
    void oneRationalRootBesideAnIrrationalOneIsNarrowedAsIrrational() {
        // 0.0954451150… ÷ 0.1 = 0.954451… → 0.9544
        assertThat(ExactComparison.growthProgress(n(100), n(120), n(100), n(121), 2)).isEqualTo(d("0.9544"));
        // 0.1 ÷ 0.0954451150… = 1.0477225… (0.0954451150 × 1.0477 = 0.0999978, × 1.0478 = 0.1000074) → 1.0477
        assertThat(ExactComparison.growthProgress(n(100), n(121), n(100), n(120), 2)).isEqualTo(d("1.0477"));
        // 4 → 18 is 9/2 in lowest terms, 9 a square and 2 not: √4.5 − 1 = 1.1213203… ÷ 0.1 → 11.2132
        assertThat(ExactComparison.growthProgress(n(4), n(18), n(100), n(121), 2)).isEqualTo(d("11.2132"));
        // 9 → 18 is 2/1, 1 a square and 2 not: √2 − 1 = 0.4142135… ÷ 0.1 → 4.1421
        assertThat(ExactComparison.growthProgress(n(9), n(18), n(100), n(121), 2)).isEqualTo(d("4.1421"));
    }

    @Test
    void aFallAgainstGrowthRoundsTowardsMinusInfinity() {
        // √0.9 − 1 = −0.0513167…; √1.2 − 1 = 0.0954451…; ratio −0.537656… → −0.5377 (down, never overstated)
        assertThat(ExactComparison.growthProgress(n(100), n(90), n(100), n(120), 2)).isEqualTo(d("-0.5377"));
    }

    @Test
    void regionUnchangedIsZeroAndNationNotGrowingHasNoProgress() {
        assertThat(ExactComparison.growthProgress(n(100), n(100), n(100), n(120), 2)).isEqualTo(d("0.0000"));
        assertThat(ExactComparison.growthProgress(n(100), n(150), n(100), n(100), 2)).isNull();
        assertThat(ExactComparison.growthProgress(n(100), n(150), n(100), n(90), 2)).isNull();
    }

    /**
     * The ratio of two irrational roots is settled by narrowing both until the fourth decimal is certain: here it lies
     * within 10^-17 of 1 on either side, so 16 digits of the roots do not settle it and 32 do.
     */
    @Test
    void progressNextToADecimalBoundaryIsNarrowedUntilCertain() {
        // region 10^17 → 2·10^17 − 1 over 2 years: √(2 − 10^-17) − 1 = (√2 − 1) − 10^-17 ÷ (2√2) − …; the nation
        // 1 → 2: √2 − 1 = 0.41421356…; the ratio is 1 − 10^-17 ÷ (2√2 × 0.41421356…) = 1 − 8.54 × 10^-18 → 0.9999
        BigInteger e17 = BigInteger.TEN.pow(17);
        assertThat(ExactComparison.growthProgress(e17, e17.multiply(n(2)).subtract(BigInteger.ONE), n(1), n(2), 2))
                .isEqualTo(d("0.9999"));
        // one more instead of one fewer: 1 + 8.54 × 10^-18 → 1.0000
        assertThat(ExactComparison.growthProgress(e17, e17.multiply(n(2)).add(BigInteger.ONE), n(1), n(2), 2))
                .isEqualTo(d("1.0000"));
    }

    /** A nation that grew too little for the first 16 digits to show it above 0 is narrowed further, not divided by. */
    @Test
    void aNationGrowingByAHairIsStillAYardstick() {
        // the nation 10^20 → 10^20 + 1 over 2 years: √(1 + 10^-20) − 1 = 5 × 10^-21 − 1.25 × 10^-41 + …, which is
        // 0 at 16 digits. The region 100 → 120: √1.2 − 1 = 0.095445115010332226913939565601604…
        // ratio = 0.0954451150103322269139… ÷ (5 × 10^-21 × (1 − 2.5 × 10^-21))
        //       = 19,089,023,002,066,445,382.7879… × (1 + 2.5 × 10^-21) = …382.7879 + 0.0477 = …382.8356…
        BigInteger e20 = BigInteger.TEN.pow(20);
        assertThat(ExactComparison.growthProgress(n(100), n(120), e20, e20.add(BigInteger.ONE), 2))
                .isEqualTo(d("19089023002066445382.8356"));
    }

    @Test
    void integerRoots() {
        assertThat(ExactComparison.integerRoot(n(0), 3)).isEqualTo(n(0));
        assertThat(ExactComparison.integerRoot(n(1), 5)).isEqualTo(n(1));
        assertThat(ExactComparison.integerRoot(n(26), 3)).isEqualTo(n(2));
        assertThat(ExactComparison.integerRoot(n(27), 3)).isEqualTo(n(3));
        assertThat(ExactComparison.integerRoot(n(28), 3)).isEqualTo(n(3));
        assertThat(ExactComparison.integerRoot(n(1_023), 10)).isEqualTo(n(1));
        assertThat(ExactComparison.integerRoot(n(1_024), 10)).isEqualTo(n(2));
        // 10^40 − 1 has the 4th root 10^10 − 1; 10^40 has 10^10
        BigInteger e40 = BigInteger.TEN.pow(40);
        assertThat(ExactComparison.integerRoot(e40.subtract(BigInteger.ONE), 4))
                .isEqualTo(BigInteger.TEN.pow(10).subtract(BigInteger.ONE));
        assertThat(ExactComparison.integerRoot(e40, 4)).isEqualTo(BigInteger.TEN.pow(10));
        assertThat(ExactComparison.integerRoot(n(99), 1)).isEqualTo(n(99));
        assertThat(ExactComparison.integerRoot(n(99), 2)).isEqualTo(n(9));
    }

    @Test
    void refusesWhatCannotBeComputed() {
        assertThatThrownBy(() -> ExactComparison.compareGrowth(n(0), n(1), n(1), n(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startRegion");
        assertThatThrownBy(() -> ExactComparison.compareGrowth(n(1), n(1), n(-1), n(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startNation");
        assertThatThrownBy(() -> ExactComparison.compareGrowth(n(1), n(-1), n(1), n(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endRegion");
        assertThatThrownBy(() -> ExactComparison.comparePerCapita(n(1), n(0), n(1), n(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("populationRegion");
        assertThatThrownBy(() -> ExactComparison.perTenThousand(n(1), n(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("population");
        assertThatThrownBy(() -> ExactComparison.annualGrowthRate(n(1), n(2), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("years");
        assertThatThrownBy(() -> ExactComparison.growthProgress(n(1), n(2), n(1), n(2), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("years");
        // every other figure, each named: an end or a holding may be 0 but not below, a start or a population not 0
        assertThatThrownBy(() -> ExactComparison.compareGrowth(n(1), n(1), n(1), n(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("endNation must not be negative, not -1");
        assertThatThrownBy(() -> ExactComparison.comparePerCapita(n(-1), n(1), n(1), n(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("holdingsRegion must not be negative, not -1");
        assertThatThrownBy(() -> ExactComparison.comparePerCapita(n(1), n(1), n(-1), n(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("holdingsNation must not be negative, not -1");
        assertThatThrownBy(() -> ExactComparison.comparePerCapita(n(1), n(1), n(1), n(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("populationNation must be > 0, not 0");
        assertThatThrownBy(() -> ExactComparison.annualGrowthRate(n(0), n(1), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("start must be > 0, not 0");
        assertThatThrownBy(() -> ExactComparison.annualGrowthRate(n(1), n(-1), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("end must not be negative, not -1");
        assertThatThrownBy(() -> ExactComparison.perTenThousand(n(-1), n(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("holdings must not be negative, not -1");
        assertThatThrownBy(() -> ExactComparison.integerRoot(n(-8), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("x must not be negative, not -8");
    }
}
