package io.iprules.northeast;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/contract.md: bad input is refused with its JSON path, every problem at once; item 5 of the issue case by case.
 */
class NortheastValidationTest {

    private static String request(String applicant) {
        return "{ \"policy\": \"northeast-2017\", \"asOf\": \"2021-06-30\", \"applicant\": " + applicant + " }";
    }

    private static final String PATENT = "\"PATENT\": { \"region\": { \"start\": 60000, \"end\": 120000 }, "
            + "\"national\": { \"start\": 1700000, \"end\": 3000000 } }";

    private static String liaoning(String level, String province, String period, String population, String figures) {
        StringBuilder b = new StringBuilder("{ \"name\": \"辽宁省\"");
        if (level != null) {
            b.append(", \"level\": ").append(level);
        }
        if (province != null) {
            b.append(", \"province\": ").append(province);
        }
        if (period != null) {
            b.append(", \"period\": ").append(period);
        }
        if (population != null) {
            b.append(", \"population\": ").append(population);
        }
        if (figures != null) {
            b.append(", \"figures\": ").append(figures);
        }
        return request(b.append(" }").toString());
    }

    private static String valid(String population, String figures) {
        return liaoning("\"PROVINCE\"", "\"辽宁省\"", "{ \"from\": 2016, \"to\": 2020 }", population, figures);
    }

    private static final String POPULATION = "{ \"region\": 42590000, \"national\": 1412120000 }";

    private static List<Problem> problems(String json) {
        return ContractOnly.problems(json);
    }

    @Test
    void theAcceptanceRequestIsValid() {
        assertThat(problems(valid(POPULATION, "{ " + PATENT + " }"))).isEmpty();
        NortheastRegion r = (NortheastRegion) ContractOnly.read(valid(POPULATION, "{ " + PATENT + " }")).subject();
        assertThat(r.level()).isEqualTo(Level.PROVINCE);
        assertThat(r.period().years()).isEqualTo(4);
        assertThat(r.figures().of(IpKind.PATENT).region().end()).isEqualTo(120_000L);
        assertThat(r.figures().of(IpKind.TRADEMARK)).isNull();
    }

    @Test
    void aKindAndThePopulationMayBeLeftOut() {
        assertThat(problems(valid(null, "{ }"))).isEmpty();
        assertThat(problems(valid(null, "{ \"PATENT\": null }"))).isEmpty();
    }

    @Test
    void populationOfZeroOrLess() {
        assertThat(problems(valid("{ \"region\": 0, \"national\": -1 }", "{ }")))
                .extracting(Problem::path, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("applicant.population.region",
                                "must be > 0, but is 0: the population divides"),
                        org.assertj.core.groups.Tuple.tuple("applicant.population.national",
                                "must be > 0, but is -1: the population divides"));
    }

    /** The nation's population without the region's: the region's is missing, and nothing is compared with it. */
    @Test
    void aPopulationWithoutTheRegionsIsRefusedAtTheRegion() {
        assertThat(problems(valid("{ \"national\": 1412120000 }", "{ }")))
                .extracting(Problem::path, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("applicant.population.region", "is required"));
    }

    /**
     * A kind given in part is refused where it falls short, and nothing is compared with the missing part: the
     * nation's figures without the region's, and the region's start without its end.
     */
    @Test
    void aKindGivenInPartIsRefusedWhereItFallsShort() {
        String national = "\"national\": { \"start\": 1700000, \"end\": 3000000 }";
        assertThat(problems(valid(POPULATION, "{ \"PATENT\": { " + national + " } }")))
                .extracting(Problem::path, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("applicant.figures.PATENT.region", "is required"));
        assertThat(problems(valid(POPULATION, "{ \"PATENT\": { \"region\": { \"start\": 60000 }, " + national
                + " } }")))
                .extracting(Problem::path, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("applicant.figures.PATENT.region.end",
                        "is required"));
    }

    @Test
    void aPopulationHalfGiven() {
        assertThat(problems(valid("{ \"region\": 42590000 }", "{ }")))
                .extracting(Problem::path).containsExactly("applicant.population.national");
    }

    @Test
    void startFiguresOfZeroOrLess() {
        String figures = "{ \"PATENT\": { \"region\": { \"start\": 0, \"end\": 5 }, "
                + "\"national\": { \"start\": -3, \"end\": 10 } } }";
        List<Problem> found = problems(valid(POPULATION, figures));
        assertThat(found).extracting(Problem::path)
                .containsExactly("applicant.figures.PATENT.region.start", "applicant.figures.PATENT.national.start");
        assertThat(found.get(0).message()).contains("must be > 0, but is 0");
    }

    @Test
    void aNegativeEnd() {
        String figures = "{ \"TRADEMARK\": { \"region\": { \"start\": 10, \"end\": -1 }, "
                + "\"national\": { \"start\": 100, \"end\": 200 } } }";
        assertThat(problems(valid(POPULATION, figures))).extracting(Problem::path, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("applicant.figures.TRADEMARK.region.end",
                        "must not be negative, but is -1"));
        // the nation's: its only problem, as the unit's end (5) is not compared with a national end that is no figure
        String national = figures.replace("\"end\": -1", "\"end\": 5").replace("\"end\": 200", "\"end\": -3");
        assertThat(problems(valid(POPULATION, national))).extracting(Problem::path)
                .containsExactly("applicant.figures.TRADEMARK.national.end");
    }

    @Test
    void fromNotBeforeTo() {
        for (String period : List.of("{ \"from\": 2020, \"to\": 2020 }", "{ \"from\": 2020, \"to\": 2016 }")) {
            List<Problem> found = problems(liaoning("\"PROVINCE\"", "\"辽宁省\"", period, null, "{ }"));
            assertThat(found).extracting(Problem::path).containsExactly("applicant.period.to");
            assertThat(found.get(0).message()).contains("must be after period.from (2020)");
        }
        // one year is enough
        assertThat(problems(liaoning("\"PROVINCE\"", "\"辽宁省\"", "{ \"from\": 2019, \"to\": 2020 }", null, "{ }")))
                .isEmpty();
    }

    @Test
    void yearsFrom1985To2100() {
        assertThat(problems(liaoning("\"PROVINCE\"", "\"辽宁省\"", "{ \"from\": 1984, \"to\": 2101 }", null, "{ }")))
                .extracting(Problem::path).containsExactly("applicant.period.from", "applicant.period.to");
        // a year outside the range is its only problem: the order of the period is not judged on it
        assertThat(problems(liaoning("\"PROVINCE\"", "\"辽宁省\"", "{ \"from\": 2101, \"to\": 2020 }", null, "{ }")))
                .extracting(Problem::path, Problem::message).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "applicant.period.from", "must be a year from 1985 to 2100, not 2101"));
        assertThat(problems(liaoning("\"PROVINCE\"", "\"辽宁省\"", "{ \"from\": 2016, \"to\": 1984 }", null, "{ }")))
                .extracting(Problem::path, Problem::message).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "applicant.period.to", "must be a year from 1985 to 2100, not 1984"));
        assertThat(problems(liaoning("\"PROVINCE\"", "\"辽宁省\"", "{ \"from\": 1985, \"to\": 2100 }", null, "{ }")))
                .isEmpty();
    }

    @Test
    void provinceLevelWithoutProvince() {
        assertThat(problems(liaoning("\"PROVINCE\"", null, "{ \"from\": 2016, \"to\": 2020 }", null, "{ }")))
                .extracting(Problem::path, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("applicant.province", "is required"));
    }

    @Test
    void aProvinceGivenForTheNortheast() {
        List<Problem> found = problems(liaoning("\"NORTHEAST\"", "\"辽宁省\"", "{ \"from\": 2016, \"to\": 2020 }",
                null, "{ }"));
        assertThat(found).extracting(Problem::path).containsExactly("applicant.province");
        assertThat(found.get(0).message()).contains("must be absent when level is NORTHEAST")
                .contains("内蒙古自治区, 辽宁省, 吉林省, 黑龙江省");
        // in Chinese the four are listed with 、, as Chinese lists names
        assertThat(found.get(0).message(io.iprules.Language.ZH)).isEqualTo("level 为 NORTHEAST(东北地区)时不应填写:"
                + "此时评估单位为四省(区)整体(内蒙古自治区、辽宁省、吉林省、黑龙江省);评估其中之一请用 level PROVINCE");
    }

    @Test
    void aProvinceOutsideTheNortheastIsValidButAMisspeltOneIsNot() {
        assertThat(problems(liaoning("\"PROVINCE\"", "\"浙江省\"", "{ \"from\": 2016, \"to\": 2020 }", null, "{ }")))
                .isEmpty();
        assertThat(problems(liaoning("\"PROVINCE\"", "\"辽宁\"", "{ \"from\": 2016, \"to\": 2020 }", null, "{ }")))
                .extracting(Problem::path).containsExactly("applicant.province");
    }

    @Test
    void anUnknownKind() {
        List<Problem> found = problems(valid(POPULATION, "{ \"DESIGN\": { } }"));
        assertThat(found).extracting(Problem::path).containsExactly("applicant.figures.DESIGN");
        assertThat(found.get(0).message()).contains("unknown field").contains("COPYRIGHT").contains("PATENT")
                .contains("TRADEMARK");
    }

    @Test
    void anUnknownLevel() {
        List<Problem> found = problems(liaoning("\"CITY\"", "\"辽宁省\"", "{ \"from\": 2016, \"to\": 2020 }", null,
                "{ }"));
        assertThat(found).extracting(Problem::path).containsExactly("applicant.level");
        assertThat(found.get(0).message()).contains("NORTHEAST").contains("PROVINCE");
    }

    @Test
    void aFractionalCount() {
        String figures = "{ \"PATENT\": { \"region\": { \"start\": 60000.5, \"end\": 120000 }, "
                + "\"national\": { \"start\": 1700000, \"end\": 3000000 } } }";
        List<Problem> found = problems(valid(POPULATION, figures));
        assertThat(found).extracting(Problem::path).containsExactly("applicant.figures.PATENT.region.start");
        assertThat(found.get(0).message()).contains("whole number");
        // 1.0 is written as a decimal: still not a count
        assertThat(problems(valid("{ \"region\": 42590000.0, \"national\": 1412120000 }", "{ }")))
                .extracting(Problem::path).containsExactly("applicant.population.region");
    }

    @Test
    void aCountAsAString() {
        assertThat(problems(valid("{ \"region\": \"42590000\", \"national\": 1412120000 }", "{ }")))
                .extracting(Problem::path).containsExactly("applicant.population.region");
    }

    @Test
    void theRegionCannotExceedTheNation() {
        String figures = "{ \"COPYRIGHT\": { \"region\": { \"start\": 101, \"end\": 300 }, "
                + "\"national\": { \"start\": 100, \"end\": 299 } } }";
        assertThat(problems(valid("{ \"region\": 2, \"national\": 1 }", figures))).extracting(Problem::path)
                .containsExactly("applicant.population.region", "applicant.figures.COPYRIGHT.region.start",
                        "applicant.figures.COPYRIGHT.region.end");
        // equal is possible (a nation that is all region is odd but not impossible arithmetic)
        String equal = "{ \"COPYRIGHT\": { \"region\": { \"start\": 100, \"end\": 300 }, "
                + "\"national\": { \"start\": 100, \"end\": 300 } } }";
        assertThat(problems(valid("{ \"region\": 1, \"national\": 1 }", equal))).isEmpty();
    }

    @Test
    void aKindNeedsBothSidesAndBothEnds() {
        String figures = "{ \"PATENT\": { \"region\": { \"end\": 5 } } }";
        assertThat(problems(valid(POPULATION, figures))).extracting(Problem::path)
                .containsExactly("applicant.figures.PATENT.region.start", "applicant.figures.PATENT.national");
    }

    @Test
    void everythingMissingAtOnce() {
        assertThat(problems(request("{ }"))).extracting(Problem::path)
                .containsExactly("applicant.name", "applicant.level", "applicant.period", "applicant.figures");
    }

    @Test
    void theShippedExampleRequestsAreValid() throws java.io.IOException {
        java.util.List<java.nio.file.Path> examples;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("../examples/requests"))) {
            examples = files.filter(f -> f.getFileName().toString().startsWith("northeast-")).sorted().toList();
        }
        assertThat(examples).hasSize(3);
        for (java.nio.file.Path f : examples) {
            assertThat(problems(java.nio.file.Files.readString(f))).as(f.toString()).isEmpty();
        }
    }

    @Test
    void anUnknownField() {
        assertThat(problems(request("{ \"name\": \"辽宁省\", \"levle\": \"PROVINCE\" }")))
                .extracting(Problem::path).containsExactly("applicant.levle");
    }
}
