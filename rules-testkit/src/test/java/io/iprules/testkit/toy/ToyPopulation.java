package io.iprules.testkit.toy;

import io.iprules.spi.RequestGenerator;
import java.util.random.RandomGenerator;

/**
 * The toy policy's synthetic population, found through the test resources' service file: one applicant of a
 * random count a year after the toy policy took force.
 */
public final class ToyPopulation implements RequestGenerator {
    @Override
    public String policy() {
        return ToyPolicy.ID;
    }

    @Override
    public String next(RandomGenerator random) {
        int count = random.nextInt(1, 1_000_000_000);
        return "{\"policy\":\"toy-2020\",\"asOf\":\"2021-01-01\",\"applicant\":{\"name\":\"a" + count
                + "\",\"count\":" + count + "}}";
    }
}
