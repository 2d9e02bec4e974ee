package io.iprules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.Comparison;
import io.iprules.Language;
import io.iprules.ParameterUnit;
import io.iprules.ProvisionStatus;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The policies listing ({@code ip-rules policies --format json}, {@code GET /v1/policies}) against its schema with a
 * real validator: every policy here in both languages, with a deployment's parameters and calendar file too; and the
 * combined schema's references all lead somewhere.
 */
class PoliciesSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaValidator LISTING = new SchemaValidator(ContractSchemasTest.SCHEMAS.policyList());

    /** A made-up year for this test only: NOT a State Council notice. */
    private static final String TEST_ONLY_2027 = """
            { "year": 2027, "source": "test fixture: made up, not a State Council notice",
              "notices": [ { "id": "test-2027", "title": "测试用 2027 年日历(虚构，非国务院通知)",
                             "url": "https://example.invalid/test-2027" } ],
              "days": [ { "date": "2027-01-01", "kind": "REST", "name": "元旦", "notice": "test-2027" } ] }
            """;

    @Test
    void everyPolicyListedInEitherLanguageIsWhatTheSchemaSays() throws Exception {
        for (Language lang : Language.values()) {
            String listing = ContractSchemasTest.CONTRACT.writePolicies(lang);
            assertThat(LISTING.problems(listing)).as(lang.name()).isEmpty();
            assertThat(JSON.readTree(listing)).hasSize(ContractSchemasTest.ENGINE.policies().size());
        }
    }

    @Test
    void aDeploymentsParametersAndCalendarFileAreWhatTheSchemaSaysToo() throws Exception {
        RulesEngine deployed = RulesEngine.builder()
                .parameter("jiaxing-2012", "JX_PATENT_GRANT.INVENTION", LocalDate.of(2012, 11, 5), "8000",
                        "测试用实施细则(虚构)")
                .dataFile("calendar", "conf/2027.json", TEST_ONLY_2027.getBytes(StandardCharsets.UTF_8)).build();
        String listing = new JsonContract(deployed).writePolicies(Language.EN);
        assertThat(LISTING.problems(listing)).isEmpty();
        JsonNode beijing = policy(JSON.readTree(listing), "beijing-2012");
        JsonNode sources = beijing.at("/data/0/sources");
        assertThat(sources.get(sources.size() - 1).get("file").asText()).isEqualTo("2027.json");
    }

    /** The schema can fail: each of these breaks what a reader of the listing relies on. */
    @Test
    void aListingThatIsNotTheContractsIsRefused() throws Exception {
        JsonNode good = JSON.readTree(ContractSchemasTest.CONTRACT.writePolicies(Language.EN));
        List<String> broken = new ArrayList<>();
        broken.add(edited(good, "beijing-2012", p -> p.put("unknown", 1)));
        broken.add(edited(good, "jiaxing-2012", p -> ((ObjectNode) p.get("provisions").get(0)).put("status", "DONE")));
        broken.add(edited(good, "beijing-2012", p -> ((ObjectNode) p.at("/data/0")).remove("digest")));
        broken.add(edited(good, "beijing-2012", p -> ((ObjectNode) p.at("/data/0/covers/0"))
                .put("until", "2026-12-32")));
        broken.add(edited(good, "anning-2022", p -> ((ObjectNode) p.get("targets").get(0)).put("comparison", "≥")));
        broken.add(edited(good, "jiaxing-2012", p -> ((ObjectNode) p.get("inForce")).remove("until")));
        for (String listing : broken) {
            assertThat(LISTING.problems(listing)).as(listing.substring(0, 80)).isNotEmpty();
        }
    }

    /** The listing's enums are the Java enums' values, so a value added there cannot go unlisted here. */
    @Test
    void theSchemasEnumsAreTheJavaEnumsValues() {
        JsonNode policy = ContractSchemasTest.SCHEMAS.policyList().at("/$defs/policy/properties");
        assertThat(strings(policy.at("/parameters/items/properties/unit/enum")))
                .containsExactlyElementsOf(Arrays.stream(ParameterUnit.values()).map(Enum::name).toList());
        assertThat(strings(policy.at("/provisions/items/properties/status/enum")))
                .containsExactlyElementsOf(Arrays.stream(ProvisionStatus.values()).map(Enum::name).toList());
        assertThat(strings(policy.at("/targets/items/properties/comparison/enum")))
                .containsExactlyElementsOf(Arrays.stream(Comparison.values()).map(Comparison::symbol).toList());
        // a target's figure is a number of some kind, never a date (Target refuses DATE); money is not a target unit
        assertThat(strings(policy.at("/targets/items/properties/unit/enum")))
                .containsExactly("RATIO", "NUMBER", "COUNT", "YES_NO");
    }

    /**
     * {@code ip-rules schema} (and {@code GET /v1/schema}) holds the result's, error's and listing's schemas under
     * {@code $defs}: their own references point into their place there. The result's had pointed at
     * {@code #/$defs/date} of the combined document, which has none, so a validator given it failed.
     */
    @Test
    void everyReferenceOfTheCombinedSchemaLeadsSomewhere() throws Exception {
        ObjectNode all = ContractSchemasTest.SCHEMAS.all();
        List<String> refs = new ArrayList<>();
        collect(all, refs);
        assertThat(refs).contains("#/$defs/result/$defs/date", "#/$defs/policies/$defs/policy");
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(all.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
        // a result and a listing, validated through the combined document
        ObjectNode viaAll = all.deepCopy();
        viaAll.remove("oneOf");
        viaAll.put("$ref", "#/$defs/policies");
        assertThat(new SchemaValidator(viaAll).problems(ContractSchemasTest.CONTRACT.writePolicies(Language.ZH)))
                .isEmpty();
        ObjectNode resultViaAll = all.deepCopy();
        resultViaAll.remove("oneOf");
        resultViaAll.put("$ref", "#/$defs/result");
        String request = new String(java.nio.file.Files.readAllBytes(ContractSchemasTest.repo()
                .resolve("examples/requests/beijing-green-channel-late.json")), StandardCharsets.UTF_8);
        String result = ContractSchemasTest.CONTRACT.writePretty(ContractSchemasTest.CONTRACT.evaluate(
                request.getBytes(StandardCharsets.UTF_8), ContractSchemasTest.TODAY, null), Language.EN, false);
        assertThat(new SchemaValidator(resultViaAll).problems(result)).isEmpty();
    }

    private static JsonNode policy(JsonNode listing, String id) {
        for (JsonNode p : listing) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError(id + " not listed");
    }

    private static String edited(JsonNode listing, String id, java.util.function.Consumer<ObjectNode> edit) {
        ArrayNode copy = (ArrayNode) listing.deepCopy();
        edit.accept((ObjectNode) policy(copy, id));
        return copy.toString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void collect(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref") && e.getValue().isTextual()) {
                    refs.add(e.getValue().asText());
                } else {
                    collect(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, refs));
        }
    }
}
