package io.iprules.anning;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.testkit.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void everyRuleFileHasScenariosAndItsData() throws IOException {
        List<String> provisions;
        try (Stream<Path> files = Files.list(MAIN.resolve("rules"))) {
            provisions = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
        assertThat(provisions).hasSize(12);
        for (String provision : provisions) {
            try (Stream<Path> scenarios = Files.exists(ROOT.resolve(provision)) ? Files.list(ROOT.resolve(provision)) : Stream.empty()) {
                assertThat(scenarios.filter(p -> p.toString().endsWith(".json")).count())
                        .as("scenarios for rules/%s.drl in scenarios/%s/", provision, provision).isPositive();
            }
            assertThat(Files.exists(MAIN.resolve("targets/" + provision + ".json"))
                    || Files.exists(MAIN.resolve("phases/" + provision + ".json")))
                    .as("data for rules/%s.drl", provision).isTrue();
        }
    }
}
