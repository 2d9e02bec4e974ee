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

/** A folder of scenario files as JUnit dynamic tests: one container per folder, one test per file, failing when it should. */
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

    @Test
    void aMalformedScenarioFailsWhenTheTestsAreListed() throws IOException {
        file("bad/x.json", "{\"title\": \"x\"}");
        assertThatThrownBy(() -> Scenarios.in(tmp)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs 'title' and 'request'");
    }
}
