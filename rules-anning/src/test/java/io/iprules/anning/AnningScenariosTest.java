package io.iprules.anning;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.testkit.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every scenario file under {@code src/test/resources/scenarios}, one folder per provision. */
class AnningScenariosTest {
    private static final Path ROOT = Path.of("src/test/resources/scenarios");
    private static final Path MAIN = Path.of("src/main/resources/io/iprules/anning");

    @TestFactory
    Stream<DynamicNode> scenarios() {
        return Scenarios.in(ROOT);
    }

    /** Rules, targets and scenarios are parallel trees: each rule file has its folder of scenarios and its data. */
    @Test
    void everyRuleFileHasScenariosAndItsData() {
        Path rules = MAIN.resolve("rules");
        assertThat(Scenarios.provisions(rules)).hasSize(16); // 12, and §3(2)5, §4(6), §5 (organisation), §6(2) added after the legal review
        assertThat(Scenarios.provisionsWithoutScenarios(rules, ROOT)).as("rule files without scenarios").isEmpty();
        for (String provision : Scenarios.provisions(rules)) {
            assertThat(Files.exists(MAIN.resolve("targets/" + provision + ".json"))
                    || Files.exists(MAIN.resolve("phases/" + provision + ".json")))
                    .as("data for rules/%s.drl", provision).isTrue();
        }
    }
}
