package io.iprules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.PolicyDescription;
import io.iprules.Problem;
import io.iprules.RulesEngine;
import io.iprules.SubjectKind;
import io.iprules.json.JsonContract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schemas say what the strict reader says: every example and scenario request checked with a real validator,
 * every result and error answer against their schemas.
 */
class ContractSchemasTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final RulesEngine ENGINE = RulesEngine.builder().build();
    static final JsonContract CONTRACT = new JsonContract(ENGINE);
    static final ContractSchemas SCHEMAS = new ContractSchemas(ENGINE);
    static final SchemaValidator ANY = new SchemaValidator(SCHEMAS.all());
    static final SchemaValidator RESULT = new SchemaValidator(SCHEMAS.result());
    static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

    /** What the reader checks and JSON Schema cannot say, by the reader's words (docs/contract.md lists them). */
    static final List<String> READER_ONLY = ContractDocs.READER_ONLY.stream().map(ContractDocs.ReaderOnly::words)
            .toList();

    static Path repo() {
        return Path.of("").toAbsolutePath().getParent();
    }

    static List<Path> exampleRequests() throws IOException {
        try (Stream<Path> s = Files.list(repo().resolve("examples/requests"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** Every scenario file of every policy module in the repository. */
    static List<Path> scenarioFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> modules = Files.list(repo())) {
            for (Path m : modules.filter(p -> p.getFileName().toString().startsWith("rules-")).sorted().toList()) {
                Path root = m.resolve("src/test/resources/scenarios");
                if (Files.isDirectory(root)) {
                    try (Stream<Path> s = Files.walk(root)) {
                        s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
                    }
                }
            }
        }
        return out;
    }

    /** {@code null} when the engine accepts the request, else the problems it names. */
    static List<Problem> refusal(byte[] request) {
        try {
            CONTRACT.evaluate(request, TODAY, null);
            return null;
        } catch (InvalidRequestException e) {
            return e.problems();
        }
    }

    @Test
    void everyExampleRequestIsValidAndItsResultMatchesTheResultSchema() throws IOException {
        List<Path> examples = exampleRequests();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
        for (Path p : examples) {
            String json = Files.readString(p);
            String policy = JSON.readTree(json).get("policy").asText();
            assertThat(ANY.problems(json)).as(p.toString()).isEmpty();
            assertThat(new SchemaValidator(SCHEMAS.request(policy)).problems(json)).as(p.toString()).isEmpty();
            EvaluationResult r = CONTRACT.evaluate(json.getBytes(StandardCharsets.UTF_8), TODAY, null);
            for (Language l : Language.values()) {
                assertThat(RESULT.problems(CONTRACT.writePretty(r, l, true))).as(p + " result").isEmpty();
                assertThat(RESULT.problems(CONTRACT.write(r, l, false))).as(p + " result").isEmpty();
                // a batch's result line ends with its input line number, which the schema had no room for
                assertThat(RESULT.problems(CONTRACT.writeLine(r, l, true, 12L))).as(p + " batch line").isEmpty();
            }
        }
        assertThat(RESULT.problems("{\"line\":0}")).as("a line number is from 1").isNotEmpty()
                .anyMatch(problem -> problem.contains("line"));
    }

    @Test
    void everyScenarioRequestIsJudgedAsTheReaderJudgesIt() throws IOException {
        List<Path> files = scenarioFiles();
        assertThat(files).hasSizeGreaterThan(200);
        int valid = 0;
        int refused = 0;
        int readerOnly = 0;
        for (Path f : files) {
            JsonNode scenario = JSON.readTree(f.toFile());
            String request = JSON.writeValueAsString(scenario.get("request"));
            List<String> schemaSays = ANY.problems(request);
            if (scenario.hasNonNull("expectError")) {
                List<Problem> readerSays = refusal(request.getBytes(StandardCharsets.UTF_8));
                if (readerSays == null && scenario.has("parameters")) {
                    continue; // refused only under the scenario's own deployment parameters, which no schema knows
                }
                assertThat(readerSays).as(f + ": the reader refuses it").isNotNull();
                if (readerSays.stream().allMatch(ContractSchemasTest::readerOnly)) {
                    readerOnly++;
                } else {
                    assertThat(schemaSays).as(f + ": the schema refuses it too (" + readerSays + ")").isNotEmpty();
                    refused++;
                }
            } else {
                assertThat(schemaSays).as(f.toString()).isEmpty();
                EvaluationResult r = CONTRACT.evaluate(request.getBytes(StandardCharsets.UTF_8), TODAY, null);
                assertThat(RESULT.problems(CONTRACT.write(r, Language.EN, true))).as(f + " result").isEmpty();
                valid++;
            }
        }
        assertThat(valid).isGreaterThan(100);
        // floors, so that the test cannot pass by meeting no scenario of a kind; the reader-only refusals are not
        // held below the others (they were, 120 against 121 on 2026-12-08: the next check a schema cannot say, each
        // listed in READER_ONLY and docs/contract.md, would have failed the build for no fault)
        assertThat(refused).isGreaterThan(40);
        assertThat(readerOnly).isGreaterThan(40);
    }

    static boolean readerOnly(Problem p) {
        return READER_ONLY.stream().anyMatch(p.message()::contains);
    }

    /**
     * Every example is evaluated as of 2017-07-31, or the day its policy takes force when that is later: a policy
     * of 2024 whose example holds a fact of 2024 is not evaluated seven years before it.
     */
    @Test
    void everyExampleInTheSchemasIsARequestTheEngineAccepts() throws IOException {
        int n = 0;
        for (PolicyDescription p : SCHEMAS.policies()) {
            java.time.LocalDate asOf = java.time.LocalDate.of(2017, 7, 31);
            if (p.inForceFrom().isAfter(asOf)) {
                asOf = p.inForceFrom();
            }
            for (SubjectKind k : p.subjects()) {
                JsonNode examples = SCHEMAS.requestBody(p.id()).get("properties").get(k.key()).get("examples");
                assertThat(examples).as(p.id() + " " + k.key() + " has an example").isNotNull();
                for (JsonNode e : examples) {
                    ObjectNode request = JSON.createObjectNode().put("policy", p.id()).put("asOf", asOf.toString());
                    request.set(k.key(), e);
                    String json = JSON.writeValueAsString(request);
                    assertThat(ANY.problems(json)).as(json).isEmpty();
                    assertThat(refusal(json.getBytes(StandardCharsets.UTF_8))).as(json).isNull();
                    n++;
                }
            }
        }
        assertThat(n).isGreaterThanOrEqualTo(SCHEMAS.policies().size());
    }

    @Test
    void theErrorAnswerMatchesTheErrorSchema() {
        SchemaValidator error = new SchemaValidator(SCHEMAS.error());
        InvalidRequestException e = (InvalidRequestException) org.assertj.core.api.Assertions.catchThrowable(
                () -> CONTRACT.evaluate("{\"policy\":\"jiaxing-2012\",\"applicant\":{\"x\":1}}".getBytes(
                        StandardCharsets.UTF_8), TODAY, null));
        assertThat(error.problems(CONTRACT.writeError(e.problems(), null))).isEmpty();
        assertThat(error.problems(CONTRACT.writeError(e.problems(), 7L))).isEmpty();
        assertThat(error.problems(CONTRACT.writeInternalError("boom", 3))).isEmpty();
        assertThat(error.problems("{\"error\":{}}")).isNotEmpty();
    }

    @Test
    void aSchemaPerPolicyStandsAlone() {
        for (PolicyDescription p : SCHEMAS.policies()) {
            ObjectNode s = SCHEMAS.request(p.id());
            assertThat(s.get("$schema").asText()).isEqualTo(ContractSchemas.DIALECT);
            assertThat(new SchemaValidator(s).problems("{\"policy\":\"" + p.id() + "\"}")).isNotEmpty();
            assertThat(new SchemaValidator(s).problems("{\"policy\":\"no-such\"}")).isNotEmpty();
        }
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> SCHEMAS.request("no-such")))
                .isInstanceOf(InvalidRequestException.class);
    }
}
