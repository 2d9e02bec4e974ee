package io.iprules.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.fixture.ToyGenerators;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A request generator is found by its policy, exactly once. */
class RequestGeneratorTest {
    @TempDir
    Path tmp;

    @Test
    void aGeneratorIsFoundByItsPolicyAndOnlyOnce() throws IOException {
        Path services = tmp.resolve("META-INF/services");
        Files.createDirectories(services);
        Path file = services.resolve(RequestGenerator.class.getName());
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        Files.writeString(file, ToyGenerators.A.class.getName() + "\n" + ToyGenerators.B.class.getName() + "\n");
        try (URLClassLoader l = new URLClassLoader(new java.net.URL[] {tmp.toUri().toURL()}, before)) {
            t.setContextClassLoader(l);
            RequestGenerator a = RequestGenerator.forPolicy("toy-a");
            assertThat(a).isInstanceOf(ToyGenerators.A.class);
            assertThat(a.next(RandomGenerator.of("L64X128MixRandom"))).isEqualTo("{\"policy\":\"toy-a\"}");
            assertThatThrownBy(() -> RequestGenerator.forPolicy("toy-c")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no generator for policy 'toy-c'; generators exist for [")
                    .hasMessageContaining("toy-a").hasMessageContaining("toy-b");
        } finally {
            t.setContextClassLoader(before);
        }
        Files.writeString(file, ToyGenerators.A.class.getName() + "\n" + ToyGenerators.A2.class.getName() + "\n");
        try (URLClassLoader l = new URLClassLoader(new java.net.URL[] {tmp.toUri().toURL()}, before)) {
            t.setContextClassLoader(l);
            assertThatThrownBy(() -> RequestGenerator.forPolicy("toy-a")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("two generators for policy 'toy-a'");
        } finally {
            t.setContextClassLoader(before);
        }
    }
}
