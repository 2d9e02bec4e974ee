package io.iprules.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level type of the public API packages — the API ({@code io.iprules}), the JSON contract, batch,
 * the SPI, the policy kit and the testkit — says how stable it is with apiguardian's {@code @API} (README "What is
 * stable"). The jars on this class path are rules-core, rules-kit and rules-testkit themselves, so a type added to
 * any of them is checked here.
 */
class ApiStatusTest {
    static final String[] PUBLIC_API = {"io.iprules", "io.iprules.json", "io.iprules.batch", "io.iprules.spi",
            "io.iprules.kit..", "io.iprules.testkit"};

    @Test
    void everyPublicTopLevelTypeOfThePublicPackagesCarriesItsApiStatus() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.iprules");
        // the rule below must have something to check: the packages are where the jars put them
        assertThat(classes.stream().filter(c -> c.getPackageName().equals("io.iprules.kit.calendar"))).isNotEmpty();
        assertThat(classes.stream().filter(c -> c.getPackageName().equals("io.iprules.spi"))).isNotEmpty();
        assertThat(classes.stream().filter(c -> c.getPackageName().equals("io.iprules.testkit"))).isNotEmpty();
        classes().that().resideInAnyPackage(PUBLIC_API).and().arePublic().and().areTopLevelClasses()
                .should().beAnnotatedWith(API.class)
                .because("README \"What is stable\": every public type says whether it is STABLE, MAINTAINED, "
                        + "EXPERIMENTAL or INTERNAL")
                .check(classes);
    }

    @Test
    void theEntryPointsAreStable() {
        for (Class<?> c : new Class<?>[] {io.iprules.RulesEngine.class, io.iprules.EvaluationResult.class,
                io.iprules.json.JsonContract.class}) {
            assertThat(c.getAnnotation(API.class).status()).as(c.getName()).isEqualTo(API.Status.STABLE);
        }
    }
}
