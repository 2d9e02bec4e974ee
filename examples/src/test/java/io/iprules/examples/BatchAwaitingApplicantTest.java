package io.iprules.examples;

import static io.iprules.examples.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iprules.RulesEngine;
import io.iprules.batch.BatchSummary;
import io.iprules.batch.Budget;
import io.iprules.batch.Checkpoint;
import io.iprules.batch.JsonLinesBatch;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jiaxing-2012 §7(1) 同一事项涉及其他条线政策的,由企事业单位选择一个政策执行: an item also claimed under another policy
 * line, no choice made, is held out (CHOICE_REQUIRED) until the applicant chooses. A batch's budget keeps such items
 * apart: not in the total, not refused, and what they would be is what may yet become due.
 */
class BatchAwaitingApplicantTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Three applicants, worked out by hand: the 300,000 gold award awaiting a choice (its two recognitions already
     * paid: refused); the same applicant having chosen the other policy (refused, not awaiting); a city demonstration
     * enterprise (50,000 due) whose circulation-sector unit (50,000) awaits a choice. In all: 50,000 due, two items
     * awaiting, 350,000.
     */
    private static String input() throws Exception {
        String waiting = compact("requests/jiaxing-already-paid-and-other-policy.json");
        String chosen = waiting.replace("\"policy\":\"浙江省专利奖励办法\"", "\"policy\":\"浙江省专利奖励办法\",\"choice\":\"OTHER\"");
        assertThat(chosen).isNotEqualTo(waiting);
        return waiting + "\n" + chosen + "\n" + compact("requests/jiaxing-city-demo-circulation-choice-pending.json")
                + "\n";
    }

    private static String compact(String file) throws Exception {
        return JSON.writeValueAsString(JSON.readTree(Files.readString(Path.of(file))));
    }

    @Test
    void theSummaryCountsItemsAwaitingTheApplicantApartFromTheTotal(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, input());
        Path summary = tmp.resolve("summary.json");
        CliTest.Run r = run("batch", in.toString(), "--out", tmp.resolve("out.jsonl").toString(), "--summary",
                summary.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("预算合计:50,000.00 元")
                .contains("另有 2 项待申请人作出选择,按各项金额计 350,000.00 元,未计入预算合计(作出选择后,受最高限额约束的应付金额可能更少)\n");
        JsonNode awaiting = JSON.readTree(summary.toFile()).path("budget").path("awaitingApplicant");
        assertThat(awaiting.path("items").asLong()).isEqualTo(2);
        assertThat(awaiting.path("amount").asText()).isEqualTo("350000.00");
        assertThat(awaiting.path("byCode").path("JX_CHINA_PATENT_GOLD").path("amount").asText()).isEqualTo("300000.00");
        assertThat(awaiting.path("byCode").path("JX_CIRCULATION_IP_UNIT").path("items").asLong()).isEqualTo(1);
        assertThat(awaiting.path("byCode").size()).isEqualTo(2);

        CliTest.Run en = run("batch", in.toString(), "--out", tmp.resolve("out-en.jsonl").toString(), "--lang", "en");
        assertThat(en.err())
                .contains("2 more item(s) await the applicant’s choice, 350,000.00 yuan at their own amounts, "
                + "not counted in the total (once chosen, a maximum limit may cut what becomes due)\n");

        // none awaiting: the summary has no such part, and no such line
        Path none = tmp.resolve("none.jsonl");
        Files.writeString(none, input().lines().skip(1).limit(1).findFirst().orElseThrow() + "\n");
        Path noneSummary = tmp.resolve("none-summary.json");
        CliTest.Run n = run("batch", none.toString(), "--out", tmp.resolve("none-out.jsonl").toString(), "--summary",
                noneSummary.toString());
        assertThat(n.err()).doesNotContain("待申请人");
        assertThat(JSON.readTree(noneSummary.toFile()).path("budget").has("awaitingApplicant")).isFalse();
    }

    /**
     * An item awaiting the choice whose amount a parameter the text leaves open decides (a utility model's grant,
     * JX_PATENT_GRANT.UTILITY_MODEL unset) is counted as undetermined, in the text and the JSON: it had been summed as
     * 0.00 among the amounts of the others, understating what may become due.
     */
    @Test
    void anAwaitingItemWithoutAnAmountIsCountedAsUndetermined(@TempDir Path tmp) throws Exception {
        String open = "{\"policy\":\"jiaxing-2012\",\"asOf\":\"2015-12-31\",\"applicant\":{\"name\":\"嘉兴某公司\","
                + "\"creditCode\":\"91330400MA28A0001D\",\"patents\":[{\"number\":\"ZL201320000005.1\","
                + "\"kind\":\"UTILITY_MODEL\",\"grantDate\":\"2013-06-01\"}],\"otherPolicyClaims\":[{\"code\":"
                + "\"JX_PATENT_GRANT\",\"subject\":\"ZL201320000005.1\",\"policy\":\"浙江省专利资助办法\"}]}}";
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, input() + open + "\n");
        Path summary = tmp.resolve("summary.json");
        CliTest.Run r = run("batch", in.toString(), "--out", tmp.resolve("out.jsonl").toString(), "--summary",
                summary.toString());
        assertThat(r.exit()).isZero();
        // 300,000 + 50,000 known, one more open: 3 items, 2 of them at 350,000.00
        assertThat(r.err()).contains("另有 3 项待申请人作出选择,其中 2 项按各项金额计 350,000.00 元,1 项金额待定");
        JsonNode awaiting = JSON.readTree(summary.toFile()).path("budget").path("awaitingApplicant");
        assertThat(awaiting.path("items").asLong()).isEqualTo(3);
        assertThat(awaiting.path("amount").asText()).isEqualTo("350000.00");
        assertThat(awaiting.path("undetermined").asLong()).isEqualTo(1);
        assertThat(awaiting.path("byCode").path("JX_PATENT_GRANT").path("undetermined").asLong()).isEqualTo(1);
        assertThat(awaiting.path("byCode").path("JX_CHINA_PATENT_GOLD").path("undetermined").asLong()).isZero();

        Path alone = tmp.resolve("alone.jsonl");
        Files.writeString(alone, open + "\n");
        CliTest.Run en = run("batch", alone.toString(), "--out", tmp.resolve("alone.out").toString(), "--lang", "en");
        assertThat(en.err()).contains("1 more item(s) await the applicant’s choice, not counted in the total, none of "
                + "whose amounts is determined yet");
    }

    /** A resumed run counts the kept lines' awaiting items from their JSON, as the whole run counted them. */
    @Test
    void aResumedRunCountsTheKeptLinesAwaitingItems() throws Exception {
        RulesEngine engine = RulesEngine.builder().build();
        byte[] in = input().getBytes(StandardCharsets.UTF_8);
        LocalDate today = LocalDate.of(2026, 12, 2);
        List<Checkpoint> checkpoints = new ArrayList<>();
        ByteArrayOutputStream full = new ByteArrayOutputStream();
        BatchSummary whole = JsonLinesBatch.builder(engine).chunk(1).today(today).checkpoints(checkpoints::add).build()
                .run(new ByteArrayInputStream(in), full);
        assertThat(whole.budget().awaitingApplicant()).isEqualTo(Map.of(
                "JX_CHINA_PATENT_GOLD", new Budget.Awaiting("JX_CHINA_PATENT_GOLD", 1, new BigDecimal("300000.00"), 0),
                "JX_CIRCULATION_IP_UNIT", new Budget.Awaiting("JX_CIRCULATION_IP_UNIT", 1, new BigDecimal("50000.00"),
                        0)));
        for (Checkpoint c : checkpoints.subList(0, checkpoints.size() - 1)) {
            byte[] kept = Arrays.copyOf(full.toByteArray(), (int) c.outputBytes());
            BatchSummary resumed = JsonLinesBatch.builder(engine).chunk(1).today(today)
                    .resume(c, new ByteArrayInputStream(kept)).build()
                    .run(new ByteArrayInputStream(in), new ByteArrayOutputStream());
            assertThat(resumed.budget().awaitingApplicant()).as("resumed after %d lines", c.lines())
                    .isEqualTo(whole.budget().awaitingApplicant());
            assertThat(resumed.budget().total()).isEqualByComparingTo("50000.00");
        }
        assertThat(checkpoints).hasSizeGreaterThan(2);
    }
}
