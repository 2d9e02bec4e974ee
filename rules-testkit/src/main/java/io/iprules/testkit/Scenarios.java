package io.iprules.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Scenario files as JUnit 5 dynamic tests, one container per folder (one folder per provision), one test per
 * file:
 *
 * <pre>{@code
 * class MyScenariosTest {
 *     @TestFactory
 *     Stream<DynamicNode> scenarios() {
 *         return Scenarios.in(Path.of("src/test/resources/scenarios"));
 *     }
 * }
 * }</pre>
 *
 * The engine is built from the test class path, with each scenario's own parameters where it gives some.
 */
public final class Scenarios {
    private Scenarios() {
    }

    /** Every {@code *.json} scenario under {@code root}, as dynamic tests grouped by folder. */
    public static Stream<DynamicNode> in(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("no scenario folder at " + root.toAbsolutePath());
        }
        ScenarioRunner runner = new ScenarioRunner();
        List<DynamicNode> nodes = nodes(root, runner);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("no scenario files under " + root.toAbsolutePath());
        }
        return nodes.stream();
    }

    private static List<DynamicNode> nodes(Path dir, ScenarioRunner runner) {
        List<DynamicNode> out = new ArrayList<>();
        try (Stream<Path> children = Files.list(dir)) {
            for (Path p : children.sorted().toList()) {
                if (Files.isDirectory(p)) {
                    List<DynamicNode> inner = nodes(p, runner);
                    if (!inner.isEmpty()) {
                        out.add(DynamicContainer.dynamicContainer(p.getFileName().toString(), p.toUri(), inner.stream()));
                    }
                } else if (p.getFileName().toString().endsWith(".json")) {
                    Scenario s = ScenarioRunner.read(p);
                    out.add(DynamicTest.dynamicTest(p.getFileName() + ": " + s.title(), p.toUri(), () -> {
                        List<String> diffs = runner.run(s);
                        if (!diffs.isEmpty()) {
                            Assertions.fail(p + "\n  " + String.join("\n  ", diffs));
                        }
                    }));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
