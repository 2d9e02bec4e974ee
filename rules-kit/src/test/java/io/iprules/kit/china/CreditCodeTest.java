package io.iprules.kit.china;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** GB 32100-2015: check characters worked out by hand (Σ value × 3^i mod 31, check = 31 − Σ mod 31). */
class CreditCodeTest {

    @Test
    void acceptsThePublishedSampleCode() {
        // The standard's frequently cited sample 91350100M000100Y43: weighted sum 1640, 1640 mod 31 = 28, 31 − 28 = 3.
        assertThat(CreditCode.problem("91350100M000100Y43")).isNull();
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void acceptsAJiaxingCodeWhoseCheckIsALetter() {
        // 91330400MA28A0001: weighted sum 1196, 1196 mod 31 = 18, 31 − 18 = 13 → 'D' (A=10, B=11, C=12, D=13)
        assertThat(CreditCode.checkCharacter("91330400MA28A0001")).isEqualTo('D');
        assertThat(CreditCode.problem("91330400MA28A0001D")).isNull();
    }

    @Test
    void aCheckSumOfZeroGivesZeroNotThirtyOne() {
        // the check is (31 − Σ mod 31) mod 31: a sum divisible by 31 must give '0'
        String first17 = "00000000000000000";
        assertThat(CreditCode.checkCharacter(first17)).isEqualTo('0');
    }

    @Test
    void refusesAWrongCheckCharacterAndSaysWhichIsRight() {
        assertThat(CreditCode.problem("91330400MA28A0001E")).contains("'E'").contains("gives 'D'");
    }

    @Test
    void refusesLettersTheStandardExcludes() {
        for (char c : new char[] {'I', 'O', 'S', 'V', 'Z'}) {
            assertThat(CreditCode.problem("9133040" + c + "MA28A0001D")).contains("not allowed");
        }
        assertThat(CreditCode.problem("91330400ma28a0001d")).contains("not allowed");
    }

    @Test
    void refusesCharactersBeyondAsciiAtTheirPosition() {
        // U+0080, the first character past ASCII, and a full-width digit of a code typed in a Chinese input method
        assertThat(CreditCode.problem("9133\u00800400MA28A0001")).startsWith("character 5 ('\u0080') is not allowed");
        assertThat(CreditCode.problem("\uFF1913304000MA28A0001")).startsWith("character 1 ('\uFF19') is not allowed");
        assertThatThrownBy(() -> CreditCode.checkCharacter("9133\u0080400MA28A0001"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("character '\u0080' is not allowed");
    }

    @Test
    void refusesWrongLengthsAndNull() {
        assertThat(CreditCode.problem("91330400MA28A0001")).contains("17 characters");
        assertThat(CreditCode.problem("91330400MA28A0001DD")).contains("19 characters");
        assertThat(CreditCode.problem(null)).isEqualTo("is required");
        assertThatThrownBy(() -> CreditCode.checkCharacter("123")).isInstanceOf(IllegalArgumentException.class);
    }
}
