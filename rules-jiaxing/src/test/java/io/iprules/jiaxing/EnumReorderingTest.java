package io.iprules.jiaxing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.iprules.spi.RequestGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reordering a Java enum changes no decision, proved by doing it: every enum of the module's sources is copied with
 * its constants in reverse order, compiled, and loaded ahead of the built ones (child first) together with the rest
 * of the module — its executable-model rules refer to enum constants by name, so they link against the reordered
 * classes. An engine built on that class loader must answer every scenario request, every shipped example request
 * and a few thousand generated ones with the very bytes the normal engine writes, the rules digest of the receipt
 * aside. {@link EnumOrderTest} says why it holds (no ordinal, no enum order in the law); this test says that it does.
 */
class EnumReorderingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
    private static final Path EXAMPLES = Path.of("../examples/requests");
    private static final int GENERATED = 2000;
    private static final long SEED = 20121105L;
    /** Never used by a request that gives its as-of date; the same for both engines otherwise. */
    private static final LocalDate TODAY = LocalDate.of(2013, 12, 31);
    /** The digest of the rule material, which the receipt states; the only part allowed to differ. */
    private static final Pattern RULES_DIGEST = Pattern.compile("\"rules\":\"[^\"]*\"");

    @TempDir
    Path tmp;

    @Test
    void reversingEveryEnumChangesNoResult() throws Exception {
        Path classes = Path.of(Jiaxing2012.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> enums = reversedEnumSources(tmp.resolve("src"));
        assertThat(enums).as("the module's enums").hasSizeGreaterThanOrEqualTo(8);
        Path reordered = compile(enums, classes, tmp.resolve("classes"));

        try (ChildFirstLoader loader = new ChildFirstLoader(reordered, classes, getClass().getClassLoader())) {
            Map<String, RulesEngine[]> engines = new LinkedHashMap<>(); // parameters → {normal, reordered}
            List<Request> requests = requests();
            int compared = 0;
            int refused = 0;
            for (Request r : requests) {
                RulesEngine[] pair = engines.computeIfAbsent(r.parameters(), p -> new RulesEngine[]{
                        engine(p, getClass().getClassLoader()), engine(p, loader)});
                String normal = evaluate(pair[0], r.json(), r.bothLanguages());
                String moved = evaluate(pair[1], r.json(), r.bothLanguages());
                assertThat(moved).as("%s\nevaluated with every enum reversed", r.origin()).isEqualTo(normal);
                compared++;
                refused += normal.startsWith("{\"error\"") ? 1 : 0;
            }
            assertThat(compared).isGreaterThan(GENERATED);
            assertThat(refused).as("refused requests (the validation scenarios)").isPositive()
                    .isLessThan(compared / 10);

            // not vacuous: the engine ran the module, its rules and its enums from the reordered classes
            assertThat(loader.defined).contains(Jiaxing2012.class.getName(), RecognitionType.class.getName(),
                    "io.iprules.jiaxing.rules.JiaxingAward");
            assertThat(loader.defined).anyMatch(n -> n.startsWith("io.iprules.jiaxing.rules.Rules"));
            Class<?> moved = loader.loadClass(RecognitionType.class.getName());
            assertThat(moved.getClassLoader()).isSameAs(loader);
            assertThat(names(moved)).isEqualTo(reversed(names(RecognitionType.class)));
            assertThat(ordinal(moved, "NATIONAL_IP_DEMO_ENTERPRISE"))
                    .isNotEqualTo(RecognitionType.NATIONAL_IP_DEMO_ENTERPRISE.ordinal());
            for (Path source : enums) {
                String name = source.toString().substring(tmp.resolve("src").toString().length() + 1)
                        .replace(".java", "").replace(source.getFileSystem().getSeparator(), ".");
                Class<?> original = Class.forName(name);
                assertThat(names(loader.loadClass(name))).as(name).isEqualTo(reversed(names(original)));
            }
        }
    }

    /**
     * A request to evaluate, the deployment parameters it is evaluated with, where it comes from, and whether its
     * result is compared in English too (the hand-made requests; the generated ones in Chinese only, for time).
     */
    private record Request(String origin, String parameters, byte[] json, boolean bothLanguages) {
    }

    /** Every scenario's request (with its parameters), every jiaxing example request, and generated ones. */
    private static List<Request> requests() throws IOException {
        List<Request> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SCENARIOS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode s = JSON.readTree(f.toFile());
                JsonNode p = s.get("parameters");
                out.add(new Request(f.toString(), p == null ? "" : p.toString(), bytes(s.get("request").toString()),
                        true));
            }
        }
        assertThat(out).as("scenarios").hasSizeGreaterThan(50);
        int examples = 0;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("jiaxing-")).sorted().toList()) {
                out.add(new Request(f.toString(), "", Files.readAllBytes(f), true));
                examples++;
            }
        }
        assertThat(examples).as("example requests").isPositive();
        RequestGenerator g = RequestGenerator.forPolicy(Jiaxing2012.ID);
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < GENERATED; i++) {
            String line = g.next(random);
            out.add(new Request("generated: " + line, "", bytes(line), false));
        }
        return out;
    }

    private static RulesEngine engine(String parameters, ClassLoader loader) {
        RulesEngine.Builder b = RulesEngine.builder().classLoader(loader);
        if (!parameters.isEmpty()) {
            b.parameters("scenario parameters", new ByteArrayInputStream(bytes(parameters)));
        }
        return b.build();
    }

    /**
     * A list of codes in a problem's message ({@code expected NATIONAL_IP_DEMO_ENTERPRISE, … or CITY_…}, in Chinese
     * {@code …、… 或 …}): listed in declaration order, which tells a reader the codes but decides nothing, so it is
     * compared as a set.
     */
    private static final Pattern CODE_LIST = Pattern.compile(
            "[A-Z][A-Z0-9_]+(?:(?:, |、)[A-Z][A-Z0-9_]+)*(?: or | 或 )[A-Z][A-Z0-9_]+");

    /**
     * The result as JSON with its trace (in Chinese, and English too if asked), or the problems, as the CLI writes
     * them.
     */
    private static String evaluate(RulesEngine engine, byte[] json, boolean bothLanguages) {
        JsonContract contract = new JsonContract(engine);
        try {
            var result = contract.evaluate(json, TODAY, null);
            String zh = contract.write(result, Language.ZH, true);
            String en = bothLanguages ? contract.write(result, Language.EN, true) : "";
            return RULES_DIGEST.matcher(zh + "\n" + en).replaceAll(Matcher.quoteReplacement("\"rules\":\"…\""));
        } catch (InvalidRequestException e) {
            return CODE_LIST.matcher(contract.writeError(e.problems(), null)).replaceAll(m -> Matcher.quoteReplacement(
                    "{" + String.join(", ", new java.util.TreeSet<>(List.of(m.group().split(", |、| or | 或 ")))) + "}"));
        }
    }

    /** Copies every enum of the module's sources with its constants reversed; returns the copies. */
    private static List<Path> reversedEnumSources(Path out) throws IOException {
        List<Path> copies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(f);
                Matcher m = Pattern.compile("(?m)^public enum \\w+ \\{").matcher(source);
                if (!m.find()) {
                    continue;
                }
                Path copy = out.resolve(SOURCES.relativize(f));
                Files.createDirectories(copy.getParent());
                Files.writeString(copy, reverseConstants(source, m.end()));
                copies.add(copy);
            }
        }
        return copies;
    }

    /**
     * The source with the enum constants that begin at {@code start} in reverse order: the constants run to the first
     * {@code ;} outside comments, strings and parentheses (or to the enum's closing brace); comments among them are
     * dropped with them (they are Javadoc of single constants).
     */
    static String reverseConstants(String source, int start) {
        List<String> constants = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        int i = start;
        for (; i < source.length(); i++) {
            char c = source.charAt(i);
            if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i) + 1;
            } else if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i);
            } else if (c == '"') {
                int end = i + 1;
                while (source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(source, i, end + 1);
                i = end;
            } else if (c == '(') {
                depth++;
                current.append(c);
            } else if (c == ')') {
                depth--;
                current.append(c);
            } else if (depth == 0 && (c == ',' || c == ';' || c == '}')) {
                constants.add(current.toString().trim());
                current.setLength(0);
                if (c != ',') {
                    break;
                }
            } else {
                current.append(c);
            }
        }
        constants.removeIf(String::isEmpty);
        Collections.reverse(constants);
        assertThat(constants).as("constants of an enum").isNotEmpty();
        return source.substring(0, start) + "\n    " + String.join(",\n    ", constants) + source.substring(i);
    }

    private static Path compile(List<Path> sources, Path classes, Path out) throws IOException {
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK's compiler").isNotNull();
        List<String> args = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-proc:none",
                "-classpath", classes.toString(), "-d", out.toString()));
        sources.forEach(s -> args.add(s.toString()));
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac").isZero();
        return out;
    }

    private static List<String> names(Class<?> enumClass) {
        return Stream.of(enumClass.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
    }

    private static List<String> reversed(List<String> names) {
        List<String> r = new ArrayList<>(names);
        Collections.reverse(r);
        return r;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int ordinal(Class<?> enumClass, String name) {
        return Enum.valueOf((Class) enumClass, name).ordinal();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Loads the module's classes ({@code io.iprules.jiaxing..}) itself, the reordered enums first, and everything
     * else (rules-core, the kit, Drools, Jackson) from its parent; the module's resources come from it alone, so the
     * engine finds the module and its rule base once, not twice.
     */
    private static final class ChildFirstLoader extends URLClassLoader {
        private static final String MODULE = "io.iprules.jiaxing.";
        final Set<String> defined = ConcurrentHashMap.newKeySet();
        private final String hidden;

        ChildFirstLoader(Path reordered, Path classes, ClassLoader parent) throws IOException {
            super(new URL[]{reordered.toUri().toURL(), classes.toUri().toURL()}, parent);
            this.hidden = classes.toUri().toURL().toString();
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(MODULE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                    defined.add(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> urls = new ArrayList<>(Collections.list(findResources(name)));
            for (URL u : Collections.list(getParent().getResources(name))) {
                if (!u.toString().startsWith(hidden) && !urls.contains(u)) {
                    urls.add(u);
                }
            }
            return Collections.enumeration(urls);
        }
    }
}
