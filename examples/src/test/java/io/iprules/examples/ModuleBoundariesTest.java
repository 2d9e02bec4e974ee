package io.iprules.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.iprules.RulesEngine;
import io.iprules.spi.PolicyModule;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries, over every jar on this classpath (rules-core, the policy kit, every policy module, this
 * CLI): nothing outside rules-core reaches its implementations ({@code io.iprules.internal}, the Drools wrapper), and
 * the kit reaches no policy module. A module added to {@code examples/pom.xml} is checked without naming it here.
 */
class ModuleBoundariesTest {
    /** rules-core's own packages: the API, the JSON contract, batch, the SPI and the implementations. */
    private static final String[] CORE = {"io.iprules", "io.iprules.json..", "io.iprules.batch..",
            "io.iprules.spi..", "io.iprules.internal.."};

    private static final ArchRule NO_INTERNALS = noClasses().that().resideOutsideOfPackages(CORE)
            .should().dependOnClassesThat().resideInAPackage("io.iprules.internal..")
            .because("io.iprules.internal is rules-core's implementation, not API: a policy module uses the SPI "
                    + "(io.iprules.spi) and the policy kit (io.iprules.kit)");

    private static JavaClasses main() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.iprules");
    }

    @Test
    void noModuleReachesRulesCoresImplementations() {
        JavaClasses classes = main();
        // every policy module on the class path is among the classes checked
        for (PolicyModule m : ServiceLoader.load(PolicyModule.class)) {
            assertThat(classes.contain(m.getClass())).as(m.id()).isTrue();
        }
        assertThat(RulesEngine.builder().build().policies()).isNotEmpty();
        NO_INTERNALS.check(classes);
    }

    @Test
    void theKitReachesNoPolicyModule() {
        noClasses().that().resideInAPackage("io.iprules.kit..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "io.iprules", "io.iprules.json..", "io.iprules.spi..", "io.iprules.kit..", "java..",
                        "javax..", "org.slf4j..", "com.fasterxml.jackson..", "org.apiguardian..")
                .check(main());
    }

    /**
     * The officer's reports are a library an embedding system takes as it is: rules-core and the policy kit, no
     * policy module, no logging backend, no command-line parser, nothing of the command.
     */
    @Test
    void theReportsReachOnlyTheApiAndTheKit() {
        JavaClasses classes = main();
        assertThat(classes.stream().filter(c -> c.getPackageName().equals("io.iprules.report"))).isNotEmpty();
        noClasses().that().resideInAPackage("io.iprules.report..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "io.iprules", "io.iprules.json..", "io.iprules.kit..", "io.iprules.report..", "java..",
                        "org.apiguardian..")
                .check(classes);
    }

    @Test
    void aForbiddenImportFailsTheCheck() {
        JavaClasses fixture = new ClassFileImporter().importPackages("io.iprules.examples.boundaries");
        assertThatThrownBy(() -> NO_INTERNALS.check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ForbiddenImport").hasMessageContaining("io.iprules.internal.Fingerprints");
    }
}
