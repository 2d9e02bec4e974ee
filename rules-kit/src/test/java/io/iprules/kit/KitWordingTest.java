package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Language;
import io.iprules.Text;
import org.junit.jupiter.api.Test;

/**
 * The kit's Chinese as the Chinese review set the modules' messages: a figure spaced from the Chinese beside it
 * ({@code 18 位}, {@code 2 倍}), and a value of the right kind outside what is allowed told as 现为 {@code X} (the
 * value is X), as {@code problem.negative} tells it; 而不是 ("rather than") stays where a value of another kind is
 * contrasted with the kind asked for ({@code 必须是整数,而不是字符串}).
 */
class KitWordingTest {
    private static final MessageCatalog KIT = MessageCatalog.kit();

    private static String zh(String key, Object... args) {
        return KIT.text(key, args).in(Language.ZH);
    }

    @Test
    void figuresAreSpacedFromTheChinese() {
        assertThat(zh("problem.credit-code-length", 17)).isEqualTo("必须是 18 位的统一社会信用代码,现为 17 位");
        assertThat(zh("problem.credit-code-check", "E", "D"))
                .isEqualTo("校验码为“E”,但按 GB 32100-2015 由前 17 位计算应为“D”:代码输入有误");
        assertThat(zh("indicator.no-reference", Text.plain("全省平均水平"), 2))
                .isEqualTo("已提供实际数值,但未提供全省平均水平(目标为其 2 倍)");
    }

    /** One amount in yuan finer than a fen, one rate above 1: the same words as every other value out of range. */
    @Test
    void aValueOutOfRangeIsToldAsWhatItIs() {
        assertThat(zh("problem.figure-yuan", "0.001")).isEqualTo("是以元为单位的金额,最多保留两位小数(分),现为 0.001");
        assertThat(zh("problem.figure-yuan", "0.001")).isEqualTo(zh("problem.yuan-fen", "0.001"));
        assertThat(zh("problem.rate", "1.5")).isEqualTo("是 0 到 1 之间的比率(0.31 即 31%),现为 1.5");
        assertThat(zh("problem.at-most", 9, 10)).isEqualTo("不能超过 9,现为 10");
        assertThat(zh("problem.negative", -1)).isEqualTo("不能为负数,现为 -1");
        // a number written otherwise than asked (a decimal point, an exponent): contrasted with how to write it, 而不是
        assertThat(zh("problem.whole", "18.5")).isEqualTo("必须写成不带小数点或指数的整数,而不是 18.5");
    }
}
