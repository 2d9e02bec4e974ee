package io.iprules.examples;

import static io.iprules.examples.CliTest.run;
import static io.iprules.examples.CliTest.withInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.iprules.examples.CliTest.Run;
import org.junit.jupiter.api.Test;

/**
 * northeast-2017 through the command line: the example (辽宁省 2016–2020, patents 60,000 → 120,000 against
 * the nation's 1,700,000 → 3,000,000), a region growing exactly as fast as the nation, a province outside the
 * Northeast, 蒙东 and bad input. Values worked out by hand: (120000/60000)^(1/4) − 1 = 18.92%,
 * (3000000/1700000)^(1/4) − 1 = 15.26%; 120000 × 10,000 / 42,590,000 = 28.18, 3,000,000 × 10,000 / 1,412,120,000 =
 * 21.24.
 */
class NortheastCliTest {
    private static final String LIAONING = "requests/northeast-liaoning-2016-2020.json";
    private static final String EQUAL = "requests/northeast-equal-growth.json";

    @Test
    void liaoningsPatentsAreMetInText() {
        Run r = run("evaluate", LIAONING, "--lang", "en");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        String flat = r.out().replaceAll("\\s+", " "); // wrapped lines joined
        assertThat(flat).contains(
                "✓ met: 辽宁省 is one of the four provinces of the Northeast",
                "✓ met: Average annual growth of valid patents", "actual 18.92%, required > 15.26%",
                "120,000 × 1,700,000 > 3,000,000 × 60,000",
                "✓ met: Valid patents (three kinds, domestic holders) per 10,000 residents",
                "actual 28.18, required > 21.24", "120,000 × 1,412,120,000 > 3,000,000 × 42,590,000",
                "[northeast-2017 §2(2)]", "Verdict: not every target is met",
                "Measures", "支持大连理工大学知识产权学院", "[northeast-2017 §6(4)]");
        Run zh = run("evaluate", LIAONING);
        assertThat(zh.exit()).isZero();
        // a met row says by how much, as a row not met does: 18.92 − 15.26 and 28.18 − 21.24, the shown values
        assertThat(zh.out().replaceAll("\\s+", "")).contains(
                "高于全国的15.26%(1,700,000→3,000,000),高出3.66个百分点:",
                "高于全国的21.24件(1,412,120,000人拥有3,000,000件),高出6.94件:", "措施");
        assertThat(flat).contains("higher than the nation's 15.26% (1,700,000 → 3,000,000) by 3.66 percentage points",
                "higher than the nation's 21.24 (3,000,000 for 1,412,120,000) by 6.94");
    }

    /**
     * 高于 compares rates, not directions: patents 100,000 → 90,000 against the nation's 1,000,000 → 800,000 is met
     * (90,000 × 1,000,000 > 800,000 × 100,000), and the Chinese detail must not call the fall a rise (增至).
     */
    @Test
    void aHigherRateOfAFallIsNotCalledARise() {
        String request = "{\"policy\":\"northeast-2017\",\"asOf\":\"2021-06-30\",\"applicant\":{\"name\":\"辽宁省\","
                + "\"level\":\"PROVINCE\",\"province\":\"辽宁省\",\"period\":{\"from\":2016,\"to\":2020},\"figures\":"
                + "{\"PATENT\":{\"region\":{\"start\":100000,\"end\":90000},\"national\":{\"start\":1000000,"
                + "\"end\":800000}}}}}";
        Run zh = withInput(request, "evaluate", "-");
        assertThat(zh.exit()).isZero();
        String flat = zh.out().replaceAll("\\s+", "");
        assertThat(flat).contains("专利:4年间由100,000变为90,000,年均增长-2.60%,高于全国的-5.43%")
                .doesNotContain("增至");
        // the figure column shows the rate as worked out, to 0.01% as the detail does: -0.0260 is not "-2.6%"
        assertThat(flat).contains("实际-2.60%,要求>-5.43%");
    }

    /**
     * A row not met says "lower by" the size of the gap, as a met row says "higher by": Liaoning's trademarks,
     * 18.92% a year against the nation's 25.74% (12,000,000 → 30,000,000), 6.82 points lower; 117.40 per 10,000
     * against 212.45, 95.05 lower. Not "差距 -6.82" (the JSON's signed {@code gap} stays as it is).
     */
    @Test
    void aRowNotMetSaysLowerByHowMuch() throws Exception {
        Run zh = run("evaluate", LIAONING);
        assertThat(zh.exit()).isZero();
        String flatZh = zh.out().replaceAll("\\s+", "");
        assertThat(flatZh).contains("年均增长18.92%,低于全国的25.74%(12,000,000→30,000,000),低6.82个百分点:",
                "每万人117.40件,低于全国的212.45件(1,412,120,000人拥有30,000,000件),低95.05件:").doesNotContain("差距-");
        Run en = run("evaluate", LIAONING, "--lang", "en");
        assertThat(en.out().replaceAll("\\s+", " ")).contains(
                "18.92% a year, lower than the nation's 25.74% (12,000,000 → 30,000,000) by 6.82 percentage points",
                "117.40 per 10,000, lower than the nation's 212.45 (30,000,000 for 1,412,120,000) by 95.05");
        Run json = run("evaluate", LIAONING, "--format", "json");
        assertThat(byCode(json.json().get("indicators"), "NE_TRADEMARK_GROWTH").get("gap").asText()).isEqualTo("-6.82");
    }

    /**
     * Rates that show equal (both 18.92%) though one is exactly lower are "less than 0.01" apart, not "0.00":
     * 60,000 → 119,999 against 1,500,000 → 3,000,000 over 4 years, 119999 × 1500000 &lt; 3000000 × 60000; one patent
     * more (120,001) is higher by as little.
     */
    @Test
    void ratesShownEqualAreLessThanAHundredthApart() throws Exception {
        for (String end : new String[] {"119999", "120001"}) {
            String request = "{\"policy\":\"northeast-2017\",\"asOf\":\"2021-06-30\",\"applicant\":{\"name\":"
                    + "\"辽宁省\",\"level\":\"PROVINCE\",\"province\":\"辽宁省\",\"period\":{\"from\":2016,"
                    + "\"to\":2020},\"figures\":{\"PATENT\":{\"region\":{\"start\":60000,\"end\":" + end + "},"
                    + "\"national\":{\"start\":1500000,\"end\":3000000}}}}}";
            Run r = withInput(request, "evaluate", "-", "--format", "json");
            assertThat(r.exit()).isZero();
            JsonNode growth = byCode(r.json().get("indicators"), "NE_PATENT_GROWTH");
            assertThat(growth.get("gap").asText()).isEqualTo("0.00");
            assertThat(growth.get("detail").asText()).contains(end.equals("119999")
                    ? "年均增长 18.92%,低于全国的 18.92%(1,500,000 → 3,000,000),低不足 0.01 个百分点:"
                    : "年均增长 18.92%,高于全国的 18.92%(1,500,000 → 3,000,000),高出不足 0.01 个百分点:");
        }
    }

    /** Liaoning's 2016–2020 figures evaluated on 2020-12-30, before the period's last day: assessed, and warned of. */
    @Test
    void aPeriodNotOverOnTheAsOfDateIsWarnedOfInBothLanguages() throws Exception {
        String request = java.nio.file.Files.readString(java.nio.file.Path.of(LIAONING))
                .replace("\"asOf\": \"2021-06-30\"", "\"asOf\": \"2020-12-30\"");
        assertThat(request).contains("\"asOf\": \"2020-12-30\"");
        Run zh = withInput(request, "evaluate", "-");
        assertThat(zh.exit()).isZero();
        assertThat(zh.out().replaceAll("\\s+", ""))
                .contains("期间截至2020-12-31,晚于评估日期2020-12-30:其年末数值尚非最终数值");
        Run en = withInput(request, "evaluate", "-", "--lang", "en");
        assertThat(en.out().replaceAll("\\s+", " ")).contains("the period ends on 2020-12-31, after the as-of "
                + "date 2020-12-30: its year-end figures are not final yet");
    }

    @Test
    void liaoningInJsonCarriesTheExactDecisionAndTheMeasures() throws Exception {
        Run r = run("evaluate", LIAONING, "--format", "json", "--lang", "en");
        assertThat(r.exit()).isZero();
        JsonNode j = r.json();
        JsonNode growth = byCode(j.get("indicators"), "NE_PATENT_GROWTH");
        assertThat(growth.get("status").asText()).isEqualTo("MET");
        assertThat(growth.get("actual").asText()).isEqualTo("0.1892");
        assertThat(growth.get("required").asText()).isEqualTo("> 0.1526");
        assertThat(growth.get("gap").asText()).isEqualTo("3.66");
        assertThat(growth.get("decidedBy").asText()).isEqualTo("120000 × 1700000 > 3000000 × 60000");
        assertThat(growth.get("citation").asText()).isEqualTo("northeast-2017 §2(2)");
        JsonNode perCapita = byCode(j.get("indicators"), "NE_PATENT_PER_CAPITA");
        assertThat(perCapita.get("status").asText()).isEqualTo("MET");
        assertThat(perCapita.get("actual").asText()).isEqualTo("28.18");
        assertThat(perCapita.get("gap").asText()).isEqualTo("6.94");
        assertThat(j.get("measures")).hasSize(7);
        assertThat(j.get("measures").get(0).get("addressee").asText()).isEqualTo("辽宁省");
        assertThat(j.get("measures").get(0).get("citation").asText()).isEqualTo("northeast-2017 §4(4)");
    }

    @Test
    void growingExactlyAsFastAsTheNationIsNotMet() throws Exception {
        Run r = run("evaluate", EQUAL, "--format", "json", "--lang", "en");
        assertThat(r.exit()).isZero();
        JsonNode growth = byCode(r.json().get("indicators"), "NE_PATENT_GROWTH");
        assertThat(growth.get("status").asText()).isEqualTo("NOT_MET");
        // 100 → 200 and 1000 → 2000: both 18.92%, shown equal; 200 × 1000 = 2000 × 100 decides
        assertThat(growth.get("actual").asText()).isEqualTo("0.1892");
        assertThat(growth.get("requiredValue").asText()).isEqualTo("0.1892");
        assertThat(growth.get("decidedBy").asText()).isEqualTo("200 × 1000 = 2000 × 100");
        assertThat(growth.get("citation").asText()).isEqualTo("northeast-2017 §2(2)");
        assertThat(r.json().get("eligible").asBoolean()).isFalse();
    }

    @Test
    void aProvinceOutsideTheNortheastHasItsScopeNotMetAndNothingElse() throws Exception {
        Run r = withInput(request("浙江省", "\"level\": \"PROVINCE\", \"province\": \"浙江省\""),
                "evaluate", "-", "--format", "json", "--lang", "en");
        assertThat(r.exit()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("conditions")).hasSize(1);
        assertThat(j.get("conditions").get(0).get("code").asText()).isEqualTo("NE_SCOPE");
        assertThat(j.get("conditions").get(0).get("met").asBoolean()).isFalse();
        assertThat(j.get("indicators")).isEmpty();
        assertThat(j.get("measures")).isEmpty();
        assertThat(j.get("eligible").asBoolean()).isFalse();
    }

    @Test
    void innerMongoliasDifferentiatedMeasureNamesMengdong() throws Exception {
        Run r = withInput(request("内蒙古自治区", "\"level\": \"PROVINCE\", \"province\": \"内蒙古自治区\""),
                "evaluate", "-", "--lang", "en");
        assertThat(r.exit()).isZero();
        // the places listed as English lists them (list.sep), the measure's text as the notice writes it
        assertThat(r.out()).contains("内蒙古自治区 · 蒙东地区 (呼伦贝尔市, 兴安盟, 通辽市, 赤峰市, 锡林郭勒盟): 强化吉林省、蒙东地区",
                "[northeast-2017 §5(1)]", "蒙汉双语", "[northeast-2017 §6(1)]");
    }

    @Test
    void badInputIsExitTwoNamingThePath() {
        Run r = withInput(request("辽宁省", "\"level\": \"PROVINCE\", \"province\": \"辽宁\""),
                "evaluate", "-", "--lang", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("applicant.province", "'辽宁' is a short name", "辽宁省");
        Run zero = withInput(request("辽宁省", "\"level\": \"PROVINCE\", \"province\": \"辽宁省\"")
                .replace("\"start\": 60000", "\"start\": 0"), "evaluate", "-", "--lang", "en");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("applicant.figures.PATENT.region.start", "must be > 0");
    }

    private static String request(String name, String unit) {
        return "{ \"policy\": \"northeast-2017\", \"asOf\": \"2021-06-30\", \"applicant\": { \"name\": \"" + name
                + "\", " + unit + ", \"period\": { \"from\": 2016, \"to\": 2020 },"
                + " \"population\": { \"region\": 24050000, \"national\": 1412120000 },"
                + " \"figures\": { \"PATENT\": { \"region\": { \"start\": 60000, \"end\": 120000 },"
                + " \"national\": { \"start\": 1700000, \"end\": 3000000 } } } } }";
    }

    @Test
    void theFourProvincesOfTheScopeReadAsOneOfThemInTextAndOnThePageTheJsonKeepsTheSet() throws Exception {
        // NE_SCOPE's required is the set as §7(1)'s addressees list it, written "内蒙古自治区 | 辽宁省 | 吉林省 | 黑龙江省"
        Run zh = run("evaluate", LIAONING);
        assertThat(zh.exit()).isZero();
        // (lines may break between two Chinese characters: compared without white space)
        assertThat(zh.out().replaceAll("\\s+", "")).contains("实际辽宁省,要求内蒙古自治区、辽宁省、吉林省、黑龙江省之一");
        assertThat(zh.out()).doesNotContain(" | ");
        Run en = run("evaluate", LIAONING, "--lang", "en");
        assertThat(en.out().replaceAll("\\s+", "")).contains("actual辽宁省,requiredoneof内蒙古自治区,辽宁省,吉林省,黑龙江省");
        assertThat(en.out()).doesNotContain(" | ");
        Run page = run("report", LIAONING, "--html", "-");
        assertThat(page.out()).contains("<td class=\"num\">辽宁省</td><td class=\"num\">内蒙古自治区、辽宁省、吉林省、黑龙江省之一</td>")
                .doesNotContain(" | ");
        Run pageEn = run("report", LIAONING, "--html", "-", "--lang", "en");
        assertThat(pageEn.out()).contains("<td class=\"num\"><span lang=\"zh-CN\">辽宁省</span></td><td class=\"num\">one "
                + "of <span lang=\"zh-CN\">内蒙古自治区, 辽宁省, 吉林省, 黑龙江省</span></td>");
        Run json = run("evaluate", LIAONING, "--format", "json");
        assertThat(byCode(json.json().get("conditions"), "NE_SCOPE").get("required").asText())
                .isEqualTo("内蒙古自治区 | 辽宁省 | 吉林省 | 黑龙江省");
    }

    private static JsonNode byCode(JsonNode list, String code) {
        for (JsonNode n : list) {
            if (n.get("code").asText().equals(code)) {
                return n;
            }
        }
        throw new AssertionError(code + " not in " + list);
    }

    @Test
    void theReportShowsInnerMongoliasMeasureForTheEastOnly() {
        Run r = run("report", "requests/northeast-whole-region-2016-2020.json", "--html", "-");
        assertThat(r.exit()).isZero();
        // §5(1)'s Inner Mongolia sentence addresses 蒙东地区 only, and the page says which five leagues and cities
        assertThat(r.out()).contains("<small class=\"place\">蒙东地区(呼伦贝尔市、兴安盟、通辽市、赤峰市、锡林郭勒盟)</small>",
                "northeast-2017 §5(1)");
    }
}
