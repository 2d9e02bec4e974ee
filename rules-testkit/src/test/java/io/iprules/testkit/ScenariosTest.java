package io.iprules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * A folder of scenario files as JUnit dynamic tests: one container per folder, one test per file, failing when it
 * should.
 */
class ScenariosTest {
    private static final String REQUEST = "{\"policy\": \"toy-2020\", \"asOf\": \"2020-06-30\", \"applicant\": "
            + "{\"name\": \"a\", \"count\": 1}}";

    @TempDir
    Path tmp;

    private Path file(String path, String content) throws IOException {
        Path p = tmp.resolve(path);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private static String scenario(String title, String expect) {
        return "{\"title\": \"" + title + "\", \"request\": " + REQUEST + ", \"expect\": " + expect + "}";
    }

    @Test
    void oneContainerPerFolderOneTestPerFileInNameOrder() throws Throwable {
        file("s1_first/b.json", scenario("second", "{\"eligible\": true}"));
        file("s1_first/a.json", scenario("first", "{\"total\": \"0.00\"}"));
        file("s1_first/notes.txt", "not a scenario");
        file("s2_second/c.json", scenario("third", "{\"awards\": []}"));
        Files.createDirectories(tmp.resolve("s3_empty"));
        file("top.json", scenario("at the top", "{}"));
        List<DynamicNode> nodes = Scenarios.in(tmp).toList();
        assertThat(nodes).extracting(DynamicNode::getDisplayName)
                .containsExactly("s1_first", "s2_second", "top.json: at the top");
        DynamicContainer first = (DynamicContainer) nodes.get(0);
        List<DynamicNode> tests = first.getChildren().collect(Collectors.toList());
        assertThat(tests).extracting(DynamicNode::getDisplayName).containsExactly("a.json: first", "b.json: second");
        assertThat(tests.get(0).getTestSourceUri()).contains(tmp.resolve("s1_first/a.json").toUri());
        assertThat(first.getTestSourceUri()).contains(tmp.resolve("s1_first").toUri());
        for (DynamicNode t : tests) {
            ((DynamicTest) t).getExecutable().execute(); // they pass
        }
    }

    @Test
    void aScenarioThatDoesNotMatchFailsWithEveryDifference() throws IOException {
        Path f = file("s1/wrong.json", scenario("wrong", "{\"eligible\": false, \"total\": \"1.00\"}"));
        DynamicTest t = (DynamicTest) ((DynamicContainer) Scenarios.in(tmp).toList().get(0)).getChildren()
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> t.getExecutable().execute()).isInstanceOf(AssertionFailedError.class)
                .hasMessage(f + "\n  eligible: expected false, got true\n  total: expected \"1.00\", got \"0.00\"");
    }

    @Test
    void aFolderWithoutScenariosIsAnError() throws IOException {
        assertThatThrownBy(() -> Scenarios.in(tmp.resolve("missing"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no scenario folder at ");
        file("empty/notes.txt", "nothing");
        assertThatThrownBy(() -> Scenarios.in(tmp.resolve("empty"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no scenario files under ");
        Path file = file("a.json", scenario("x", "{}"));
        assertThatThrownBy(() -> Scenarios.in(file)).hasMessageStartingWith("no scenario folder at ");
    }

    /** Runs every test under {@code nodes}: its display path → its failure's message, or "" when it passes. */
    private static java.util.Map<String, String> run(String prefix, java.util.stream.Stream<DynamicNode> nodes) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        nodes.forEach(n -> {
            String name = prefix + n.getDisplayName();
            if (n instanceof DynamicContainer c) {
                out.putAll(run(name + "/", c.getChildren().map(DynamicNode.class::cast)));
            } else {
                try {
                    ((DynamicTest) n).getExecutable().execute();
                    out.put(name, "");
                } catch (Throwable t) {
                    out.put(name, String.valueOf(t.getMessage()));
                }
            }
        });
        return out;
    }

    @Test
    void aMalformedScenarioFailsAloneNamingItsFileAndTheOthersStillRun() throws IOException {
        file("a/good.json", scenario("good", "{\"eligible\": true}"));
        Path noAsOf = file("a/no-as-of.json", "{\"title\": \"x\", \"request\": {\"policy\": \"toy-2020\"}, "
                + "\"expect\": {}}");
        Path unknown = file("b/unknown-field.json", "{\"title\": \"x\", \"notes\": 1, \"request\": " + REQUEST
                + ", \"expect\": {}}");
        Path notJson = file("b/not-json.json", "{\"title\": \"x\", ");
        Path noTitle = file("b/no-title.json", "{\"request\": " + REQUEST + ", \"expect\": {}}");
        Path warnings = file("b/warnings-text.json", scenario("warnings as a text", "{\"warnings\": \"none such\"}"));
        file("c/also-good.json", scenario("also good", "{\"total\": \"0.00\"}"));
        java.util.Map<String, String> results = run("", Scenarios.in(tmp));
        assertThat(results.keySet()).containsExactly(
                "a/good.json: good",
                "a/no-as-of.json: not a valid scenario file",
                "b/no-title.json: not a valid scenario file",
                "b/not-json.json: not a valid scenario file",
                "b/unknown-field.json: not a valid scenario file",
                "b/warnings-text.json: not a valid scenario file",
                "c/also-good.json: also good");
        assertThat(results.get("a/good.json: good")).isEmpty();
        assertThat(results.get("c/also-good.json: also good")).isEmpty();
        assertThat(results.get("a/no-as-of.json: not a valid scenario file"))
                .isEqualTo(noAsOf + ": the request must give asOf, so that it never depends on today");
        assertThat(results.get("b/unknown-field.json: not a valid scenario file"))
                .startsWith(unknown + ": unknown scenario field 'notes'");
        assertThat(results.get("b/not-json.json: not a valid scenario file"))
                .startsWith("cannot read scenario " + notJson + ": ");
        assertThat(results.get("b/no-title.json: not a valid scenario file"))
                .isEqualTo(noTitle + ": a scenario needs 'title' and 'request'");
        assertThat(results.get("b/warnings-text.json: not a valid scenario file"))
                .startsWith(warnings + ": expect.warnings must be a count");
        // the test of a malformed file points at it, as a good file's does
        DynamicContainer b = (DynamicContainer) Scenarios.in(tmp).toList().get(1);
        assertThat(b.getChildren().findFirst().orElseThrow().getTestSourceUri()).contains(noTitle.toUri());
    }

    @Test
    void scenariosMayRunOnTheEnginesOfTheCallersBuilder() throws IOException {
        Path deployment = file("deployment/parameters.json", "{\"toy-2020\": {\"TOY_BONUS\": [{\"from\": "
                + "\"2020-01-01\", \"value\": \"5\", \"source\": \"the deployment\"}]}}");
        Path dir = tmp.resolve("scenarios");
        file("scenarios/s1/bonus.json", scenario("the deployment's bonus",
                "{\"awards\": {\"TOY_BONUS\": {\"amount\": \"5.00\"}}, \"total\": \"5.00\"}"));
        file("scenarios/s1/set-again.json", "{\"title\": \"the bonus set again\", \"parameters\": {\"toy-2020\": "
                + "{\"TOY_BONUS\": [{\"from\": \"2020-01-01\", \"value\": \"1\", \"source\": \"s\"}]}}, "
                + "\"request\": " + REQUEST + ", \"expect\": {}}");
        java.util.Map<String, String> results = run("", Scenarios.in(dir,
                () -> io.iprules.RulesEngine.builder().parameters(deployment)));
        assertThat(results).containsEntry("s1/bonus.json: the deployment's bonus", "");
        assertThat(results.get("s1/set-again.json: the bonus set again")).startsWith("scenario parameters: ")
                .contains("TOY_BONUS").contains("already set by " + deployment);
        // the engine of Scenarios.in(dir) is the class path's: no bonus
        assertThat(run("", Scenarios.in(dir)).get("s1/bonus.json: the deployment's bonus"))
                .contains("total: expected \"5.00\", got \"0.00\"");
        assertThatThrownBy(() -> Scenarios.in(dir, null)).isInstanceOf(NullPointerException.class);
    }
}
