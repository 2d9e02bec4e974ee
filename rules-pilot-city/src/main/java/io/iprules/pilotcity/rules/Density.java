package io.iprules.pilotcity.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Invention patents owned per 10,000 population (每万人口发明专利拥有量, §1(2)2), in exact decimal arithmetic.
 *
 * <p>The comparison never divides: {@code patents × 10,000 >= minimum × population}, so 48.3999… is below 48.4
 * however many decimals it has. Only for display is the density divided, and then it is rounded <em>down</em> to
 * the shown scale (two decimals, or the minimum's own scale if finer): a density below the minimum is never shown
 * as reaching it, and {@code shown + gap = minimum} holds exactly.
 */
public final class Density {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final int MIN_SCALE = 2;

    private Density() {
    }

    /** Whether {@code patents} per 10,000 of {@code population} is at least {@code minimum}; exact. */
    public static boolean reaches(int patents, int population, BigDecimal minimum) {
        return BigDecimal.valueOf(patents).multiply(TEN_THOUSAND)
                .compareTo(minimum.multiply(BigDecimal.valueOf(population))) >= 0;
    }

    /** The scale densities are shown at: two decimals, or the minimum's scale if finer. */
    public static int scale(BigDecimal minimum) {
        return Math.max(MIN_SCALE, minimum.scale());
    }

    /** The density as shown: {@code patents × 10,000 ÷ population}, rounded down to {@link #scale}. Display only. */
    public static BigDecimal shown(int patents, int population, BigDecimal minimum) {
        return BigDecimal.valueOf(patents).multiply(TEN_THOUSAND)
                .divide(BigDecimal.valueOf(population), scale(minimum), RoundingMode.DOWN);
    }

    /**
     * How far below the minimum the density is, per 10,000 population: {@code minimum − shown}, at the shown scale.
     * Adding it to the exact density reaches the minimum.
     */
    public static BigDecimal shortfall(int patents, int population, BigDecimal minimum) {
        return minimum.setScale(scale(minimum), RoundingMode.UNNECESSARY).subtract(shown(patents, population, minimum));
    }

    /**
     * The fewest invention patents that reach the minimum at this population: {@code ⌈minimum × population ÷ 10,000⌉}.
     */
    public static long patentsRequired(int population, BigDecimal minimum) {
        // ÷ 10,000 as a shift of the decimal point: exact, without a division's work
        return minimum.multiply(BigDecimal.valueOf(population)).movePointLeft(4)
                .setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** How many more invention patents the park needs at its population ({@code 0} when it reaches the minimum). */
    public static long morePatentsNeeded(int patents, int population, BigDecimal minimum) {
        return Math.max(0, patentsRequired(population, minimum) - patents);
    }
}
