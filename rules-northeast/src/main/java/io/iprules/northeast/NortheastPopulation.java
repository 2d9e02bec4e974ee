package io.iprules.northeast;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.kit.china.ProvincialUnit;
import io.iprules.northeast.rules.NortheastScope;
import io.iprules.spi.RequestGenerator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Synthetic northeast-2017 requests: the Northeast as a whole, one of its four provinces, or now and then another
 * province, over a period of one to eight years ending 2013–2024, with figures of a realistic size.
 *
 * <p>The lines §2(2) draws are met often: a region growing exactly as fast as the nation ({@code end_r × start_n =
 * end_n × start_r}) or one unit off it, holdings per person exactly the nation's or one unit off, a nation that did
 * not grow. A kind, or the population, is now and then left out. Every request is valid: starts and populations
 * above 0, a region never above the nation. The four provinces come from the module's {@code scope.json}, the others
 * from the kit's table of provincial-level units ({@link ProvincialUnit}), in its order. Keeps no state between
 * requests: safe to share.
 *
 * <p>Listed in {@code META-INF/services}: fuzz, receipt and agreement tests find it there.
 */
public final class NortheastPopulation implements RequestGenerator {
    /** The policy id. */
    public static final String POLICY = "northeast-2017";
    private static final JsonNodeFactory JSON = new JsonNodeFactory(true);
    private static final String[] KINDS = {"PATENT", "TRADEMARK", "COPYRIGHT"};
    /** The nation's year-end figures are drawn up to this size (valid trademarks passed 30 million in 2020). */
    private static final long MAX_NATIONAL = 40_000_000L;
    private static final long NATION = 1_412_120_000L;

    private final NortheastScope scope;
    private final List<String> others;

    /** Made by the service loader. */
    public NortheastPopulation() {
        this(NortheastScope.load());
    }

    NortheastPopulation(NortheastScope scope) {
        this.scope = scope;
        this.others = ProvincialUnit.all().stream().map(ProvincialUnit::fullName).filter(p -> !scope.covers(p))
                .toList();
    }

    @Override
    public String policy() {
        return POLICY;
    }

    @Override
    public String next(RandomGenerator r) {
        ObjectNode request = JSON.objectNode();
        request.put("policy", POLICY);
        int to = 2013 + r.nextInt(12);
        int from = to - 1 - r.nextInt(8);
        request.put("asOf", (to + 1) + "-06-30");
        ObjectNode unit = request.putObject("applicant");
        int pick = r.nextInt(10);
        if (pick < 2) {
            unit.put("name", "东北地区");
            unit.put("level", Level.NORTHEAST.name());
        } else {
            String province = pick < 9 ? scope.scope().get(r.nextInt(scope.scope().size()))
                    : others.get(r.nextInt(others.size()));
            unit.put("name", province);
            unit.put("level", Level.PROVINCE.name());
            unit.put("province", province);
        }
        unit.putObject("period").put("from", from).put("to", to);
        long populationRegion = 10_000_000L + r.nextLong(110_000_000L);
        boolean withPopulation = r.nextInt(8) != 0;
        if (withPopulation) {
            unit.putObject("population").put("region", populationRegion).put("national", NATION);
        }
        ObjectNode figures = unit.putObject("figures");
        for (String kind : KINDS) {
            if (r.nextInt(6) == 0) {
                continue; // left out: two UNKNOWN
            }
            kind(figures.putObject(kind), r, populationRegion);
        }
        return request.toString();
    }

    private static void kind(ObjectNode k, RandomGenerator r, long populationRegion) {
        long sn;
        long en;
        long sr;
        long er;
        int line = r.nextInt(10);
        if (line < 3) {
            // growth exactly the nation's, or one off: start_r = a·c, end_r = b·c against a·d, b·d
            long a = 1 + r.nextLong(1_000);
            long b = a + r.nextLong(2 * a);
            long d = 100 + r.nextLong(MAX_NATIONAL / (3 * a));
            long c = 1 + r.nextLong(d);
            sn = a * d;
            en = b * d;
            sr = a * c;
            er = Math.min(en, Math.max(0, b * c + r.nextInt(3) - 1));
        } else if (line < 5) {
            // holdings per person exactly the nation's, or one off: end_r × NATION = end_n × population_r
            long g = gcd(populationRegion, NATION);
            long unitsRegion = populationRegion / g;
            long unitsNation = NATION / g;
            long t = 1 + r.nextLong(Math.max(1, MAX_NATIONAL / unitsNation));
            en = unitsNation * t;
            er = Math.max(0, unitsRegion * t + r.nextInt(3) - 1);
            sn = 1 + r.nextLong(en + 1);
            sr = 1 + r.nextLong(Math.min(sn, Math.max(1, er)));
        } else {
            sn = 1_000 + r.nextLong(MAX_NATIONAL / 2);
            en = r.nextInt(10) == 0 ? sn - r.nextLong(sn / 10 + 1) : sn + r.nextLong(MAX_NATIONAL / 2);
            sr = 1 + r.nextLong(Math.max(1, sn / 10));
            er = r.nextLong(Math.min(en, sr * 4) + 1);
        }
        k.putObject("region").put("start", sr).put("end", Math.min(er, en));
        k.putObject("national").put("start", sn).put("end", en);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
