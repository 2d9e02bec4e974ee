package io.iprules.testkit;

import org.quicktheories.QuickTheory;

/**
 * How the property tests of every module run: a fixed seed, so that CI sees the same cases every time, and a
 * moderate number of tries, so that {@code ./mvnw verify} stays fast. A longer campaign, or another seed:
 * {@code ./mvnw -B verify -Dprops.tries=20000 -Dprops.seed=7}. A failure is shrunk to a small case and reported
 * with the seed.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class Props {
    private final long seed;

    /** Settings whose seed is {@code -Dprops.seed}, or {@code defaultSeed} (each module has its own). */
    public Props(long defaultSeed) {
        this.seed = Long.getLong("props.seed", defaultSeed);
    }

    /** The seed in use. */
    public long seed() {
        return seed;
    }

    /** A theory with {@code tries} cases, or {@code -Dprops.tries} when given. */
    public QuickTheory qt(int tries) {
        return QuickTheory.qt().withFixedSeed(seed).withExamples(Integer.getInteger("props.tries", tries))
                .withShrinkCycles(2_000);
    }
}
