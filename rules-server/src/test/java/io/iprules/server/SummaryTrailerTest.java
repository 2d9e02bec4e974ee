package io.iprules.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The Batch-Summary trailer's value always fits, in ASCII, and keeps the totals exact. */
class SummaryTrailerTest {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A summary in the shape {@code BatchSummary.toJson()} writes, with {@code codes} award codes and repeats. */
    static ObjectNode summary(int codes, int repeats) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("requests", 1000).put("evaluated", 990).put("invalid", 10).put("failed", 0).put("millis", 5);
        ObjectNode budget = o.putObject("budget").put("total", "123456789.00").put("determined", 7)
                .put("undetermined", 3);
        ObjectNode byCode = budget.putObject("byCode");
        for (int i = 0; i < codes; i++) {
            byCode.putObject("SOME_LONG_AWARD_CODE_" + i).put("amount", "100000.00").put("determined", 1)
                    .put("undetermined", 0);
        }
        ObjectNode duplicates = o.putObject("duplicates").put("count", repeats + 5).put("amount", "300000.00");
        ArrayNode list = duplicates.putArray("repeats");
        for (int i = 0; i < repeats; i++) {
            list.addObject().put("line", 500 + i).put("firstLine", 1 + i).put("policy", "jiaxing-2012")
                    .put("name", "嘉兴市第" + i + "号\u0001科技有限公司\u007f").put("total", "1.00");
        }
        ObjectNode byPolicy = o.putObject("byPolicy");
        for (int i = 0; i < 5; i++) {
            byPolicy.putObject("policy-" + i).put("evaluated", 200).put("eligible", 100);
        }
        o.putObject("deadlines").put("ON_TIME", 3).put("LATE", 1);
        return o;
    }

    @Test
    void aSummaryThatFitsIsWholeWithNothingOmitted() throws Exception {
        ObjectNode s = summary(3, 2);
        JsonNode back = JSON.readTree(SummaryTrailer.value(s, SummaryTrailer.MAX_BYTES));
        assertThat(back.get("duplicates").get("repeats")).isEqualTo(s.get("duplicates").get("repeats"));
        assertThat(back.at("/duplicates/omitted").asLong()).isEqualTo(5); // count 7, 2 listed
        assertThat(back.get("dropped")).isEmpty();
        assertThat(back.get("budget")).isEqualTo(s.get("budget"));
        assertThat(back.get("byPolicy")).isEqualTo(s.get("byPolicy"));
    }

    @Test
    void theRepeatsAreCutToWhatFitsAndTheRestCounted() throws Exception {
        ObjectNode s = summary(3, 100);
        JsonNode back = trailer(s);
        int listed = back.at("/duplicates/repeats").size();
        assertThat(listed).isPositive().isLessThan(100);
        for (int i = 0; i < listed; i++) {
            assertThat(back.at("/duplicates/repeats").get(i)).isEqualTo(s.at("/duplicates/repeats").get(i));
        }
        assertThat(back.at("/duplicates/omitted").asLong()).isEqualTo(105 - listed);
        assertThat(back.at("/duplicates/count").asLong()).isEqualTo(105);
        assertThat(back.at("/duplicates/amount").asText()).isEqualTo("300000.00");
        assertThat(back.get("budget")).isEqualTo(s.get("budget"));
        // one more repeat would not have fitted
        ObjectNode more = s.deepCopy();
        ArrayNode r = (ArrayNode) more.at("/duplicates/repeats");
        while (r.size() > listed + 1) {
            r.remove(r.size() - 1);
        }
        ((ObjectNode) more.get("duplicates")).put("omitted", 105 - listed - 1);
        more.putArray("dropped");
        assertThat(SummaryTrailer.ascii(more).length()).isGreaterThan(SummaryTrailer.MAX_BYTES);
    }

    @Test
    void whenEvenTheBreakdownsDoNotFitTheyAreDroppedAndNamedTheTotalsKept() throws Exception {
        ObjectNode s = summary(80, 10);
        JsonNode back = trailer(s);
        assertThat(back.get("dropped")).hasSize(1);
        assertThat(back.get("dropped").get(0).asText()).isEqualTo("budget.byCode");
        assertThat(back.at("/budget/byCode").isMissingNode()).isTrue();
        assertThat(back.at("/budget/total").asText()).isEqualTo("123456789.00");
        assertThat(back.at("/budget/determined").asLong()).isEqualTo(7);
        assertThat(back.at("/duplicates/count").asLong()).isEqualTo(15);
        assertThat(back.at("/duplicates/repeats")).isEmpty();
        assertThat(back.at("/duplicates/omitted").asLong()).isEqualTo(15);
        assertThat(back.get("byPolicy")).isEqualTo(s.get("byPolicy"));
        assertThat(back.get("deadlines")).isEqualTo(s.get("deadlines"));

        JsonNode tiny = JSON.readTree(SummaryTrailer.value(s, 400));
        assertThat(tiny.get("dropped").toString()).isEqualTo("[\"budget.byCode\",\"byPolicy\"]");
        assertThat(tiny.get("requests").asLong()).isEqualTo(1000);
    }

    @Test
    void itemsAwaitingTheApplicantKeepTheirTotalsWhenTheirBreakdownIsDropped() throws Exception {
        ObjectNode s = summary(80, 10);
        ObjectNode awaiting = ((ObjectNode) s.get("budget")).putObject("awaitingApplicant").put("items", 60)
                .put("amount", "18000000.00");
        ObjectNode byCode = awaiting.putObject("byCode");
        for (int i = 0; i < 60; i++) {
            byCode.putObject("JX_AWAITING_CODE_" + i).put("items", 1).put("amount", "300000.00");
        }
        JsonNode tiny = JSON.readTree(SummaryTrailer.value(s, 500));
        assertThat(tiny.get("dropped").toString())
                .isEqualTo("[\"budget.byCode\",\"budget.awaitingApplicant.byCode\",\"byPolicy\"]");
        assertThat(tiny.at("/budget/awaitingApplicant/items").asLong()).isEqualTo(60);
        assertThat(tiny.at("/budget/awaitingApplicant/amount").asText()).isEqualTo("18000000.00");
        assertThat(tiny.at("/budget/awaitingApplicant/byCode").isMissingNode()).isTrue();
    }

    @Test
    void everyCharacterOutsidePrintableAsciiIsAJsonEscape() throws Exception {
        ObjectNode s = summary(1, 1);
        ((ObjectNode) s.at("/duplicates/repeats/0")).put("name", "安宁市 é \uD83D\uDE00 \t\u0000\u007f\u0085");
        String value = SummaryTrailer.value(s, SummaryTrailer.MAX_BYTES);
        assertAscii(value, SummaryTrailer.MAX_BYTES);
        assertThat(value).contains("\\u5b89\\u5b81\\u5e02").contains("\\ud83d\\ude00");
        assertThat(JSON.readTree(value).at("/duplicates/repeats/0/name").asText())
                .isEqualTo("安宁市 é \uD83D\uDE00 \t\u0000\u007f\u0085");
    }

    /** The trailer's value for {@code summary}, checked to be ASCII within the limit, read back. */
    private static JsonNode trailer(ObjectNode summary) throws Exception {
        String value = SummaryTrailer.value(summary, SummaryTrailer.MAX_BYTES);
        assertAscii(value, SummaryTrailer.MAX_BYTES);
        return JSON.readTree(value);
    }

    static void assertAscii(String value, int max) {
        assertThat(value.length()).isLessThanOrEqualTo(max);
        assertThat(value.chars()).allMatch(c -> c >= 0x20 && c < 0x7f);
    }
}
