package io.iprules.pilotcity.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Invention patents per 10,000 population, with values worked out by hand. */
class DensityTest {
    private static final BigDecimal MIN = new BigDecimal("48.4");

    @Test
    void theComparisonIsExact() {
        // 4,840 × 10,000 = 48,400,000 = 48.4 × 1,000,000
        assertThat(Density.reaches(4840, 1_000_000, MIN)).isTrue();
        // 4,839 × 10,000 = 48,390,000 < 48,400,000
        assertThat(Density.reaches(4839, 1_000_000, MIN)).isFalse();
        // 48,400,000 < 48.4 × 1,000,001 = 48,400,048.4: 48.39995… fails, though half-up to 2 places gives 48.40
        assertThat(Density.reaches(4840, 1_000_001, MIN)).isFalse();
        // 484 × 10,000 = 4,840,000 = 48.4 × 100,000
        assertThat(Density.reaches(484, 100_000, MIN)).isTrue();
        assertThat(Density.reaches(0, 1, MIN)).isFalse();
        assertThat(Density.reaches(0, 1, BigDecimal.ZERO)).isTrue();
    }

    @Test
    void theShownDensityIsRoundedDownSoAFailureNeverShowsAsTheMinimum() {
        assertThat(Density.shown(4840, 1_000_000, MIN)).isEqualTo(new BigDecimal("48.40"));
        assertThat(Density.shown(4840, 1_000_001, MIN)).isEqualByComparingTo("48.39");
        assertThat(Density.shown(300, 70_000, MIN)).isEqualByComparingTo("42.85"); // 42.857…
        assertThat(Density.shown(1, 3, MIN)).isEqualByComparingTo("3333.33");
        // a minimum with a finer scale is shown at its own scale
        assertThat(Density.shown(4839, 1_000_000, new BigDecimal("48.395"))).isEqualTo(new BigDecimal("48.390"));
    }

    @Test
    void theGapIsTheMinimumLessTheShownDensity() {
        assertThat(Density.shortfall(4839, 1_000_000, MIN)).isEqualByComparingTo("0.01");
        assertThat(Density.shortfall(902, 200_000, MIN)).isEqualByComparingTo("3.30"); // 48.40 − 45.10
        assertThat(Density.shortfall(300, 70_000, MIN)).isEqualByComparingTo("5.55"); // 48.40 − 42.85
        assertThat(Density.shortfall(0, 10_000, MIN)).isEqualByComparingTo("48.40");
    }

    @Test
    void thePatentsRequiredAreWholeAndRoundedUp() {
        assertThat(Density.patentsRequired(1_000_000, MIN)).isEqualTo(4840);
        assertThat(Density.patentsRequired(1_000_001, MIN)).isEqualTo(4841); // ⌈4840.00484⌉
        assertThat(Density.patentsRequired(200_000, MIN)).isEqualTo(968);
        assertThat(Density.patentsRequired(70_000, MIN)).isEqualTo(339); // ⌈338.8⌉
        assertThat(Density.patentsRequired(5_000, MIN)).isEqualTo(25); // ⌈24.2⌉
        assertThat(Density.morePatentsNeeded(24, 5_000, MIN)).isEqualTo(1);
        assertThat(Density.morePatentsNeeded(902, 200_000, MIN)).isEqualTo(66);
        assertThat(Density.morePatentsNeeded(5000, 1_000_000, MIN)).isZero();
    }

    @Test
    void theLargestCountsDoNotOverflow() {
        int max = Integer.MAX_VALUE;
        // 2,147,483,647 × 10,000 ≥ 48.4 × 2,147,483,647
        assertThat(Density.reaches(max, max, MIN)).isTrue();
        assertThat(Density.shown(max, max, MIN)).isEqualByComparingTo("10000.00");
        // 48.4 × 2,147,483,647 ÷ 10,000 = 10,393,820.85… → 10,393,821
        assertThat(Density.patentsRequired(max, MIN)).isEqualTo(10_393_821L);
    }
}
