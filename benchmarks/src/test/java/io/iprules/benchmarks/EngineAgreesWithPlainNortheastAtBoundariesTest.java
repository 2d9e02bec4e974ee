package io.iprules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.Indicator;
import io.iprules.IndicatorStatus;
import io.iprules.Language;
import io.iprules.RulesEngine;
import io.iprules.northeast.NortheastRegion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * northeast-2017 on the lines its text draws: §2(2) 年均增长率、人均拥有量高于全国平均水平 with the region growing exactly
 * as fast as the nation, and holding exactly as much per person, then one unit either side (高于 is strict), over one
 * and several years; §7(1)'s four addressees and a province outside them; a period ending the year before the
 * opinions and the as-of day before the notice (2017-02-27). Engine and baseline must agree, and both with the
 * statuses worked out here from the text.
 */
class EngineAgreesWithPlainNortheastAtBoundariesTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final PlainNortheast PLAIN = new PlainNortheast(ENGINE.policy("northeast-2017"));
    private static final IndicatorStatus MET = IndicatorStatus.MET;
    private static final IndicatorStatus NOT = IndicatorStatus.NOT_MET;

    private static String kind(long rs, long re, long ns, long ne) {
        return "{\"region\":{\"start\":" + rs + ",\"end\":" + re + "},\"national\":{\"start\":" + ns + ",\"end\":" + ne
                + "}}";
    }

    private static EvaluationRequest region(String asOf, String province, int from, int to, String population,
                                            String figures) {
        String unit = province == null ? "\"name\":\"东北地区\",\"level\":\"NORTHEAST\""
                : "\"name\":\"" + province + "\",\"level\":\"PROVINCE\",\"province\":\"" + province + "\"";
        return Requests.json(ENGINE, "{\"policy\":\"northeast-2017\",\"asOf\":\"" + asOf + "\",\"applicant\":{" + unit
                + ",\"period\":{\"from\":" + from + ",\"to\":" + to + "}"
                + (population == null ? "" : ",\"population\":" + population) + ",\"figures\":{" + figures + "}}}");
    }

    /** Engine and baseline compared in full (scope, indicators, verdict, measures, warnings); the engine's result. */
    static EvaluationResult agree(EvaluationRequest r) {
        EvaluationResult byEngine = ENGINE.evaluate(r);
        PlainNortheast.Outcome byHand = PLAIN.evaluate((NortheastRegion) r.subject());
        String who = r.asOf() + " " + r.subject();
        assertThat(byEngine.conditions()).as(who).hasSize(1);
        assertThat(byEngine.conditions().get(0).met()).as(who).isEqualTo(byHand.inScope());
        List<PlainNortheast.Row> rows = byEngine.indicators().stream()
                .map((Indicator i) -> new PlainNortheast.Row(i.code(), i.status(), i.actual(),
                        i.reference() == null ? null : i.reference().value(),
                        i.exact() == null ? null : i.exact().gap(), i.progress()))
                .toList();
        assertThat(rows).as(who).isEqualTo(byHand.indicators());
        assertThat(byEngine.eligible()).as(who).isEqualTo(byHand.eligible());
        assertThat(byEngine.measures().stream()
                .map(m -> m.citation() + " " + m.addressee() + " " + m.text().in(Language.ZH)).toList()).as(who)
                .isEqualTo(byHand.measures().stream().map(m -> m.citation() + " " + m.addressee() + " " + m.text())
                        .toList());
        assertThat(byEngine.warnings()).as(who).hasSize((byHand.earlyPeriod() ? 1 : 0)
                + (r.asOf().isBefore(PlainNortheast.IN_FORCE) ? 1 : 0));
        return byEngine;
    }

    private static IndicatorStatus status(EvaluationResult r, String code) {
        return r.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow().status();
    }

    @Test
    void growthExactlyAsFastAsTheNationIsNotHigher() {
        // {from, to, region start, region end, nation start, nation end, expected}
        Object[][] cases = {
            {2016, 2017, 100L, 200L, 1000L, 2000L, NOT}, {2016, 2017, 100L, 201L, 1000L, 2000L, MET},
            {2016, 2017, 100L, 199L, 1000L, 2000L, NOT},
            {2016, 2020, 100L, 200L, 1000L, 2000L, NOT}, {2016, 2020, 100L, 201L, 1000L, 2000L, MET},
            {2016, 2020, 60000L, 120000L, 1700000L, 3400000L, NOT},
            {2016, 2020, 60000L, 120000L, 1700000L, 3400001L, NOT},
            {2016, 2020, 60000L, 120000L, 1700001L, 3400000L, MET},
            {2016, 2020, 100L, 100L, 1000L, 1000L, NOT},  // no growth on either side: equal, not higher
            {2016, 2020, 100L, 90L, 1000L, 900L, NOT},    // both shrinking alike
            {2016, 2020, 100L, 91L, 1000L, 900L, MET},    // shrinking less is a higher (less negative) rate
        };
        for (Object[] c : cases) {
            String f = kind((Long) c[2], (Long) c[3], (Long) c[4], (Long) c[5]);
            EvaluationResult r = agree(region("2021-06-30", "辽宁省", (Integer) c[0], (Integer) c[1], null,
                    "\"PATENT\":" + f + ",\"TRADEMARK\":" + f + ",\"COPYRIGHT\":" + f));
            for (String code : List.of("NE_PATENT_GROWTH", "NE_TRADEMARK_GROWTH", "NE_COPYRIGHT_GROWTH")) {
                assertThat(status(r, code)).as(code + " " + java.util.Arrays.toString(c)).isEqualTo(c[6]);
            }
            assertThat(status(r, "NE_PATENT_PER_CAPITA")).isEqualTo(IndicatorStatus.UNKNOWN); // no population
            assertThat(r.eligible()).isFalse();
        }
    }

    @Test
    void holdingsPerPersonExactlyTheNationsIsNotHigher() {
        // region 4,259 × 10^4 residents, nation 141,212 × 10^4: equal per person at holdings in that ratio
        String population = "{\"region\":42590000,\"national\":1412120000}";
        long[][] ends = {{42590L, 1412120L}, {42591L, 1412120L}, {42589L, 1412120L}, {42590L, 1412119L}};
        IndicatorStatus[] expected = {NOT, MET, NOT, MET};
        for (int i = 0; i < ends.length; i++) {
            String f = kind(10000L, ends[i][0], 700000L, ends[i][1]);
            EvaluationResult r = agree(region("2021-06-30", "吉林省", 2016, 2020, population,
                    "\"PATENT\":" + f + ",\"TRADEMARK\":" + f + ",\"COPYRIGHT\":" + f));
            for (String code : List.of("NE_PATENT_PER_CAPITA", "NE_TRADEMARK_PER_CAPITA", "NE_COPYRIGHT_PER_CAPITA")) {
                assertThat(status(r, code)).as(code + " " + ends[i][0] + "/" + ends[i][1]).isEqualTo(expected[i]);
            }
        }
    }

    @Test
    void allSixJustHigherIsEligibleAndOneEqualIsNot() {
        String population = "{\"region\":1000,\"national\":10000}";
        String higher = kind(100L, 201L, 1000L, 2000L);  // 201 × 1000 > 2000 × 100; 201 / 1000 > 2000 / 10000
        String equal = kind(100L, 200L, 1000L, 2000L);
        for (String unit : new String[] {"辽宁省", "吉林省", "黑龙江省", "内蒙古自治区", null}) {
            EvaluationResult r = agree(region("2021-06-30", unit, 2016, 2020, population,
                    "\"PATENT\":" + higher + ",\"TRADEMARK\":" + higher + ",\"COPYRIGHT\":" + higher));
            assertThat(r.indicators()).as(unit).extracting(Indicator::status).containsOnly(MET).hasSize(6);
            assertThat(r.eligible()).as(unit).isTrue();
            EvaluationResult one = agree(region("2021-06-30", unit, 2016, 2020, population,
                    "\"PATENT\":" + higher + ",\"TRADEMARK\":" + equal + ",\"COPYRIGHT\":" + higher));
            assertThat(status(one, "NE_TRADEMARK_GROWTH")).isEqualTo(NOT);
            assertThat(status(one, "NE_TRADEMARK_PER_CAPITA")).isEqualTo(NOT);
            assertThat(one.eligible()).as(unit).isFalse();
        }
        // 河北省 is not among §7(1)'s 四省区: out of scope, no indicators
        EvaluationResult hebei = agree(region("2021-06-30", "河北省", 2016, 2020, population,
                "\"PATENT\":" + higher + ",\"TRADEMARK\":" + higher + ",\"COPYRIGHT\":" + higher));
        assertThat(hebei.conditions().get(0).met()).isFalse();
        assertThat(hebei.indicators()).isEmpty();
        assertThat(hebei.eligible()).isFalse();
    }

    @Test
    void thePeriodAndTheNoticesDay() {
        String f = kind(100L, 201L, 1000L, 2000L);
        String figures = "\"PATENT\":" + f;
        // a period ending 2016 is before the opinions (a warning); one ending 2017 is not
        assertThat(agree(region("2021-06-30", "黑龙江省", 2015, 2016, null, figures)).warnings()).hasSize(1);
        assertThat(agree(region("2021-06-30", "黑龙江省", 2016, 2017, null, figures)).warnings()).isEmpty();
        // the notice is dated 2017-02-27: the day before is warned of, the day itself is not (a period that has
        // ended, so that the only other warning is the early period's)
        assertThat(agree(region("2017-02-26", "黑龙江省", 2015, 2016, null, figures)).warnings()).hasSize(2);
        assertThat(agree(region("2017-02-27", "黑龙江省", 2015, 2016, null, figures)).warnings()).hasSize(1);
    }

    @Test
    void figuresBeyondTheRangeOfALongProductStillDecideExactly() {
        // 9,000,000,000 × 42,590,000 and × 1,412,120,000 exceed 2^63: the comparison must not overflow.
        // Nation per person × region's residents = 9e9 × 42,590,000 / 1,412,120,000 = 271,442,936.86…
        String population = "{\"region\":42590000,\"national\":1412120000}";
        String[][] ends = {{"271442936", "NOT_MET"}, {"271442937", "MET"}};
        for (String[] e : ends) {
            String f = "{\"region\":{\"start\":100000000,\"end\":" + e[0] + "},\"national\":{\"start\":"
                    + "4500000000,\"end\":9000000000}}";
            EvaluationResult r = agree(region("2021-06-30", "辽宁省", 2016, 2020, population, "\"PATENT\":" + f));
            assertThat(status(r, "NE_PATENT_PER_CAPITA")).as(e[0]).hasToString(e[1]);
            assertThat(status(r, "NE_PATENT_GROWTH")).as(e[0]).isEqualTo(MET); // × 2.71 against × 2
        }
    }
}
