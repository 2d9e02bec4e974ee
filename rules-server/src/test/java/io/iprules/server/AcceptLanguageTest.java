package io.iprules.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Language;
import org.junit.jupiter.api.Test;

/**
 * {@code Accept-Language}'s wildcard (RFC 9110 §12.5.4, RFC 4647 §2.1): {@code *} matches every language no other
 * range names, and a language given the weight 0 is not acceptable, with or without a wildcard.
 */
class AcceptLanguageTest {

    @Test
    void aWildcardGivesItsWeightToTheLanguagesNoRangeNames() {
        // Chinese refused outright, anything else welcome: English, not the default
        assertThat(DecisionServer.language("zh;q=0, *")).isEqualTo(Language.EN);
        assertThat(DecisionServer.language("*, zh;q=0")).isEqualTo(Language.EN);
        assertThat(DecisionServer.language("en;q=0, *;q=0.5")).isEqualTo(Language.ZH);
        // French first, then anything: both served languages are "anything" at 0.9, a tie kept by the default
        assertThat(DecisionServer.language("fr, *;q=0.9")).isEqualTo(Language.ZH);
        // a named language outweighs the wildcard when it weighs more, and loses to it when it weighs less
        assertThat(DecisionServer.language("fr, *;q=0.9, zh;q=0.5")).isEqualTo(Language.EN);
        assertThat(DecisionServer.language("*;q=0.1, en;q=0.2")).isEqualTo(Language.EN);
        // equal weights: the one written first
        assertThat(DecisionServer.language("*, zh")).isEqualTo(Language.EN);
        assertThat(DecisionServer.language("zh, *")).isEqualTo(Language.ZH);
    }

    @Test
    void nothingAcceptableNamedIsChineseAsTheCommandLine() {
        assertThat(DecisionServer.language("*;q=0")).isEqualTo(Language.ZH);
        assertThat(DecisionServer.language("fr, de")).isEqualTo(Language.ZH);
        assertThat(DecisionServer.language("zh;q=0, en;q=0")).isEqualTo(Language.ZH);
        assertThat(DecisionServer.language((String) null)).isEqualTo(Language.ZH);
    }
}
