package io.iprules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A text in either language: from a catalog, plain, or given in both; what it is made of, and when two are equal. */
class TextTest {
    /** Renders "key(args) in language", so that what reaches it can be read off. */
    private static final Text.Catalog CATALOG = (language, key, args) -> key + List.of(args) + " " + language;

    @Test
    void aCatalogTextIsItsKeyAndArgumentsRenderedWhenAsked() {
        Text t = Text.of(CATALOG, "award.reason", 5, "甲");
        assertThat(t.key()).isEqualTo("award.reason");
        assertThat(t.args()).containsExactly(5, "甲");
        assertThat(t.in(Language.EN)).isEqualTo("award.reason[5, 甲] EN");
        assertThat(t.toString()).isEqualTo("award.reason[5, 甲] ZH"); // the Chinese
        t.args().set(0, 6); // a copy: the text is unchanged
        assertThat(t.args()).containsExactly(5, "甲");
    }

    @Test
    void aPlainTextReadsTheSameInBothLanguagesAndABilingualOneInEach() {
        Text plain = Text.plain("嘉兴市");
        assertThat(plain.key()).isEqualTo("嘉兴市");
        assertThat(plain.args()).isEmpty();
        assertThat(plain.in(Language.EN)).isEqualTo("嘉兴市");
        assertThat(plain.toString()).isEqualTo("嘉兴市");
        Text both = Text.bilingual("理由", "reason");
        assertThat(both.in(Language.EN)).isEqualTo("reason");
        assertThat(both.in(Language.ZH)).isEqualTo("理由");
        assertThat(both.toString()).isEqualTo("理由");
    }

    @Test
    void textsAreEqualWhenEveryPartIs() {
        assertThat(Text.bilingual("理由", "reason")).isEqualTo(Text.bilingual("理由", "reason"))
                .hasSameHashCodeAs(Text.bilingual("理由", "reason"));
        assertThat(Text.bilingual("理由", "reason")).isNotEqualTo(Text.bilingual("理由", "grounds"))
                .isNotEqualTo(Text.plain("理由"));
        assertThat(Text.of(CATALOG, "k", 1)).isEqualTo(Text.of(CATALOG, "k", 1))
                .hasSameHashCodeAs(Text.of(CATALOG, "k", 1))
                .isNotEqualTo(Text.of(CATALOG, "k", 2)).isNotEqualTo(Text.of(CATALOG, "j", 1))
                .isNotEqualTo(Text.of((language, key, args) -> key, "k", 1)).isNotEqualTo(Text.plain("k"));
        assertThat((Object) Text.plain("k")).isNotEqualTo("k");
    }
}
