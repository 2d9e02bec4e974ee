package io.iprules.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How many terminal columns a character takes, as Unicode's East Asian Width has it (EastAsianWidth.txt: W and F two,
 * the rest one), at both ends of every wide range and just outside them, and what padding makes of it.
 */
class TextColumnsTest {
    /** Each wide range's first and last code point, and the code points just before and after it, which are narrow. */
    private static final int[][] WIDE = {
            {0x1100, 0x115F}, // Hangul jamo, leading consonants
            {0x2329, 0x232A}, // 〈 〉 angle brackets
            {0x2E80, 0x303E}, // CJK radicals … CJK symbols and punctuation (〔 〕 、 。), up to U+303E
            {0x3040, 0xA4CF}, // hiragana … CJK unified ideographs … Yi
            {0xAC00, 0xD7A3}, // Hangul syllables
            {0xF900, 0xFAFF}, // CJK compatibility ideographs
            {0xFE10, 0xFE19}, // vertical forms ︐ ︑ ︒
            {0xFE30, 0xFE6F}, // CJK compatibility forms and small forms ﹐ ﹑ ﹔
            {0xFF00, 0xFF60}, // full-width forms ，：（）
            {0xFFE0, 0xFFE6}, // full-width signs ￥
            {0x20000, 0x3FFFD}, // ideographs of planes 2 and 3
    };

    @Test
    void wideRangesTakeTwoColumnsAtBothEndsAndTheirNeighboursOne() {
        for (int[] range : WIDE) {
            assertThat(TextColumns.columns(range[0] - 1)).as("U+%04X", range[0] - 1).isEqualTo(1);
            assertThat(TextColumns.columns(range[0])).as("U+%04X", range[0]).isEqualTo(2);
            assertThat(TextColumns.columns(range[1])).as("U+%04X", range[1]).isEqualTo(2);
            assertThat(TextColumns.columns(range[1] + 1)).as("U+%04X", range[1] + 1).isEqualTo(1);
        }
        // U+303F, the half-width ideographic space, between two wide ranges
        assertThat(TextColumns.columns(0x303F)).isEqualTo(1);
        assertThat(TextColumns.columns('中')).isEqualTo(2);
        assertThat(TextColumns.columns('a')).isEqualTo(1);
        assertThat(TextColumns.columns(0)).isEqualTo(1);
    }

    /**
     * Emoji of emoji presentation, East Asian Wide in EastAsianWidth.txt, take two columns, as terminals draw them: a
     * bank named 😀😀😀😀银行 was counted four columns short, and the amount after it stood four columns to the right.
     * The ranges' ends and a neighbour narrow by the same table: ☀ (U+2600) and ✓ (U+2713), the report's sign, one.
     */
    @Test
    void wideEmojiTakeTwoColumns() {
        int[][] wide = {
                {0x231A, 0x231B}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, {0x23F3, 0x23F3}, {0x25FD, 0x25FE},
                {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1},
                {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE}, {0x26D4, 0x26D4},
                {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5}, {0x26FA, 0x26FA}, {0x26FD, 0x26FD},
                {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C}, {0x274E, 0x274E},
                {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0}, {0x27BF, 0x27BF},
                {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF},
                {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F320}, {0x1F32D, 0x1F335},
                {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3},
                {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440},
                {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567},
                {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F},
                {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6DF},
                {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7F0}, {0x1F90C, 0x1F93A},
                {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF},
        };
        for (int[] range : wide) {
            assertThat(TextColumns.columns(range[0])).as("U+%04X", range[0]).isEqualTo(2);
            assertThat(TextColumns.columns(range[1])).as("U+%04X", range[1]).isEqualTo(2);
            // no two ranges touch: the code points just outside are narrow
            assertThat(TextColumns.columns(range[0] - 1)).as("U+%04X", range[0] - 1).isEqualTo(1);
            assertThat(TextColumns.columns(range[1] + 1)).as("U+%04X", range[1] + 1).isEqualTo(1);
        }
        assertThat(TextColumns.columns(0x1F600)).isEqualTo(2); // 😀
        assertThat(TextColumns.columns(0x2600)).isEqualTo(1); // ☀, text presentation
        assertThat(TextColumns.columns(0x2713)).isEqualTo(1); // ✓
        assertThat(TextColumns.columns(0x2717)).isEqualTo(1); // ✗
        assertThat(TextColumns.columns(0x1F321)).isEqualTo(1); // 🌡, text presentation
        assertThat(TextColumns.columns(0x1F1E8)).isEqualTo(1); // a regional indicator, half of a flag
        assertThat(TextColumns.columns("😀😀😀😀银行")).isEqualTo(12);
        assertThat(TextColumns.padLeft("😀", 4)).isEqualTo("  😀");
    }

    @Test
    void aStringCountsEachOfItsCharactersOnce() {
        // 2 + 2 + 1 + 2 (full-width colon) + 2 (U+20000, a surrogate pair) + 2 (small comma) + 1
        assertThat(TextColumns.columns("禾城a：\uD840\uDC00﹐b")).isEqualTo(12);
        assertThat(TextColumns.columns("")).isZero();
    }

    @Test
    void paddingFillsToTheColumnsNotTheCharacters() {
        // "禾城" is four columns: two spaces make six
        assertThat(TextColumns.padLeft("禾城", 6)).isEqualTo("  禾城");
        assertThat(TextColumns.padRight("禾城", 6)).isEqualTo("禾城  ");
        // as wide as asked, or wider: as it is
        assertThat(TextColumns.padLeft("禾城", 4)).isEqualTo("禾城");
        assertThat(TextColumns.padRight("禾城", 4)).isEqualTo("禾城");
        assertThat(TextColumns.padLeft("禾城", 3)).isEqualTo("禾城");
        assertThat(TextColumns.padRight("禾城", 3)).isEqualTo("禾城");
        // one column short
        assertThat(TextColumns.padLeft("禾城", 5)).isEqualTo(" 禾城");
        assertThat(TextColumns.padRight("200.00", 7)).isEqualTo("200.00 ");
    }
}
