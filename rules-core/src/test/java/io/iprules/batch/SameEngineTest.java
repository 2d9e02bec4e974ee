package io.iprules.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iprules.Language;
import io.iprules.RulesEngine;
import io.iprules.internal.EngineReceipts;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Each part of a kept result's receipt against the resuming engine's, one by one: which parts differ, in the
 * receipt's order, and receipts that are not ones the batch writes. {@link ResumeEngineTest} does the same over a
 * real engine, where only the parameters and the rules can be made to differ.
 */
class SameEngineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RulesEngine engine = mock(RulesEngine.class, withSettings().extraInterfaces(EngineReceipts.class));

    SameEngineTest() {
        TreeMap<String, String> data = new TreeMap<>();
        data.put("calendar", "sha256:c");
        data.put("zones", "sha256:z");
        when(((EngineReceipts) engine).receiptParts("p"))
                .thenReturn(Optional.of(new EngineReceipts.Parts("0.2.0", "p", "1", "sha256:r", "sha256:p", data)));
        when(((EngineReceipts) engine).receiptParts("gone")).thenReturn(Optional.empty());
    }

    private static JsonNode result(String policy, String receipt) throws Exception {
        return JSON.readTree("{\"policy\":\"" + policy + "\"" + (receipt == null ? "" : ",\"receipt\":" + receipt)
                + "}");
    }

    private static final String SAME = "{\"library\":\"0.2.0\",\"policy\":\"p\",\"policyVersion\":\"1\","
            + "\"rules\":\"sha256:r\",\"parameters\":\"sha256:p\",\"data\":{\"calendar\":\"sha256:c\","
            + "\"zones\":\"sha256:z\"},\"request\":\"sha256:q\"}";

    private ResumeException refused(JsonNode result, long number) {
        ResumeException e = catchThrowableOfType(() -> new SameEngine(engine).check(result, number),
                ResumeException.class);
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    @Test
    void aReceiptWithThisEnginesPartsPassesAndOnlyAPolicysFirstResultIsRead() throws Exception {
        SameEngine same = new SameEngine(engine);
        assertThatCode(() -> same.check(result("p", SAME), 2)).doesNotThrowAnyException();
        // the same engine's parts are on every result of a policy: a later one is not read again
        assertThatCode(() -> same.check(result("p", "{\"library\":\"9\"}"), 3)).doesNotThrowAnyException();
    }

    @Test
    void everyPartThatDiffersIsNamedInTheReceiptsOrder() throws Exception {
        String other = "{\"library\":\"0.1.0\",\"policy\":\"q\",\"policyVersion\":\"2\",\"rules\":\"sha256:R\","
                + "\"parameters\":\"sha256:P\",\"data\":{\"calendar\":\"sha256:C\",\"rates\":\"sha256:x\"}}";
        ResumeException e = refused(result("p", other), 2);
        assertThat(e.differences()).containsExactly(
                new ResumeException.Difference("p", "library", "0.1.0", "0.2.0"),
                new ResumeException.Difference("p", "policy", "q", "p"),
                new ResumeException.Difference("p", "policyVersion", "2", "1"),
                new ResumeException.Difference("p", "rules", "sha256:R", "sha256:r"),
                new ResumeException.Difference("p", "parameters", "sha256:P", "sha256:p"),
                new ResumeException.Difference("p", "data.calendar", "sha256:C", "sha256:c"),
                new ResumeException.Difference("p", "data.rates", "sha256:x", "none"),
                new ResumeException.Difference("p", "data.zones", "none", "sha256:z"));
        assertThat(e).hasMessage("the kept results of policy p were decided by another engine than this one ("
                + "library: recorded 0.1.0, now 0.2.0; policy: recorded q, now p; policyVersion: recorded 2, now 1; "
                + "rules: recorded sha256:R, now sha256:r; parameters: recorded sha256:P, now sha256:p; "
                + "data.calendar: recorded sha256:C, now sha256:c; data.rates: recorded sha256:x, now none; "
                + "data.zones: recorded none, now sha256:z): resume with an engine built as the interrupted run's "
                + "(the same parameters, data files and versions), or start again without resuming");
        assertThat(e.text().in(Language.ZH)).isEqualTo(e.getMessage());
    }

    @Test
    void aReceiptWithoutDataDiffersFromAnEngineThatReadsSome() throws Exception {
        String noData = SAME.replaceFirst(",\"data\":\\{[^}]*}", "");
        assertThat(refused(result("p", noData), 2).differences()).containsExactly(
                new ResumeException.Difference("p", "data.calendar", "none", "sha256:c"),
                new ResumeException.Difference("p", "data.zones", "none", "sha256:z"));
    }

    @Test
    void aResultWithoutAReceiptOrOfAPolicyThisEngineLacksIsAnotherEngines() throws Exception {
        assertThat(refused(result("p", null), 2).differences())
                .containsExactly(new ResumeException.Difference("p", "receipt", "none", "library 0.2.0"));
        assertThat(refused(result("gone", SAME), 2).differences())
                .containsExactly(new ResumeException.Difference("gone", "policy", "gone", "none"));
    }

    @Test
    void aReceiptThatIsNotOneTheBatchWritesIsRefusedNamingItsLine() throws Exception {
        ResumeException notAnObject = refused(result("p", SAME.replaceFirst("\\{\"calendar[^}]*}", "\"sha256:d\"")), 7);
        assertThat(notAnObject).hasMessage("line 7 of the kept output has a receipt whose data is not an object");
        assertThat(notAnObject.text().in(Language.ZH)).isEqualTo("已保留输出的第 7 行的决定回执中 data 不是对象");
        assertThat(notAnObject.differences()).isEmpty();
        ResumeException notADigest = refused(result("p", SAME.replace("\"sha256:z\"", "7")), 7);
        assertThat(notADigest).hasMessage("line 7 of the kept output has a receipt whose data.zones is not a digest");
        assertThat(notADigest.text().in(Language.ZH)).isEqualTo("已保留输出的第 7 行的决定回执中 data.zones 不是摘要");
        assertThat(refused(result("p", SAME.replace("\"policyVersion\":\"1\",", "")), 7))
                .hasMessage("line 7 of the kept output has a receipt without its policyVersion");
    }

    @Test
    void anEngineThatCannotSayItsReceiptsIsNotChecked() throws Exception {
        SameEngine unchecked = new SameEngine(mock(RulesEngine.class));
        assertThatCode(() -> unchecked.check(result("p", null), 2)).doesNotThrowAnyException();
    }
}
