package io.iprules.schema;

import static io.iprules.schema.ContractSchemasTest.ANY;
import static io.iprules.schema.ContractSchemasTest.JSON;
import static io.iprules.schema.ContractSchemasTest.SCHEMAS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.iprules.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Where the schemas and the reader met a validator other than the one the agreement tests use (helper-154): money
 * as a JSON number under a validator that computes in binary floating point, dates without format assertion, a
 * long's bound, the reader's 40 digits, an award code, a count written with a fraction or an exponent. Each case is
 * judged by the schema and by the reader.
 */
class SchemaEdgesTest {
    private static final String JIAXING = "jiaxing-patents-standards-open-amounts.json";
    private static final String NORTHEAST = "northeast-equal-growth.json";
    /** A validator as draft 2020-12 has it by default: {@code format} an annotation only. */
    private static final Schema NO_FORMATS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ContractSchemas.write(SCHEMAS.all()), InputFormat.JSON);

    private static String changed(String example, Consumer<ObjectNode> change) throws IOException {
        ObjectNode request = (ObjectNode) JSON.readTree(Files.readString(
                ContractSchemasTest.repo().resolve("examples/requests/" + example)));
        change.accept(request);
        return JSON.writeValueAsString(request);
    }

    private static String interestPaid(JsonNode value) throws IOException {
        return changed(JIAXING, r -> ((ObjectNode) r.at("/applicant/pledgeLoans/0")).set("interestPaid", value));
    }

    private static boolean schemaAccepts(String json) {
        return ANY.problems(json).isEmpty();
    }

    private static List<Problem> reader(String json) {
        return ContractSchemasTest.refusal(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Refused by the reader with a check docs/contract.md lists as one the schemas cannot say. */
    private static void readerOnly(String json) {
        assertThat(schemaAccepts(json)).as(json).isTrue();
        List<Problem> problems = reader(json);
        assertThat(problems).as(json).isNotNull().isNotEmpty();
        assertThat(problems).as(json).allMatch(ContractSchemasTest::readerOnly);
    }

    private static void both(boolean accepted, String json) {
        assertThat(schemaAccepts(json)).as("schema: " + json).isEqualTo(accepted);
        assertThat(reader(json)).as("reader: " + json).matches(p -> (p == null) == accepted);
    }

    /** Every {@code multipleOf} in {@code node}. */
    private static void multiples(JsonNode node, String at, List<String> out) {
        if (node instanceof ObjectNode o) {
            if (o.has("multipleOf")) {
                out.add(at + ": " + o.get("multipleOf"));
            }
            o.properties().forEach(e -> multiples(e.getValue(), at + "/" + e.getKey(), out));
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                multiples(a.get(i), at + "/" + i, out);
            }
        }
    }

    /**
     * Python's jsonschema and Ajv test {@code multipleOf} in binary floating point: 19.99 / 0.01 is
     * 1998.9999999999998, not whole, so 19.99 was refused (11,426 of 0.00..999.99). No schema says multipleOf, and
     * every amount with two decimals passes the number branch as such a validator computes it.
     */
    @Test
    void moneyAsAJsonNumberPassesAValidatorThatComputesInFloatingPoint() throws IOException {
        List<String> found = new ArrayList<>();
        multiples(SCHEMAS.all(), "#", found);
        assertThat(found).as("multipleOf, which float-based validators get wrong").isEmpty();
        for (String amount : List.of("19.99", "0.07", "1.13", "999.99", "0.00", "48650.12")) {
            both(true, interestPaid(JSON.getNodeFactory().numberNode(new BigDecimal(amount))));
        }
        // still the reader's to refuse, and listed as such: a number finer than the fen
        readerOnly(interestPaid(JSON.getNodeFactory().numberNode(new BigDecimal("19.999"))));
        both(false, interestPaid(JSON.getNodeFactory().textNode("19.999")));
        both(true, interestPaid(JSON.getNodeFactory().textNode("19.990")));
    }

    @Test
    void aDateOutsideTheMonthsAndDaysIsRefusedWithoutFormatAssertion() throws IOException {
        for (String date : List.of("2013-13-01", "2013-00-10", "2013-01-32", "2013-01-00", "2013-1-01")) {
            String json = changed(JIAXING, r -> r.put("asOf", date));
            assertThat(NO_FORMATS.validate(json, InputFormat.JSON)).as(date).isNotEmpty();
            assertThat(reader(json)).as(date).isNotNull();
        }
        for (String date : List.of("2013-02-30", "2013-04-31", "2013-02-29", "1900-02-29")) {
            String json = changed(JIAXING, r -> ((ObjectNode) r.at("/applicant/patents/0")).put("grantDate", date));
            // the pattern cannot know the calendar: format assertion does, and the docs say how to turn it on
            assertThat(NO_FORMATS.validate(json, InputFormat.JSON)).as(date).isEmpty();
            assertThat(schemaAccepts(json)).as(date + " with formats asserted").isFalse();
            assertThat(reader(json)).as(date).isNotNull().allMatch(ContractSchemasTest::readerOnly);
        }
        // a leap day is a date; the patent's number of an application of 2012, as a grant can be no earlier
        both(true, changed(JIAXING, r -> ((ObjectNode) r.at("/applicant/patents/0")).put("number", "ZL201210123456.7")
                .put("grantDate", "2012-02-29")));
    }

    /**
     * A count is a whole JSON number: written with a fraction or an exponent it passes the schema (JSON Schema takes
     * 2000.0 and 2E+3 as integers) and is the reader's to refuse, in words docs/contract.md lists; they say how to
     * write it, since 2E+3 is the whole number 2000. A typed count (northeast-2017's) and a figure (anning-2022's).
     */
    @Test
    void aCountWrittenWithAFractionOrAnExponentIsRefusedByTheReaderAlone() throws IOException {
        String told = "must be written as a whole number, without a decimal point or an exponent, not ";
        String northeast = changed(NORTHEAST, r -> { });
        assertThat(northeast).contains("\"end\":2000}");
        // 2.000E+3 is read at scale 0, as 2000 is: the reader marks that it was written with an exponent
        String[][] typed = {{"2000.0", "'2000.0'"}, {"2E+3", "'2E+3'"}, {"2.000E+3", "'2000E+0'"}};
        for (String[] written : typed) {
            String json = northeast.replace("\"end\":2000}", "\"end\":" + written[0] + "}");
            readerOnly(json);
            assertThat(reader(json)).extracting(Problem::toString)
                    .containsExactly("applicant.figures.PATENT.national.end: " + told + written[1]);
        }
        String anning = changed("anning-every-target-exactly-reached.json", r -> { });
        assertThat(anning).contains("\"AN_TRADEMARKS\":6500,");
        for (String[] written : new String[][] {{"6500.0", "6500.0"}, {"65e2", "6.5E+3"}}) {
            String json = anning.replace("\"AN_TRADEMARKS\":6500,", "\"AN_TRADEMARKS\":" + written[0] + ",");
            readerOnly(json);
            assertThat(reader(json)).extracting(Problem::toString)
                    .containsExactly("applicant.figures.AN_TRADEMARKS: " + told + written[1]);
        }
    }

    @Test
    void aLongFieldHasTheReadersBound() throws IOException {
        both(false, changed(NORTHEAST, r -> ((ObjectNode) r.at("/applicant/figures/PATENT/national"))
                .put("end", new java.math.BigInteger("9223372036854775808"))));
        JsonNode end = SCHEMAS.requestBody("northeast-2017").at("/properties/applicant/properties/figures");
        assertThat(ContractSchemas.write(SCHEMAS.requestBody("northeast-2017"))).contains("9223372036854775807");
        assertThat(end.isMissingNode()).isFalse();
    }

    @Test
    void aDecimalStringHasTheReadersFortyDigits() throws IOException {
        String forty = "1".repeat(40);
        both(true, interestPaid(JSON.getNodeFactory().textNode(forty)));
        both(false, interestPaid(JSON.getNodeFactory().textNode(forty + "1")));
        // the integer part's leading zeros are not counted by the reader, nor now by the pattern
        both(true, interestPaid(JSON.getNodeFactory().textNode("0".repeat(60) + "12")));
        both(true, interestPaid(JSON.getNodeFactory().textNode("12." + "0".repeat(38))));
        both(false, interestPaid(JSON.getNodeFactory().textNode("12." + "0".repeat(39))));
        both(false, interestPaid(JSON.getNodeFactory().textNode("0." + "0".repeat(41))));
        both(true, interestPaid(JSON.getNodeFactory().textNode("0." + "0".repeat(40))));
        // a JSON number's digits are the reader's to count, and listed as such
        readerOnly(interestPaid(JSON.getNodeFactory().numberNode(new BigDecimal(forty + "1"))));
        readerOnly(interestPaid(JSON.getNodeFactory().numberNode(new BigDecimal("1e-50"))));
    }

    @Test
    void anAwardCodeIsOneOfThePolicysAsTheReaderHasIt() throws IOException {
        List<String> codes = io.iprules.jiaxing.rules.JiaxingAward.codes();
        JsonNode body = SCHEMAS.requestBody("jiaxing-2012").at("/properties/applicant/properties");
        for (String list : List.of("paidSubsidies", "otherPolicyClaims")) {
            JsonNode items = body.get(list);
            JsonNode code = ContractSchemasTest.JSON.valueToTree(items).findValue("code");
            List<String> listed = new ArrayList<>();
            code.get("enum").forEach(c -> {
                if (!c.isNull()) {
                    listed.add(c.asText());
                }
            });
            assertThat(listed).as(list).containsExactlyInAnyOrderElementsOf(codes);
        }
        for (String code : List.of("jx_patent_grant", "JX_PATENT_GRANT ", "JX_NO_SUCH")) {
            String json = changed(JIAXING, r -> ((ObjectNode) r.get("applicant")).putArray("paidSubsidies").addObject()
                    .put("code", code).put("date", "2013-06-01"));
            both(false, json);
        }
    }

    /**
     * The reader counts a string's UTF-16 units (Jackson's limit), JSON Schema's maxLength its characters: 50,001
     * characters beyond U+FFFF pass the schema and are refused by the reader, which says what it counts.
     */
    @Test
    void aStringsLengthIsCountedInUtf16UnitsAndSaidSo() throws IOException {
        String astral = "\uD840\uDC00"; // U+20000
        String json = changed(JIAXING, r -> ((ObjectNode) r.get("applicant")).put("name", astral.repeat(50_001)));
        readerOnly(json);
        assertThat(reader(json)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("applicant.name");
            assertThat(p.message()).contains("100000 characters, counted in UTF-16 units");
        });
        both(true, changed(JIAXING, r -> ((ObjectNode) r.get("applicant")).put("name", astral.repeat(50_000))));
    }
}
