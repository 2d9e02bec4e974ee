package io.iprules.jiaxing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.iprules.ParameterInfo;
import io.iprules.PolicyDescription;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reordering a Java enum changes no decision: no decision code reads an enum's position (ordinal, compareTo, a
 * sorted set of constants), and the order among equal amounts (§7(1) 按最优惠一项执行) comes from the ranks the
 * parameter file {@code s7_1_tie_order.json} states, one per constant, from the clause's order of listing.
 */
class EnumOrderTest {
    private static final JavaClasses DECISIONS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.iprules.jiaxing");

    @Test
    void noDecisionReadsAnEnumsPosition() {
        noClasses().that().resideInAPackage("io.iprules.jiaxing..")
                // the request generator numbers synthetic patents by kind: requests, not decisions
                .and().doNotHaveSimpleName("JiaxingPopulation")
                .should().callMethod(Enum.class, "ordinal")
                .orShould().callMethod(Enum.class, "compareTo", Enum.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.EnumSet")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.EnumMap")
                .because("reordering a Java enum must not change a decision: the law's order is data")
                .check(DECISIONS);
    }

    @Test
    void noRuleFileReadsAnEnumsPosition() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String drl = Files.readString(f);
                if (drl.contains("ordinal") || drl.contains("compareTo")) {
                    found.add(f.toString());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyAlternativeHasItsOwnRankFromTheClausesOrder() {
        PolicyDescription d = new Jiaxing2012().describe();
        // the §6(5)3 intermediary is a matter of its own, with no alternative to rank against
        assertRanks(d, "RECOGNITION", java.util.Arrays.stream(RecognitionType.values())
                .filter(t -> t != RecognitionType.CITY_KEY_SCI_TECH_INTERMEDIARY).toArray(Enum<?>[]::new),
                "jiaxing-2012 §6(5)2");
        assertRanks(d, "PATENT_AWARD", PatentAwardType.values(), "jiaxing-2012 §6(5)4");
        assertRanks(d, "BRAND_HONOUR", BrandHonourType.values(), "jiaxing-2012 §6(5)5");
        ParameterInfo fees = d.parameter("JX_SEI_ANNUITY.FEES_COVERED").orElseThrow();
        assertThat(fees.citation()).isEqualTo("jiaxing-2012 §6(5)1");
        // 前三次年费: three, as the clause says
        assertThat(fees.values()).singleElement().satisfies(v -> assertThat(v.value()).isEqualTo("3"));
    }

    private static void assertRanks(PolicyDescription d, String list, Enum<?>[] constants, String citation) {
        Set<String> ranks = new HashSet<>();
        for (Enum<?> c : constants) {
            ParameterInfo rank = d.parameter("JX_TIE_RANK." + list + "." + c.name()).orElseThrow(
                    () -> new AssertionError(c + " has no rank in s7_1_tie_order.json"));
            assertThat(rank.citation()).as(c.name()).isEqualTo(citation);
            assertThat(rank.open()).as(c.name()).isFalse();
            assertThat(ranks.add(rank.values().get(0).value())).as("%s: two alternatives share a rank", c).isTrue();
        }
    }
}
