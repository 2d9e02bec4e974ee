package io.iprules.northeast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.iprules.EvaluationResult;
import io.iprules.Indicator;
import io.iprules.IndicatorStatus;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.Problem;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@link NortheastRegion#builder()}: every value named, a value an evaluation would refuse refused when it is given,
 * and {@code build()} refusing what an evaluation would, each problem at its request path.
 */
class NortheastBuilderTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final LocalDate AS_OF = LocalDate.of(2021, 6, 30);

    /** examples/requests/northeast-liaoning-2016-2020.json, value by value. */
    static NortheastRegion liaoning() {
        return NortheastRegion.builder()
                .name("辽宁省").province("辽宁省")
                .period(p -> p.from(2016).to(2020))
                .population(p -> p.region(42_590_000).national(1_412_120_000))
                .figures(IpKind.PATENT, f -> f.regionStart(60_000).regionEnd(120_000)
                        .nationalStart(1_700_000).nationalEnd(3_000_000))
                .figures(IpKind.TRADEMARK, f -> f.regionStart(250_000).regionEnd(500_000)
                        .nationalStart(12_000_000).nationalEnd(30_000_000))
                .figures(IpKind.COPYRIGHT, f -> f.regionStart(8_000).regionEnd(20_000)
                        .nationalStart(1_600_000).nationalEnd(3_300_000))
                .build();
    }

    /** A builder with all a valid region needs but figures. */
    private static NortheastRegion.Builder liaoningWithoutFigures() {
        return NortheastRegion.builder().name("辽宁省").province("辽宁省").period(p -> p.from(2016).to(2020));
    }

    private static void refusedAt(Runnable call, String path, String says) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidRequestException.class, x -> {
            assertThat(x.problems()).extracting(Problem::path).containsExactly(path);
            assertThat(x.problems().get(0).message()).contains(says);
        });
    }

    @Test
    void aValidRegionIsBuiltFromNamedValues() {
        NortheastRegion r = liaoning();
        assertThat(r.level()).isEqualTo(Level.PROVINCE);
        assertThat(r.province()).isEqualTo("辽宁省");
        assertThat(r.period()).isEqualTo(new Period(2016, 2020));
        assertThat(r.population()).isEqualTo(new Population(42_590_000L, 1_412_120_000L));
        assertThat(r.figures().of(IpKind.PATENT)).isEqualTo(
                new KindFigures(new Counts(60_000L, 120_000L), new Counts(1_700_000L, 3_000_000L)));
        // the Northeast as a whole has no province, even after one was named
        NortheastRegion whole = NortheastRegion.builder().name("东北地区").province("辽宁省").northeast()
                .period(p -> p.from(2016).to(2020)).build();
        assertThat(whole.level()).isEqualTo(Level.NORTHEAST);
        assertThat(whole.province()).isNull();
        // no kind given: none supplied (each kind's two indicators UNKNOWN), not a missing `figures`
        assertThat(whole.figures()).isEqualTo(new NortheastFigures(null, null, null));
        assertThat(whole.population()).isNull();
    }

    @Test
    void aBlankNameIsRefusedAtOnce() {
        refusedAt(() -> NortheastRegion.builder().name(" "), "applicant.name", "is required");
        refusedAt(() -> NortheastRegion.builder().name(null), "applicant.name", "is required");
    }

    /** No province at all is a missing one, not an unknown one: one problem, "is required". */
    @Test
    void aProvinceNotGivenIsRefusedAtOnceAsRequired() {
        refusedAt(() -> NortheastRegion.builder().province(null), "applicant.province", "is required");
    }

    @Test
    void aProvinceNotNamedInFullIsRefusedAtOnce() {
        // a short name is told the full name to write; a name that is no provincial-level unit is unknown
        refusedAt(() -> NortheastRegion.builder().province("辽宁"), "applicant.province",
                "'辽宁' is a short name: write the full name of the provincial-level unit, 辽宁省");
        refusedAt(() -> NortheastRegion.builder().province("内蒙古"), "applicant.province",
                "'内蒙古' is a short name: write the full name of the provincial-level unit, 内蒙古自治区");
        refusedAt(() -> NortheastRegion.builder().province("辽东省"), "applicant.province", "unknown province '辽东省'");
        // a province outside the Northeast is valid: it is assessed with its scope not met
        assertThat(NortheastRegion.builder().province("浙江省")).isNotNull();
    }

    @Test
    void aNegativeOrZeroCountIsRefusedWhenGivenAtItsPath() {
        NortheastRegion.Builder b = liaoningWithoutFigures();
        refusedAt(() -> b.figures(IpKind.TRADEMARK, f -> f.regionStart(10).regionEnd(-1)),
                "applicant.figures.TRADEMARK.region.end", "must not be negative, but is -1");
        // a start divides: 0 is refused as a negative one is
        refusedAt(() -> b.figures(IpKind.PATENT, f -> f.nationalStart(0)),
                "applicant.figures.PATENT.national.start", "must be > 0, but is 0");
        refusedAt(() -> b.figures(IpKind.COPYRIGHT, f -> f.regionStart(-3)),
                "applicant.figures.COPYRIGHT.region.start", "must be > 0, but is -3");
        refusedAt(() -> b.population(p -> p.region(42_590_000).national(0)),
                "applicant.population.national", "must be > 0, but is 0");
        refusedAt(() -> b.period(p -> p.from(1984)), "applicant.period.from", "from 1985 to 2100, not 1984");
        refusedAt(() -> b.figures(IpKind.PATENT, f -> f.nationalEnd(-1)),
                "applicant.figures.PATENT.national.end", "must not be negative, but is -1");
        refusedAt(() -> b.period(p -> p.to(2101)), "applicant.period.to", "from 1985 to 2100, not 2101");
        // nothing refused was kept: the region is still the one without figures, and a refused kind may be given
        assertThat(b.build()).isEqualTo(liaoningWithoutFigures().build());
        assertThat(b.figures(IpKind.TRADEMARK, f -> f.regionStart(10).regionEnd(0).nationalStart(10).nationalEnd(0))
                .build().figures().trademark()).isEqualTo(new KindFigures(new Counts(10L, 0L), new Counts(10L, 0L)));
    }

    /** Each value is named, so the order they are given in does not matter. */
    @Test
    void valuesMayBeGivenInAnyOrder() {
        NortheastRegion.Builder inOrder = liaoningWithoutFigures().figures(IpKind.PATENT, f -> f.regionStart(60_000)
                .regionEnd(120_000).nationalStart(1_700_000).nationalEnd(3_000_000));
        assertThat(NortheastRegion.builder().figures(IpKind.PATENT, f -> f.nationalEnd(3_000_000)
                .nationalStart(1_700_000).regionEnd(120_000).regionStart(60_000)).period(p -> p.to(2020).from(2016))
                .province("辽宁省").name("辽宁省").build()).isEqualTo(inOrder.build());
    }

    @Test
    void buildNamesAMissingFigureWithItsPath() {
        refusedAt(() -> liaoningWithoutFigures().figures(IpKind.PATENT, f -> f.regionStart(60_000).regionEnd(120_000)
                .nationalStart(1_700_000)).build(), "applicant.figures.PATENT.national.end", "is required");
        // the region's end without its start: the start is missing, not the region's side
        refusedAt(() -> liaoningWithoutFigures().figures(IpKind.PATENT, f -> f.regionEnd(120_000)
                .nationalStart(1_700_000).nationalEnd(3_000_000)).build(), "applicant.figures.PATENT.region.start",
                "is required");
        // neither of the nation's figures: the nation's side is missing, as when JSON leaves it out
        refusedAt(() -> liaoningWithoutFigures().figures(IpKind.COPYRIGHT, f -> f.regionStart(8_000).regionEnd(20_000))
                .build(), "applicant.figures.COPYRIGHT.national", "is required");
    }

    @Test
    void buildRefusesWhatAnEvaluationWouldWithEveryPath() {
        assertThatThrownBy(() -> NortheastRegion.builder().build())
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> assertThat(x.problems())
                        .extracting(Problem::path)
                        .containsExactly("applicant.name", "applicant.level", "applicant.period"));
        // from and to swapped: the period runs backwards
        refusedAt(() -> liaoningWithoutFigures().period(p -> p.from(2020).to(2016)).build(), "applicant.period.to",
                "must be after period.from (2020)");
        // region and nation swapped: the unit's figures above the nation's
        assertThatThrownBy(() -> liaoningWithoutFigures()
                .population(p -> p.region(1_412_120_000).national(42_590_000))
                .figures(IpKind.PATENT, f -> f.regionStart(1_700_000).regionEnd(3_000_000)
                        .nationalStart(60_000).nationalEnd(120_000)).build())
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> assertThat(x.problems())
                        .extracting(Problem::path).containsExactly("applicant.population.region",
                                "applicant.figures.PATENT.region.start", "applicant.figures.PATENT.region.end"));
    }

    @Test
    void aKindGivenTwiceIsAMistake() {
        NortheastRegion.Builder b = liaoningWithoutFigures().figures(IpKind.PATENT, f -> f.regionStart(1).regionEnd(1)
                .nationalStart(1).nationalEnd(1));
        assertThatThrownBy(() -> b.figures(IpKind.PATENT, f -> f.regionStart(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("figures: PATENT already given");
        assertThatThrownBy(() -> b.figures(null, f -> f.regionStart(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("kind: must not be null");
    }

    /**
     * Worked by hand, n = 4: patents 120000 × 1700000 > 3000000 × 60000 (growth MET, shown 0.1892 against 0.1526) and
     * 120000 × 1412120000 > 3000000 × 42590000 (per capita MET, 28.18 against 21.24 per 10,000); trademarks
     * 500000 × 12000000 &lt; 30000000 × 250000 (NOT_MET) and 500000 × 1412120000 &lt; 30000000 × 42590000 (NOT_MET);
     * copyright 20000 × 1600000 > 3300000 × 8000 (MET) and 20000 × 1412120000 &lt; 3300000 × 42590000 (NOT_MET). Three
     * of six: not eligible.
     */
    @Test
    void aBuiltRegionIsEvaluatedAsTheSameRequestReadFromJson() throws Exception {
        EvaluationResult built = ENGINE.evaluate(Northeast2017.APPLICANT, AS_OF, liaoning());
        assertThat(built.eligible()).isFalse();
        assertThat(built.indicators()).extracting(Indicator::code, Indicator::status).containsExactly(
                tuple("NE_PATENT_GROWTH", IndicatorStatus.MET),
                tuple("NE_PATENT_PER_CAPITA", IndicatorStatus.MET),
                tuple("NE_TRADEMARK_GROWTH", IndicatorStatus.NOT_MET),
                tuple("NE_TRADEMARK_PER_CAPITA", IndicatorStatus.NOT_MET),
                tuple("NE_COPYRIGHT_GROWTH", IndicatorStatus.MET),
                tuple("NE_COPYRIGHT_PER_CAPITA", IndicatorStatus.NOT_MET));
        Indicator growth = built.indicators().get(0);
        assertThat(growth.actual()).isEqualTo(new BigDecimal("0.1892"));
        assertThat(growth.exact().comparison()).isEqualTo("120000 × 1700000 > 3000000 × 60000");
        assertThat(built.indicators().get(1).actual()).isEqualTo(new BigDecimal("28.18"));

        byte[] json = Files.readAllBytes(Path.of("../examples/requests/northeast-liaoning-2016-2020.json"));
        JsonContract contract = new JsonContract(ENGINE);
        assertThat(contract.read(json, AS_OF).request().subject()).isEqualTo(liaoning());
        EvaluationResult read = contract.evaluate(json, LocalDate.of(2000, 1, 1), null);
        // the whole result, receipt (with the request's digest) and rules fired included
        assertThat(contract.write(built, Language.ZH, true)).isEqualTo(contract.write(read, Language.ZH, true));
        assertThat(contract.write(built, Language.EN, true)).isEqualTo(contract.write(read, Language.EN, true));
    }
}
