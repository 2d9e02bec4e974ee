package io.iprules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.iprules.kit.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A name or number that identifies an item (a bank, a brand, a patent number) refuses the same characters in the
 * request schemas' patterns as in the kit's checks: a character that shows nothing (U+200B between 禾 and 牌 reads
 * as 禾牌 and was another brand, paid again). Each assigned character of the Basic Multilingual Plane is put inside
 * a name, and the schema's pattern and the kit must agree on it.
 */
class InvisibleCharactersTest {

    @Test
    void everyIdentifyingPatternRefusesExactlyTheCharactersTheKitRefuses() {
        List<String> patterns = new ArrayList<>();
        collect(ContractSchemasTest.SCHEMAS.all(), patterns);
        assertThat(patterns).as("the identifying fields' patterns (banks, brands, patents, standards, subjects)")
                .hasSizeGreaterThanOrEqualTo(10);
        List<String> disagreements = new ArrayList<>();
        for (String text : patterns.stream().distinct().toList()) {
            Pattern pattern = Pattern.compile(text);
            boolean number = !pattern.matcher("ZL2013 10000001.1").matches(); // a patent number: no space at all
            for (int c = 0; c <= 0xFFFF; c++) {
                if (Character.getType(c) == Character.UNASSIGNED || Character.isSurrogate((char) c)
                        || number && (c == '/' || c >= 'a' && c <= 'z' || c == '\u3002' || c >= 0xFF01
                                && c <= 0xFF5E)) {
                    continue; // a surrogate is not a character; a number's own refusals are not the kit's
                }
                String value = number ? "ZL2013" + (char) c + "10000001.1" : "禾" + (char) c + "牌";
                if (!Problems.root("applicant").composed("n", value)) {
                    // reads as another writing (NFC's, a radical's): a mapping no pattern holds (ContractDocs)
                    continue;
                }
                Problems kit = Problems.root("applicant");
                boolean kitAccepts = number ? kit.noSpace("n", value) : kit.noSpaceAround("n", value);
                if (kitAccepts != pattern.matcher(value).matches()) {
                    disagreements.add(String.format("U+%04X in %s: kit %s", c, text.substring(0, 20),
                            kitAccepts ? "accepts" : "refuses"));
                }
            }
        }
        assertThat(disagreements).as("schema and kit disagree").isEmpty();
    }

    @Test
    void theCharactersOneCannotSeeAreAmongThoseRefused() {
        List<String> patterns = new ArrayList<>();
        collect(ContractSchemasTest.SCHEMAS.all(), patterns);
        for (String text : patterns) {
            Pattern pattern = Pattern.compile(text);
            for (String invisible : List.of("\u200B", "\u200D", "\u2060", "\uFEFF", "\u202E", "\u00AD", "\u0001",
                    "\u2028", "\uFE0F", "\u034F", "\u180B")) {
                assertThat(pattern.matcher("ZL2013" + invisible + "10000001.1").matches()).as(text).isFalse();
                assertThat(pattern.matcher("禾" + invisible + "牌").matches()).as(text).isFalse();
            }
        }
    }

    /** The patterns under {@code node} that refuse a word joiner (U+2060): those of the identifying fields. */
    private static void collect(JsonNode node, List<String> out) {
        JsonNode pattern = node.get("pattern");
        if (pattern != null && pattern.isTextual() && pattern.asText().contains("\\u2060")) {
            out.add(pattern.asText());
        }
        node.forEach(child -> collect(child, out));
    }
}
