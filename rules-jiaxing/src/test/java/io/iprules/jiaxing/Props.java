package io.iprules.jiaxing;

import org.quicktheories.QuickTheory;

/**
 * How the property tests run: a fixed seed, so that CI sees the same cases every time, and a moderate number of
 * tries, so that {@code ./mvnw verify} stays fast. A longer campaign, or another seed:
 * {@code ./mvnw -B verify -Dprops.tries=20000 -Dprops.seed=7}. A failure is shrunk to a small case and reported
 * with the seed.
 */
final class Props {
    /** The seed, {@code -Dprops.seed}. */
    static final long SEED = Long.getLong("props.seed", 20121105L);

    private Props() {
    }

    /** A theory with {@code tries} cases, or {@code -Dprops.tries} when given. */
    static QuickTheory qt(int tries) {
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(Integer.getInteger("props.tries", tries))
                .withShrinkCycles(2_000);
    }
}
