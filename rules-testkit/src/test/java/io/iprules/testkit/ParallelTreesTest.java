package io.iprules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(Scenarios.provisionsWithoutScenarios(rules, scenarios)).containsExactly("s2_empty_folder", "s3_no_folder");
    }
}
