package io.iprules;

import java.util.List;

/**
 * How many target indicators of a result are met, not met, and unknown (no figure supplied). The three add up to
 * {@link #total()}; an unknown indicator is counted as neither met nor not met.
 *
 * @param met    indicators whose figure satisfies the target
 * @param notMet indicators whose figure falls short
 * @param unknown indicators that could not be assessed because a figure (or its reference) was not supplied
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public record IndicatorSummary(int met, int notMet, int unknown) {
    /** Checks the counts are not negative. */
    public IndicatorSummary {
        if (met < 0 || notMet < 0 || unknown < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }

    /** The counts of {@code indicators}. */
    public static IndicatorSummary of(List<Indicator> indicators) {
        int met = 0;
        int notMet = 0;
        int unknown = 0;
        for (Indicator i : indicators) {
            switch (i.status()) {
                case MET -> met++;
                case NOT_MET -> notMet++;
                case UNKNOWN -> unknown++;
                default -> throw new AssertionError(i.status());
            }
        }
        return new IndicatorSummary(met, notMet, unknown);
    }

    /** How many indicators were assessed. */
    public int total() {
        return met + notMet + unknown;
    }

    /** Whether every indicator is met (and there is at least one). */
    public boolean allMet() {
        return met > 0 && notMet == 0 && unknown == 0;
    }
}
