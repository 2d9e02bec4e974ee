package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One Chinese punctuation style in everything the product writes: beside Chinese, the ASCII {@code , : ; ( ) ! ?}, as
 * the bundled policy texts and every result write them ({@code 合计:200,000.00 元}); the full-width
 * {@code ，：；（）！？} had crept into the command's and the core's messages, so an officer saw errors in one style
 * and results in the other. {@code 、“”《》〔〕。} are full-width in both and are not checked. A quote keeps its
 * source's marks, but no catalog value and no Java string quotes an official text today.
 *
 * <p>Checked: the value of every {@code *_zh.properties} catalog on this module's class path (every module the
 * command ships), and every string and character literal of every module's {@code src/main/java} (found from this
 * module's folder, {@code ..}, as {@link ReadingsDocTest} finds the rule files).
 */
class ChinesePunctuationTest {
    /** The full-width marks whose ASCII pair the house style writes. */
    private static final String FULL_WIDTH = "，：；（）！？";

    /**
     * Source files whose literals may hold full-width marks, with the reason. The officer's text recognises both
     * styles in the text it receives (a quoted clause may carry full-width marks): its line-breaking lists and its
     * citation pattern name them.
     */
    private static final Map<String, String> SOURCES_EXEMPT = Map.of(
            "rules-report/src/main/java/io/iprules/report/OfficerText.java",
            "line breaking and citations must recognise the full-width marks of a quoted text");

    /** The catalogs the command ships, at least: if the scan found fewer, it looked in the wrong place. */
    private static final Set<String> EXPECTED_CATALOGS = Set.of(
            "io/iprules/examples/errors_zh.properties", "io/iprules/examples/cli_zh.properties",
            "io/iprules/examples/usage_zh.properties", "io/iprules/internal/core_zh.properties",
            "io/iprules/internal/start/start_zh.properties", "io/iprules/internal/read/read_zh.properties",
            "io/iprules/kit/kit_zh.properties", "io/iprules/report/report_zh.properties",
            "io/iprules/jiaxing/messages_zh.properties", "io/iprules/beijing/messages_zh.properties",
            "io/iprules/anning/messages_zh.properties", "io/iprules/northeast/messages_zh.properties",
            "io/iprules/pilotcity/messages_zh.properties");

    @Test
    void noCatalogValueWritesAFullWidthMarkBesideChinese() throws IOException {
        Map<String, URL> catalogs = zhCatalogs();
        assertThat(catalogs.keySet()).containsAll(EXPECTED_CATALOGS);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, URL> c : catalogs.entrySet()) {
            Properties p = new Properties();
            try (InputStream in = c.getValue().openStream()) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String marks = fullWidthIn(p.getProperty(key));
                if (!marks.isEmpty()) {
                    wrong.add(c.getKey() + ": " + key + ": " + marks);
                }
            }
        }
        assertThat(wrong).as("catalog values with full-width %s (write , : ; ( ) ! ? beside Chinese)", FULL_WIDTH)
                .isEmpty();
    }

    /** The catalogs an officer reads results and problems in: the kit's and every policy module's. */
    private static final java.util.regex.Pattern POLICY_CATALOG = java.util.regex.Pattern.compile(
            "io/iprules/(kit/kit|[a-z]+/messages)_zh\\.properties");

    /** Where a figure is set as the policy text sets it, with the reason: a clause quoted without quotation marks. */
    private static final Map<String, String> FIGURES_EXEMPT = Map.of(
            "io/iprules/pilotcity/messages_zh.properties: problem.cities-required", "quotes §2(2) 可推荐1-2个城市",
            "io/iprules/pilotcity/messages_zh.properties: problem.parks-required", "quotes §2(2) 可包括2-3个");

    /**
     * A figure is spaced from the Chinese beside it ({@code 18 位}, {@code 3.66 个百分点}, {@code 共 {2} 天}), as the
     * Chinese review set every policy's messages; except where the Chinese writes it so itself: a year before 年
     * ({@code 2015年}), a date ({@code 7月31日}), a document number ({@code 嘉政发〔2009〕66号}), and whatever is quoted
     * (“于7月31日前”), which keeps the policy text's setting. A placeholder cannot be told from a name here: the
     * tests of each message say how its figures read.
     */
    @Test
    void noPolicyCatalogJoinsAFigureToTheChinese() throws IOException {
        java.util.regex.Pattern joined = java.util.regex.Pattern.compile(
                "[0-9][\\u4e00-\\u9fff]|[\\u4e00-\\u9fff][0-9]");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, URL> c : zhCatalogs().entrySet()) {
            if (!POLICY_CATALOG.matcher(c.getKey()).matches()) {
                continue;
            }
            checked++;
            Properties p = new Properties();
            try (InputStream in = c.getValue().openStream()) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String v = p.getProperty(key).replaceAll("“[^”]*”", "“”").replaceAll("[0-9]{4}年", "Y年")
                        .replaceAll("[0-9]{1,2}月[0-9]{1,2}日", "M月D日").replaceAll("〔[0-9]{4}〕[0-9]+号", "〔Y〕N号");
                if (joined.matcher(v).find() && !FIGURES_EXEMPT.containsKey(c.getKey() + ": " + key)) {
                    wrong.add(c.getKey() + ": " + key + ": " + p.getProperty(key));
                }
            }
        }
        assertThat(checked).as("the kit's and the five policies' catalogs").isEqualTo(6);
        assertThat(wrong).as("catalog values with a figure joined to the Chinese (write 18 位, not 18位)").isEmpty();
    }

    @Test
    void noStringInTheMainSourcesWritesAFullWidthMark() throws IOException {
        Path root = Path.of("..");
        assertThat(root.resolve("rules-core/src/main/java/io/iprules/RulesEngine.java")).as("the project's folder")
                .isRegularFile();
        List<Path> sources;
        try (Stream<Path> modules = Files.list(root)) {
            sources = modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory)
                    .flatMap(ChinesePunctuationTest::javaFiles).sorted().toList();
        }
        assertThat(sources).hasSizeGreaterThan(100);
        List<String> wrong = new ArrayList<>();
        for (Path source : sources) {
            String name = root.relativize(source).toString().replace('\\', '/');
            if (SOURCES_EXEMPT.containsKey(name)) {
                continue;
            }
            for (Literal l : literals(Files.readString(source, StandardCharsets.UTF_8))) {
                String marks = fullWidthIn(l.text());
                if (!marks.isEmpty()) {
                    wrong.add(name + ":" + l.line() + ": " + marks + " in " + l.text());
                }
            }
        }
        assertThat(wrong).as("string literals with full-width %s (write , : ; ( ) ! ? beside Chinese)", FULL_WIDTH)
                .isEmpty();
    }

    @Test
    void theScannerFindsLiteralsAndSkipsComments() {
        String java = """
                // a comment：not a literal
                /* nor this，"quoted" */
                class X { String a = "一，二"; char c = '（'; String b = "a\\"b：c"; String t = \"""
                    三；四
                    \"""; }
                """;
        assertThat(literals(java).stream().map(l -> l.line() + fullWidthIn(l.text())))
                .containsExactly("3，", "3（", "3：", "3；"); // a text block: the line it opens on
    }

    private static String fullWidthIn(String s) {
        StringBuilder marks = new StringBuilder();
        s.codePoints().filter(cp -> FULL_WIDTH.indexOf(cp) >= 0 && marks.indexOf(Character.toString(cp)) < 0)
                .forEach(marks::appendCodePoint);
        return marks.toString();
    }

    private static Stream<Path> javaFiles(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code *_zh.properties} under {@code io/iprules/} on the class path, folders and jars alike. */
    private static Map<String, URL> zhCatalogs() throws IOException {
        Map<String, URL> found = new TreeMap<>();
        ClassLoader loader = ChinesePunctuationTest.class.getClassLoader();
        for (URL root : Collections.list(loader.getResources("io/iprules/"))) {
            if (root.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (JarEntry e : Collections.list(jar.entries())) {
                        if (e.getName().startsWith("io/iprules/") && e.getName().endsWith("_zh.properties")) {
                            found.putIfAbsent(e.getName(), loader.getResource(e.getName()));
                        }
                    }
                }
            } else if (root.getProtocol().equals("file")) {
                Path dir;
                try {
                    dir = Path.of(root.toURI());
                } catch (URISyntaxException e) {
                    throw new IOException(e);
                }
                if (dir.toString().contains("test-classes")) {
                    continue; // tests' own catalogs are not the product's
                }
                Path base = dir.getParent().getParent(); // the folder io/ is in
                try (Stream<Path> s = Files.walk(dir)) {
                    for (Path p : s.filter(p -> p.toString().endsWith("_zh.properties")).toList()) {
                        String name = base.relativize(p).toString().replace('\\', '/');
                        found.putIfAbsent(name, p.toUri().toURL());
                    }
                }
            }
        }
        return found;
    }

    record Literal(int line, String text) {
    }

    /**
     * The string, text block and character literals of a Java source, as written (escapes not resolved, which
     * keeps a full-width mark written as itself); comments skipped.
     */
    static List<Literal> literals(String java) {
        List<Literal> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = java.length();
        while (i < n) {
            char c = java.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (java.startsWith("//", i)) {
                while (i < n && java.charAt(i) != '\n') {
                    i++;
                }
            } else if (java.startsWith("/*", i)) {
                int end = java.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(java, i, end);
                i = end;
            } else if (java.startsWith("\"\"\"", i)) {
                int end = i + 3;
                while (end < n && !java.startsWith("\"\"\"", end)) {
                    end += java.charAt(end) == '\\' ? 2 : 1;
                }
                out.add(new Literal(line, java.substring(i + 3, Math.min(end, n))));
                end = Math.min(end + 3, n);
                line += count(java, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && java.charAt(end) != c && java.charAt(end) != '\n') {
                    end += java.charAt(end) == '\\' ? 2 : 1;
                }
                out.add(new Literal(line, java.substring(i + 1, Math.min(end, n))));
                i = end + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
