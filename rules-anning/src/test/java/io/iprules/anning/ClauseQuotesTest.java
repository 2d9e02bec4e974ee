package io.iprules.anning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import io.iprules.testkit.ClauseQuotes;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Law first: what the rules and the targets quote is what the text says. Every rule file's header quote and every
 * target's and phase's {@code source} is checked against the module's copy of the text, piece by piece between the
 * ellipses (…… or …) that mark what is left out; the numbering put in front to place a clause (三、(二)1.) is not
 * a quote. Where a line quotes in “…” only those words are checked (the rest of the line is a note).
 */
class ClauseQuotesTest {
    private static final Path MAIN = Path.of("src/main/resources/io/iprules/anning");
    /** 三、 before a (二): the part, not quoted (the text has it on a line of its own). */
    private static final Pattern PART = Pattern.compile("^[一二三四五六七八九十]+、(?=\\()");
    /** (二) before 1. or an ellipsis: the section, not quoted (the text has it on a line of its own). */
    private static final Pattern SECTION = Pattern.compile("^\\([一二三四五六七八九十]+\\)(?=\\d+\\.|…)");
    private static final Pattern QUOTED = Pattern.compile("“([^”]*)”");

    private static final ClauseQuotes TEXT = ClauseQuotes.of(MAIN.resolve("text/anning-2022.txt"));

    /**
     * The pieces of one quote the text does not have, once the numbering put in front of it (三、(二)) is taken off:
     * the shared check ({@link ClauseQuotes#missing}), which knows nothing of anning's headings.
     */
    private static List<String> missing(String quote) {
        String q = quote.replaceAll("(?U)\\s", "");
        return TEXT.missing(SECTION.matcher(PART.matcher(q).replaceFirst("")).replaceFirst(""));
    }

    /** The quotes of one line: its “…” parts when it has any, else the whole line. */
    private static List<String> quotes(String line) {
        List<String> quotes = new ArrayList<>();
        Matcher m = QUOTED.matcher(line);
        while (m.find()) {
            quotes.add(m.group(1));
        }
        return quotes.isEmpty() ? List.of(line) : quotes;
    }

    /** The lines between a rule file's "// anning-2022 §…" line and the next empty comment line. */
    private static List<String> headerQuote(Path drl) throws IOException {
        List<String> lines = Files.readAllLines(drl, StandardCharsets.UTF_8);
        int at = 0;
        while (!lines.get(at).startsWith("// anning-2022 §")) {
            at++;
        }
        List<String> quote = new ArrayList<>();
        for (String line : lines.subList(at + 1, lines.size())) {
            String body = line.replaceFirst("^//", "").strip();
            if (body.isEmpty()) {
                break;
            }
            quote.add(body);
        }
        return quote;
    }

    @Test
    void everyRuleHeaderQuotesTheText() throws IOException {
        List<Path> rules;
        try (Stream<Path> s = Files.list(MAIN.resolve("rules"))) {
            rules = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        assertThat(rules).hasSize(17);
        for (Path drl : rules) {
            List<String> header = headerQuote(drl);
            assertThat(header).as("%s quotes its clause", drl.getFileName()).isNotEmpty();
            for (String line : header) {
                for (String quote : quotes(line)) {
                    assertThat(missing(quote)).as("%s quotes “%s”: not in the text", drl.getFileName(), quote)
                            .isEmpty();
                }
            }
        }
    }

    @Test
    void everyTargetAndPhaseSourceQuotesTheText() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> s = Files.list(MAIN.resolve("targets"))) {
            files = new ArrayList<>(s.filter(p -> p.toString().endsWith(".json")).sorted().toList());
        }
        files.add(MAIN.resolve("phases/s5_phases.json"));
        int sources = 0;
        for (Path file : files) {
            JsonNode root = json.readTree(file.toFile());
            for (String list : new String[] {"targets", "phases"}) {
                for (JsonNode entry : root.path(list)) {
                    String source = entry.path("source").asText("");
                    assertThat(source).as("%s %s has a source", file.getFileName(), entry.path("code")).isNotBlank();
                    sources++;
                    for (String quote : quotes(source)) {
                        assertThat(missing(quote)).as("%s %s quotes “%s”: not in the text", file.getFileName(),
                                entry.path("code").asText(), quote).isEmpty();
                    }
                }
            }
        }
        assertThat(sources).isEqualTo(30 + 4); // every target, and the four phases
    }

    /**
     * Every “…” of the module's JSON files is words of the text (policy.json's note on §2 once quoted “稳居全省前列”
     * for the text's “稳居全省县(市、区)前列”).
     */
    @TestFactory
    Stream<DynamicTest> everyQuoteOfTheDataFilesIsTheText() {
        return TEXT.dataFileChecks(MAIN, Set.of());
    }

    /** The checker itself: it catches a heading shortened without an ellipsis (as §4(6)'s once was). */
    @Test
    void aHeadingShortenedWithoutAnEllipsisIsCaught() {
        assertThat(missing("(六)打造特色产业创新基地。")).containsExactly("(六)打造特色产业创新基地。");
        assertThat(missing("四、(六)提升知识产权引领能力,打造特色产业创新基地")).isEmpty();
        assertThat(missing("三、(二)1. 知识产权创造能力不断增长。……外观专利35件以上;")).isEmpty();
        assertThat(missing("三、(二)1. 知识产权创造能力不断增长。……外观专利36件以上;")).containsExactly("外观专利36件以上;");
    }
}
