package io.iprules.northeast;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iprules.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The scenario files, until the rules are wired (then rules-testkit runs them against the engine): the refused
 * requests through the real JSON contract and the module's validation; the assessed ones against
 * {@link ExactComparison}, the measures file and the scope, so that the values worked out by hand in each file and
 * the arithmetic agree now.
 */
class ScenarioFilesTest {
    private static final Path ROOT = Path.of("src/test/resources/scenarios");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Measures MEASURES = Measures.load();
    private static final String[][] CODES = {
        {"PATENT", "NE_PATENT_GROWTH", "NE_PATENT_PER_CAPITA"},
        {"TRADEMARK", "NE_TRADEMARK_GROWTH", "NE_TRADEMARK_PER_CAPITA"},
        {"COPYRIGHT", "NE_COPYRIGHT_GROWTH", "NE_COPYRIGHT_PER_CAPITA"},
    };

    private static Stream<Path> files(boolean validation) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.walk(ROOT)) {
            all = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return all.stream().filter(p -> p.getParent().getFileName().toString().equals("validation") == validation);
    }

    @TestFactory
    Stream<DynamicTest> refused() throws IOException {
        return files(true).map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            JsonNode s = JSON.readTree(f.toFile());
            List<Problem> found = ContractOnly.problems(s.get("request").toString());
            JsonNode expected = s.get("expectError");
            for (JsonNode e : expected) {
                assertThat(found).as(f + ": " + found).anySatisfy(p -> {
                    assertThat(p.path()).isEqualTo(e.get("path").asText());
                    assertThat(p.message()).contains(e.get("messageContains").asText());
                });
            }
            assertThat(found).as(f.toString()).hasSize(expected.size());
        }));
    }

    @TestFactory
    Stream<DynamicTest> assessed() throws IOException {
        List<Path> list = files(false).toList();
        assertThat(list).hasSizeGreaterThanOrEqualTo(15);
        return list.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path f) throws IOException {
        JsonNode s = JSON.readTree(f.toFile());
        assertThat(ContractOnly.problems(s.get("request").toString())).as(f.toString()).isEmpty();
        NortheastRegion r = (NortheastRegion) ContractOnly.read(s.get("request").toString()).subject();
        JsonNode expect = s.get("expect");
        boolean inScope = r.level() == Level.NORTHEAST || ContractOnly.SCOPE.covers(r.province());
        JsonNode scope = expect.get("conditions").get(0);
        assertThat(scope.get("code").asText()).isEqualTo("NE_SCOPE");
        assertThat(scope.get("met").asBoolean()).as(f.toString()).isEqualTo(inScope);
        assertThat(scope.get("citation").asText()).isEqualTo("northeast-2017 §7(1)");

        int met = 0;
        if (!inScope) {
            assertThat(expect.get("indicators")).isEmpty();
        } else {
            for (String[] c : CODES) {
                KindFigures k = r.figures().of(IpKind.valueOf(c[0]));
                JsonNode g = expect.get("indicators").get(c[1]);
                JsonNode p = expect.get("indicators").get(c[2]);
                assertThat(g.get("citation").asText()).isEqualTo("northeast-2017 §2(2)");
                assertThat(p.get("citation").asText()).isEqualTo("northeast-2017 §2(2)");
                if (k == null) {
                    assertThat(g.get("status").asText()).as(f + " " + c[1]).isEqualTo("UNKNOWN");
                    assertThat(p.get("status").asText()).as(f + " " + c[2]).isEqualTo("UNKNOWN");
                    continue;
                }
                met += growth(f, r.period().years(), k, g) ? 1 : 0;
                if (r.population() == null) {
                    assertThat(p.get("status").asText()).as(f + " " + c[2]).isEqualTo("UNKNOWN");
                } else {
                    met += perCapita(f, r.population(), k, p) ? 1 : 0;
                }
            }
        }
        assertThat(expect.get("eligible").asBoolean()).as(f.toString()).isEqualTo(inScope && met == 6);

        List<Measure> measures = MEASURES.forUnit(r.level(), r.province());
        JsonNode shown = expect.get("measures");
        assertThat(shown).as(f.toString()).hasSize(inScope ? measures.size() : 0);
        for (int i = 0; i < shown.size(); i++) {
            Measure m = measures.get(i);
            assertThat(shown.get(i).get("citation").asText()).isEqualTo(m.citation());
            assertThat(shown.get(i).get("addressee").asText()).isEqualTo(m.addressee());
            assertThat(shown.get(i).get("text").asText()).isEqualTo(m.text());
            if (shown.get(i).has("scope")) {
                assertThat(shown.get(i).get("place").asText()).isEqualTo(m.place());
                assertThat(shown.get(i).get("scope").toString()).isEqualTo(JSON.valueToTree(m.scope()).toString());
            }
        }
        JsonNode warnings = expect.get("warnings");
        if (warnings != null) {
            boolean early = r.period().to() < 2017;
            if (warnings.isArray()) {
                assertThat(early).as(f.toString()).isTrue();
                assertThat(warnings.get(0).asText()).isEqualTo(String.valueOf(r.period().to()));
            } else {
                assertThat(early).as(f.toString()).isFalse();
            }
        }
    }

    private static BigInteger n(Long v) {
        return BigInteger.valueOf(v);
    }

    private static boolean growth(Path f, int years, KindFigures k, JsonNode g) {
        BigInteger sr = n(k.region().start());
        BigInteger er = n(k.region().end());
        BigInteger sn = n(k.national().start());
        BigInteger en = n(k.national().end());
        boolean higher = ExactComparison.growthHigher(sr, er, sn, en);
        assertThat(g.get("status").asText()).as(f.toString()).isEqualTo(higher ? "MET" : "NOT_MET");
        BigDecimal rr = ExactComparison.annualGrowthRate(sr, er, years);
        BigDecimal rn = ExactComparison.annualGrowthRate(sn, en, years);
        assertThat(g.get("actual").asText()).as(f.toString()).isEqualTo(rr.toPlainString());
        assertThat(g.get("required").asText()).isEqualTo("> " + rn.toPlainString());
        assertThat(g.get("reference").get("value").asText()).isEqualTo(rn.toPlainString());
        assertThat(g.get("gap").asText()).isEqualTo(ExactComparison.rateGapPoints(rr, rn).toPlainString());
        BigDecimal progress = ExactComparison.growthProgress(sr, er, sn, en, years);
        assertThat(g.get("progress").isNull() ? null : g.get("progress").asText())
                .isEqualTo(progress == null ? null : progress.toPlainString());
        return higher;
    }

    private static boolean perCapita(Path f, Population pop, KindFigures k, JsonNode p) {
        BigInteger hr = n(k.region().end());
        BigInteger hn = n(k.national().end());
        BigInteger pr = n(pop.region());
        BigInteger pn = n(pop.national());
        boolean higher = ExactComparison.perCapitaHigher(hr, pr, hn, pn);
        assertThat(p.get("status").asText()).as(f.toString()).isEqualTo(higher ? "MET" : "NOT_MET");
        BigDecimal a = ExactComparison.perTenThousand(hr, pr);
        BigDecimal b = ExactComparison.perTenThousand(hn, pn);
        assertThat(p.get("actual").asText()).as(f.toString()).isEqualTo(a.toPlainString());
        assertThat(p.get("required").asText()).isEqualTo("> " + b.toPlainString());
        assertThat(p.get("gap").asText()).isEqualTo(ExactComparison.perTenThousandGap(a, b).toPlainString());
        assertThat(p.get("progress").asText())
                .isEqualTo(ExactComparison.perCapitaProgress(hr, pr, hn, pn).toPlainString());
        return higher;
    }
}
