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
}
