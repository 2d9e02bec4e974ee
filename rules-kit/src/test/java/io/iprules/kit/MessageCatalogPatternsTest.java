package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.IndicatorStatus;
import io.iprules.Language;
import io.iprules.Text;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A module's catalog (test resources {@code patterns_*.properties}): placeholders and only placeholders are
 * replaced, arguments render exactly, the core catalog is the fallback, and a catalog missing a language or a
 * key in one language is refused when loaded.
 */
class MessageCatalogPatternsTest {
    /** Loaded by each test, not once for all: what a test checks runs in the test. */
    private final MessageCatalog catalog = MessageCatalog.load(MessageCatalogPatternsTest.class, "patterns");

    private String en(String key, Object... args) {
        return catalog.format(Language.EN, key, args);
    }

    @Test
    void aPatternWithoutPlaceholderIsTheText() {
        assertThat(en("plain")).isEqualTo("no placeholder");
        assertThat(catalog.format(Language.ZH, "plain", new Object[0])).isEqualTo("没有占位符");
        assertThat(en("plain", "unused")).isEqualTo("no placeholder");
    }

    @Test
    void placeholdersTakeTheirArgumentByIndex() {
        assertThat(en("two", "x", "y")).isEqualTo("x and y");
        assertThat(en("reversed", "x", "y")).isEqualTo("y before x");
        assertThat(catalog.format(Language.ZH, "two", new Object[] {"甲", "乙"})).isEqualTo("甲 和 乙");
        Object[] eleven = new Object[11];
        for (int i = 0; i < eleven.length; i++) {
            eleven[i] = "a" + i;
        }
        assertThat(en("ten", eleven)).isEqualTo("a10 a1");
    }

    @Test
    void eachPlaceIsReadByItsNumberWhenTheCatalogIsLoaded() {
        MessageCatalog loadedHere = MessageCatalog.load(MessageCatalogPatternsTest.class, "patterns");
        assertThat(loadedHere.format(Language.EN, "reversed", new Object[] {"x", "y"})).isEqualTo("y before x");
        // a number too long to be an argument's place is text, not argument 0
        assertThat(loadedHere.format(Language.EN, "too-long-place", new Object[] {"x"}))
                .isEqualTo("braces around a number too long for a place: {99999999999}");
    }

    @Test
    void aPlaceholderWithoutItsArgumentStaysAsWritten() {
        assertThat(en("out-of-range", "a", "b")).isEqualTo("only a, no {2}");
        assertThat(en("two", "x")).isEqualTo("x and {1}");
        assertThat(en("two")).isEqualTo("{0} and {1}");
    }

    @Test
    void bracesThatAreNotPlaceholdersAreKept() {
        assertThat(en("not-placeholders", "x")).isEqualTo("{a} {} {-1} {0");
        assertThat(en("literal-braces")).isEqualTo("the set {} is empty");
    }

    @Test
    void argumentsRenderExactly() {
        assertThat(en("enum", (Object) null)).isEqualTo("reason: —");
        // an enum with a message in the kit's catalog, the fallback of every module catalog
        assertThat(en("enum", IndicatorStatus.NOT_MET)).isEqualTo("reason: not met");
        assertThat(catalog.format(Language.ZH, "enum", new Object[] {IndicatorStatus.MET}))
                .isEqualTo("理由:" + MessageCatalog.kit().format(Language.ZH, "enum.IndicatorStatus.MET", new Object[0]));
        // an enum without a message renders as its name
        assertThat(en("enum", Language.EN)).isEqualTo("reason: EN");
        assertThat(en("enum", Text.bilingual("中", "middle"))).isEqualTo("reason: middle");
        assertThat(en("enum", 12)).isEqualTo("reason: 12");
    }

    @Test
    void anEnumIsRenderedByItsKeyWhateverItsPosition() {
        Object[] levels = io.iprules.kit.fixture.Fresh.copyOf(io.iprules.kit.fixture.Level.class).getEnumConstants();
        assertThat(levels).hasSize(3);
        assertThat(en("enum", levels[0])).isEqualTo("reason: low");
        assertThat(en("enum", levels[2])).isEqualTo("reason: high");
        assertThat(en("enum", levels[1])).isEqualTo("reason: middle");
        assertThat(catalog.format(Language.ZH, "enum", new Object[] {levels[2]})).isEqualTo("理由:高");
    }

    @Test
    void everyEnumConstantHasItsKey() {
        List<String> rendered = new ArrayList<>();
        for (IndicatorStatus r : IndicatorStatus.values()) {
            rendered.add(en("enum", r));
        }
        assertThat(rendered).doesNotHaveDuplicates().noneMatch(s -> s.contains("_"));
    }

    @Test
    void aMissingKeyRendersAsTheKeyAndItsArguments() {
        assertThat(en("no.such.key", IndicatorStatus.NOT_MET, null, 3)).isEqualTo("no.such.key not met — 3");
        assertThat(en("no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void theCatalogKnowsItsKeysAndItsParents() {
        assertThat(catalog.keys()).containsExactlyInAnyOrder("plain", "two", "reversed", "out-of-range",
                "not-placeholders", "literal-braces", "too-long-place", "enum", "ten", "enum.Level.LOW",
                "enum.Level.MIDDLE", "enum.Level.HIGH");
        assertThat(catalog.has("two")).isTrue();
        assertThat(catalog.has("indicator.no-figure")).isTrue(); // the core's
        assertThat(catalog.has("no.such.key")).isFalse();
        assertThat(MessageCatalog.kit().has("two")).isFalse();
        assertThat(catalog.pattern(Language.EN, "indicator.no-figure")).isEqualTo("no figure supplied");
        assertThat(MessageCatalog.kit().pattern(Language.EN, "two")).isNull();
        assertThat(catalog).hasToString("io.iprules.kit/patterns");
    }

    @Test
    void aKeyInOneLanguageOnlyIsRefused() {
        assertThatThrownBy(() -> MessageCatalog.load(MessageCatalogPatternsTest.class, "mismatch"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("io.iprules.kit/mismatch: keys only in zh [only-zh], only in en [only-en]; every message "
                        + "needs both languages");
    }

    @Test
    void aMissingLanguageIsRefused() {
        assertThatThrownBy(() -> MessageCatalog.load(MessageCatalogPatternsTest.class, "halfway"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("message file halfway_en.properties is missing next to " + getClass().getName());
    }

    @Test
    void textsAreValuesOfTheirKeyArgumentsAndCatalog() {
        Text a = catalog.text("two", "x", 1);
        assertThat(a.key()).isEqualTo("two");
        assertThat(a.args()).containsExactly("x", 1);
        assertThat(a).hasToString("x 和 1");
        assertThat(a).isEqualTo(catalog.text("two", "x", 1)).hasSameHashCodeAs(catalog.text("two", "x", 1));
        assertThat(a).isNotEqualTo(catalog.text("two", "x", 2)).isNotEqualTo(catalog.text("reversed", "x", 1))
                .isNotEqualTo(MessageCatalog.kit().text("two", "x", 1)).isNotEqualTo("two");
        assertThat(Text.bilingual("中", "a")).isNotEqualTo(Text.bilingual("中", "b")).isNotEqualTo(Text.plain("中"));
        assertThat(Text.plain("中").hashCode()).isEqualTo(Text.bilingual("中", "x").hashCode());
        assertThat(a.hashCode()).isNotEqualTo(catalog.text("two", "y", 1).hashCode());
        // the arguments are copied in and out
        Object[] args = {"x"};
        Text b = catalog.text("two", args);
        args[0] = "changed";
        assertThat(b.in(Language.EN)).isEqualTo("x and {1}");
        b.args().set(0, "y");
        assertThat(b.in(Language.EN)).isEqualTo("x and {1}");
        assertThat(Text.bilingual("补助", "subsidy").in(Language.ZH)).isEqualTo("补助");
    }
}
