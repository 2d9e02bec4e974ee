package io.iprules.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.ConfigurationException;
import io.iprules.Outcome;
import io.iprules.PolicyDescription;
import io.iprules.RulesEngine;
import io.iprules.fixture.ToyInstall;
import io.iprules.fixture.ToyPolicy;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a module that implements only the three required methods gets from the interface's defaults. */
class PolicyModuleTest {
    @TempDir
    Path tmp;

    /**
     * The toy's id, reading the data {@code kinds} it declares with the default {@link PolicyModule#useData}; the
     * engine hands data over before it asks for the description, so that a failure there is reached first.
     */
    private static PolicyModule declaring(Set<String> kinds) {
        return new PolicyModule() {
            @Override
            public String id() {
                return ToyPolicy.ID;
            }

            @Override
            public PolicyDescription describe() {
                throw new AssertionError("described before its data was handed over");
            }

            @Override
            public List<Outcome> evaluate(List<Evaluation> chunk) {
                throw new AssertionError("not started, nothing to evaluate");
            }

            @Override
            public Set<String> dataKinds() {
                return kinds;
            }
        };
    }

    @Test
    void byDefaultAModuleSharesNoMaterialAndReadsNoData() {
        PolicyModule m = new ToyPolicy();
        assertThat(m.sharedMaterial()).isEmpty();
        assertThat(m.dataKinds()).isEmpty();
        assertThatThrownBy(() -> m.useData("calendar", Map.of())).isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("toy-2020 declares data of kind 'calendar' but does not read it");
    }

    /** Declaring a kind without reading it is a broken module: the engine does not start, and says which and why. */
    @Test
    void aModuleDeclaringAKindItDoesNotReadCannotStart() throws IOException {
        try (URLClassLoader l = ToyInstall.loader(ToyInstall.folder(tmp.resolve("toy"),
                ToyInstall.toy(ToyPolicy.ID)))) {
            RulesEngine.Builder b = RulesEngine.builder().classLoader(l).withoutDiscovery()
                    .module(declaring(Set.of("calendar")));
            assertThatThrownBy(b::build).isInstanceOf(ConfigurationException.class)
                    .hasMessage("policy module 'toy-2020' cannot take its calendar data: toy-2020 declares data of "
                            + "kind 'calendar' but does not read it")
                    .hasCauseInstanceOf(UnsupportedOperationException.class);
        }
    }
}
