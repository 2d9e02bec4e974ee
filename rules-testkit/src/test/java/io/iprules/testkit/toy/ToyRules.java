package io.iprules.testkit.toy;

import io.iprules.kit.Decision;

/**
 * The toy policy's rules ({@code toy §1}: the count is positive): rules-core's toy rules
 * ({@link io.iprules.fixture.ToyRules}, from its test jar) over this toy's applicant, recorded in the kit's
 * {@link Decision}; listed by {@code META-INF/kie/…/drools-model} in the test resources.
 */
public class ToyRules extends io.iprules.fixture.ToyRules {
    public ToyRules() {
        super("io.iprules.testkit.toy", CITATION, Decision.class, ToyApplicant.class, Decision::condition);
    }
}
