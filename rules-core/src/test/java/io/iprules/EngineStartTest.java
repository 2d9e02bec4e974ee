package io.iprules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.iprules.spi.PolicyModule;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine refuses to start on a broken installation, and says what to do. */
class EngineStartTest {
    private static final LocalDate D = LocalDate.of(2020, 1, 1);

    private static PolicyModule module(String id) {
        PolicyModule m = mock(PolicyModule.class);
        when(m.id()).thenReturn(id);
        when(m.describe()).thenReturn(new PolicyDescription(id, Text.plain(id), null, D, D, null, id + " §1", "1",
                List.of(), List.of(), List.of(new SubjectKind("applicant", String.class, Text.plain("a")))));
        return m;
    }

    private static ClassLoader loaderWith(Path... roots) throws IOException {
        URL[] urls = new URL[roots.length];
        for (int i = 0; i < roots.length; i++) {
            urls[i] = roots[i].toUri().toURL();
        }
        return new URLClassLoader(urls, EngineStartTest.class.getClassLoader());
    }

    private static Path kmodule(Path root, String kbase) throws IOException {
        Files.createDirectories(root.resolve("META-INF"));
        Files.writeString(root.resolve("META-INF/kmodule.xml"),
                "<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\"><kbase name=\"" + kbase
                        + "\" packages=\"x.rules\"/></kmodule>");
        return root;
    }

    @Test
    void noModuleAtAll() {
        assertThatThrownBy(() -> RulesEngine.builder().withoutDiscovery().build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no policy module found").hasMessageContaining("rules-example");
    }

    @Test
    void twoModulesWithOneId() {
        assertThatThrownBy(() -> RulesEngine.builder().withoutDiscovery()
                .module(module("p-1")).module(module("p-1")).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("two policy modules claim the id 'p-1'");
    }

    @Test
    void aModuleWithoutItsRuleBase() {
        assertThatThrownBy(() -> RulesEngine.builder().withoutDiscovery().module(module("p-missing")).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("policy module 'p-missing'")
                .hasMessageContaining("<kbase name=\"p-missing\"");
    }

    @Test
    void aRuleBaseDeclaredByTwoJars(@TempDir Path tmp) throws IOException {
        ClassLoader loader = loaderWith(kmodule(tmp.resolve("a"), "p-twice"), kmodule(tmp.resolve("b"), "p-twice"));
        assertThatThrownBy(() -> RulesEngine.builder().classLoader(loader).withoutDiscovery()
                .module(module("p-twice")).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("rule base 'p-twice' is declared by more than one")
                .hasMessageContaining("silently");
    }

    @Test
    void aRuleBaseNotCompiledToTheExecutableModel(@TempDir Path tmp) throws IOException {
        ClassLoader loader = loaderWith(kmodule(tmp.resolve("a"), "p-source-only"));
        assertThatThrownBy(() -> RulesEngine.builder().classLoader(loader).withoutDiscovery()
                .module(module("p-source-only")).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("was not compiled to the executable model")
                .hasMessageContaining("kie-maven-plugin");
    }

    @Test
    void aModuleDescribingAnotherPolicy() {
        PolicyModule m = module("p-1");
        when(m.id()).thenReturn("p-2");
        assertThatThrownBy(() -> RulesEngine.builder().withoutDiscovery().module(m).build())
                .hasMessageContaining("has id 'p-2' but describes policy 'p-1'");
    }
}
