package io.iprules;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.fixture.ToyApplicant;
import io.iprules.fixture.ToyInstall;
import io.iprules.fixture.ToyPolicy;
import io.iprules.internal.CoreMessages;
import io.iprules.spi.PolicyModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules digest of a receipt, recomputed as the README says an auditor would ({@code sha256sum} of the files,
 * then of that list): every file under the module's package in its jar, the kbase's {@code kmodule.xml} and the files
 * of its packages, and every file outside {@code META-INF/} of the jar of the helpers it names as shared material (as
 * the policy kit's) and of rules-core's, whose classes validate, bind and build the result as much as the module's
 * do. A module, its rule base and its helpers' jar are installed in three places, the module's and the helpers'
 * classes loaded from their own, as from jars.
 */
class RulesDigestTest {
    private static final LocalDate D = LocalDate.of(2020, 6, 30);
    private static final String MODULE_CLASS = "io/iprules/fixture/ToyPolicy.class";

    /** The module's jar: its class, its own files (in a sub-folder too), a class file, another package's file. */
    private static final Map<String, String> MODULE_FILES = Map.of(
            "io/iprules/fixture/policy.json", "{\"version\":\"1\"}",
            "io/iprules/fixture/texts/clause.txt", "第一条",
            "io/iprules/fixture/Helper.class", "compiled: counted, the build is reproducible",
            "io/iprules/other/unrelated.txt", "not counted: another package");
    /** The jar of helpers the module names as shared material (besides {@code ToyKit.class}): all but META-INF. */
    private static final Map<String, String> KIT_FILES = Map.of(
            "io/iprules/fixture/kit/Problems.class", "compiled validation: counted, it can refuse what was paid",
            "io/iprules/fixture/kit/kit_en.properties", "x=counted",
            "io/iprules/fixture/kit/data/table.json", "[\"counted\"]",
            "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nCreated-By: not counted\n",
            "META-INF/maven/toy/kit/pom.properties", "version=not counted");
    private static final String KIT_CLASS = "io/iprules/fixture/kit/ToyKit.class";
    /** The rule base: a rule file in the kbase's package, and one in another package. */
    private static final Map<String, String> KBASE_FILES = Map.of(
            "io/iprules/fixture/toy.drl", "rule \"positive\"",
            "io/iprules/elsewhere/other.drl", "not counted: not a package of the kbase");

    @TempDir
    Path tmp;
    private int installs;

    /** The rules digest of an engine over the module and rule base installed with {@code changes}. */
    private String rulesDigest(boolean moduleInAJar, Map<String, String> changes) throws IOException {
        Path dir = tmp.resolve("i" + installs++);
        Map<String, byte[]> module = new LinkedHashMap<>();
        try (InputStream in = ToyPolicy.class.getClassLoader().getResourceAsStream(MODULE_CLASS)) {
            module.put(MODULE_CLASS, in.readAllBytes());
        }
        MODULE_FILES.forEach((path, text) -> module.put(path, utf8(changes.getOrDefault("module:" + path, text))));
        Map<String, String> kbase = new LinkedHashMap<>(ToyInstall.toy(ToyPolicy.ID));
        kbase.putAll(KBASE_FILES);
        changes.forEach((key, text) -> {
            if (key.startsWith("kbase:")) {
                kbase.put(key.substring("kbase:".length()), text);
            }
        });
        Path moduleRoot = moduleInAJar ? jar(dir.resolve("module.jar"), module) : folder(dir.resolve("module"), module);
        Path kbaseRoot = ToyInstall.folder(dir.resolve("kbase"), kbase);
        Path kitRoot = jar(dir.resolve("kit.jar"), kit(changes));
        try (ModuleLoader loader = new ModuleLoader(moduleRoot, kbaseRoot, kitRoot)) {
            PolicyModule toy = loader.module();
            assertThat(toy.getClass().getClassLoader()).as("the module's class comes from its own jar")
                    .isSameAs(loader);
            RulesEngine engine = RulesEngine.builder().classLoader(loader).withoutDiscovery().module(toy).build();
            return engine.evaluate(ToyPolicy.ID, D, new ToyApplicant("a", 1)).receipt().orElseThrow().rules();
        }
    }

    /** The helpers' jar: the class the module names and {@link #KIT_FILES}, with {@code changes} ("kit:PATH"). */
    private static Map<String, byte[]> kit(Map<String, String> changes) throws IOException {
        Map<String, byte[]> kit = new LinkedHashMap<>();
        try (InputStream in = ToyPolicy.class.getClassLoader().getResourceAsStream(KIT_CLASS)) {
            kit.put(KIT_CLASS, in.readAllBytes());
        }
        KIT_FILES.forEach((path, text) -> kit.put(path, utf8(changes.getOrDefault("kit:" + path, text))));
        return kit;
    }

    @Test
    void theDigestIsThatOfTheModulesFilesTheKbaseTheKitsJarAndTheCoresJar() throws IOException {
        TreeMap<String, byte[]> expected = new TreeMap<>();
        try (InputStream in = ToyPolicy.class.getClassLoader().getResourceAsStream(MODULE_CLASS)) {
            expected.put(MODULE_CLASS, in.readAllBytes());
        }
        expected.put("io/iprules/fixture/Helper.class", utf8(MODULE_FILES.get("io/iprules/fixture/Helper.class")));
        expected.put("io/iprules/fixture/policy.json", utf8(MODULE_FILES.get("io/iprules/fixture/policy.json")));
        expected.put("io/iprules/fixture/texts/clause.txt",
                utf8(MODULE_FILES.get("io/iprules/fixture/texts/clause.txt")));
        expected.put("META-INF/kmodule.xml", utf8(ToyInstall.toy(ToyPolicy.ID).get("META-INF/kmodule.xml")));
        expected.put("io/iprules/fixture/toy.drl", utf8(KBASE_FILES.get("io/iprules/fixture/toy.drl")));
        kit(Map.of()).forEach((path, bytes) -> {
            if (!path.startsWith("META-INF/")) {
                expected.put(path, bytes);
            }
        });
        Map<String, byte[]> core = coreFiles();
        // its messages, and the classes that bind, check and write: a change of them can decide another output
        assertThat(core).containsKeys("io/iprules/internal/core_zh.properties", "io/iprules/internal/"
                + "core_en.properties",
                "io/iprules/json/JsonContract.class", "io/iprules/EvaluationResult.class",
                "io/iprules/internal/Fingerprints.class", "io/iprules/rules-core.properties");
        assertThat(core.keySet()).noneMatch(p -> p.startsWith("META-INF/"));
        expected.putAll(core);

        String digest = sha256sumOfSha256sum(expected);
        assertThat(rulesDigest(false, Map.of())).as("module in a folder").isEqualTo(digest);
        assertThat(rulesDigest(true, Map.of())).as("module in a jar").isEqualTo(digest);
    }

    @Test
    void changingARuleOrModuleFileChangesTheDigestAndNothingElseDoes() throws IOException {
        String before = rulesDigest(true, Map.of());
        assertThat(rulesDigest(true, Map.of())).as("the same files").isEqualTo(before);
        for (String counted : List.of("kbase:io/iprules/fixture/toy.drl", "kbase:META-INF/kmodule.xml",
                "module:io/iprules/fixture/policy.json", "module:io/iprules/fixture/texts/clause.txt",
                "module:io/iprules/fixture/Helper.class", "kit:io/iprules/fixture/kit/Problems.class",
                "kit:io/iprules/fixture/kit/kit_en.properties", "kit:io/iprules/fixture/kit/data/table.json")) {
            String text = counted.endsWith("kmodule.xml")
                    ? ToyInstall.toy(ToyPolicy.ID).get("META-INF/kmodule.xml") + "\n" : "changed";
            assertThat(rulesDigest(true, Map.of(counted, text))).as(counted).isNotEqualTo(before);
        }
        for (String ignored : List.of("kbase:io/iprules/elsewhere/other.drl", "module:io/iprules/other/unrelated.txt",
                "kbase:README.txt", "kit:META-INF/MANIFEST.MF", "kit:META-INF/maven/toy/kit/pom.properties")) {
            assertThat(rulesDigest(true, Map.of(ignored, "changed"))).as(ignored).isEqualTo(before);
        }
    }

    /** Every file of rules-core's class folder (its jar when packaged) outside {@code META-INF/}. */
    private static Map<String, byte[]> coreFiles() throws IOException {
        URL url = CoreMessages.class.getResource("CoreMessages.class");
        assertThat(url.getProtocol()).as("rules-core's own tests run on its class folder").isEqualTo("file");
        Map<String, byte[]> out = new TreeMap<>();
        try {
            Path root = Path.of(url.toURI()).getParent().getParent().getParent().getParent(); // io/iprules/internal/
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    String path = root.relativize(p).toString().replace('\\', '/');
                    if (!path.startsWith("META-INF/")) {
                        out.put(path, Files.readAllBytes(p));
                    }
                }
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** {@code sha256sum FILES | sha256sum}, the files in C-locale order. */
    private static String sha256sumOfSha256sum(TreeMap<String, byte[]> files) {
        StringBuilder list = new StringBuilder();
        files.forEach((path, bytes) -> list.append(hex(bytes)).append("  ").append(path).append('\n'));
        return "sha256:" + hex(utf8(list.toString()));
    }

    private static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Path folder(Path dir, Map<String, byte[]> files) {
        files.forEach((path, bytes) -> {
            try {
                Path p = dir.resolve(path);
                Files.createDirectories(p.getParent());
                Files.write(p, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return dir;
    }

    private static Path jar(Path file, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            for (var f : files.entrySet()) {
                jar.putNextEntry(new JarEntry(f.getKey()));
                jar.write(f.getValue());
                jar.closeEntry();
            }
        }
        return file;
    }

    /**
     * Loads the toy module's class and the helpers' class, and finds their class files, from their roots (the
     * module's, the helpers' jar) rather than from the tests' classes, as jars' class loaders would; everything else
     * as usual. The module names the helpers' class as shared material.
     */
    private static final class ModuleLoader extends URLClassLoader {
        private static final List<String> OWN = List.of(ToyPolicy.class.getName(), "io.iprules.fixture.kit.ToyKit");

        ModuleLoader(Path... roots) throws IOException {
            super(new URL[] {roots[0].toUri().toURL(), roots[1].toUri().toURL(), roots[2].toUri().toURL()},
                    RulesDigestTest.class.getClassLoader());
        }

        PolicyModule module() {
            try {
                Class<?> kit = loadClass(OWN.get(1));
                assertThat(kit.getClassLoader()).as("the helpers' class comes from their jar").isSameAs(this);
                return (PolicyModule) loadClass(OWN.get(0)).getDeclaredConstructor(String.class, List.class)
                        .newInstance(ToyPolicy.ID, List.of(kit));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!OWN.contains(name)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                return c != null ? c : findClass(name);
            }
        }

        @Override
        public URL getResource(String name) {
            return name.equals(MODULE_CLASS) || name.equals(KIT_CLASS) ? findResource(name) : super.getResource(name);
        }
    }
}
