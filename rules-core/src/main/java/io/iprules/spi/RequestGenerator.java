package io.iprules.spi;

import java.util.random.RandomGenerator;

/**
 * Makes realistic synthetic requests for one policy, for benchmarks, batch tests and demonstrations. A policy
 * module may offer one by listing it in {@code META-INF/services/io.iprules.spi.RequestGenerator}.
 *
 * <p>Given the same sequence of random numbers, a generator makes the same requests: seed the random source to
 * reproduce a population. The requests are valid (a caller corrupts some on purpose if it wants invalid ones)
 * and carry an explicit {@code asOf}.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.1.0")
public interface RequestGenerator {

    /** The policy id the requests are for. */
    String policy();

    /** One request as a single line of JSON, in the contract's shape. */
    String next(RandomGenerator random);

    /**
     * The one generator for {@code policy} on the class path.
     *
     * @throws IllegalArgumentException when there is none (the message lists the policies that have one)
     * @throws IllegalStateException    when there are several, which would make a population depend on the
     *                                  class path's order
     */
    static RequestGenerator forPolicy(String policy) {
        RequestGenerator found = null;
        java.util.List<String> known = new java.util.ArrayList<>();
        for (RequestGenerator g : java.util.ServiceLoader.load(RequestGenerator.class)) {
            known.add(g.policy());
            if (g.policy().equals(policy)) {
                if (found != null) {
                    throw new IllegalStateException("two generators for policy '" + policy + "': "
                            + found.getClass().getName() + " and " + g.getClass().getName());
                }
                found = g;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("no generator for policy '" + policy + "'; generators exist for "
                    + known);
        }
        return found;
    }
}
