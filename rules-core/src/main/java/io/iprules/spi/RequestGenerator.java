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
public interface RequestGenerator {

    /** The policy id the requests are for. */
    String policy();

    /** One request as a single line of JSON, in the contract's shape. */
    String next(RandomGenerator random);
}
