package io.iprules.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A free name as it is compared ({@link InvisibleCharacters#withoutSpacesOrInvisible}): the same as the pattern the
 * modules had each compiled per decision, {@code without(name).replaceAll("[\\s\\p{Z}]", "")}, for every code point
 * of the Basic Multilingual Plane set between two letters, and for the names the modules' scenarios read.
 */
class InvisibleCharactersReadTest {
    @Test
    void readsAsThePatternDidForEveryCharacterBetweenTwoLetters() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String name = "吉" + new String(Character.toChars(c)) + "林";
            assertThat(InvisibleCharacters.withoutSpacesOrInvisible(name)).as("U+%04X", c)
                    .isEqualTo(InvisibleCharacters.without(name).replaceAll("[\\s\\p{Z}]", ""));
        }
    }

    @Test
    void aNameWithSpacesOrInvisibleCharactersReadsAsTheNameAndOneWithoutIsItself() {
        assertThat(InvisibleCharacters.withoutSpacesOrInvisible(" 吉林省\u3000")).isEqualTo("吉林省");
        assertThat(InvisibleCharacters.withoutSpacesOrInvisible("安\u200B宁市\u00A0")).isEqualTo("安宁市");
        assertThat(InvisibleCharacters.withoutSpacesOrInvisible("北京\uD83D\uDE00")).isEqualTo("北京\uD83D\uDE00");
        String plain = "安宁市";
        assertThat(InvisibleCharacters.withoutSpacesOrInvisible(plain)).isSameAs(plain);
    }

    /** The spaces around a value, no-break and ideographic ones too, which String.strip keeps; none: itself. */
    @Test
    void stripTakesEverySpaceAroundAndNothingWithin() {
        assertThat(InvisibleCharacters.strip("\u00A0 某公司\u3000\u202F")).isEqualTo("某公司");
        assertThat(InvisibleCharacters.strip(" 某 公司\t")).isEqualTo("某 公司");
        assertThat(InvisibleCharacters.strip("\u00A0\u3000")).isEmpty();
        assertThat(InvisibleCharacters.strip("\uD840\uDC0B甲 ")).isEqualTo("\uD840\uDC0B甲"); // beyond the BMP, whole
        String name = "某公司";
        assertThat(InvisibleCharacters.strip(name)).isSameAs(name);
    }
    /** The shortcut for printable ASCII and after U+3000 answers as Unicode's tables do, for every code point. */
    @Test
    void aSpaceIsUnicodesWhiteSpaceOrSpaceSeparatorForEveryCodePoint() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            assertThat(InvisibleCharacters.isSpace(c)).as("U+%04X", c)
                    .isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c));
        }
        assertThat(InvisibleCharacters.isSpace(0x3000)).isTrue();
        assertThat(InvisibleCharacters.isSpace(' ')).isTrue();
        assertThat(InvisibleCharacters.isSpace('\u00A0')).isTrue();
    }

    /**
     * Printable ASCII and the CJK ideographs U+4E00–U+9FFF, which the shortcut passes without Unicode's tables, hold
     * no control, format, separator or surrogate and none of the default-ignorable or filler code points listed.
     */
    @Test
    void printableAsciiAndTheCjkIdeographsShowSomethingAsUnicodesTablesSay() {
        java.util.Set<Integer> nothing = java.util.Set.of((int) Character.CONTROL, (int) Character.FORMAT,
                (int) Character.LINE_SEPARATOR, (int) Character.PARAGRAPH_SEPARATOR, (int) Character.SURROGATE);
        for (int c = 0x20; c <= 0x9FFF; c = c == 0x7E ? 0x4E00 : c + 1) {
            assertThat(nothing).as("U+%04X", c).doesNotContain(Character.getType(c));
            assertThat(InvisibleCharacters.showsNothing(c)).as("U+%04X", c).isFalse();
        }
        assertThat(InvisibleCharacters.showsNothing(0x1F)).isTrue();
        assertThat(InvisibleCharacters.showsNothing(0x7F)).isTrue();
        assertThat(InvisibleCharacters.showsNothing(0x3164)).isTrue();
    }
}
