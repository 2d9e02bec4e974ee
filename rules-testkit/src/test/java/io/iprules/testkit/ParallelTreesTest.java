package io.iprules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelTreesTest {

    @Test
    void aRuleFileWithoutAScenarioIsNamed(@TempDir Path tmp) throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
        Files.writeString(rules.resolve("s1_covered.drl"), "");
        Files.writeString(rules.resolve("s2_empty_folder.drl"), "");
        Files.writeString(rules.resolve("s3_no_folder.drl"), "");
        Files.writeString(rules.resolve("notes.txt"), "");
        Files.createDirectories(scenarios.resolve("s1_covered"));
        Files.writeString(scenarios.resolve("s1_covered/case.json"), "{}");
        Files.createDirectories(scenarios.resolve("s2_empty_folder"));
        Files.writeString(scenarios.resolve("s2_empty_folder/readme.txt"), "");

        assertThat(Scenarios.provisions(rules)).containsExactly("s1_covered", "s2_empty_folder", "s3_no_folder");
        assertThat(Scenarios.provisionsWithoutScenarios(rules, scenarios))
                .containsExactly("s2_empty_folder", "s3_no_folder");
    }

    @Test
    void aModulesScenariosComeWithTheCheckThatEveryRuleFileHasSome(@TempDir Path module) throws Throwable {
        Path rules = Files.createDirectories(module.resolve("src/main/resources/io/iprules/x/rules"));
        Files.writeString(rules.resolve("s1_covered.drl"), "");
        Files.createDirectories(module.resolve("src/main/resources/io/iprules/x/parameters"));
        Path scenario = module.resolve("src/test/resources/scenarios/s1_covered/case.json");
        Files.createDirectories(scenario.getParent());
        Files.writeString(scenario, "{\"title\": \"t\", \"request\": {\"policy\": \"toy-2020\", \"asOf\": "
                + "\"2020-06-30\", \"applicant\": {\"name\": \"a\", \"count\": 1}}, \"expect\": {\"eligible\": true}}");

        assertThat(Scenarios.rulesFolder(module)).isEqualTo(rules);
        List<DynamicNode> nodes = Scenarios.ofModule(module).toList();
        assertThat(nodes).extracting(DynamicNode::getDisplayName)
                .containsExactly("every rule file has its folder of scenarios", "s1_covered");
        ((DynamicTest) nodes.get(0)).getExecutable().execute(); // passes

        Files.writeString(rules.resolve("s2_uncovered.drl"), "");
        DynamicTest check = (DynamicTest) Scenarios.ofModule(module).findFirst().orElseThrow();
        assertThatThrownBy(() -> check.getExecutable().execute()).hasMessageContaining("without scenarios")
                .hasMessageContaining("[s2_uncovered]");

        Files.createDirectories(module.resolve("src/main/resources/io/iprules/y/rules"));
        Files.writeString(module.resolve("src/main/resources/io/iprules/y/rules/s9.drl"), "");
        assertThatThrownBy(() -> Scenarios.rulesFolder(module)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected one folder 'rules'");
    }
}
