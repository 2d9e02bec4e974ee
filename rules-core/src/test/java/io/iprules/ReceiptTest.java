package io.iprules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iprules.internal.EngineReceipts;
import io.iprules.internal.Fingerprints;
import io.iprules.json.JsonContract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A result's receipt: its parts, how it travels with the result, and how it is written. */
class ReceiptTest {
    record Applicant(String name, BigDecimal amount) {
    }

    private static final LocalDate D = LocalDate.of(2013, 12, 31);
    private static final EngineReceipts.Parts ENGINE = new EngineReceipts.Parts("9.9.9", "p-1", "1.2.3", "sha256:r",
            "sha256:p");
    private static final EvaluationRequest REQUEST = EvaluationRequest.of("p-1", D, new Applicant("甲", BigDecimal.TEN));

    private static EvaluationResult result() {
        return EvaluationResult.builder("p-1", D, "甲").eligible(true)
                .award(new Award("A", "甲", Text.plain("甲"), D, new BigDecimal("10.00"), null, "p-1 §1",
                        Text.plain("r")))
                .build();
    }

    @Test
    void aResultOfTheEngineCarriesEveryPart() {
        EvaluationResult r = result().stamped(new Stamp(ENGINE, REQUEST, "applicant"));
        Receipt receipt = r.receipt().orElseThrow();
        assertThat(receipt).isEqualTo(new Receipt("9.9.9", "p-1", "1.2.3", "sha256:r", "sha256:p",
                Fingerprints.request(REQUEST, "applicant"), D, Receipt.AsOfSource.REQUEST));
        assertThat(receipt.request()).matches("sha256:[0-9a-f]{64}");
        assertThat(r.receipt().orElseThrow()).as("computed once").isSameAs(receipt);
    }

    @Test
    void aResultBuiltByHandHasNone() throws Exception {
        assertThat(result().receipt()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(new JsonContract(mock(RulesEngine.class))
                .write(result(), Language.ZH, false));
        assertThat(json.has("receipt")).isFalse();
    }

    @Test
    void warningsAndTheDateSourceKeepTheReceipt() {
        EvaluationResult r = result().stamped(new Stamp(ENGINE, REQUEST, "applicant"));
        EvaluationResult warned = r.withWarning(Text.plain("注意"));
        assertThat(warned.warnings()).extracting(w -> w.in(Language.ZH)).containsExactly("注意");
        assertThat(warned.receipt()).isEqualTo(r.receipt());
        assertThat(warned.total()).isEqualByComparingTo("10");

        EvaluationResult overridden = r.withAsOfSource(Receipt.AsOfSource.OVERRIDE);
        assertThat(overridden.warnings()).isEmpty();
        assertThat(overridden.receipt().orElseThrow().asOfSource()).isEqualTo(Receipt.AsOfSource.OVERRIDE);

        EvaluationResult defaulted = r.withAsOfSource(Receipt.AsOfSource.DEFAULT);
        assertThat(defaulted.receipt().orElseThrow().asOfSource()).isEqualTo(Receipt.AsOfSource.DEFAULT);
        assertThat(defaulted.warnings()).extracting(w -> w.in(Language.EN))
                .containsExactly("the request gives no asOf date: evaluated as of today in China (Asia/Shanghai), "
                        + "2013-12-31");
        assertThat(defaulted.withAsOfSource(Receipt.AsOfSource.DEFAULT).warnings()).as("said once").hasSize(1);
        // set back to the request's date: the warning goes with it, another stays
        EvaluationResult back = defaulted.withWarning(Text.plain("注意")).withAsOfSource(Receipt.AsOfSource.REQUEST);
        assertThat(back.receipt().orElseThrow().asOfSource()).isEqualTo(Receipt.AsOfSource.REQUEST);
        assertThat(back.warnings()).extracting(w -> w.in(Language.ZH)).containsExactly("注意");
        assertThat(defaulted.withAsOfSource(Receipt.AsOfSource.OVERRIDE).warnings()).isEmpty();
    }

    @Test
    void theJsonReceiptSaysTheLanguageAndPrettyOutputHasNoPlatformLineBreaks() throws Exception {
        JsonContract contract = new JsonContract(mock(RulesEngine.class));
        EvaluationResult r = result().stamped(new Stamp(ENGINE, REQUEST, "applicant"));
        JsonNode receipt = new ObjectMapper().readTree(contract.write(r, Language.EN, false)).get("receipt");
        assertThat(receipt.toString())
                .isEqualTo("{\"library\":\"9.9.9\",\"policy\":\"p-1\",\"policyVersion\":\"1.2.3\","
                + "\"rules\":\"sha256:r\",\"parameters\":\"sha256:p\",\"request\":\"" + r.receipt().get().request()
                + "\",\"asOf\":\"2013-12-31\",\"asOfSource\":\"REQUEST\",\"language\":\"en\"}");
        String pretty = contract.writePretty(r, Language.ZH, true);
        assertThat(pretty).doesNotContain("\r").contains("\n  \"receipt\" : {\n    \"library\" : \"9.9.9\",");
        assertThat(new ObjectMapper().readTree(pretty)).isEqualTo(new ObjectMapper().readTree(
                contract.write(r, Language.ZH, true)));
    }

    @Test
    void differencesNameEachPart() {
        Receipt a = new Receipt("1", "p", "2", "sha256:r", "sha256:p", "sha256:q", D, Receipt.AsOfSource.REQUEST);
        assertThat(a.differences(a)).isEmpty();
        Receipt b = new Receipt("1", "p", "2", "sha256:R", "sha256:p", "sha256:q", D.plusDays(1),
                Receipt.AsOfSource.DEFAULT);
        assertThat(a.differences(b)).containsExactly("rules: recorded sha256:r, now sha256:R",
                "asOf: recorded 2013-12-31, now 2014-01-01", "asOfSource: recorded REQUEST, now DEFAULT");
        assertThat(List.of(Receipt.AsOfSource.values())).hasSize(3);
    }

    @Test
    void theDataOfEachKindIsComparedAndAKindOnlyOneSideHasIsNone() {
        java.util.SortedMap<String, String> one = new java.util.TreeMap<>(java.util.Map.of("calendar", "sha256:c"));
        Receipt a = new Receipt("1", "p", "2", "sha256:r", "sha256:p", one, "sha256:q", D, Receipt.AsOfSource.REQUEST);
        Receipt b = new Receipt("1", "p", "2", "sha256:r", "sha256:p", new java.util.TreeMap<>(java.util.Map.of(
                "calendar", "sha256:C", "tariff", "sha256:t")), "sha256:q", D, Receipt.AsOfSource.REQUEST);
        assertThat(a.differences(a)).isEmpty();
        assertThat(a.differences(b)).containsExactly("data.calendar: recorded sha256:c, now sha256:C",
                "data.tariff: recorded none, now sha256:t");
        Receipt without = new Receipt("1", "p", "2", "sha256:r", "sha256:p", "sha256:q", D, Receipt.AsOfSource.REQUEST);
        assertThat(without.data()).isEmpty();
        assertThat(without.differences(a)).containsExactly("data.calendar: recorded none, now sha256:c");
        assertThat(a.explainedDifferences(b)).extracting(t -> t.in(Language.ZH)).containsExactly(
                "data.calendar(日历数据摘要):记录为 sha256:c,现在为 sha256:C", // a kind with a Chinese name
                "data.tariff(tariff 数据摘要):记录为 无,现在为 sha256:t");
    }

    @Test
    void theDifferencesInChineseNameEachPartAndKeepTheValues() {
        Receipt a = new Receipt("1", "p", "2", "sha256:r", "sha256:p", "sha256:q", D, Receipt.AsOfSource.REQUEST);
        Receipt b = new Receipt("1.1", "p2", "3", "sha256:R", "sha256:P", "sha256:Q", D.plusDays(1),
                Receipt.AsOfSource.OVERRIDE);
        assertThat(a.explainedDifferences(a)).isEmpty();
        assertThat(a.explainedDifferences(b)).extracting(t -> t.in(Language.EN))
                .containsExactlyElementsOf(a.differences(b));
        assertThat(a.explainedDifferences(b)).extracting(t -> t.in(Language.ZH)).containsExactly(
                "library(库版本):记录为 1,现在为 1.1",
                "policy(政策):记录为 p,现在为 p2",
                "policyVersion(政策模块版本):记录为 2,现在为 3",
                "rules(规则摘要):记录为 sha256:r,现在为 sha256:R",
                "parameters(参数摘要):记录为 sha256:p,现在为 sha256:P",
                "request(请求摘要):记录为 sha256:q,现在为 sha256:Q",
                "asOf(评估日期):记录为 2013-12-31,现在为 2014-01-01",
                "asOfSource(评估日期来源):记录为 REQUEST,现在为 OVERRIDE");
    }

    @Test
    void everyPartIsCompared() {
        Receipt a = new Receipt("1", "p", "2", "sha256:r", "sha256:p", "sha256:q", D, Receipt.AsOfSource.REQUEST);
        assertThat(a.differences(new Receipt("1.1", "p", "2", "sha256:r", "sha256:p", "sha256:q", D,
                Receipt.AsOfSource.REQUEST))).containsExactly("library: recorded 1, now 1.1");
        assertThat(a.differences(new Receipt("1", "p-2", "2", "sha256:r", "sha256:p", "sha256:q", D,
                Receipt.AsOfSource.REQUEST))).containsExactly("policy: recorded p, now p-2");
        assertThat(a.differences(new Receipt("1", "p", "3", "sha256:r", "sha256:p", "sha256:q", D,
                Receipt.AsOfSource.REQUEST))).containsExactly("policyVersion: recorded 2, now 3");
        assertThat(a.differences(new Receipt("1", "p", "2", "sha256:r", "sha256:P", "sha256:q", D,
                Receipt.AsOfSource.REQUEST))).containsExactly("parameters: recorded sha256:p, now sha256:P");
        assertThat(a.differences(new Receipt("1", "p", "2", "sha256:r", "sha256:p", "sha256:Q", D,
                Receipt.AsOfSource.REQUEST))).containsExactly("request: recorded sha256:q, now sha256:Q");
        // all at once: one line each, in the order of the parts
        Receipt z = new Receipt("9", "z", "8", "sha256:R", "sha256:P", "sha256:Q", D.plusDays(1),
                Receipt.AsOfSource.OVERRIDE);
        assertThat(a.differences(z)).extracting(line -> line.substring(0, line.indexOf(':')))
                .containsExactly("library", "policy", "policyVersion", "rules", "parameters", "request", "asOf",
                        "asOfSource");
    }

    /**
     * A policy reading deployment data has its digest per kind in the receipt, between parameters and request; the
     * variants of readings applied are written in the result and again in its receipt (docs/contract.md, receipt).
     */
    @Test
    void theJsonReceiptHasTheDataDigestsAndTheVariants() throws Exception {
        EngineReceipts.Parts withData = new EngineReceipts.Parts("9.9.9", "p-1", "1.2.3", "sha256:r", "sha256:p",
                new java.util.TreeMap<>(java.util.Map.of("tariff", "sha256:t", "calendar", "sha256:c")));
        EvaluationResult r = EvaluationResult.builder("p-1", D, "甲").eligible(true)
                .variant(new Variant("TOP_UP", "p-1 §7(1)"))
                .build().stamped(new Stamp(withData, REQUEST, "applicant"));
        JsonContract contract = new JsonContract(mock(RulesEngine.class));
        JsonNode json = new ObjectMapper().readTree(contract.write(r, Language.ZH, false));
        assertThat(json.get("receipt").toString()).isEqualTo("{\"library\":\"9.9.9\",\"policy\":\"p-1\","
                + "\"policyVersion\":\"1.2.3\",\"rules\":\"sha256:r\",\"parameters\":\"sha256:p\","
                + "\"data\":{\"calendar\":\"sha256:c\",\"tariff\":\"sha256:t\"},"
                + "\"request\":\"" + r.receipt().get().request()
                + "\",\"asOf\":\"2013-12-31\",\"asOfSource\":\"REQUEST\","
                + "\"language\":\"zh\",\"variants\":[{\"code\":\"TOP_UP\",\"citation\":\"p-1 §7(1)\"}]}");
        assertThat(json.get("variants").toString()).isEqualTo("[{\"code\":\"TOP_UP\",\"citation\":\"p-1 §7(1)\"}]");
    }
}
