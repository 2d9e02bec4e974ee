package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Language;
import org.junit.jupiter.api.Test;

/** A third party's problem given in English alone, in Chinese on a Chinese run: said as it was said in English. */
class ProblemTextTest {
    /**
     * A count written with a fraction or an exponent, in the library's words (65e2 is the whole number 6500, so it is
     * told how to write one); and a module's own "must be a whole number, not …", translated as it says it.
     */
    @Test
    void aWholeNumberMessageIsTranslatedAsItReads() {
        assertThat(ProblemText.in(Language.ZH,
                "must be written as a whole number, without a decimal point or an exponent, not 6.5E+3"))
                .isEqualTo("必须写成不带小数点或指数的整数,而不是 6.5E+3");
        assertThat(ProblemText.in(Language.ZH, "must be a whole number, not 2.5")).isEqualTo("必须是整数,而不是 2.5");
        assertThat(ProblemText.in(Language.EN, "must be a whole number, not 2.5"))
                .isEqualTo("must be a whole number, not 2.5");
    }
}
