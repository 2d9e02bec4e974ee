package io.iprules.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What text output escapes: control characters and the characters that reorder or break what a terminal shows. */
class SafeTextTest {
    /**
     * Exactly these are escaped, one by one: C0 but for tab, DEL, C1, U+061C, U+200E, U+200F, U+2028–U+202E,
     * U+2066–U+2069 (the set JSON output escapes beyond the quote and the backslash), and the invisible U+200B,
     * U+2060 and U+FEFF, which would make 甲\u200B公司 read as 甲公司; every other character of the Basic Multilingual
     * Plane, Chinese included, is printed as it is. Surrogates alone are escaped (below).
     */
    @Test
    void theEscapedCharactersAreExactlyThese() {
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            boolean expected = (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E
                    || c == 0x200F || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                    || c == 0x200B || c == 0x2060 || c == 0xFEFF;
            String s = String.valueOf((char) c);
            assertThat(!SafeText.escape(s).equals(s)).as("U+%04X", c).isEqualTo(expected);
        }
        assertThat(SafeText.escape("a\u202Eb\nc\u0085")).isEqualTo("a\\u202Eb\\nc\\u0085");
        assertThat(SafeText.escape("安宁\t\"x\"")).isEqualTo("安宁\t\"x\"");
        assertThat(SafeText.escape("甲\u200B公司\uFEFF")).isEqualTo("甲\\u200B公司\\uFEFF");
        assertThat(SafeText.escape("\uD83D\uDE00 \uD83D")).isEqualTo("\uD83D\uDE00 \\uD83D");
        assertThat(SafeText.escape(null)).isNull();
    }

    /**
     * Half a surrogate pair is escaped wherever it stands, not only alone or at the end: a high one followed by
     * something other than a low one, a low one after something other than a high one, and a pair written the wrong
     * way round (low, then high) both halves.
     */
    @Test
    void halfASurrogatePairIsEscapedWhereverItStands() {
        assertThat(SafeText.escape("\uD83Da")).isEqualTo("\\uD83Da");
        assertThat(SafeText.escape("甲\uDE00乙")).isEqualTo("甲\\uDE00乙");
        assertThat(SafeText.escape("\uDE00\uD83D")).isEqualTo("\\uDE00\\uD83D");
        // a pair the right way round is one character, kept
        assertThat(SafeText.escape("甲\uD83D\uDE00乙")).isEqualTo("甲\uD83D\uDE00乙");
    }

    /** A whole report keeps its lines; within each, what is unsafe is escaped as on one line. */
    @Test
    void aTextOfSeveralLinesKeepsItsNewlinesOnly() {
        assertThat(SafeText.escapeKeepingLines("甲\n乙\u001B[2J\r\n\n丙\u202E"))
                .isEqualTo("甲\n乙\\u001B[2J\\r\n\n丙\\u202E");
        assertThat(SafeText.escapeKeepingLines("")).isEmpty();
    }
}
