package io.iprules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario runner against the toy policy of the test resources: a scenario that matches the result passes, and
 * every way a result can differ from what a scenario expects is reported — a scenario that could not fail would be
 * a test that asserts nothing.
 */
class ScenarioRunnerTest {
    @TempDir
    Path tmp;
    private int n;
    private final ScenarioRunner runner = new ScenarioRunner();

    /** {@code name: a, count}, two awards T_A 10 and T_B 2.5, warnings w1 and w2, as of 2020-06-30. */
    private static String request(int count) {
        return "{\"policy\": \"toy-2020\", \"asOf\": \"2020-06-30\", \"applicant\": {\"name\": \"a\", \"count\": "
                + count
                + ", \"awards\": [{\"code\": \"T_A\", \"amount\": \"10\"}, {\"code\": \"T_B\", \"amount\": \"2.5\"}],"
                + " \"warnings\": [\"first warning\", \"second warning\"]}}";
    }

    private Scenario scenario(String json) {
        try {
            Path f = tmp.resolve("s" + n++ + ".json");
            Files.writeString(f, json, StandardCharsets.UTF_8);
            return ScenarioRunner.read(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> diffs(String expect) {
        return runner.run(scenario("{\"title\": \"t\", \"request\": " + request(1) + ", \"expect\": " + expect + "}"));
    }

    @Test
    void aScenarioThatMatchesPasses() {
        assertThat(diffs("{\"eligible\": true, \"applicant\": \"a\", \"total\": \"12.50\", \"undetermined\": 0,"
                + " \"awards\": [{\"code\": \"T_A\", \"amount\": \"10.00\", \"citation\": \"toy §2\"},"
                + "  {\"code\": \"T_B\", \"reason\": \"given\"}],"
                + " \"conditions\": [{\"code\": \"TOY_POSITIVE\", \"met\": true, \"actual\": \"1\", \"citation\": "
                + "\"toy §1\"}], \"excluded\": [], \"phase\": null, \"warnings\": 2}")).isEmpty();
        assertThat(diffs("{\"awards\": {\"T_B\": {\"amount\": \"2.50\"}}, \"warnings\": [\"first\", \"second\"]}"))
                .isEmpty();
    }

    @Test
    void aDifferentValueIsReportedWithItsPath() {
        assertThat(diffs("{\"eligible\": false, \"total\": \"12.5\", \"awards\": [{\"amount\": \"10.00\"},"
                + " {\"code\": \"T_C\"}]}")).containsExactly(
                "eligible: expected false, got true",
                "total: expected \"12.5\", got \"12.50\"",
                "awards[1].code: expected \"T_C\", got \"T_B\"");
        assertThat(diffs("{\"undetermined\": 1}")).containsExactly("undetermined: expected 1, got 0");
        // numbers are compared as numbers
        assertThat(diffs("{\"undetermined\": 0.0}")).isEmpty();
        assertThat(diffs("{\"undetermined\": \"0\"}")).containsExactly("undetermined: expected \"0\", got 0");
    }

    /**
     * The request reaches the engine as written: a count of 1.0 is refused as the contract refuses it (read back
     * from a normalised tree it was 1, and evaluated), and an expected number is told as written.
     */
    @Test
    void theRequestAndTheExpectedValuesAreTakenAsWritten() {
        String wholeNumber = "[{\"path\": \"applicant.count\", \"messageContains\": \"whole number\"}]";
        assertThat(runner.run(scenario("{\"title\": \"t\", \"request\": " + request(1).replace("\"count\": 1",
                "\"count\": 1.0") + ", \"expectError\": " + wholeNumber + "}"))).isEmpty();
        assertThat(diffs("{\"total\": 12.50}")).containsExactly("total: expected 12.50, got \"12.50\"");
    }

    @Test
    void aListMustHaveAsManyEntriesAsTheResult() {
        assertThat(diffs("{\"awards\": [{\"code\": \"T_A\"}]}")).hasSize(1).first().asString()
                .startsWith("awards: expected 1 entries, got 2: [");
        assertThat(diffs("{\"awards\": [{}, {}, {\"code\": \"T_C\"}]}")).hasSize(1).first().asString()
                .startsWith("awards: expected 3 entries, got 2");
        assertThat(diffs("{\"excluded\": [{\"code\": \"X\"}]}"))
                .containsExactly("excluded: expected 1 entries, got 0: []");
    }

    @Test
    void aListOfValuesIsComparedValueByValue() {
        // warnings are compared by substring; other lists of values exactly
        assertThat(runner.run(scenario("{\"title\": \"t\", \"request\": " + request(1) + ", \"expect\": {\"awards\": "
                + "[{\"code\": \"T_A\"}, {\"code\": \"T_B\"}], \"conditions\": [\"x\"]}}")))
                .containsExactly("conditions[0]: expected \"x\", got {\"code\":\"TOY_POSITIVE\",\"subject\":\"a\","
                        + "\"met\":true,\"actual\":\"1\",\"required\":\"> 0\",\"citation\":\"toy §1\"}");
    }

    @Test
    void entriesKeyedByCodeAreFoundByTheirCode() {
        assertThat(diffs("{\"awards\": {\"T_B\": {\"amount\": \"2.50\"}, \"T_A\": {\"citation\": \"toy §1\"}}}"))
                .containsExactly("awards.T_A.citation: expected \"toy §1\", got \"toy §2\"");
        assertThat(diffs("{\"awards\": {\"T_C\": {}}}"))
                .containsExactly("awards.T_C: expected one entry with this code, found 0");
        assertThat(diffs("{\"awards\": {\"T_A\": \"10.00\"}}"))
                .containsExactly("awards.T_A: an entry keyed by code is an object of expected fields");
    }

    @Test
    void twoEntriesWithOneCodeNeedTheListForm() {
        String twice = "{\"policy\": \"toy-2020\", \"asOf\": \"2020-06-30\", \"applicant\": {\"name\": \"a\", "
                + "\"count\": 1, \"awards\": [{\"code\": \"T_A\", \"amount\": \"1\"}, {\"code\": \"T_A\", \"amount\": "
                + "\"2\"}]}}";
        assertThat(runner.run(scenario("{\"title\": \"t\", \"request\": " + twice + ", \"expect\": {\"awards\": "
                + "{\"T_A\": {}}}}"))).containsExactly("awards.T_A: expected one entry with this code, found 2 (write "
                + "the list form to check entries that share a code)");
    }

    @Test
    void containsChecksASubstringOfAText() {
        assertThat(diffs("{\"awards\": [{\"reasonContains\": \"giv\"}, {\"codeContains\": \"_B\"}]}")).isEmpty();
        assertThat(diffs("{\"awards\": [{\"reasonContains\": \"bonus\"}, {}]}"))
                .containsExactly("awards[0].reason: expected to contain 'bonus', was \"given\"");
        assertThat(diffs("{\"applicantContains\": \"b\"}"))
                .containsExactly("applicant: expected to contain 'b', was \"a\"");
        assertThat(diffs("{\"undeterminedContains\": \"0\"}"))
                .containsExactly("undetermined: expected to contain '0', was 0");
        assertThat(diffs("{\"nothingContains\": \"x\"}")).containsExactly("nothing: expected to contain 'x', was null");
    }

    @Test
    void warningsAreCountedOrFoundBySubstring() {
        assertThat(diffs("{\"warnings\": 3}")).hasSize(1).first().asString()
                .isEqualTo("warnings: expected 3, got 2: [\"first warning\",\"second warning\"]");
        assertThat(diffs("{\"warnings\": [\"second\"]}")).containsExactly(
                "warnings: expected 1, got 2: [\"first warning\",\"second warning\"]");
        assertThat(diffs("{\"warnings\": [\"second\", \"third\"]}")).containsExactly(
                "warnings: none contains 'third': [\"first warning\",\"second warning\"]");
        assertThat(diffs("{\"warnings\": [\"warning\", \"first\"]}")).isEmpty();
    }

    /** What {@code file: field must be …} a wrongly typed expectation is refused with, for the file just written. */
    private String refusal(String expect) {
        Path f = tmp.resolve("s" + n + ".json");
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> diffs(expect));
        assertThat(t).as("%s must be refused, not compared", expect).isInstanceOf(IllegalArgumentException.class);
        assertThat(t.getMessage()).startsWith(f + ": ");
        return t.getMessage().substring((f + ": ").length());
    }

    @Test
    void warningsOfAnotherShapeAreAScenarioFileErrorNotAPass() {
        String shape = " must be a count (a whole number, 0 or more) or a list of texts, each contained in one "
                + "warning; found ";
        // a text, the defect: it passed whatever the warnings were
        assertThat(refusal("{\"warnings\": \"no such warning\"}"))
                .isEqualTo("expect.warnings" + shape + "\"no such warning\"");
        assertThat(refusal("{\"warnings\": null}")).isEqualTo("expect.warnings" + shape + "null");
        assertThat(refusal("{\"warnings\": true}")).isEqualTo("expect.warnings" + shape + "true");
        assertThat(refusal("{\"warnings\": {\"first\": 1}}")).isEqualTo("expect.warnings" + shape + "{\"first\":1}");
        assertThat(refusal("{\"warnings\": 2.5}")).isEqualTo("expect.warnings" + shape + "2.5");
        assertThat(refusal("{\"warnings\": -1}")).isEqualTo("expect.warnings" + shape + "-1");
        // an entry that is not a text was read as "" (an object) and found in any warning
        assertThat(refusal("{\"warnings\": [\"first\", {}]}")).isEqualTo("expect.warnings" + shape + "[\"first\",{}]");
        assertThat(refusal("{\"warnings\": [2]}")).isEqualTo("expect.warnings" + shape + "[2]");
        // the shapes it takes still work, an empty list being none
        assertThat(diffs("{\"warnings\": 2}")).isEmpty();
        assertThat(diffs("{\"warnings\": 2.0}")).isEmpty(); // numbers are compared by value
        // a count is any whole number from 0 to the largest int, both ends included
        assertThat(diffs("{\"warnings\": 0}")).containsExactly(
                "warnings: expected 0, got 2: [\"first warning\",\"second warning\"]");
        assertThat(diffs("{\"warnings\": 2147483647}")).containsExactly(
                "warnings: expected 2147483647, got 2: [\"first warning\",\"second warning\"]");
        assertThat(refusal("{\"warnings\": 2147483648}")).isEqualTo("expect.warnings" + shape + "2147483648");
        assertThat(diffs("{\"warnings\": []}")).hasSize(1).first().asString().startsWith("warnings: expected 0, got 2");
    }

    @Test
    void aContainsOtherThanATextIsAScenarioFileErrorNotAPass() {
        String shape = " must be a text (the words to find in the field); found ";
        // an object or a list was read as "", which every text contains
        assertThat(refusal("{\"applicantContains\": {}}")).isEqualTo("expect.applicantContains" + shape + "{}");
        assertThat(refusal("{\"applicantContains\": [\"x\"]}"))
                .isEqualTo("expect.applicantContains" + shape + "[\"x\"]");
        assertThat(refusal("{\"awards\": [{\"reasonContains\": null}, {}]}"))
                .isEqualTo("expect.awards[0].reasonContains" + shape + "null");
        assertThat(refusal("{\"awards\": {\"T_A\": {\"citationContains\": 2}}}"))
                .isEqualTo("expect.awards.T_A.citationContains" + shape + "2");
        assertThat(refusal("{\"phaseDetail\": {\"noteContains\": false}}"))
                .isEqualTo("expect.phaseDetail.noteContains" + shape + "false");
    }

    @Test
    void anExpectThatIsNotAnObjectIsAScenarioFileErrorNotAPass() {
        // its fields were iterated, and a list or a text has none: nothing was checked
        assertThat(refusal("[{\"eligible\": false}]")).isEqualTo("expect must be an object of the result's fields; "
                + "found [{\"eligible\":false}]");
        assertThat(refusal("\"eligible\"")).isEqualTo("expect must be an object of the result's fields; found "
                + "\"eligible\"");
    }

    @Test
    void anExpectedErrorOfAnotherShapeIsAScenarioFileErrorNotAPass() {
        String bad = "{\"policy\": \"toy-2020\", \"asOf\": \"2020-06-30\", \"applicant\": {\"name\": \" \"}}";
        java.util.function.Function<String, String> refused = expectError -> {
            Path f = tmp.resolve("s" + n + ".json");
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> runner.run(scenario(
                    "{\"title\": \"t\", \"request\": " + bad + ", \"expectError\": " + expectError + "}")));
            assertThat(t).as("%s must be refused, not compared", expectError)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(t.getMessage()).startsWith(f + ": ");
            return t.getMessage().substring((f + ": ").length());
        };
        String entry = " must be an object {\"path\": \"…\", \"messageContains\": \"…\"}, texts both; found ";
        assertThat(refused.apply("{\"path\": \"x\"}"))
                .isEqualTo("expectError must be a list of {\"path\": \"…\", \"messageContains\": \"…\"}; found "
                        + "{\"path\":\"x\"}");
        assertThat(refused.apply("[\"applicant.name\", \"applicant.count\"]"))
                .isEqualTo("expectError[0]" + entry + "\"applicant.name\"");
        // "message" for "messageContains": any message at the path passed
        assertThat(refused.apply("[{\"path\": \"applicant.name\", \"message\": \"is missing\"},"
                + " {\"path\": \"applicant.count\", \"messageContains\": \"\"}]"))
                .isEqualTo("expectError[0]" + entry + "{\"path\":\"applicant.name\",\"message\":\"is missing\"}");
        // an object read as "": every message contains it
        assertThat(refused.apply("[{\"path\": \"applicant.name\", \"messageContains\": {}},"
                + " {\"path\": \"applicant.count\", \"messageContains\": \"\"}]"))
                .isEqualTo("expectError[0]" + entry + "{\"path\":\"applicant.name\",\"messageContains\":{}}");
        assertThat(refused.apply("[{\"path\": \"applicant.name\", \"messageContains\": \"\"}, {\"path\": null, "
                + "\"messageContains\": \"\"}]")).isEqualTo("expectError[1]" + entry
                + "{\"path\":null,\"messageContains\":\"\"}");
    }

    @Test
    void anExpectOfNullDoesNotPassForARequestThatWasToBeRefused() {
        // "expect": null beside "expectError" was kept as a JSON null, which has no fields to compare: it passed
        List<String> d = runner.run(scenario("{\"title\": \"t\", \"request\": " + request(1) + ", \"expect\": null, "
                + "\"expectError\": [{\"path\": \"applicant.count\", \"messageContains\": \"\"}]}"));
        assertThat(d).hasSize(1);
        assertThat(d.get(0)).startsWith("expected the request to be refused, but it was evaluated: ");
    }

    @Test
    void aHandMadeScenarioIsCheckedAsAReadOneIs() {
        Scenario read = scenario("{\"title\": \"t\", \"request\": " + request(1) + ", \"expect\": {}}");
        Scenario made = new Scenario(read.file(), "t", null, read.request(),
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("warnings", "x"), null);
        assertThatThrownBy(() -> runner.run(made)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(read.file() + ": expect.warnings must be a count");
    }

    @Test
    void aFieldTheResultDoesNotHaveIsReported() {
        assertThat(diffs("{\"award\": []}")).containsExactly("award: no such field in the result");
        assertThat(diffs("{\"awards\": [{\"cod\": \"T_A\"}, {}]}"))
                .containsExactly("awards[0].cod: no such field in the result");
    }

    @Test
    void anEmptyListSaysNoneOfAListTheContractLeavesOutWhenEmpty() {
        // the toy has no deadlines, measures or variants: the contract writes the first two empty, not the third
        assertThat(diffs("{\"deadlines\": [], \"measures\": [], \"variants\": []}")).isEmpty();
        assertThat(diffs("{\"variants\": [{\"code\": \"T_V\"}]}"))
                .containsExactly("variants: expected 1 entries, got none (the result has no variants)");
        assertThat(diffs("{\"deadlines\": [{\"code\": \"T_D\"}]}")).hasSize(1).first().asString()
                .startsWith("deadlines: expected 1 entries, got 0");
        // only variants: a misspelt list, or one nested in an entry, is not taken for an empty one
        assertThat(diffs("{\"deadline\": []}")).containsExactly("deadline: no such field in the result");
        assertThat(diffs("{\"awards\": [{\"deadlines\": []}, {}]}"))
                .containsExactly("awards[0].deadlines: no such field in the result");
        // a list the contract always writes is compared as a list
        assertThat(diffs("{\"excluded\": []}")).isEmpty();
        assertThat(diffs("{\"awards\": []}")).hasSize(1).first().asString()
                .startsWith("awards: expected 0 entries, got 2");
    }

    @Test
    void theListsLeftOutWhenEmptyAreTheOnesTheContractLeavesOut() throws Exception {
        io.iprules.RulesEngine engine = io.iprules.RulesEngine.builder().build();
        io.iprules.json.JsonContract contract = new io.iprules.json.JsonContract(engine);
        io.iprules.EvaluationResult r = engine.evaluate(
                contract.read(request(1).getBytes(StandardCharsets.UTF_8), null).request());
        com.fasterxml.jackson.databind.JsonNode json = contract.toNode(r, io.iprules.Language.EN, false);
        assertThat(ScenarioRunner.LEFT_OUT_WHEN_EMPTY).allSatisfy(f -> assertThat(json.has(f)).as(f).isFalse());
        assertThat(json.has("awards") && json.has("excluded") && json.has("warnings")).isTrue();
        // the contract names every field of a result: these lists are there, empty, in a result with none
        assertThat(json.get("deadlines")).isEmpty();
        assertThat(json.get("measures")).isEmpty();
    }

    @Test
    void anObjectInTheResultIsComparedFieldByField() {
        String phased = "{\"policy\": \"toy-2020\", \"asOf\": \"2020-06-30\", \"applicant\": {\"name\": \"a\", "
                + "\"count\": 1, \"phase\": \"ONE\"}}";
        assertThat(runner.run(scenario("{\"title\": \"t\", \"request\": " + phased + ", \"expect\": {\"phase\": "
                + "\"ONE\", \"phaseDetail\": {\"code\": \"ONE\", \"from\": \"2020-01-01\", \"until\": null}}}")))
                .isEmpty();
        assertThat(runner.run(scenario("{\"title\": \"t\", \"request\": " + phased + ", \"expect\": "
                + "{\"phaseDetail\": {\"code\": \"TWO\", \"citationContains\": \"§5\", \"note\": \"\"}}}")))
                .containsExactly("phaseDetail.code: expected \"TWO\", got \"ONE\"",
                        "phaseDetail.citation: expected to contain '§5', was \"toy §4\"",
                        "phaseDetail.note: no such field in the result");
    }

    @Test
    void anObjectAgainstAValueIsADifference() {
        assertThat(diffs("{\"total\": {\"value\": 1}}"))
                .containsExactly("total: expected {\"value\":1}, got \"12.50\"");
        assertThat(diffs("{\"total\": [\"12.50\"]}")).containsExactly("total: expected [\"12.50\"], got \"12.50\"");
    }

    @Test
    void anExpectedErrorIsMatchedByPathAndMessageAndCounted() {
        String bad = "{\"policy\": \"toy-2020\", \"asOf\": \"2020-06-30\", \"applicant\": {\"name\": \" \"}}";
        String two = "[{\"path\": \"applicant.name\", \"messageContains\": \"is required\"},"
                + " {\"path\": \"applicant.count\", \"messageContains\": \"required\"}]";
        assertThat(runner.run(scenario("{\"title\": \"t\", \"request\": " + bad + ", \"expectError\": " + two + "}")))
                .isEmpty();
        List<String> d = runner.run(scenario("{\"title\": \"t\", \"request\": " + bad + ", \"expectError\": "
                + "[{\"path\": \"applicant.name\", \"messageContains\": \"is missing\"}]}"));
        assertThat(d).hasSize(2);
        assertThat(d.get(0)).isEqualTo("expected a problem at 'applicant.name' containing 'is missing' (in English or"
                + " Chinese); got [applicant.name: is required / 必须填写, applicant.count: is required / 必须填写]");
        assertThat(d.get(1)).isEqualTo("expected 1 problem(s), got 2: [applicant.name: is required / 必须填写, "
                + "applicant.count: is required / 必须填写]");
        assertThat(runner.run(scenario("{\"title\": \"t\", \"request\": " + bad + ", \"expectError\": "
                + "[{\"path\": \"applicant.count\", \"messageContains\": \"is required\"}, "
                + "{\"path\": \"applicant.nam\", \"messageContains\": \"\"}]}")))
                .containsExactly("expected a problem at 'applicant.nam' containing '' (in English or Chinese); got "
                        + "[applicant.name: is required / 必须填写, applicant.count: is required / 必须填写]");
    }

    @Test
    void anExpectedErrorMatchesTheEnglishOrTheChineseMessage() {
        String bad = "{\"policy\": \"toy-2020\", \"asOf\": \"2020-06-30\", \"applicant\": {\"name\": \"a\"}}";
        assertThat(runner.run(scenario("{\"title\": \"t\", \"request\": " + bad + ", \"expectError\": "
                + "[{\"path\": \"applicant.count\", \"messageContains\": \"必须填写\"}]}"))).isEmpty();
        assertThat(runner.run(scenario("{\"title\": \"t\", \"request\": " + bad + ", \"expectError\": "
                + "[{\"path\": \"applicant.count\", \"messageContains\": \"required\"}]}"))).isEmpty();
        // a failure shows both languages, whichever the scenario is written in
        assertThat(runner.run(scenario("{\"title\": \"t\", \"request\": " + bad + ", \"expectError\": "
                + "[{\"path\": \"applicant.count\", \"messageContains\": \"必须是正数\"}]}")))
                .containsExactly("expected a problem at 'applicant.count' containing '必须是正数' (in English or "
                        + "Chinese); got [applicant.count: is required / 必须填写]");
        // the path is still matched exactly: the Chinese message at another path does not do
        assertThat(runner.run(scenario("{\"title\": \"t\", \"request\": " + bad + ", \"expectError\": "
                + "[{\"path\": \"applicant.name\", \"messageContains\": \"必须填写\"}]}"))).hasSize(1);
    }

    @Test
    void aRefusalWhereAResultWasExpectedAndTheReverse() {
        String bad = "{\"policy\": \"toy-2020\", \"asOf\": \"2020-06-30\", \"applicant\": {\"count\": 1}}";
        assertThat(runner.run(scenario("{\"title\": \"t\", \"request\": " + bad + ", \"expect\": {}}")))
                .containsExactly("the request was refused: applicant.name: is required");
        List<String> d = runner.run(scenario("{\"title\": \"t\", \"request\": " + request(1)
                + ", \"expectError\": []}"));
        assertThat(d).hasSize(1);
        assertThat(d.get(0))
                .startsWith("expected the request to be refused, but it was evaluated: {\"policy\":\"toy-2020\"");
    }

    @Test
    void aScenarioMaySetTheDeploymentsParameters() {
        String params = "{\"toy-2020\": {\"TOY_BONUS\": [{\"from\": \"2020-01-01\", \"value\": \"100\", \"source\": "
                + "\"s\"}]}}";
        assertThat(runner.run(scenario("{\"title\": \"t\", \"parameters\": " + params + ", \"request\": " + request(1)
                + ", \"expect\": {\"awards\": {\"TOY_BONUS\": {\"amount\": \"100.00\"}}, \"total\": \"112.50\"}}")))
                .isEmpty();
        // without them, no bonus: the engine of one scenario's parameters is not another's
        assertThat(diffs("{\"total\": \"12.50\"}")).isEmpty();
        assertThatThrownBy(() -> runner.run(scenario("{\"title\": \"t\", \"parameters\": {\"toy-2020\": {\"NOPE\": "
                + "[{\"from\": \"2020-01-01\", \"value\": \"1\", \"source\": \"s\"}]}}, \"request\": " + request(1)
                + ", \"expect\": {}}"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("scenario parameters: ").hasMessageContaining("NOPE: no such parameter");
    }

    private static final String BONUS_5 = "{\"toy-2020\": {\"TOY_BONUS\": [{\"from\": \"2020-01-01\", \"value\": \"5\","
            + " \"source\": \"the deployment\"}]}}";

    @Test
    void aRunnerMayRunOnTheEnginesOfTheCallersBuilder() {
        java.util.concurrent.atomic.AtomicInteger built = new java.util.concurrent.atomic.AtomicInteger();
        ScenarioRunner deployed = new ScenarioRunner(() -> {
            built.incrementAndGet();
            return io.iprules.RulesEngine.builder().parameters("deployment", new java.io.ByteArrayInputStream(
                    BONUS_5.getBytes(StandardCharsets.UTF_8)));
        });
        Scenario plain = scenario("{\"title\": \"t\", \"request\": " + request(1) + ", \"expect\": "
                + "{\"awards\": {\"TOY_BONUS\": {\"amount\": \"5.00\"}}, \"total\": \"17.50\"}}");
        assertThat(deployed.run(plain)).isEmpty();
        assertThat(deployed.run(plain)).isEmpty();
        assertThat(built).as("one engine for the scenarios without parameters").hasValue(1);
        // the default runner knows nothing of the deployment
        assertThat(runner.run(plain)).contains("total: expected \"17.50\", got \"12.50\"");
    }

    @Test
    void aScenariosParametersAreAddedToTheCallersAndMayNotSetTheSameParameterAgain() {
        String params = "{\"toy-2020\": {\"TOY_BONUS\": [{\"from\": \"2020-06-01\", \"value\": \"100\", \"source\": "
                + "\"s\"}]}}";
        ScenarioRunner withoutBonus = new ScenarioRunner(io.iprules.RulesEngine::builder);
        assertThat(withoutBonus.run(scenario("{\"title\": \"t\", \"parameters\": " + params + ", \"request\": "
                + request(1) + ", \"expect\": {\"total\": \"112.50\"}}"))).isEmpty();
        ScenarioRunner deployed = new ScenarioRunner(() -> io.iprules.RulesEngine.builder().parameters("deployment",
                new java.io.ByteArrayInputStream(BONUS_5.getBytes(StandardCharsets.UTF_8))));
        assertThatThrownBy(() -> deployed.run(scenario("{\"title\": \"t\", \"parameters\": " + params
                + ", \"request\": " + request(1) + ", \"expect\": {}}"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("scenario parameters: ").hasMessageContaining("TOY_BONUS")
                .hasMessageContaining("already set by");
        // said once: the engine names the scenario's parameters itself, and the runner does not name them again
        assertThatThrownBy(() -> deployed.run(scenario("{\"title\": \"t\", \"parameters\": " + params
                + ", \"request\": " + request(1) + ", \"expect\": {}}")))
                .hasMessage("scenario parameters: toy-2020.TOY_BONUS: already set by deployment");
    }

    @Test
    void anEngineTheCallersBuilderCannotBuildFailsTheScenarioNamingTheEngine() {
        ScenarioRunner broken = new ScenarioRunner(() -> io.iprules.RulesEngine.builder()
                .dataFile("calendar", "2027.json", "{}".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> broken.run(scenario("{\"title\": \"t\", \"request\": " + request(1)
                + ", \"expect\": {}}"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the engine: ").hasMessageContaining("calendar");
        // the scenario's own parameters are not to blame for the caller's calendar
        String params = "{\"toy-2020\": {\"TOY_BONUS\": [{\"from\": \"2020-01-01\", \"value\": \"1\", \"source\": "
                + "\"s\"}]}}";
        assertThatThrownBy(() -> broken.run(scenario("{\"title\": \"t\", \"parameters\": " + params
                + ", \"request\": " + request(1) + ", \"expect\": {}}"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the engine: ").hasMessageContaining("calendar");
    }

    @Test
    void theCallersSupplierMustMakeANewBuilderEachTime() {
        io.iprules.RulesEngine.Builder one = io.iprules.RulesEngine.builder();
        ScenarioRunner shared = new ScenarioRunner(() -> one);
        assertThat(shared.run(scenario("{\"title\": \"t\", \"request\": " + request(1) + ", \"expect\": {}}")))
                .isEmpty();
        assertThatThrownBy(() -> shared.run(scenario("{\"title\": \"t\", \"parameters\": " + BONUS_5
                + ", \"request\": " + request(1) + ", \"expect\": {}}"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the engine's supplier gave a builder it had given before: it must make a new one "
                        + "(RulesEngine.builder()…) each time it is called");
    }

    @Test
    void aScenarioFileMustHaveItsShape() {
        assertThatThrownBy(() -> scenario("[]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith(": a scenario is a JSON object");
        assertThatThrownBy(() -> scenario("{\"title\": \"t\", \"request\": " + request(1) + ", \"expect\": {},"
                + " \"notes\": 1}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(": unknown scenario field 'notes'; expected [");
        assertThatThrownBy(() -> scenario("{\"request\": " + request(1) + ", \"expect\": {}}"))
                .hasMessageEndingWith(": a scenario needs 'title' and 'request'");
        assertThatThrownBy(() -> scenario("{\"title\": \"t\", \"expect\": {}}"))
                .hasMessageEndingWith(": a scenario needs 'title' and 'request'");
        assertThatThrownBy(() -> scenario("{\"title\": \"t\", \"request\": " + request(1) + "}"))
                .hasMessageEndingWith(": a scenario has 'expect' or 'expectError', exactly one");
        assertThatThrownBy(() -> scenario("{\"title\": \"t\", \"request\": " + request(1) + ", \"expect\": {},"
                + " \"expectError\": []}"))
                .hasMessageEndingWith(": a scenario has 'expect' or 'expectError', exactly one");
        assertThatThrownBy(() -> scenario("{\"title\": \"t\", \"request\": {\"policy\": \"toy-2020\"}, \"expect\": "
                + "{}}"))
                .hasMessageEndingWith(": the request must give asOf, so that it never depends on today");
        assertThatThrownBy(() -> scenario("{\"title\": \"t\", \"title\": \"u\"}"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot read scenario");
        assertThatThrownBy(() -> ScenarioRunner.read(tmp.resolve("missing.json")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot read scenario");
        Scenario s = scenario("{\"title\": \"the title\", \"source\": \"x\", \"request\": " + request(1) + ", \""
                + "expect\": {}}");
        assertThat(s.title()).isEqualTo("the title");
        assertThat(s.expectError()).isNull();
        assertThat(s.parameters()).isNull();
        assertThat(s.request().get("asOf").asText()).isEqualTo("2020-06-30");
    }
}
