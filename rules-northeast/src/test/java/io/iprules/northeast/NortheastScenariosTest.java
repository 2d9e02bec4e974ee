package io.iprules.northeast;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.testkit.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario file under {@code src/test/resources/scenarios}, one folder per rule file (and {@code validation}
 * for refused requests), run against the engine by rules-testkit. The values in them were worked out by hand.
 */
class NortheastScenariosTest {
    private static final Path MAIN = Path.of("src/main/resources/io/iprules/northeast");

    @TestFactory
    Stream<DynamicNode> scenarios() {
        return Scenarios.ofModule();
    }

    /**
     * The three rule files (each with its scenarios: {@link Scenarios#ofModule()}); the indicators' has its targets.
     */
    @Test
    void theRuleFilesAndTheirTargets() {
        Path rules = MAIN.resolve("rules");
        assertThat(Scenarios.provisions(rules)).containsExactlyInAnyOrder("s2_2_indicators", "s5_1_measures",
                "s7_1_scope");
        assertThat(Files.exists(MAIN.resolve("targets/s2_2_indicators.json"))).isTrue();
    }
}
