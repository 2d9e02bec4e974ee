package io.iprules.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** How a replay names the first field whose value differs from the recorded one. */
class ReplayDifferenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String first(String recorded, String replayed) throws Exception {
        JsonNode a = JSON.readTree(recorded);
        JsonNode b = JSON.readTree(replayed);
        return Replay.firstDifference("", a, b);
    }

    @Test
    void theFirstDifferingValueWithItsPath() throws Exception {
        assertThat(first("{\"a\":1,\"awards\":[{\"amount\":\"500000.00\"}],\"total\":\"500000.00\"}",
                "{\"a\":1,\"awards\":[{\"amount\":\"200000.00\"}],\"total\":\"200000.00\"}"))
                .isEqualTo("awards[0].amount: recorded \"500000.00\", replayed \"200000.00\"");
    }

    @Test
    void missingExtraAndCountedEntries() throws Exception {
        assertThat(first("{\"a\":1,\"b\":2}", "{\"a\":1}")).isEqualTo("b: recorded, but not in the replay");
        assertThat(first("{\"a\":1}", "{\"a\":1,\"c\":3}")).isEqualTo("c: in the replay, but not recorded");
        assertThat(first("{\"x\":[1,2]}", "{\"x\":[1]}")).isEqualTo("x: recorded 2 entries, replayed 1");
    }

    @Test
    void theReceiptIsComparedOnItsOwnAndTheSameContentHasNoDifference() throws Exception {
        assertThat(first("{\"a\":1,\"receipt\":{\"rules\":\"x\"}}", "{\"a\":1,\"receipt\":{\"rules\":\"y\"}}")).isNull();
        assertThat(first("{\"a\":1,\"b\":[true]}", "{\"b\":[true],\"a\":1}")).isNull();
        assertThat(first("{\"a\":1}", "{\"a\":1,\"receipt\":{\"rules\":\"y\"}}")).isNull();
    }

    @Test
    void onlyTheTopLevelReceiptIsLeftOut() throws Exception {
        assertThat(first("{\"a\":{\"x\":1}}", "{\"a\":{\"x\":1,\"receipt\":2}}"))
                .isEqualTo("a.receipt: in the replay, but not recorded");
        assertThat(first("{\"a\":{\"receipt\":1}}", "{\"a\":{\"receipt\":2}}"))
                .isEqualTo("a.receipt: recorded 1, replayed 2");
    }

    @Test
    void aLongValueIsQuotedUpTo200Characters() throws Exception {
        String v198 = "x".repeat(198); // 200 characters with its quotes
        assertThat(first("{\"a\":\"" + v198 + "\"}", "{\"a\":\"y\"}"))
                .isEqualTo("a: recorded \"" + v198 + "\", replayed \"y\"");
        String v199 = "x".repeat(199);
        assertThat(first("{\"a\":\"" + v199 + "\"}", "{\"a\":\"y\"}"))
                .isEqualTo("a: recorded \"" + v199 + "…, replayed \"y\"");
    }
}
