package io.iprules.pilotcity;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.testkit.Scenarios;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario file under {@code src/test/resources/scenarios}, one folder per provision, and the check that each
 * rule file has its folder (rules-testkit's {@link Scenarios#ofModule()}).
 */
class PilotCityScenariosTest {
    @TestFactory
    Stream<DynamicNode> scenarios() {
        return Scenarios.ofModule();
    }

    @Test
    void fiveRuleFiles() {
        assertThat(Scenarios.provisions(Scenarios.rulesFolder(Path.of("")))).hasSize(5);
    }
}
