package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.RulesEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every part of each text is listed (`ip-rules policies`): each section (一、) and each of its clauses ((一)) has an
 * entry, implemented or not formalised with its reason, citing it or the whole section. A clause the listing left out
 * would be law no one was told was left out.
 */
class TextCoverageTest {
    /** Each policy's text as its module ships it (northeast's simplified copy: its numbering is the published one). */
    private static final Map<String, String> TEXTS = Map.of(
            "jiaxing-2012", "/io/iprules/jiaxing/text/jiaxing-2012.txt",
            "beijing-2012", "/io/iprules/beijing/text/beijing-2012.txt",
            "anning-2022", "/io/iprules/anning/text/anning-2022.txt",
            "northeast-2017", "/io/iprules/northeast/text/northeast-2017.zh-Hans.txt",
            "pilot-city-2017", "/io/iprules/pilotcity/text/pilot-city-2017.txt");
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final Pattern SECTION = Pattern.compile("^\\s*([一二三四五六七八九十])、");
    /**
     * A clause's numeral in parentheses, as the texts write them: ASCII or full width, with spaces inside or not
     * (beijing's §1(1), §4(1) and §7(1) are "( 一 )").
     */
    private static final Pattern CLAUSE = Pattern.compile("^\\s*[(\uFF08]\\s*([一二三四五六七八九十])\\s*[)\uFF09]");

    @Test
    void everySectionAndClauseOfEachTextHasAnEntry() throws IOException {
        List<String> missing = new ArrayList<>();
        List<PolicyDescription> policies = RulesEngine.builder().build().policies();
        assertThat(policies).extracting(PolicyDescription::id).as("each policy's text is known here")
                .containsExactlyInAnyOrderElementsOf(TEXTS.keySet());
        for (PolicyDescription d : policies) {
            List<List<Integer>> listed = new ArrayList<>();
            for (Provision p : d.provisions()) {
                listed.addAll(clauses(p.citation()));
            }
            List<List<Integer>> parts = parts(TEXTS.get(d.id()));
            assertThat(parts).as(d.id() + " has numbered sections").isNotEmpty();
            for (List<Integer> part : parts) {
                // a clause is listed by an entry of its own (or of one of its items), or by its whole section's
                boolean found = listed.stream().anyMatch(l -> l.size() >= part.size()
                        ? l.subList(0, part.size()).equals(part) : l.equals(part.subList(0, l.size())));
                if (!found) {
                    missing.add(d.id() + " §" + part.get(0) + (part.size() > 1 ? "(" + part.get(1) + ")" : ""));
                }
            }
        }
        assertThat(missing).as("parts of the texts no entry lists").isEmpty();
    }

    /** A citation names its clauses by number; a part without a number (序言, 落款) names none. */
    @Test
    void aCitationNamesItsClausesByNumber() {
        assertThat(clauses("p §4(6)")).containsExactly(List.of(4, 6));
        assertThat(clauses("p §1, §2")).containsExactly(List.of(1), List.of(2));
        assertThat(clauses("p 序言")).isEmpty();
    }

    /** A clause numbered with spaces inside its parentheses is a clause all the same. */
    @Test
    void aClauseNumberedWithSpacesInsideItsParenthesesIsRead() throws IOException {
        assertThat(parts(TEXTS.get("beijing-2012"))).contains(List.of(1, 1), List.of(4, 1), List.of(7, 1));
    }

    /** The sections (一、) and their clauses ((一)) of a text, in order: [n] and [n, m]. */
    private static List<List<Integer>> parts(String resource) throws IOException {
        String text;
        try (InputStream in = TextCoverageTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<List<Integer>> parts = new ArrayList<>();
        int section = 0;
        for (String line : text.split("\n")) {
            Matcher s = SECTION.matcher(line);
            Matcher c = CLAUSE.matcher(line);
            if (s.find()) {
                section = NUMERALS.indexOf(s.group(1)) + 1;
                parts.add(List.of(section));
            } else if (c.find() && section > 0) {
                parts.add(List.of(section, NUMERALS.indexOf(c.group(1)) + 1));
            }
        }
        return parts;
    }

    /** The clauses a citation names, each as its numbers: "§1, §2" names two; a part without a number none. */
    private static List<List<Integer>> clauses(String citation) {
        List<List<Integer>> named = new ArrayList<>();
        int at = citation.indexOf('§');
        if (at < 0) {
            return named;
        }
        for (String one : citation.substring(at).split(",")) {
            named.add(ProvisionOrderTest.clause(one.trim()));
        }
        return named;
    }
}
