package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Language;
import io.iprules.Text;
import org.junit.jupiter.api.Test;

/**
 * The kit's Chinese as the Chinese review set the modules' messages: a figure spaced from the Chinese beside it
 * ({@code 18 位}, {@code 2 倍}).
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
}
