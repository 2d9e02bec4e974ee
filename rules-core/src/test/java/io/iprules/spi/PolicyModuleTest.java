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

    /** The toy, its data kinds as given, and every default left as the interface has it. */
    private static PolicyModule toy(Set<String> kinds) {
        ToyPolicy toy = new ToyPolicy();
        return new PolicyModule() {
            @Override
            public String id() {
                return toy.id();
            }

            @Override
            public PolicyDescription describe() {
                return toy.describe();
            }

            @Override
            public List<Outcome> evaluate(List<Evaluation> chunk) {
                return toy.evaluate(chunk);
            }

            @Override
            public Set<String> dataKinds() {
                return kinds == null ? PolicyModule.super.dataKinds() : kinds;
            }
        };
    }

    @Test
    void byDefaultAModuleSharesNoMaterialAndReadsNoData() {
        PolicyModule m = toy(null);
        assertThat(m.sharedMaterial()).isEmpty();
        assertThat(m.dataKinds()).isEmpty();
        assertThatThrownBy(() -> m.useData("calendar", Map.of())).isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("toy-2020 declares data of kind 'calendar' but does not read it");
    }

    /** Declaring a kind without reading it is a broken module: the engine does not start, and says which and why. */
    @Test
    void aModuleDeclaringAKindItDoesNotReadCannotStart() throws IOException {
        try (URLClassLoader l = ToyInstall.loader(ToyInstall.folder(tmp.resolve("toy"), ToyInstall.toy(ToyPolicy.ID)))) {
            RulesEngine.Builder b = RulesEngine.builder().classLoader(l).withoutDiscovery()
                    .module(toy(Set.of("calendar")));
            assertThatThrownBy(b::build).isInstanceOf(ConfigurationException.class)
                    .hasMessage("policy module 'toy-2020' cannot take its calendar data: toy-2020 declares data of kind "
                            + "'calendar' but does not read it")
                    .hasCauseInstanceOf(UnsupportedOperationException.class);
            assertThat(RulesEngine.builder().classLoader(l).withoutDiscovery().module(toy(null)).build().policies())
                    .as("declaring none, it starts").isNotEmpty();
        }
    }
}
