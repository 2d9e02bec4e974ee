package io.iprules.testkit.toy;

import java.math.BigDecimal;
import java.util.List;

/**
 * The toy policy's request: a count that must be positive, and the awards, warnings and phase its result echoes.
 */
public record ToyApplicant(String name, Integer count, List<Award> awards, List<String> warnings, String phase)
        implements io.iprules.fixture.Counted {
    /** An award the result is to carry. */
    public record Award(String code, BigDecimal amount) {
    }
}
