package io.iprules.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iprules.Language;
import io.iprules.Text;
import org.junit.jupiter.api.Test;

/** How a replay names the first field whose value differs from the recorded one. */
class ReplayDifferenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The first difference in English, as {@code Report.differences()} says it. */
    private static String first(String recorded, String replayed) throws Exception {
        Text t = firstText(recorded, replayed);
        return t == null ? null : t.in(Language.EN);
    }

    private static Text firstText(String recorded, String replayed) throws Exception {
        return Replay.firstDifference("", JSON.readTree(recorded), JSON.readTree(replayed));
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
        assertThat(first("{\"a\":1,\"receipt\":{\"rules\":\"x\"}}", "{\"a\":1,\"receipt\":{\"rules\":\"y\"}}"))
                .isNull();
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

    @Test
    void inChineseTheSamePathAndValuesUntranslated() throws Exception {
        assertThat(firstText("{\"a\":1,\"awards\":[{\"amount\":\"500000.00\"}]}",
                "{\"a\":1,\"awards\":[{\"amount\":\"200000.00\"}]}").in(Language.ZH))
                .isEqualTo("awards[0].amount:记录为 \"500000.00\",复核为 \"200000.00\"");
        assertThat(firstText("{\"a\":1,\"b\":2}", "{\"a\":1}").in(Language.ZH)).isEqualTo("b:记录中有,复核的结果中没有");
        assertThat(firstText("{\"a\":1}", "{\"a\":1,\"c\":{}}").in(Language.ZH)).isEqualTo("c:复核的结果中有,记录中没有");
        assertThat(firstText("{\"x\":[1,2]}", "{\"x\":[1]}").in(Language.ZH)).isEqualTo("x:记录为 2 项,复核为 1 项");
        assertThat(firstText("{\"a\":true}", "{\"a\":null}").in(Language.ZH)).isEqualTo("a:记录为 true,复核为 null");
    }
}
