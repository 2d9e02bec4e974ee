package io.iprules.northeast;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.northeast.rules.ExactComparison;
import io.iprules.testkit.Populations;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The synthetic requests are valid, reproducible, and reach every line §2(2) draws. */
class NortheastPopulationTest {
    private static final NortheastPopulation GENERATOR = new NortheastPopulation();

    @Test
    void validAndReachingEveryLine() {
        Random random = new Random(20170227L);
        int northeast = 0;
        int outside = 0;
        int noPopulation = 0;
        int kindLeftOut = 0;
        int equalGrowth = 0;
        int oneAboveEqualGrowth = 0;
        int equalPerCapita = 0;
        int nationNotGrowing = 0;
        int met = 0;
        for (int i = 0; i < 2_000; i++) {
            String json = GENERATOR.next(random);
            assertThat(ContractOnly.problems(json)).as(json).isEmpty();
            NortheastRegion r = (NortheastRegion) ContractOnly.read(json).subject();
            northeast += r.level() == Level.NORTHEAST ? 1 : 0;
            outside += r.level() == Level.PROVINCE && !ContractOnly.SCOPE.covers(r.province()) ? 1 : 0;
            noPopulation += r.population() == null ? 1 : 0;
            for (IpKind kind : IpKind.values()) {
                KindFigures f = r.figures().of(kind);
                if (f == null) {
                    kindLeftOut++;
                    continue;
                }
                BigInteger sr = BigInteger.valueOf(f.region().start());
                BigInteger er = BigInteger.valueOf(f.region().end());
                BigInteger sn = BigInteger.valueOf(f.national().start());
                BigInteger en = BigInteger.valueOf(f.national().end());
                int c = ExactComparison.compareGrowth(sr, er, sn, en);
                equalGrowth += c == 0 ? 1 : 0;
                met += c > 0 ? 1 : 0;
                oneAboveEqualGrowth += ExactComparison.compareGrowth(sr, er.subtract(BigInteger.ONE), sn, en) == 0
                        ? 1 : 0;
                nationNotGrowing += en.compareTo(sn) <= 0 ? 1 : 0;
                if (r.population() != null && ExactComparison.comparePerCapita(er,
                        BigInteger.valueOf(r.population().region()), en,
                        BigInteger.valueOf(r.population().national())) == 0) {
                    equalPerCapita++;
                }
            }
        }
        assertThat(List.of(northeast, outside, noPopulation, kindLeftOut, equalGrowth, oneAboveEqualGrowth,
                equalPerCapita, nationNotGrowing, met)).allMatch(n -> n > 10);
    }

    @TestFactory
    Stream<DynamicTest> generator() {
        return Populations.checks(GENERATOR);
    }
}
