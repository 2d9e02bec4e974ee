package io.iprules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The property tests' settings: the module's seed unless {@code -Dprops.seed}, and as many tries as asked. */
class PropsTest {
    @Test
    void theModulesSeedWhenNoneIsGiven() {
        // the build passes no props.seed to the tests (it is for a longer campaign run by hand)
        assertThat(System.getProperty("props.seed")).isNull();
        assertThat(new Props(42L).seed()).isEqualTo(42L);
    }

    @Test
    void aTheoryTriesAsManyCasesAsAskedTheSameForTheSameSeed() {
        assertThat(System.getProperty("props.tries")).isNull();
        List<Long> first = new ArrayList<>();
        new Props(7L).qt(25).forAll(longs().all()).checkAssert(first::add);
        List<Long> again = new ArrayList<>();
        new Props(7L).qt(25).forAll(longs().all()).checkAssert(again::add);
        List<Long> other = new ArrayList<>();
        new Props(8L).qt(25).forAll(longs().all()).checkAssert(other::add);
        assertThat(first).hasSize(25).isEqualTo(again).isNotEqualTo(other);
    }
}
