package io.iprules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The property tests' settings: the module's seed unless {@code -Dprops.seed}, and as many tries as asked unless
 * {@code -Dprops.tries}. The longer campaign the README gives sets both for the whole build, these tests included:
 * each test sets them as it needs and puts back what the build gave.
 */
class PropsTest {
    private String seedGiven;
    private String triesGiven;

    @BeforeEach
    void setAside() {
        seedGiven = System.clearProperty("props.seed");
        triesGiven = System.clearProperty("props.tries");
    }

    @AfterEach
    void putBack() {
        restore("props.seed", seedGiven);
        restore("props.tries", triesGiven);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void theModulesSeedWhenNoneIsGiven() {
        assertThat(new Props(42L).seed()).isEqualTo(42L);
    }

    @Test
    void theSeedGivenWinsOverTheModules() {
        System.setProperty("props.seed", "31");
        assertThat(new Props(42L).seed()).isEqualTo(31L);
    }

    @Test
    void aTheoryTriesAsManyCasesAsAskedTheSameForTheSameSeed() {
        List<Long> first = new ArrayList<>();
        new Props(7L).qt(25).forAll(longs().all()).checkAssert(first::add);
        List<Long> again = new ArrayList<>();
        new Props(7L).qt(25).forAll(longs().all()).checkAssert(again::add);
        List<Long> other = new ArrayList<>();
        new Props(8L).qt(25).forAll(longs().all()).checkAssert(other::add);
        assertThat(first).hasSize(25).isEqualTo(again).isNotEqualTo(other);
    }

    @Test
    void theTriesGivenWinOverTheTests() {
        System.setProperty("props.tries", "40");
        List<Long> cases = new ArrayList<>();
        new Props(7L).qt(25).forAll(longs().all()).checkAssert(cases::add);
        assertThat(cases).hasSize(40);
    }
}
