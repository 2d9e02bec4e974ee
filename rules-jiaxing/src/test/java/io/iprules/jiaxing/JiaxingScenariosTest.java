package io.iprules.jiaxing;

import io.iprules.testkit.Scenarios;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario file under {@code src/test/resources/scenarios}, one folder per provision, and the check that each
 * rule file has its folder (rules-testkit's {@link Scenarios#ofModule()}).
 */
class JiaxingScenariosTest {
    @TestFactory
    Stream<DynamicNode> scenarios() {
        return Scenarios.ofModule();
    }
}
