package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No doc comment in the main sources is followed by another before its declaration: the first one documents nothing.
 * Java 23 and later warn of it ({@code -Xlint:dangling-doc-comments}, in {@code -Xlint:all}), and the build fails on
 * a warning in main code, so such a comment built on Java 17 and failed on Java 25 (twice: above
 * {@code JsonContract.kindZh} and {@code TimeLimits.abortIfCommitted}, where a field had been put between a method
 * and its comment). Java 17's javac does not see it; this test does. Sources are found as
 * {@link ChinesePunctuationTest} finds them.
 */
class DocCommentsTest {
    @Test
    void noDocCommentIsFollowedByAnotherInTheMainSources() throws IOException {
        Path root = Path.of("..");
        assertThat(root.resolve("rules-core/src/main/java/io/iprules/RulesEngine.java")).as("the project's folder")
                .isRegularFile();
        List<Path> sources;
        try (Stream<Path> modules = Files.list(root)) {
            sources = modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory)
                    .flatMap(DocCommentsTest::javaFiles).sorted().toList();
        }
        assertThat(sources).hasSizeGreaterThan(100);
        List<String> wrong = new ArrayList<>();
        for (Path source : sources) {
            String name = root.relativize(source).toString().replace('\\', '/');
            for (int line : danglingDocComments(Files.readString(source, StandardCharsets.UTF_8))) {
                wrong.add(name + ":" + line);
            }
        }
        assertThat(wrong).as("doc comments followed by another doc comment (the first documents nothing)").isEmpty();
    }

    @Test
    void theScannerFindsADocCommentFollowedByAnother() {
        String java = """
                /** a class */
                class X {
                    /** stale */
                    // a line comment between them does not attach the first
                    /** the method's */
                    void m() {
                        String s = "/** in a string */ /** */";
                    }
                    /* a block comment */
                    /** attached */
                    int f;
                    /** stale too */

                    /** the field's */
                    int g;
                }
                """;
        assertThat(danglingDocComments(java)).containsExactly(3, 12);
    }

    /**
     * The lines where a doc comment begins that another doc comment follows, with only white space and other comments
     * between them. String and character literals and text blocks are skipped.
     */
    static List<Integer> danglingDocComments(String java) {
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        int pendingDoc = -1; // the line of a doc comment not yet followed by code
        int i = 0;
        while (i < java.length()) {
            char c = java.charAt(i);
            if (java.startsWith("//", i)) {
                i = java.indexOf('\n', i) < 0 ? java.length() : java.indexOf('\n', i);
            } else if (java.startsWith("/*", i)) {
                boolean doc = java.startsWith("/**", i) && !java.startsWith("/**/", i);
                int end = java.indexOf("*/", i + 2);
                end = end < 0 ? java.length() : end + 2;
                if (doc) {
                    if (pendingDoc >= 0) {
                        lines.add(pendingDoc);
                    }
                    pendingDoc = line;
                }
                line += count(java, i, end);
                i = end;
            } else if (Character.isWhitespace(c)) {
                if (c == '\n') {
                    line++;
                }
                i++;
            } else {
                pendingDoc = -1;
                if (java.startsWith("\"\"\"", i)) {
                    int end = java.indexOf("\"\"\"", i + 3);
                    while (end > 0 && java.charAt(end - 1) == '\\') {
                        end = java.indexOf("\"\"\"", end + 1);
                    }
                    end = end < 0 ? java.length() : end + 3;
                    line += count(java, i, end);
                    i = end;
                } else if (c == '"' || c == '\'') {
                    int j = i + 1;
                    while (j < java.length() && java.charAt(j) != c && java.charAt(j) != '\n') {
                        j += java.charAt(j) == '\\' ? 2 : 1;
                    }
                    i = j + 1;
                } else {
                    i++;
                }
            }
        }
        return lines;
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int k = from; k < Math.min(to, s.length()); k++) {
            if (s.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static Stream<Path> javaFiles(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
