package io.iprules.northeast.rules;

import io.iprules.IndicatorStatus;
import io.iprules.Target;
import io.iprules.Text;
import io.iprules.kit.Count;
import io.iprules.kit.Decimal;
import io.iprules.kit.Decision;
import io.iprules.northeast.IpKind;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * What a rule of §2(2) records once it has decided a status: the values shown (rates to 0.01%, holdings per 10,000),
 * the gap, the progress and the exact comparison that decided, through {@link Decision#assessExactly}. Decides
 * nothing itself: the status is the rule's.
 */
public final class NortheastIndicators {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private NortheastIndicators() {
    }

    /** Records the growth indicator {@code t} of {@code g} with the {@code status} a rule decided. */
    public static void growth(Decision d, Target t, GrowthFigures g, IndicatorStatus status) {
        BigDecimal region = ExactComparison.annualGrowthRate(g.startRegion(), g.endRegion(), g.years());
        BigDecimal nation = ExactComparison.annualGrowthRate(g.startNation(), g.endNation(), g.years());
        BigDecimal gap = ExactComparison.rateGapPoints(region, nation);
        BigDecimal progress = ExactComparison.growthProgress(g.startRegion(), g.endRegion(), g.startNation(),
                g.endNation(), g.years());
        String exact = cross(g.endRegion(), g.startNation(), g.comparison(), g.endNation(), g.startRegion());
        // the figures grouped as the officer reads them (4,435; 1,008.93%; a year count of 8 as it is); the exact
        // comparison in decidedBy stays as the machine checks it
        Text detail = d.text(key("detail.growth", g.comparison()), g.kind(), new Count(g.startRegion()),
                new Count(g.endRegion()), g.years(), new Decimal(percent(region)), new Count(g.startNation()),
                new Count(g.endNation()), new Decimal(percent(nation)), margin(d, gap, g.comparison()));
        d.assessExactly(t, status, region, nation, progress, exact, gap, detail);
    }

    /** Records the per-capita indicator {@code t} of {@code f} with the {@code status} a rule decided. */
    public static void perCapita(Decision d, Target t, PerCapitaFigures f, IndicatorStatus status) {
        BigDecimal region = ExactComparison.perTenThousand(f.holdingsRegion(), f.populationRegion());
        BigDecimal nation = ExactComparison.perTenThousand(f.holdingsNation(), f.populationNation());
        BigDecimal gap = ExactComparison.perTenThousandGap(region, nation);
        BigDecimal progress = ExactComparison.perCapitaProgress(f.holdingsRegion(), f.populationRegion(),
                f.holdingsNation(), f.populationNation());
        String exact = cross(f.holdingsRegion(), f.populationNation(), f.comparison(), f.holdingsNation(),
                f.populationRegion());
        // copyright's figure is the end year's registrations, which stand for holdings (reading holdings-govern-both):
        // its detail says 登记 (registered), not 拥有 (owns)
        String prefix = f.kind() == IpKind.COPYRIGHT ? "detail.per-capita.registrations" : "detail.per-capita";
        Text detail = d.text(key(prefix, f.comparison()), f.kind(), new Count(f.holdingsRegion()),
                new Count(f.populationRegion()), new Decimal(region), new Count(f.holdingsNation()),
                new Count(f.populationNation()), new Decimal(nation), margin(d, gap, f.comparison()));
        d.assessExactly(t, status, region, nation, progress, exact, gap, detail);
    }

    /** Records {@code t} as {@code UNKNOWN}, with the message {@code key} about {@code kind}. */
    public static void unknown(Decision d, Target t, IpKind kind, String key) {
        d.assessExactly(t, IndicatorStatus.UNKNOWN, null, null, null, null, null, d.text(key, kind));
    }

    /**
     * How far apart the shown values are, as the detail words it: higher or lower by the gap's size (the JSON's
     * {@code gap} keeps its sign). Values shown equal though one is exactly higher (rates to 0.01%, per 10,000 to
     * 0.01) are less than 0.01 apart, not "0.00". Equal values have no margin.
     */
    private static Object margin(Decision d, BigDecimal gap, int comparison) {
        if (comparison == 0) {
            return null;
        }
        String key = comparison > 0 ? "detail.margin.higher" : "detail.margin.lower";
        return gap.signum() == 0 ? d.text(key + ".below-shown-precision") : d.text(key, new Decimal(gap.abs()));
    }

    private static String key(String prefix, int comparison) {
        return prefix + (comparison > 0 ? ".met" : comparison < 0 ? ".not-met" : ".equal");
    }

    private static String cross(BigInteger a, BigInteger b, int comparison, BigInteger c, BigInteger e) {
        return a + " × " + b + (comparison > 0 ? " > " : comparison < 0 ? " < " : " = ") + c + " × " + e;
    }

    /** A rate as a percentage: 0.1892 is 18.92. */
    private static BigDecimal percent(BigDecimal rate) {
        return rate.multiply(HUNDRED).setScale(rate.scale() - 2);
    }
}
