package io.iprules.anning;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.testkit.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every scenario file under {@code src/test/resources/scenarios}, one folder per provision (rules-testkit). */
class AnningScenariosTest {
    private static final Path MAIN = Path.of("src/main/resources/io/iprules/anning");

    @TestFactory
    Stream<DynamicNode> scenarios() {
        return Scenarios.ofModule();
    }

    /** Rules and targets are parallel trees (scenarios too, checked by {@link Scenarios#ofModule()}). */
    @Test
    void everyRuleFileHasItsData() {
        Path rules = MAIN.resolve("rules");
        // 12, and §3(2)5, §4(6), §5 (organisation), §6(2) added after the legal review, §3(1)'s horizon
        assertThat(Scenarios.provisions(rules)).hasSize(17);
        for (String provision : Scenarios.provisions(rules)) {
            // §3(1)'s horizon is read against §5's phases: its data is the phase file
            String phases = provision.equals("s3_1_horizon") ? "s5_phases" : provision;
            assertThat(Files.exists(MAIN.resolve("targets/" + provision + ".json"))
                    || Files.exists(MAIN.resolve("phases/" + phases + ".json")))
                    .as("data for rules/%s.drl", provision).isTrue();
        }
    }
}
