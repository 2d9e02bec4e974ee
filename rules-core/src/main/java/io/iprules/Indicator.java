package io.iprules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A target a policy sets for a whole city or county (see {@link Target}), assessed against the actual figure.
 *
 * <p>The status is {@link IndicatorStatus#UNKNOWN} exactly when the figure, or the reference its required value
 * depends on, was not supplied: an unknown indicator is never counted as met or as failed. Progress is
 * {@code actual ÷ progressBasis}, exact arithmetic cut to {@value #PROGRESS_SCALE} decimals by
 * {@link RoundingMode#DOWN rounding down} (so progress never overstates: 44 of 45 is 0.9777), and is not capped
 * at 1 (over-achievement shows). Progress alone does not decide the status: a strict target (超过 90%) at
 * exactly 90% has progress 1.0000 and is not met.
 *
 * @param code          the indicator code, e.g. {@code EX_INVENTION_GRANTS}
 * @param title         what is measured, in words
 * @param status        met, not met, or unknown
 * @param unit          what the figures are (a count, a ratio between 0 and 1, a number, yuan)
 * @param comparison    how the actual value is compared with the required one
 * @param required      the required value, exact (for a target relative to a reference, the factor times the
 *                      reference), or {@code null} when the reference was not supplied
 * @param requiredText  the requirement as a reader sees it, e.g. {@code >= 45} or {@code >= 2 × 9.6 = 19.2}
 * @param actual        the actual value, or {@code null} when not supplied
 * @param progressBasis what progress is measured against: the required value, or the stated figure of an
 *                      about-target (20 for 20人左右); {@code null} when unknown
 * @param progress      {@code actual ÷ progressBasis} as above, or {@code null} when either is unknown
 * @param reference     the reference used for a relative target (with the value supplied, or {@code null}), or
 *                      {@code null} for a fixed target
 * @param citation      the provision (the clause of the rule that assessed it)
 * @param source        the words of the clause, quoted
 * @param detail        what is missing for an unknown indicator, or {@code null}
 * @param due           the date by which the target is to be met, for a yes/no target with a time limit, or
 * {@code null}
 * @param overdue       whether the due date has passed on the evaluation date without the target met
 * @param exact         for a status decided exactly on figures that {@code actual} and {@code required} show only
 *                      rounded, that exact comparison and the gap as shown; {@code null} when {@code actual} and
 *                      {@code required} are themselves exact
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public record Indicator(String code, Text title, IndicatorStatus status, ParameterUnit unit, Comparison comparison,
                        BigDecimal required, String requiredText, BigDecimal actual, BigDecimal progressBasis,
                        BigDecimal progress, ReferenceValue reference, String citation, String source, Text detail,
                        java.time.LocalDate due, boolean overdue, DecidedExactly exact) {

    /** An indicator whose status follows from its own {@code actual} and {@code required}. */
    public Indicator(String code, Text title, IndicatorStatus status, ParameterUnit unit, Comparison comparison,
                     BigDecimal required, String requiredText, BigDecimal actual, BigDecimal progressBasis,
                     BigDecimal progress, ReferenceValue reference, String citation, String source, Text detail,
                     java.time.LocalDate due, boolean overdue) {
        this(code, title, status, unit, comparison, required, requiredText, actual, progressBasis, progress, reference,
                citation, source, detail, due, overdue, null);
    }

    /**
     * How a status was decided when the values shown are rounded for display (e.g. two growth rates shown to 0.01%
     * from roots that are never taken): rounding keeps order but can make two different values look equal, so the
     * status comes from an exact comparison of the underlying figures instead.
     *
     * @param comparison the exact comparison that decided, in figures, e.g. {@code 120000 × 1700000 > 3000000 × 60000}
     * @param gap        {@code actual − required} as shown (for rates, in percentage points), or {@code null}
     */
    public record DecidedExactly(String comparison, BigDecimal gap) {
        /** Checks the comparison is given. */
        public DecidedExactly {
            Objects.requireNonNull(comparison, "comparison");
        }
    }

    /** An indicator without a due date. */
    public Indicator(String code, Text title, IndicatorStatus status, ParameterUnit unit, Comparison comparison,
                     BigDecimal required, String requiredText, BigDecimal actual, BigDecimal progressBasis,
                     BigDecimal progress, ReferenceValue reference, String citation, String source, Text detail) {
        this(code, title, status, unit, comparison, required, requiredText, actual, progressBasis, progress, reference,
                citation, source, detail, null, false);
    }

    /**
     * Whether this is a yes/no indicator ({@link ParameterUnit#YES_NO}): {@code actual} and {@code required} are 1 or
     * 0.
     */
    public boolean yesNo() {
        return unit == ParameterUnit.YES_NO;
    }

    /** Decimals of {@link #progress()}. */
    public static final int PROGRESS_SCALE = 4;
    /** Rounding of {@link #progress()}: down, so that progress never overstates. */
    public static final RoundingMode PROGRESS_ROUNDING = RoundingMode.DOWN;

    /**
     * The reference a relative target was measured against.
     *
     * @param key    the request field that carried it, e.g. {@code provinceAverage}
     * @param title  what it is, in words
     * @param factor the multiple the target requires, e.g. 2
     * @param value  the reference supplied, or {@code null} when it was not
     */
    public record ReferenceValue(String key, Text title, BigDecimal factor, BigDecimal value) {
        /** Checks the required parts. */
        public ReferenceValue {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(factor, "factor");
        }
    }

    /** Checks the required parts and that the status agrees with what is known. */
    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(requiredText, "requiredText");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(source, "source");
        if ((actual == null || required == null) != (status == IndicatorStatus.UNKNOWN)) {
            throw new IllegalArgumentException(code + ": status UNKNOWN exactly when the actual or the required "
                    + "value is not known");
        }
        if (overdue && due == null) {
            throw new IllegalArgumentException(code + ": only an indicator with a due date can be overdue");
        }
        if (status != IndicatorStatus.UNKNOWN && exact == null
                && comparison.holds(actual, required) != (status == IndicatorStatus.MET)) {
            throw new IllegalArgumentException(code + ": status " + status + " contradicts " + actual + " "
                    + comparison.symbol() + " " + required);
        }
        if (status != IndicatorStatus.UNKNOWN && exact != null
                && contradictsRounded(comparison, status, actual, required)) {
            throw new IllegalArgumentException(code + ": status " + status + ", decided by " + exact.comparison()
                    + ", contradicts the order of the values shown, " + actual + " and " + required);
        }
    }

    /**
     * Whether values shown rounded contradict a status decided exactly: rounding both alike keeps their order but
     * may make them equal, so a met {@code >} or {@code >=} needs {@code actual >= required} as shown, a failed one
     * {@code actual <= required} (and the mirror for {@code <=}); a met {@code =} needs them shown equal.
     */
    private static boolean contradictsRounded(Comparison comparison, IndicatorStatus status, BigDecimal actual,
                                              BigDecimal required) {
        int c = actual.compareTo(required);
        boolean met = status == IndicatorStatus.MET;
        switch (comparison) {
            case AT_LEAST:
            case MORE_THAN: return met ? c < 0 : c > 0;
            case AT_MOST: return met ? c > 0 : c < 0;
            case EQUAL: return met && c != 0;
            default: throw new AssertionError(comparison);
        }
    }

    /**
     * {@code actual ÷ basis} to {@value #PROGRESS_SCALE} decimals rounded down, or {@code null} when either is unknown
     * or the basis is 0.
     */
    public static BigDecimal progress(BigDecimal actual, BigDecimal basis) {
        if (actual == null || basis == null || basis.signum() == 0) {
            return null;
        }
        return actual.divide(basis, PROGRESS_SCALE, PROGRESS_ROUNDING);
    }

    /** Whether the target is met. */
    public boolean met() {
        return status == IndicatorStatus.MET;
    }
}
