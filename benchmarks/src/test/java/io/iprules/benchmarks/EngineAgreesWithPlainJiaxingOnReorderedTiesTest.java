package io.iprules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.EvaluationRequest;
import io.iprules.Outcome;
import io.iprules.ParameterInfo;
import io.iprules.ParameterValue;
import io.iprules.PolicyDescription;
import io.iprules.RulesEngine;
import io.iprules.jiaxing.Jiaxing2012;
import io.iprules.spi.Evaluation;
import io.iprules.spi.PolicyModule;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The order among alternatives of equal amount (§7(1) 按最优惠一项执行) is data, the ranks of {@code s7_1_tie_order.json}
 * (RULES.md §7(1)), and for one export year's marks the marks and countries themselves, never a Java enum's declaration
 * order nor the request's: not in the engine, and not in the hand-written baseline
 * either, which reads them from the engine's policy description as it reads amounts. Shown by reversing them: an
 * engine whose jiaxing-2012 describes every list's ranks reversed (the module itself unchanged) decides otherwise
 * than the text's ranks do, and the baseline, given that engine's description, decides with it. A baseline that
 * ranked by {@code ordinal()} kept the text's order here and disagreed; so does one that reads no tie data at all.
 */
class EngineAgreesWithPlainJiaxingOnReorderedTiesTest {
    private static final RulesEngine TEXT = RulesEngine.builder().build();
    private static final RulesEngine REVERSED = RulesEngine.builder().withoutDiscovery().module(new ReversedTies())
            .build();

    /**
     * jiaxing-2012 as it is, but for the ranks of its tie order, reversed within each list (RECOGNITION's 1 to 6
     * become 6 to 1, PATENT_AWARD's 1 and 2 become 2 and 1, BRAND_HONOUR's 1 to 4 become 4 to 1).
     */
    private static final class ReversedTies implements PolicyModule {
        private final Jiaxing2012 module = new Jiaxing2012();

        @Override
        public String id() {
            return module.id();
        }

        @Override
        public PolicyDescription describe() {
            PolicyDescription d = module.describe();
            Map<String, Integer> highest = new HashMap<>();
            for (ParameterInfo p : d.parameters()) {
                if (p.name().startsWith("JX_TIE_RANK.")) {
                    for (ParameterValue v : p.values()) {
                        highest.merge(list(p.name()), Integer.parseInt(v.value()), Math::max);
                    }
                }
            }
            return d.withParameters(d.parameters().stream().map(p -> !p.name().startsWith("JX_TIE_RANK.") ? p
                    : p.withValues(p.values().stream().map(v -> new ParameterValue(v.from(),
                            String.valueOf(highest.get(list(p.name())) + 1 - Integer.parseInt(v.value())),
                            v.source() + " (reversed, for a test)")).toList())).toList());
        }

        /** {@code JX_TIE_RANK.RECOGNITION} of {@code JX_TIE_RANK.RECOGNITION.NATIONAL_IP_DEMO_ENTERPRISE}. */
        private static String list(String name) {
            return name.substring(0, name.lastIndexOf('.'));
        }

        @Override
        public List<Outcome> evaluate(List<Evaluation> chunk) {
            return module.evaluate(chunk);
        }

        @Override
        public void checkParameters(PolicyDescription deployed) {
            module.checkParameters(deployed);
        }

        @Override
        public List<Class<?>> sharedMaterial() {
            return module.sharedMaterial();
        }

        @Override
        public Set<String> dataKinds() {
            return module.dataKinds();
        }

        @Override
        public String useData(String kind, Map<String, byte[]> files) {
            return module.useData(kind, files);
        }
    }

    /** An enterprise evaluated on 2015-12-31, whatever its facts' dates: the boundary test's, at that date. */
    private static EvaluationRequest enterprise(RulesEngine engine, String body) {
        return EngineAgreesWithPlainJiaxingAtBoundariesTest.enterprise(engine, "2015-12-31", body);
    }

    private static List<String> agree(RulesEngine engine, EvaluationRequest r) {
        return EngineAgreesWithPlainJiaxingAtBoundariesTest.agree(engine, r);
    }

    /** About two in five of {@code types}, each as {@code {"type", fields, "date"}} on one of {@code dates}. */
    private static void some(StringBuilder body, String[] types, String fields, String[] dates,
                             java.util.SplittableRandom random) {
        String sep = "";
        for (String t : types) {
            if (random.nextInt(5) < 2) {
                body.append(sep).append("{\"type\":\"").append(t).append("\",").append(fields).append("\"date\":\"")
                        .append(dates[random.nextInt(dates.length)]).append("\"}");
                sep = ",";
            }
        }
    }

    @Test
    void theReversedEngineDescribesTheRanksReversed() {
        PolicyDescription d = REVERSED.policy("jiaxing-2012");
        assertThat(d.parameter("JX_TIE_RANK.RECOGNITION.NATIONAL_IP_DEMO_ENTERPRISE").orElseThrow().values().get(0)
                .value()).isEqualTo("6");
        assertThat(d.parameter("JX_TIE_RANK.RECOGNITION.PROVINCIAL_CIRCULATION_IP_PILOT").orElseThrow().values().get(0)
                .value()).isEqualTo("2");
        assertThat(d.parameter("JX_TIE_RANK.RECOGNITION.PROVINCIAL_CIRCULATION_IP_DEMO").orElseThrow().values().get(0)
                .value()).isEqualTo("1");
        assertThat(d.parameter("JX_TIE_RANK.BRAND_HONOUR.ZHEJIANG_FAMOUS_TRADEMARK").orElseThrow().values().get(0)
                .value()).isEqualTo("1");
    }

    /**
     * §6(5)2 试点或示范单位, 50,000 each and one matter: the text's order keeps the pilot unit (rank 5 before 6), also
     * when recognised a year before the demonstration unit (the rank is weighed before the date); the reversed ranks
     * keep the demonstration unit (1 before 2). The enum lists the pilot first either way.
     */
    @Test
    void theCirculationUnitFollowsTheRanksNotTheEnum() {
        String sameDay = "\"recognitions\":[{\"type\":\"PROVINCIAL_CIRCULATION_IP_PILOT\",\"date\":\"2013-01-10\"},"
                + "{\"type\":\"PROVINCIAL_CIRCULATION_IP_DEMO\",\"date\":\"2013-01-10\"}]";
        assertThat(agree(TEXT, enterprise(TEXT, sameDay))).containsExactly(
                "JX_CIRCULATION_IP_UNIT PROVINCIAL_CIRCULATION_IP_PILOT 50000.00",
                "JX_CIRCULATION_IP_UNIT PROVINCIAL_CIRCULATION_IP_DEMO 50000.00 NON_DUPLICATION",
                "total 50000.00");
        String[] demonstrationKept = {"JX_CIRCULATION_IP_UNIT PROVINCIAL_CIRCULATION_IP_DEMO 50000.00",
                "JX_CIRCULATION_IP_UNIT PROVINCIAL_CIRCULATION_IP_PILOT 50000.00 NON_DUPLICATION", "total 50000.00"};
        assertThat(agree(REVERSED, enterprise(REVERSED, sameDay))).containsExactly(demonstrationKept);
        String pilotFirst = "\"recognitions\":[{\"type\":\"PROVINCIAL_CIRCULATION_IP_PILOT\",\"date\":\"2013-01-10\"},"
                + "{\"type\":\"PROVINCIAL_CIRCULATION_IP_DEMO\",\"date\":\"2014-01-10\"}]";
        assertThat(agree(REVERSED, enterprise(REVERSED, pilotFirst))).containsExactly(demonstrationKept);
    }

    /**
     * §6(5)5, one mark's two honours, the 浙江省著名商标 amount set (50,000) and the 中国驰名商标 one open: weighed by the
     * order alone. The text's (中国名牌、中国驰名商标、浙江名牌、浙江省著名商标) keeps the well-known mark, amount open;
     * reversed, the famous trademark's rank is 1 and its 50,000.00 is paid.
     */
    @Test
    void anOpenBrandAmountFollowsTheRanksNotTheEnum() {
        String honours = "\"brandHonours\":[{\"type\":\"ZHEJIANG_FAMOUS_TRADEMARK\",\"date\":\"2013-05-01\","
                + "\"name\":\"禾城\"},{\"type\":\"CHINA_WELL_KNOWN_TRADEMARK\",\"date\":\"2014-05-01\",\"name\":\"禾城\"}]";
        RulesEngine text = RulesEngine.builder().parameter("jiaxing-2012", "JX_BRAND_HONOUR.ZHEJIANG_FAMOUS_TRADEMARK",
                LocalDate.of(2012, 11, 5), "50000", "test").build();
        RulesEngine reversed = RulesEngine.builder().withoutDiscovery().module(new ReversedTies()).parameter(
                "jiaxing-2012", "JX_BRAND_HONOUR.ZHEJIANG_FAMOUS_TRADEMARK", LocalDate.of(2012, 11, 5), "50000", "test")
                .build();
        assertThat(agree(text, enterprise(text, honours))).containsExactly("JX_BRAND_HONOUR 禾城 null",
                "JX_BRAND_HONOUR 禾城 50000.00 NON_DUPLICATION", "total 0.00");
        assertThat(agree(reversed, enterprise(reversed, honours))).containsExactly("JX_BRAND_HONOUR 禾城 50000.00",
                "JX_BRAND_HONOUR 禾城 null NON_DUPLICATION", "total 50000.00");
    }

    /**
     * §6(5)5 one export year, one matter (reading one-matter), its marks of one amount: the award names the first by
     * mark, then by country, in Unicode order (reading export-threshold), whatever order the request lists them in,
     * in the engine and the baseline alike. HECHENG (H) before NANHU (N); one mark, DE before US; 南湖 (U+5357) before
     * 禾城 (U+79BE). The threshold unset here, the amounts are open; set, 30,000 each, the same marks stand.
     */
    @Test
    void anExportYearsMarksAreDecidedByTheirDataNotTheRequestsOrder() {
        LocalDate from = LocalDate.of(2012, 11, 5);
        RulesEngine set = RulesEngine.builder()
                .parameter("jiaxing-2012", "JX_EXPORT_TRADEMARK.THRESHOLD", from, "10000000", "test")
                .parameter("jiaxing-2012", "JX_EXPORT_TRADEMARK", from, "30000", "test").build();
        String[][] marks = {{"NANHU", "DE"}, {"HECHENG", "US"}, {"HECHENG", "DE"}, {"禾城", "德国"}, {"南湖", "日本"}};
        for (String[][] listed : new String[][][] {{marks[0], marks[1]}, {marks[1], marks[0]}}) {
            assertThat(agree(TEXT, enterprise(TEXT, exports(listed)))).containsExactly(
                    "JX_EXPORT_TRADEMARK 2015 HECHENG/US null",
                    "JX_EXPORT_TRADEMARK 2015 NANHU/DE null NON_DUPLICATION", "total 0.00");
            assertThat(agree(set, enterprise(set, exports(listed)))).containsExactly(
                    "JX_EXPORT_TRADEMARK 2015 HECHENG/US 30000.00",
                    "JX_EXPORT_TRADEMARK 2015 NANHU/DE 30000.00 NON_DUPLICATION", "total 30000.00");
        }
        for (String[][] listed : new String[][][] {{marks[1], marks[2]}, {marks[2], marks[1]}}) {
            assertThat(agree(set, enterprise(set, exports(listed)))).containsExactly(
                    "JX_EXPORT_TRADEMARK 2015 HECHENG/DE 30000.00",
                    "JX_EXPORT_TRADEMARK 2015 HECHENG/US 30000.00 NON_DUPLICATION", "total 30000.00");
        }
        for (String[][] listed : new String[][][] {{marks[3], marks[4]}, {marks[4], marks[3]}}) {
            assertThat(agree(set, enterprise(set, exports(listed)))).containsExactly(
                    "JX_EXPORT_TRADEMARK 2015 南湖/日本 30000.00",
                    "JX_EXPORT_TRADEMARK 2015 禾城/德国 30000.00 NON_DUPLICATION", "total 30000.00");
        }
        // three marks in every order: the engine and the baseline agree on each, and name HECHENG/DE
        String[][] three = {marks[0], marks[1], marks[2]};
        int[][] orders = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        for (int[] o : orders) {
            assertThat(agree(set, enterprise(set, exports(three[o[0]], three[o[1]], three[o[2]]))))
                    .startsWith("JX_EXPORT_TRADEMARK 2015 HECHENG/DE 30000.00").contains("total 30000.00");
        }
    }

    /** An export year 2015, one entry per mark and country, each with the year's one figure of exports. */
    private static String exports(String[]... marks) {
        StringBuilder s = new StringBuilder("\"exportTrademarks\":[");
        for (int i = 0; i < marks.length; i++) {
            s.append(i == 0 ? "" : ",").append("{\"mark\":\"").append(marks[i][0]).append("\",\"country\":\"")
                    .append(marks[i][1]).append("\",\"year\":2015,\"exports\":\"20000000\"}");
        }
        return s.append(']').toString();
    }

    /**
     * Seeded applicants whose alternatives tie: any of §6(5)2's six recognitions and of one mark's four honours, on
     * three days; two honours' amounts set alike (浙江名牌 and 浙江省著名商标, 50,000 each), two left open. With the ranks
     * reversed, engine and baseline agree on every one, and the reversal is exercised: many are decided otherwise
     * than with the text's ranks (which engine and baseline agree on as well).
     */
    @Test
    void randomTiesAgreeWithTheRanksReversed() {
        LocalDate from = LocalDate.of(2012, 11, 5);
        RulesEngine text = RulesEngine.builder()
                .parameter("jiaxing-2012", "JX_BRAND_HONOUR.ZHEJIANG_TOP_BRAND", from, "50000", "test")
                .parameter("jiaxing-2012", "JX_BRAND_HONOUR.ZHEJIANG_FAMOUS_TRADEMARK", from, "50000", "test").build();
        RulesEngine reversed = RulesEngine.builder().withoutDiscovery().module(new ReversedTies())
                .parameter("jiaxing-2012", "JX_BRAND_HONOUR.ZHEJIANG_TOP_BRAND", from, "50000", "test")
                .parameter("jiaxing-2012", "JX_BRAND_HONOUR.ZHEJIANG_FAMOUS_TRADEMARK", from, "50000", "test").build();
        String[] recognitions = {"NATIONAL_IP_DEMO_ENTERPRISE", "NATIONAL_IP_PILOT_ENTERPRISE",
            "PROVINCIAL_PATENT_DEMO_ENTERPRISE", "CITY_PATENT_DEMO_ENTERPRISE", "PROVINCIAL_CIRCULATION_IP_PILOT",
            "PROVINCIAL_CIRCULATION_IP_DEMO"};
        String[] honours = {"CHINA_TOP_BRAND", "CHINA_WELL_KNOWN_TRADEMARK", "ZHEJIANG_TOP_BRAND",
            "ZHEJIANG_FAMOUS_TRADEMARK"};
        String[] dates = {"2012-11-05", "2013-01-10", "2014-06-30"};
        java.util.SplittableRandom random = new java.util.SplittableRandom(20121105L);
        int differ = 0;
        for (int i = 0; i < 600; i++) {
            StringBuilder body = new StringBuilder("\"recognitions\":[");
            some(body, recognitions, "", dates, random);
            body.append("],\"brandHonours\":[");
            some(body, honours, "\"name\":\"禾城\",", dates, random);
            body.append(']');
            List<String> byText = agree(text, enterprise(text, body.toString()));
            List<String> byReversed = agree(reversed, enterprise(reversed, body.toString()));
            if (!byText.equals(byReversed)) {
                differ++;
            }
        }
        assertThat(differ).as("applicants decided otherwise with the ranks reversed").isGreaterThan(100);
    }
}
