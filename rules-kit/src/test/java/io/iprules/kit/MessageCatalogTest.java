package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.IndicatorStatus;
import io.iprules.Language;
import io.iprules.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MessageCatalogTest {
    private final MessageCatalog core = MessageCatalog.kit();

    @Test
    void placeholdersAreReplacedAndArgumentsRenderedExactly() {
        String zh = core.format(Language.ZH, "warning.fact-after-as-of",
                new Object[] {Text.plain("专利"), LocalDate.of(2013, 7, 1), LocalDate.of(2013, 6, 30)});
        assertThat(zh).isEqualTo("专利 的日期 2013-07-01 晚于评估日期 2013-06-30,未予考虑");
        String en = core.format(Language.EN, "warning.not-in-force", new Object[] {LocalDate.of(2026, 1, 2),
                LocalDate.of(2012, 11, 5), "p §7(3)"});
        assertThat(en).isEqualTo("the as-of date 2026-01-02 is outside the policy's period in force (from 2012-11-05, "
                + "p §7(3))");
    }

    @Test
    void enumsRenderThroughTheCatalogAndDecimalsPlain() {
        assertThat(core.text("indicator.no-reference", IndicatorStatus.NOT_MET).in(Language.EN))
                .contains("not met is not supplied");
        assertThat(core.text("indicator.no-figure-no-reference", new BigDecimal("1E+3")).in(Language.EN))
                .contains("nor 1000 is");
        assertThat(core.text("indicator.no-figure-no-reference", new Yuan(new BigDecimal("1234.5"))).in(Language.EN))
                .contains("nor 1,234.50 is");
    }

    @Test
    void aMissingKeyRendersAsItselfInsteadOfFailingADecision() {
        assertThat(core.format(Language.ZH, "no.such.key", new Object[] {1, "a"})).isEqualTo("no.such.key 1 a");
    }

    @Test
    void bilingualAndPlainTexts() {
        Text t = Text.bilingual("补助", "subsidy");
        assertThat(t.in(Language.ZH)).isEqualTo("补助");
        assertThat(t.in(Language.EN)).isEqualTo("subsidy");
        assertThat(Text.plain("嘉兴").in(Language.EN)).isEqualTo("嘉兴");
        assertThat(core.text("k", 1)).isEqualTo(core.text("k", 1)).isNotEqualTo(core.text("k", 2));
    }

    @Test
    void everyCoreKeyExistsInBothLanguages() {
        for (String key : core.keys()) {
            assertThat(core.pattern(Language.EN, key)).as(key).isNotBlank();
            assertThat(core.pattern(Language.ZH, key)).as(key).isNotBlank();
        }
        for (IndicatorStatus r : IndicatorStatus.values()) {
            assertThat(core.has("enum.IndicatorStatus." + r)).as(r.name()).isTrue();
        }
    }
}
