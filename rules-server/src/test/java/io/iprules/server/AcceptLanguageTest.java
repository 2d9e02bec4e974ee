package io.iprules.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Language;
import org.junit.jupiter.api.Test;

/**
 * {@code Accept-Language}'s wildcard (RFC 9110 §12.5.4, RFC 4647 §2.1): {@code *} matches every language no other
 * range names, and a language given the weight 0 is not acceptable, with or without a wildcard; a header given on
 * several lines is one list.
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

    /**
     * {@code Accept-Language} given on two lines is one list (RFC 9110 §5.3): {@code zh;q=0.1} then {@code en} is
     * English, for an answer of the service's and for one of Jetty's own errors; the first line alone had made it
     * Chinese.
     */
    @Test
    void anAcceptLanguageOnTwoLinesIsOneList() throws Exception {
        try (DecisionServer s = new DecisionServer(io.iprules.RulesEngine.builder().build(),
                DecisionServer.Settings.defaults(), DecisionServerTest.CLOCK).start("127.0.0.1", 0)) {
            for (String path : java.util.List.of("/v1/policies", "/v1/no-such-path")) {
                try (java.net.Socket client = new java.net.Socket("127.0.0.1", s.port())) {
                    client.setSoTimeout(30_000);
                    client.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Accept-Language: zh;q=0.1\r\nAccept-Language: en\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    String answer = GracefulStopTest.readToEnd(client.getInputStream());
                    assertThat(answer.toLowerCase(java.util.Locale.ROOT)).as(path)
                            .contains("\r\ncontent-language: en\r\n");
                }
            }
        }
    }
}
