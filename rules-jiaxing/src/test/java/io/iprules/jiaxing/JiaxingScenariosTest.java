package io.iprules.jiaxing;

import io.iprules.testkit.Scenarios;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every scenario file under {@code src/test/resources/scenarios}, one folder per provision. */
class JiaxingScenariosTest {
    @TestFactory
    Stream<DynamicNode> scenarios() {
        return Scenarios.in(Path.of("src/test/resources/scenarios"));
    }
}
