package io.iprules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.IndicatorStatus;
import io.iprules.northeast.Counts;
import io.iprules.northeast.KindFigures;
import io.iprules.northeast.Level;
import io.iprules.northeast.NortheastFigures;
import io.iprules.northeast.NortheastRegion;
import io.iprules.northeast.Period;
import io.iprules.northeast.Population;
import io.iprules.northeast.rules.ExactComparison;
import io.iprules.kit.PolicyFiles;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The northeast-2017 baseline on the values worked out by hand (the acceptance example, the equal-growth
 * boundary, a province outside the Northeast), and against the module's arithmetic on generated figures: two
 * independent ways to the same shown values. The agreement with the engine comes with the rules.
 */
class PlainNortheastTest {
    private static final PlainNortheast PLAIN = new PlainNortheast(PolicyFiles.describe(NortheastRegion.class));

    private static KindFigures kind(long sr, long er, long sn, long en) {
        return new KindFigures(new Counts(sr, er), new Counts(sn, en));
    }

    private static NortheastRegion province(String name, int from, int to, Population pop, NortheastFigures f) {
        return new NortheastRegion(name, Level.PROVINCE, name, new Period(from, to), pop, f);
    }

    @Test
    void liaoningPatents2016To2020() {
        var out = PLAIN.evaluate(province("辽宁省", 2016, 2020, new Population(42_590_000L, 1_412_120_000L),
                new NortheastFigures(kind(60_000, 120_000, 1_700_000, 3_000_000), null, null)));
        assertThat(out.inScope()).isTrue();
        assertThat(out.eligible()).isFalse(); // four indicators unknown
        var growth = out.indicators().get(0);
        assertThat(growth.code()).isEqualTo("NE_PATENT_GROWTH");
        // 120,000 × 1,700,000 = 204e9 > 3,000,000 × 60,000 = 180e9; 2^(1/4) − 1 = 18.92%, (30/17)^(1/4) − 1 = 15.26%
        assertThat(growth.status()).isEqualTo(IndicatorStatus.MET);
        assertThat(growth.actual()).isEqualTo(new BigDecimal("0.1892"));
        assertThat(growth.reference()).isEqualTo(new BigDecimal("0.1526"));
        assertThat(growth.gap()).isEqualTo(new BigDecimal("3.66"));
        assertThat(growth.progress()).isEqualTo(new BigDecimal("1.2401"));
        var perCapita = out.indicators().get(1);
        // 120,000 × 1,412,120,000 > 3,000,000 × 42,590,000; 28.18 against 21.24 per 10,000
        assertThat(perCapita.status()).isEqualTo(IndicatorStatus.MET);
        assertThat(perCapita.actual()).isEqualTo(new BigDecimal("28.18"));
        assertThat(perCapita.reference()).isEqualTo(new BigDecimal("21.24"));
        assertThat(perCapita.gap()).isEqualTo(new BigDecimal("6.94"));
        assertThat(perCapita.progress()).isEqualTo(new BigDecimal("1.3262"));
        assertThat(out.indicators().subList(2, 6)).allMatch(r -> r.status() == IndicatorStatus.UNKNOWN);
        assertThat(out.measures()).hasSize(7).allMatch(m -> m.addressee().equals("辽宁省"));
        assertThat(out.earlyPeriod()).isFalse();
    }

    @Test
    void equalGrowthIsNotMet() {
        var out = PLAIN.evaluate(province("辽宁省", 2016, 2020, null,
                new NortheastFigures(kind(100, 200, 1_000, 2_000), null, null)));
        var growth = out.indicators().get(0);
        assertThat(growth.status()).isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(growth.progress()).isEqualTo(new BigDecimal("1.0000"));
        assertThat(growth.gap()).isEqualTo(new BigDecimal("0.00"));
        assertThat(out.indicators().get(1).status()).isEqualTo(IndicatorStatus.UNKNOWN); // no population
    }

    @Test
    void anotherProvinceIsOutOfScope() {
        var out = PLAIN.evaluate(province("浙江省", 2012, 2016, null,
                new NortheastFigures(kind(100, 300, 1_000, 2_000), null, null)));
        assertThat(out.inScope()).isFalse();
        assertThat(out.indicators()).isEmpty();
        assertThat(out.measures()).isEmpty();
        assertThat(out.eligible()).isFalse();
        assertThat(out.earlyPeriod()).isTrue(); // 2016 < 2017
    }

    @Test
    void theNortheastListsEveryMeasure() {
        var out = PLAIN.evaluate(new NortheastRegion("东北地区", Level.NORTHEAST, null, new Period(2016, 2020), null,
                new NortheastFigures(null, null, null)));
        assertThat(out.measures()).hasSize(22);
    }

    @Test
    void agreesWithTheModulesArithmetic() {
        Random random = new Random(20170227L);
        int met = 0;
        int notMet = 0;
        for (int i = 0; i < 500; i++) {
            long sn = 1 + random.nextInt(5_000_000);
            long en = random.nextInt(10) == 0 ? sn : sn + random.nextInt(5_000_000) - (random.nextBoolean() ? sn / 3
                    : 0);
            long sr = 1 + random.nextInt((int) Math.min(sn, 500_000));
            long er = Math.min(en, random.nextInt(5) == 0 ? sr * en / sn : random.nextInt(1_000_000));
            long pn = 1_000_000 + random.nextInt(1_500_000_000);
            long pr = 1 + random.nextInt((int) Math.min(pn, 100_000_000));
            int years = 1 + random.nextInt(10);
            var out = PLAIN.evaluate(province("吉林省", 2020 - years, 2020, new Population(pr, pn),
                    new NortheastFigures(null, kind(sr, er, sn, en), null)));
            var g = out.indicators().get(2);
            var p = out.indicators().get(3);
            BigInteger[] b = {BigInteger.valueOf(sr), BigInteger.valueOf(er), BigInteger.valueOf(sn),
                    BigInteger.valueOf(en)};
            String who = sr + "→" + er + " / " + sn + "→" + en + " over " + years + ", " + pr + " / " + pn;
            boolean higher = ExactComparison.growthHigher(b[0], b[1], b[2], b[3]);
            assertThat(g.status()).as(who).isEqualTo(higher ? IndicatorStatus.MET : IndicatorStatus.NOT_MET);
            assertThat(g.actual()).as(who).isEqualTo(ExactComparison.annualGrowthRate(b[0], b[1], years));
            assertThat(g.reference()).as(who).isEqualTo(ExactComparison.annualGrowthRate(b[2], b[3], years));
            assertThat(g.progress()).as(who).isEqualTo(ExactComparison.growthProgress(b[0], b[1], b[2], b[3], years));
            assertThat(p.actual()).as(who).isEqualTo(ExactComparison.perTenThousand(b[1], BigInteger.valueOf(pr)));
            assertThat(p.progress()).as(who).isEqualTo(ExactComparison.perCapitaProgress(b[1], BigInteger.valueOf(pr),
                    b[3], BigInteger.valueOf(pn)));
            if (higher) {
                met++;
            } else {
                notMet++;
            }
        }
        assertThat(met).isPositive();
        assertThat(notMet).isPositive();
    }
}
