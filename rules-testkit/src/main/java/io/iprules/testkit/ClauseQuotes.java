package io.iprules.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Law first, checked: what a module quotes is what its text says. A quote is compared with the module's copy of the
 * text with all whitespace removed (line breaks, and the spaces a PDF leaves between characters, are not words), and
 * piece by piece between the ellipses ({@code ……} or {@code …}) that mark words left out.
 *
 * <p>Two places quote: each rule file, under the line that cites its clause ({@code // jiaxing-2012 §6(5)2}), in
 * the comment lines indented below it, up to the first line that is not; and the module's JSON files (policy,
 * readings, parameters, targets, phases), in “…” around words that hold a Chinese character. A JSON quote of another
 * document (民法典) or a name that is not a quote is listed by the module as such, with its reason in the test.
 *
 * <pre>{@code
 * class ClauseQuotesTest {
 *     @TestFactory
 *     Stream<DynamicTest> quotes() {
 *         return ClauseQuotes.of(MAIN.resolve("text/my-2020.txt")).checks(MAIN, "my-2020", Set.of());
 *     }
 * }
 * }</pre>
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class ClauseQuotes {
    private static final Pattern ELLIPSIS = Pattern.compile("……|…");
    private static final Pattern QUOTED = Pattern.compile("“([^”]*)”");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Pattern CITATION = Pattern.compile("@citation\\(\"([^\"]*)\"\\)");
    private static final String QUOTE_LINE = "//   ";

    private final String name;
    private final String text;

    private ClauseQuotes(String name, String text) {
        this.name = name;
        this.text = squeeze(text);
    }

    /** The quotes of a module are checked against {@code text}, its copy of the published text (UTF-8). */
    public static ClauseQuotes of(Path text) {
        return new ClauseQuotes(text.getFileName().toString(), read(text));
    }

    /** As {@link #of(Path)}, for a text already read ({@code name} names it in failures). */
    public static ClauseQuotes of(String name, String text) {
        return new ClauseQuotes(name, text);
    }

    /** The pieces of {@code quote} (between its ellipses, whitespace removed) that the text does not contain. */
    public List<String> missing(String quote) {
        List<String> missing = new ArrayList<>();
        for (String piece : ELLIPSIS.split(squeeze(quote))) {
            if (!piece.isEmpty() && !text.contains(piece)) {
                missing.add(piece);
            }
        }
        return missing;
    }

    /**
     * {@link #ruleFileChecks} and {@link #dataFileChecks} together: one dynamic test per rule file and per JSON file.
     *
     * @param module     the module's resource folder ({@code src/main/resources/io/iprules/jiaxing})
     * @param policyId   the id the rule files cite their clauses by ({@code jiaxing-2012})
     * @param notTheText “…” contents of the JSON files that are not quotes of this text: another law's words, a
     *                   name, a format
     */
    public Stream<DynamicTest> checks(Path module, String policyId, Set<String> notTheText) {
        return Stream.concat(ruleFileChecks(module, policyId), dataFileChecks(module, notTheText));
    }

    /**
     * One dynamic test per rule file of {@code module}{@code /rules}: every rule's {@code @citation} begins with the
     * policy's id and a space (the engine only checks that there is one: {@code "democity §9"}, a typo of the id,
     * would cite a clause of no policy in every result), it quotes its clause, and the text holds every piece of each
     * quote.
     */
    public Stream<DynamicTest> ruleFileChecks(Path module, String policyId) {
        return files(module.resolve("rules"), ".drl").stream().map(drl -> DynamicTest.dynamicTest(
                "rules/" + drl.getFileName(), () -> {
                    java.util.regex.Matcher cited = CITATION.matcher(read(drl));
                    while (cited.find()) {
                        if (!cited.group(1).startsWith(policyId + " ")) {
                            Assertions.fail(drl.getFileName() + " cites @citation(\"" + cited.group(1) + "\"), not a "
                                    + "clause of " + policyId + ": a citation begins with the policy id and a space, "
                                    + "as in @citation(\"" + policyId + " §3(2)\")");
                        }
                    }
                    List<String> quotes = ruleFileQuotes(drl, policyId);
                    if (quotes.isEmpty()) {
                        Assertions.fail(drl.getFileName() + " quotes no clause under a line '// " + policyId
                                + " §…': quote its words there, indented by three spaces");
                    }
                    for (String quote : quotes) {
                        assertInText(drl.getFileName().toString(), quote);
                    }
                }));
    }

    /**
     * One dynamic test per JSON file under {@code module}: every “…” holding a Chinese character, except those in
     * {@code notTheText}, is words of the text.
     */
    public Stream<DynamicTest> dataFileChecks(Path module, Set<String> notTheText) {
        List<Path> json;
        try (Stream<Path> all = Files.walk(module)) {
            json = all.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Assertions.assertFalse(json.isEmpty(), () -> "no JSON file under " + module);
        return json.stream().map(file -> DynamicTest.dynamicTest(module.relativize(file).toString(), () -> {
            for (String quote : jsonQuotes(read(file))) {
                if (!notTheText.contains(quote)) {
                    assertInText(module.relativize(file).toString(), quote);
                }
            }
        }));
    }

    private void assertInText(String where, String quote) {
        List<String> missing = missing(quote);
        if (!missing.isEmpty()) {
            Assertions.fail(where + " quotes “" + quote + "”, but " + name + " does not have “"
                    + String.join("”, “", missing) + "”: quote the text's own words (… where some are left out)");
        }
    }

    /**
     * The quotes of one rule file: under each line {@code // <policyId> …}, the comment lines indented by at least
     * three spaces, joined.
     */
    public static List<String> ruleFileQuotes(Path drl, String policyId) {
        List<String> quotes = new ArrayList<>();
        List<String> lines = List.of(read(drl).split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("// " + policyId + " ")) {
                continue;
            }
            StringBuilder quote = new StringBuilder();
            for (i++; i < lines.size() && lines.get(i).startsWith(QUOTE_LINE); i++) {
                quote.append(lines.get(i).substring(QUOTE_LINE.length()).strip());
            }
            if (!quote.isEmpty()) {
                quotes.add(quote.toString());
            }
            i--;
        }
        return quotes;
    }

    /** The contents of every “…” of {@code json} that hold a Chinese character. */
    public static List<String> jsonQuotes(String json) {
        List<String> quotes = new ArrayList<>();
        Matcher m = QUOTED.matcher(json);
        while (m.find()) {
            if (CHINESE.matcher(m.group(1)).find()) {
                quotes.add(m.group(1));
            }
        }
        return quotes;
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("(?U)\\s", "");
    }
}
