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
