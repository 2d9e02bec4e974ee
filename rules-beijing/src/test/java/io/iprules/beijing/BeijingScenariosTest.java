package io.iprules.beijing;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.testkit.Scenarios;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every scenario file under {@code src/test/resources/scenarios}, one folder per provision. */
class BeijingScenariosTest {
    private static final Path ROOT = Path.of("src/test/resources/scenarios");

    @TestFactory
    Stream<DynamicNode> scenarios() {
        return Scenarios.in(ROOT);
    }

    /** Rules, parameters and scenarios are parallel trees: each rule file has its folder of scenarios. */
    @Test
    void everyRuleFileHasScenarios() {
        Path rules = Path.of("src/main/resources/io/iprules/beijing/rules");
        assertThat(Scenarios.provisions(rules)).isNotEmpty();
        assertThat(Scenarios.provisionsWithoutScenarios(rules, ROOT)).as("rule files without scenarios").isEmpty();
    }
}
