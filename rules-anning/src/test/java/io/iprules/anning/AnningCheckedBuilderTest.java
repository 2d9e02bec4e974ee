package io.iprules.anning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.InvalidRequestException;
import io.iprules.Problem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The builder that names the county and checks each figure when it is given (#17 item 7). */
class AnningCheckedBuilderTest {

    @Test
    void validFiguresAreTakenAsGiven() {
        AnningCounty c = AnningCounty.builder().name("安宁市").figure("AN_RIGHTS_HOLDER_SATISFACTION", "0.90")
                .figure("AN_TRADEMARKS", 6500).inventionDensity(new BigDecimal("19.2"), new BigDecimal("9.6")).build();
        assertThat(c.name()).isEqualTo("安宁市");
        assertThat(c.figures()).containsOnlyKeys("AN_RIGHTS_HOLDER_SATISFACTION", "AN_TRADEMARKS",
                "AN_INVENTION_DENSITY");
    }

    private static void refusedAt(Runnable call, String path, String says) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidRequestException.class, x -> {
            assertThat(x.problems()).extracting(Problem::path).containsExactly(path);
            assertThat(x.problems().get(0).message()).contains(says);
        });
    }

    @Test
    void aWrongFigureIsRefusedWhenGivenAtItsPath() {
        AnningCounty.Builder b = AnningCounty.builder().name("安宁市");
        // a satisfaction rate is a share between 0 and 1: 90 is a percentage written as a number
        refusedAt(() -> b.figure("AN_RIGHTS_HOLDER_SATISFACTION", "90"),
                "applicant.figures.AN_RIGHTS_HOLDER_SATISFACTION", "between 0 and 1");
        // a count of trademarks is whole
        refusedAt(() -> b.figure("AN_TRADEMARKS", "6500.5"), "applicant.figures.AN_TRADEMARKS", "whole number");
        refusedAt(() -> b.figure("AN_NO_SUCH_TARGET", 1), "applicant.figures.AN_NO_SUCH_TARGET",
                "unknown indicator code");
        refusedAt(() -> b.name(" "), "applicant.name", "is required");
        refusedAt(() -> AnningCounty.builder().build(), "applicant.name", "is required");
        assertThat(b.build().figures()).as("nothing refused was kept").isEmpty();
    }

    @Test
    void thePositionalBuilderStillLeavesTheChecksToTheEvaluation() {
        assertThat(AnningCounty.builder("安宁市").figure("AN_TRADEMARKS", "6500.5").build().figures())
                .containsEntry("AN_TRADEMARKS", "6500.5");
        // the name too: a blank one is taken, and none at all, and the evaluation refuses them at applicant.name
        assertThat(AnningCounty.builder("安宁市").name(" ").build().name()).isEqualTo(" ");
        AnningCounty unnamed = AnningCounty.builder(null).figure("AN_TALENT", 31).build();
        assertThat(unnamed.name()).isNull();
        assertThatThrownBy(() -> io.iprules.RulesEngine.builder().build().evaluate("anning-2022",
                java.time.LocalDate.of(2024, 12, 31), unnamed))
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> assertThat(x.problems())
                        .extracting(Problem::path).containsExactly("applicant.name"));
    }
}
