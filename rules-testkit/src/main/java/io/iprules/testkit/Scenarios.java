package io.iprules.testkit;

import io.iprules.RulesEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apiguardian.api.API;
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
 *         return Scenarios.ofModule(); // or Scenarios.in(folder) for scenarios kept elsewhere
 *     }
 * }
 * }</pre>
 *
 * The engine is built from the test class path, with each scenario's own parameters where it gives some; to run
 * the scenarios on a deployment's engine (its parameter file, its calendar data files), give its builder to
 * {@link #in(Path, Supplier)}.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public final class Scenarios {
    private Scenarios() {
    }

    /**
     * Every {@code *.json} scenario under {@code root}, as dynamic tests grouped by folder. A file that is not a
     * valid scenario is a failing test of its own ({@code x.json: not a valid scenario file}), naming the file and
     * its problem; the other scenarios still run.
     */
    public static Stream<DynamicNode> in(Path root) {
        return in(root, new ScenarioRunner());
    }

    /**
     * As {@link #in(Path)}, on the engines {@code engine} builds, so that the scenarios are checked against a
     * deployment's configuration rather than the bare class path:
     *
     * <pre>{@code
     * return Scenarios.in(Path.of("src/test/resources/scenarios"), () -> RulesEngine.builder()
     *         .parameters(Path.of("conf/parameters.json"))
     *         .dataFile("calendar", Path.of("conf/calendar-2027.json")));
     * }</pre>
     *
     * {@code engine} is called once for the scenarios without {@code parameters} (they share that engine) and once
     * for each distinct {@code parameters} a scenario gives, and must return a new builder each time (one it gave
     * before is refused). A scenario's {@code parameters} are added to the builder's, as a second parameter file
     * would be ({@link RulesEngine.Builder#parameters(Path)}): a parameter both set is an error of that scenario,
     * not an override. An engine that cannot be built fails the scenarios that need it, with the engine's message.
     *
     * @param root   the folder of scenario files
     * @param engine makes a builder of the deployment's engine, configured but not built
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public static Stream<DynamicNode> in(Path root, Supplier<RulesEngine.Builder> engine) {
        return in(root, new ScenarioRunner(Objects.requireNonNull(engine, "engine")));
    }

    private static Stream<DynamicNode> in(Path root, ScenarioRunner runner) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("no scenario folder at " + root.toAbsolutePath());
        }
        List<DynamicNode> nodes = nodes(root, runner);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("no scenario files under " + root.toAbsolutePath());
        }
        return nodes.stream();
    }

    /** Where a module keeps its scenario files, by the layout of README "How to add a policy". */
    public static final Path MODULE_SCENARIOS = Path.of("src/test/resources/scenarios");

    /**
     * A policy module's scenarios, by the layout of README "How to add a policy", run from the module's folder (as
     * Maven runs tests): every scenario under {@link #MODULE_SCENARIOS}, and first a test that each rule file of the
     * module's one {@code rules} folder under {@code src/main/resources} has its folder of scenarios.
     */
    public static Stream<DynamicNode> ofModule() {
        return ofModule(Path.of(""));
    }

    static Stream<DynamicNode> ofModule(Path module) {
        Path scenarios = module.resolve(MODULE_SCENARIOS);
        DynamicNode parallel = DynamicTest.dynamicTest("every rule file has its folder of scenarios", () -> {
            Path rules = rulesFolder(module);
            Assertions.assertFalse(provisions(rules).isEmpty(), () -> "no rule files in " + rules);
            List<String> missing = provisionsWithoutScenarios(rules, scenarios);
            Assertions.assertTrue(missing.isEmpty(), () -> "rule files of " + rules + " without scenarios in "
                    + scenarios + ": " + missing);
        });
        return Stream.concat(Stream.of(parallel), in(scenarios));
    }

    /** The module's one folder of rule files: {@code src/main/resources/…/rules}, holding {@code *.drl} files. */
    public static Path rulesFolder(Path module) {
        Path resources = module.resolve("src/main/resources");
        List<Path> found;
        try (Stream<Path> dirs = Files.isDirectory(resources) ? Files.walk(resources) : Stream.empty()) {
            found = dirs.filter(d -> d.getFileName().toString().equals("rules") && Files.isDirectory(d)
                    && !provisions(d).isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + resources.toAbsolutePath(), e);
        }
        if (found.size() != 1) {
            throw new IllegalArgumentException("expected one folder 'rules' of rule files under "
                    + resources.toAbsolutePath() + ", found " + found);
        }
        return found.get(0);
    }

    /**
     * The provisions of a module: the names of its rule files ({@code rules/s6_5_2_recognitions.drl} →
     * {@code s6_5_2_recognitions}), sorted.
     */
    public static List<String> provisions(Path rulesDir) {
        try (Stream<Path> files = Files.list(rulesDir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl"))
                    .map(n -> n.substring(0, n.length() - ".drl".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list rule files in " + rulesDir.toAbsolutePath(), e);
        }
    }

    /**
     * The provisions whose scenario folder is missing or holds no scenario file: rules and scenarios are parallel
     * trees, each rule file {@code rules/X.drl} with its folder {@code scenarios/X/}. Empty when the trees match.
     */
    public static List<String> provisionsWithoutScenarios(Path rulesDir, Path scenariosRoot) {
        List<String> missing = new ArrayList<>();
        for (String provision : provisions(rulesDir)) {
            Path folder = scenariosRoot.resolve(provision);
            boolean any;
            try (Stream<Path> files = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
                any = files.anyMatch(f -> f.getFileName().toString().endsWith(".json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!any) {
                missing.add(provision);
            }
        }
        return missing;
    }

    private static List<DynamicNode> nodes(Path dir, ScenarioRunner runner) {
        List<DynamicNode> out = new ArrayList<>();
        try (Stream<Path> children = Files.list(dir)) {
            for (Path p : children.sorted().toList()) {
                if (Files.isDirectory(p)) {
                    List<DynamicNode> inner = nodes(p, runner);
                    if (!inner.isEmpty()) {
                        out.add(DynamicContainer.dynamicContainer(p.getFileName().toString(), p.toUri(),
                                inner.stream()));
                    }
                } else if (p.getFileName().toString().endsWith(".json")) {
                    out.add(test(p, runner));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The test of one file, named by its file and title. A file that cannot be read as a scenario (not JSON, a
     * field missing or unknown…) is a test of its own that fails with why, so that it stops no other scenario.
     */
    private static DynamicTest test(Path p, ScenarioRunner runner) {
        Scenario s;
        try {
            s = ScenarioRunner.read(p);
        } catch (RuntimeException e) {
            return DynamicTest.dynamicTest(p.getFileName() + ": not a valid scenario file", p.toUri(),
                    () -> Assertions.fail(e.getMessage(), e));
        }
        return DynamicTest.dynamicTest(p.getFileName() + ": " + s.title(), p.toUri(), () -> {
            List<String> diffs = runner.run(s);
            if (!diffs.isEmpty()) {
                Assertions.fail(p + "\n  " + String.join("\n  ", diffs));
            }
        });
    }
}
