package io.iprules.kit.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.PolicyDescription;
import io.iprules.RulesEngine;
import io.iprules.batch.BatchSummary;
import io.iprules.batch.JsonLinesBatch;
import io.iprules.json.JsonContract;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A module built only on the kit and the SPI works end to end: discovered, described from its data, JSON in, the
 * result with every kind of entry, its text in both languages, its policy listing, and a batch.
 */
class KitToyPolicyTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final JsonContract CONTRACT = new JsonContract(ENGINE);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2020, 9, 1);

    private static JsonNode evaluate(String request, Language language) throws Exception {
        EvaluationResult r = CONTRACT.evaluate(request.getBytes(StandardCharsets.UTF_8), TODAY, null);
        return JSON.readTree(CONTRACT.write(r, language, false));
    }

    @Test
    void theModuleIsDiscoveredAndDescribedFromItsData() {
        PolicyDescription d = ENGINE.policy(KitToy2020.ID);
        assertThat(d.exclusionReason("NOT_ELIGIBLE")).hasValueSatisfying(r -> {
            assertThat(r.text().in(Language.EN)).isEqualTo("not eligible");
            assertThat(r.awaitsApplicant()).as("absent in policy.json: a refusal").isFalse();
            assertThat(r.paidBefore()).as("absent in policy.json: a refusal").isFalse();
        });
        assertThat(d.exclusionReason("CHOICE_REQUIRED")).hasValueSatisfying(r ->
                assertThat(r.awaitsApplicant()).isTrue());
        assertThat(d.reading("patents-counted")).hasValueSatisfying(r ->
                assertThat(r.citation()).isEqualTo("kit-toy-2020 §1"));
        assertThat(d.parameter("TOY_GRANT.PER_PATENT")).isPresent();
        assertThat(CONTRACT.writePolicies(Language.EN)).contains("\"readings\"", "patents-counted",
                "\"exclusionReasons\"", "NOT_ELIGIBLE");
    }

    @Test
    void jsonInAResultWithEveryKindOfEntryOut() throws Exception {
        JsonNode r = evaluate("{\"policy\":\"kit-toy-2020\",\"asOf\":\"2020-08-01\",\"applicant\":"
                + "{\"name\":\"禾城\",\"patents\":3,\"planIssued\":false}}", Language.EN);
        // 3 patents × 1,000 yuan (§1), worked out by hand
        assertThat(r.get("eligible").asBoolean()).isTrue();
        assertThat(r.get("awards").get(0).get("amount").asText()).isEqualTo("3000.00");
        assertThat(r.get("awards").get(0).get("citation").asText()).isEqualTo("kit-toy-2020 §1");
        assertThat(r.get("awards").get(0).has("eligibility")).isFalse();
        assertThat(r.get("total").asText()).isEqualTo("3000.00");
        // §2: not issued, due 2020-06-30, evaluated on 2020-08-01: overdue
        JsonNode plan = r.get("indicators").get(0);
        assertThat(plan.get("unit").asText()).isEqualTo("YES_NO");
        assertThat(plan.get("actual").isBoolean()).isTrue();
        assertThat(plan.get("actual").asBoolean()).isFalse();
        assertThat(plan.get("required").asBoolean()).isTrue();
        assertThat(plan.get("status").asText()).isEqualTo("NOT_MET");
        assertThat(plan.get("due").asText()).isEqualTo("2020-06-30");
        assertThat(plan.get("overdue").asBoolean()).isTrue();
        assertThat(plan.get("progress").isNull()).isTrue(); // a yes/no target has no progress: null
        // §3: no calendar loaded, so the days cannot be counted
        JsonNode reply = r.get("deadlines").get(0);
        assertThat(reply.get("status").asText()).isEqualTo("UNKNOWN");
        assertThat(reply.get("met").isNull()).isTrue();
        assertThat(reply.get("citation").asText()).isEqualTo("kit-toy-2020 §3");
        // §4: what the text asks, with nothing to decide
        assertThat(r.get("measures").get(0).get("addressee").asText()).isEqualTo("市知识产权局");
        assertThat(r.get("measures").get(0).get("text").asText()).isEqualTo("hold IP publicity events");
        assertThat(r.has("variants")).isFalse();
        assertThat(r.get("receipt").get("policy").asText()).isEqualTo("kit-toy-2020");
    }

    @Test
    void aDeclaredReasonHoldsAnItemBackInBothLanguages() throws Exception {
        String request = "{\"policy\":\"kit-toy-2020\",\"asOf\":\"2020-06-30\",\"applicant\":"
                + "{\"name\":\"禾城\",\"patents\":0,\"planIssued\":true}}";
        JsonNode en = evaluate(request, Language.EN);
        assertThat(en.get("eligible").asBoolean()).isFalse();
        assertThat(en.get("awards")).isEmpty();
        assertThat(en.get("excluded").get(0).get("reason").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(en.get("excluded").get(0).get("detail").asText()).isEqualTo("no granted patent");
        assertThat(evaluate(request, Language.ZH).get("excluded").get(0).get("detail").asText())
                .isEqualTo("没有授权专利");
        // issued on the due date: met, not overdue
        assertThat(en.get("indicators").get(0).get("status").asText()).isEqualTo("MET");
        assertThat(en.get("indicators").get(0).get("overdue").asBoolean()).isFalse();
    }

    @Test
    void inputProblemsAreNamedAtTheirPath() {
        assertThatThrownBy(() -> ENGINE.evaluate(KitToy2020.ID, TODAY, new ToyApplicant("x", -1, null)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("applicant.patents");
        assertThat(ENGINE.evaluateAll(java.util.List.of(
                io.iprules.EvaluationRequest.of(KitToy2020.ID, TODAY, new ToyApplicant("a", 1, true)),
                io.iprules.EvaluationRequest.of(KitToy2020.ID, TODAY, new ToyApplicant(null, 1, true)),
                io.iprules.EvaluationRequest.of(KitToy2020.ID, TODAY, new ToyApplicant("c", 2, true)))))
                .extracting(io.iprules.Outcome::evaluated).containsExactly(true, false, true);
    }

    @Test
    void aBatch() throws Exception {
        String in = "{\"policy\":\"kit-toy-2020\",\"applicant\":{\"name\":\"a\",\"patents\":2}}\n"
                + "{\"policy\":\"kit-toy-2020\",\"applicant\":{\"name\":\"b\"}}\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchSummary s = JsonLinesBatch.builder(ENGINE).threads(1).today(TODAY).build()
                .run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), out);
        assertThat(s.evaluated()).isEqualTo(1);
        assertThat(s.invalid()).isEqualTo(1);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(JSON.readTree(lines[0]).get("total").asText()).isEqualTo("2000.00");
        assertThat(JSON.readTree(lines[1]).get("error").get("problems").get(0).get("path").asText())
                .isEqualTo("applicant.patents");
    }
}
