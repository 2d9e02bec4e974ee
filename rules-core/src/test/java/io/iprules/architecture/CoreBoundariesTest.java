package io.iprules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * rules-core's shape: a public API ({@code io.iprules}, {@code json}, {@code batch}), an SPI of a handful of types
 * that depends on the API alone, and implementations in {@code internal}; and not a word of any policy.
 */
class CoreBoundariesTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.iprules");

    @Test
    void theSpiDependsOnTheApiAloneNeverOnImplementations() {
        noClasses().that().resideInAPackage("io.iprules.spi..")
                .should().dependOnClassesThat().resideInAnyPackage("io.iprules.internal..", "io.iprules.json..",
                        "io.iprules.batch..")
                .check(CORE);
    }

    @Test
    void theSpiIsAHandfulOfTypes() {
        assertThat(CORE.stream().filter(c -> c.getPackageName().equals("io.iprules.spi") && c.isTopLevelClass()))
                .as("the SPI a policy module implements or receives").hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void rulesCoreUsesNoPolicyKit() {
        noClasses().that().resideInAnyPackage("io.iprules.json..", "io.iprules.batch..", "io.iprules.spi..")
                .should().dependOnClassesThat().resideInAPackage("io.iprules.kit..")
                .check(CORE);
    }

    /** A policy's id, its codes or a China-specific helper in rules-core would make it know a policy. */
    private static final Pattern POLICY_WORD = Pattern.compile(
            "\\b(jiaxing|pilot-?city|anning|beijing|northeast)\\b|\\b(JX|PC|AN|BJ|NE)_[A-Z]|信用代码|CreditCode|嘉兴|安宁",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noPolicyWordInRulesCore() throws IOException {
        Path main = Path.of("src/main");
        List<String> found;
        try (Stream<Path> files = Files.walk(main)) {
            found = files.filter(Files::isRegularFile).flatMap(f -> {
                try {
                    List<String> lines = Files.readAllLines(f);
                    return java.util.stream.IntStream.range(0, lines.size())
                            .filter(i -> POLICY_WORD.matcher(lines.get(i)).find())
                            .mapToObj(i -> main.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(found).as("rules-core knows no policy").isEmpty();
    }
}
