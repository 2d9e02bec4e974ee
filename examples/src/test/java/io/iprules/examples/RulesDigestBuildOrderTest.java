package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.spi.PolicyModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every pattern of every rule is bound (README "Reproducible builds"): Drools 10.2 names a pattern without a binding
 * itself ({@code GENERATED_$pattern_Candidate$27$}) with one counter for the whole JVM, and Maven runs the
 * kie-maven-plugin of every module in one JVM, so such a name made a module's classes, and the receipts' rules digest,
 * depend on the modules compiled before it in the same Maven run (anning built alone differed from the whole build).
 * Each module's compiled classes are read from where its class was loaded (its jar, or its classes folder).
 */
class RulesDigestBuildOrderTest {
    private static final byte[] GENERATED = "GENERATED_$pattern_".getBytes(StandardCharsets.UTF_8);

    @TestFactory
    Stream<DynamicTest> noPolicyModuleHasAPatternNamedByDrools() {
        List<DynamicTest> tests = new ArrayList<>();
        for (PolicyModule m : ServiceLoader.load(PolicyModule.class)) {
            tests.add(DynamicTest.dynamicTest(m.id(), () -> {
                Path where = Path.of(m.getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
                String folder = m.getClass().getPackageName().replace('.', '/') + "/";
                List<String> ruleClasses = new ArrayList<>();
                List<String> named = new ArrayList<>();
                for (Compiled c : classes(where, folder)) {
                    if (c.name().substring(c.name().lastIndexOf('/') + 1).startsWith("Rules")) {
                        ruleClasses.add(c.name());
                    }
                    if (contains(c.bytes(), GENERATED)) {
                        named.add(c.name());
                    }
                }
                // not vacuous: the executable model's rule classes are among those read
                assertThat(ruleClasses).as(m.id() + ": the executable model's classes in " + where).isNotEmpty();
                assertThat(named).as(m.id() + ": classes with a pattern Drools named (bind the pattern in its rule "
                        + "file: `$candidate : Candidate(…)`, `not $candidate : Candidate(…)`)").isEmpty();
            }));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(5);
        return tests.stream();
    }

    private record Compiled(String name, byte[] bytes) {
    }

    private static List<Compiled> classes(Path where, String folder) throws IOException {
        List<Compiled> found = new ArrayList<>();
        if (Files.isDirectory(where)) {
            Path root = where.resolve(folder);
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    found.add(new Compiled(where.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p)));
                }
            }
            return found;
        }
        try (JarFile jar = new JarFile(where.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (e.getName().startsWith(folder) && e.getName().endsWith(".class")) {
                    try (InputStream in = jar.getInputStream(e)) {
                        found.add(new Compiled(e.getName(), in.readAllBytes()));
                    }
                }
            }
        }
        return found;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
