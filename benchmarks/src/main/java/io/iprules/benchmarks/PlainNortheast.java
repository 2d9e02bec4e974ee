package io.iprules.benchmarks;

import io.iprules.IndicatorStatus;
import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.ProvisionStatus;
import io.iprules.northeast.IpKind;
import io.iprules.northeast.KindFigures;
import io.iprules.northeast.Level;
import io.iprules.northeast.NortheastRegion;
import io.iprules.northeast.rules.Measure;
import io.iprules.northeast.rules.Measures;
import io.iprules.northeast.rules.NortheastScope;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * northeast-2017 assessed by hand-written Java, with no rule engine: the baseline the engine is measured against,
 * and a second, independent implementation the engine must agree with (the agreement test comes with the rules).
 * It computes what decides the assessment — the scope, per indicator of §2(2) the status, the shown values, the
 * gap and progress, the verdict, the measures and the period warning — not the explanations.
 *
 * <p>Independent of the module's {@code ExactComparison}: the shown rate is found by bisection on whole numbers
 * (the largest {@code K} with {@code K^n × start <= end × 10^(5n)}), and the growth progress from roots to
 * {@value #ROOT_DIGITS} digits found by bisection on decimals (exact when n = 1 or the growth is equal). The codes, the
 * scope, the measures and the year of the opinions are read from the module's data, never written here.
 * Validation is not repeated: it takes valid requests.
 */
public final class PlainNortheast {
    private static final int ROOT_DIGITS = 40;
    /** 通知: in force from the notice's date, 2017-02-27; an as-of date before it is warned of. */
    static final java.time.LocalDate IN_FORCE = java.time.LocalDate.of(2017, 2, 27);
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);
    private static final BigInteger RATE_UNIT = BigInteger.valueOf(100_000);

    private final List<String> codes;
    private final int policyYear;
    private final NortheastScope scope = NortheastScope.load();
    private final Measures measures = Measures.load();

    /** A baseline with the codes of {@code policy}'s §2(2) (the engine's description of northeast-2017). */
    public PlainNortheast(PolicyDescription policy) {
        List<String> c = new ArrayList<>();
        for (Provision p : policy.provisions()) {
            if (p.status() == ProvisionStatus.IMPLEMENTED && p.citation().endsWith("§2(2)")) {
                c.addAll(p.codes());
            }
        }
        this.codes = List.copyOf(c);
        this.policyYear = policy.inForceFrom().getYear();
    }

    /**
     * One indicator assessed.
     *
     * @param code      indicator code
     * @param status    met, not met, or unknown
     * @param actual    the unit's rate (a fraction to 4 decimals) or holdings per 10,000 (2 decimals), or {@code null}
     * @param reference the nation's, shown the same way, or {@code null}
     * @param gap       actual − reference as shown (rates in percentage points), or {@code null}
     * @param progress  unit ÷ nation to 4 decimals rounded down, or {@code null}
     */
    public record Row(String code, IndicatorStatus status, BigDecimal actual, BigDecimal reference, BigDecimal gap,
                      BigDecimal progress) {
    }

    /**
     * What the assessment decides.
     *
     * @param inScope     whether the unit is the Northeast or one of its four provinces ({@code NE_SCOPE})
     * @param indicators  the six indicators in the policy's order; empty out of scope
     * @param eligible    in scope and all six met
     * @param measures    the measures reported for the unit
     * @param earlyPeriod whether the period ends before the year of the opinions (a warning)
     */
    public record Outcome(boolean inScope, List<Row> indicators, boolean eligible, List<Measure> measures,
                          boolean earlyPeriod) {
    }

    /** Assesses {@code unit}. */
    public Outcome evaluate(NortheastRegion unit) {
        boolean inScope = unit.level() == Level.NORTHEAST || scope.covers(unit.province());
        boolean early = unit.period().to() < policyYear;
        if (!inScope) {
            return new Outcome(false, List.of(), false, List.of(), early);
        }
        List<Row> rows = new ArrayList<>(codes.size());
        int met = 0;
        for (String code : codes) {
            IpKind kind = IpKind.valueOf(code.substring(3, code.indexOf('_', 3)));
            KindFigures f = unit.figures().of(kind);
            Row row;
            if (code.endsWith("_GROWTH")) {
                row = f == null ? unknown(code) : growth(code, f, unit.period().to() - unit.period().from());
            } else {
                row = f == null || unit.population() == null ? unknown(code)
                        : perCapita(code, f, unit.population().region(), unit.population().national());
            }
            met += row.status() == IndicatorStatus.MET ? 1 : 0;
            rows.add(row);
        }
        return new Outcome(true, rows, met == codes.size(), measures.forUnit(unit.level(), unit.province()), early);
    }

    private static Row unknown(String code) {
        return new Row(code, IndicatorStatus.UNKNOWN, null, null, null, null);
    }

    private static Row growth(String code, KindFigures f, int years) {
        BigInteger sr = BigInteger.valueOf(f.region().start());
        BigInteger er = BigInteger.valueOf(f.region().end());
        BigInteger sn = BigInteger.valueOf(f.national().start());
        BigInteger en = BigInteger.valueOf(f.national().end());
        int c = er.multiply(sn).compareTo(en.multiply(sr));
        BigDecimal rr = shownRate(sr, er, years);
        BigDecimal rn = shownRate(sn, en, years);
        BigDecimal progress;
        if (en.compareTo(sn) <= 0) {
            progress = null;
        } else if (c == 0) {
            progress = BigDecimal.ONE.setScale(4);
        } else if (years == 1) {
            progress = new BigDecimal(er.subtract(sr).multiply(sn))
                    .divide(new BigDecimal(en.subtract(sn).multiply(sr)), 4, RoundingMode.FLOOR);
        } else {
            BigDecimal a = root(sr, er, years).subtract(BigDecimal.ONE);
            BigDecimal b = root(sn, en, years).subtract(BigDecimal.ONE);
            progress = a.divide(b, new MathContext(ROOT_DIGITS)).setScale(4, RoundingMode.FLOOR);
        }
        return new Row(code, c > 0 ? IndicatorStatus.MET : IndicatorStatus.NOT_MET, rr, rn,
                rr.subtract(rn).movePointRight(2).setScale(2, RoundingMode.UNNECESSARY), progress);
    }

    private static Row perCapita(String code, KindFigures f, long populationRegion, long populationNation) {
        BigInteger hr = BigInteger.valueOf(f.region().end());
        BigInteger hn = BigInteger.valueOf(f.national().end());
        BigInteger pr = BigInteger.valueOf(populationRegion);
        BigInteger pn = BigInteger.valueOf(populationNation);
        int c = hr.multiply(pn).compareTo(hn.multiply(pr));
        BigDecimal a = new BigDecimal(hr.multiply(TEN_THOUSAND)).divide(new BigDecimal(pr), 2, RoundingMode.HALF_UP);
        BigDecimal b = new BigDecimal(hn.multiply(TEN_THOUSAND)).divide(new BigDecimal(pn), 2, RoundingMode.HALF_UP);
        BigDecimal progress = hn.signum() == 0 ? null
                : new BigDecimal(hr.multiply(pn)).divide(new BigDecimal(hn.multiply(pr)), 4, RoundingMode.FLOOR);
        return new Row(code, c > 0 ? IndicatorStatus.MET : IndicatorStatus.NOT_MET, a, b, a.subtract(b), progress);
    }

    /** (end ÷ start)^(1/n) − 1 to 4 decimals, half up: from K = ⌊10^5 · root⌋ found by bisection. */
    private static BigDecimal shownRate(BigInteger start, BigInteger end, int n) {
        BigInteger target = end.multiply(RATE_UNIT.pow(n));
        BigInteger lo = BigInteger.ZERO; // lo^n × start <= target
        BigInteger hi = RATE_UNIT;
        while (hi.pow(n).multiply(start).compareTo(target) <= 0) {
            hi = hi.shiftLeft(1);
        }
        while (hi.subtract(lo).compareTo(BigInteger.ONE) > 0) { // lo fits, hi does not
            BigInteger mid = lo.add(hi).shiftRight(1);
            if (mid.pow(n).multiply(start).compareTo(target) <= 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        boolean exact = lo.pow(n).multiply(start).equals(target);
        BigDecimal five = new BigDecimal(lo.subtract(RATE_UNIT), 5);
        // not exact: the rate lies strictly between five and five + 0.00001, so any point inside rounds alike
        BigDecimal inside = exact ? five : five.add(new BigDecimal("0.000001"));
        return inside.setScale(4, RoundingMode.HALF_UP);
    }

    /** (end ÷ start)^(1/n) to {@value #ROOT_DIGITS} digits, by bisection. */
    private static BigDecimal root(BigInteger start, BigInteger end, int n) {
        BigDecimal x = new BigDecimal(end).divide(new BigDecimal(start), new MathContext(ROOT_DIGITS + 10));
        BigDecimal lo = BigDecimal.ZERO;
        BigDecimal hi = x.max(BigDecimal.ONE);
        BigDecimal eps = BigDecimal.ONE.movePointLeft(ROOT_DIGITS);
        while (hi.subtract(lo).compareTo(eps) > 0) {
            BigDecimal mid = lo.add(hi).divide(BigDecimal.valueOf(2), new MathContext(ROOT_DIGITS + 10));
            if (mid.pow(n, new MathContext(ROOT_DIGITS + 10)).compareTo(x) <= 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
