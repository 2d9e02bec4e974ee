package io.iprules.examples;

import static io.iprules.examples.CliTest.run;
import static io.iprules.examples.CliTest.withInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch} and {@code generate} as a finance bureau runs them. */
class BatchCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void generateIsReproducibleAndCorruptsOnRequest(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a.jsonl");
        Path b = tmp.resolve("b.jsonl");
        assertThat(run("generate", "jiaxing-2012", "--count", "500", "--seed", "42", "--out", a.toString()).exit())
                .isZero();
        assertThat(run("generate", "jiaxing-2012", "--count", "500", "--seed", "42", "--out", b.toString()).exit())
                .isZero();
        assertThat(Files.readAllLines(a)).hasSize(500).isEqualTo(Files.readAllLines(b));
        Path c = tmp.resolve("c.jsonl");
        run("generate", "jiaxing-2012", "--count", "500", "--seed", "43", "--out", c.toString());
        assertThat(Files.readAllLines(c)).isNotEqualTo(Files.readAllLines(a));

        CliTest.Run unknown = run("generate", "no-such-policy", "--lang", "en");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("no-such-policy: no generator for this policy; there are generators for "
                + "anning-2022, beijing-2012, jiaxing-2012, northeast-2017, pilot-city-2017\n");
        assertThat(run("generate", "jiaxing-2012", "--invalid-rate", "1.5").exit()).isEqualTo(2);
    }

    @Test
    void generateTellsAMistakeInTheLanguageAskedChineseByDefault(@TempDir Path tmp) {
        CliTest.Run unknown = run("generate", "no-such-policy");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("no-such-policy: 没有该政策的请求生成器;有生成器的政策为 anning-2022, ");
        CliTest.Run count = run("generate", "jiaxing-2012", "--count", "-1");
        assertThat(count.exit()).isEqualTo(2);
        assertThat(count.err()).isEqualTo("--count: 不能为负数,现为 -1\n");
        // none is not negative: an empty population, an empty file
        CliTest.Run none = run("generate", "jiaxing-2012", "--count", "0", "--out",
                tmp.resolve("none.jsonl").toString());
        assertThat(none.exit()).as(none.err()).isZero();
        assertThat(tmp.resolve("none.jsonl")).isEmptyFile();
        CliTest.Run rate = run("generate", "jiaxing-2012", "--invalid-rate", "1.5", "--lang", "en");
        assertThat(rate.exit()).isEqualTo(2);
        assertThat(rate.err()).startsWith("Invalid value for option '--invalid-rate': must be a share between 0 and 1, "
                + "not '1.5'\n");
        // as typed, never expanded (1e999999999 written out is a billion digits), and no Java in a Chinese run
        for (String share : List.of("1e999999999", "NaN", "-0.1", "0x1")) {
            CliTest.Run r = run("generate", "jiaxing-2012", "--invalid-rate", share);
            assertThat(r.exit()).as(share).isEqualTo(2);
            assertThat(r.err()).as(share).startsWith("选项 --invalid-rate 的取值无效:必须是 0 到 1 之间的比例,而不是“"
                    + share + "”").doesNotContain("Exception").doesNotContain("BigDecimal");
        }
        // a share under one in a million corrupts nothing (and is not expanded either)
        CliTest.Run tiny = run("generate", "jiaxing-2012", "--count", "3", "--invalid-rate", "1e-999999999");
        assertThat(tiny.exit()).isZero();
        assertThat(tiny.out().lines()).hasSize(3);
        CliTest.Run folder = run("generate", "jiaxing-2012", "--out", tmp.toString());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).isEqualTo(tmp + ": 是文件夹;请指定一个要写入的文件\n");
    }

    @Test
    void aGeneratedPopulationIsAllValid(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in.jsonl");
        run("generate", "jiaxing-2012", "--count", "2000", "--seed", "3", "--out", in.toString());
        CliTest.Run r = run("batch", in.toString(), "--out", tmp.resolve("out.jsonl").toString(), "--lang", "en");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("Batch: 2,000 request(s), 2,000 evaluated, 0 invalid, 0 internal failure(s)");
    }

    @Test
    void everyLineIsAccountedForWithOnePercentBad(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in.jsonl");
        Path out = tmp.resolve("out.jsonl");
        Path summary = tmp.resolve("summary.json");
        run("generate", "jiaxing-2012", "--count", "3000", "--seed", "11", "--invalid-rate", "0.01", "--out",
                in.toString());
        CliTest.Run r = run("batch", in.toString(), "--out", out.toString(), "--threads", "3", "--summary",
                summary.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3000);
        long errors = lines.stream().filter(l -> l.startsWith("{\"line\":")).count();
        JsonNode s = JSON.readTree(summary.toFile());
        assertThat(s.get("requests").asLong()).isEqualTo(3000);
        assertThat(s.get("invalid").asLong()).isEqualTo(errors).isPositive();
        assertThat(s.get("evaluated").asLong() + s.get("invalid").asLong()).isEqualTo(3000);
        assertThat(s.get("failed").asLong()).isZero();
        // the budget is the sum of the written results' totals
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (String l : lines) {
            JsonNode n = JSON.readTree(l);
            if (n.has("total")) {
                sum = sum.add(new java.math.BigDecimal(n.get("total").asText()));
            }
        }
        assertThat(new java.math.BigDecimal(s.get("budget").get("total").asText())).isEqualByComparingTo(sum);
        // every error line names its own line number
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("{\"line\":")) {
                assertThat(JSON.readTree(lines.get(i)).get("line").asInt()).isEqualTo(i + 1);
            }
        }
    }

    @Test
    void batchReadsStandardInputAndWritesStandardOutput() {
        String request = "{\"policy\":\"jiaxing-2012\",\"asOf\":\"2013-12-31\",\"applicant\":{\"name\":\"x\","
                + "\"creditCode\":\"91330400MA28A0001D\",\"recognitions\":[{\"type\":\"NATIONAL_IP_PILOT_ENTERPRISE\","
                + "\"date\":\"2013-03-15\"}]}}";
        CliTest.Run r = withInput(request + "\n" + "not json\n" + request + "\n", "batch", "-");
        assertThat(r.exit()).isZero();
        String[] out = r.out().split("\n");
        assertThat(out).hasSize(3);
        assertThat(out[0]).contains("\"total\":\"200000.00\"");
        assertThat(out[1]).startsWith("{\"line\":2,\"error\":");
        assertThat(r.err()).contains("批量评估:3 条请求,已评估 2,无效 1").contains("400,000.00 元")
                // per policy: how many were evaluated, and how many of them are eligible (符合条件, not a bare 符合)
                .contains("\n  jiaxing-2012:评估 2,符合条件 2\n");
    }

    @Test
    void anAssessmentBatchCountsIndicatorsNotMoney(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in.jsonl");
        Path summary = tmp.resolve("summary.json");
        run("generate", "anning-2022", "--count", "300", "--seed", "5", "--out", in.toString());
        CliTest.Run r = run("batch", in.toString(), "--out", tmp.resolve("out.jsonl").toString(), "--lang", "en",
                "--summary", summary.toString());
        assertThat(r.exit()).isZero();
        // an assessment's "eligible" is every target met: said so, not "eligible" as of a subsidy
        assertThat(r.err()).doesNotContain("Budget:").contains("anning-2022: 300 evaluated, every target met in ")
                .doesNotContain("eligible");
        JsonNode ic = JSON.readTree(summary.toFile()).get("byPolicy").get("anning-2022").get("indicators");
        // every result assesses anning-2022's 30 targets (24, and six added after the legal review)
        assertThat(ic.get("met").asLong() + ic.get("notMet").asLong() + ic.get("unknown").asLong())
                .isEqualTo(300L * 30);
    }

    /**
     * beijing-2012 holds enterprises (§1(1): eligible or not, no targets) and the city's 2015 targets (§1(2)): 北京甲 and
     * 北京乙, registered in Beijing in a strategic emerging industry, are eligible, 天津丙, not registered there, is not;
     * the city with 3,000 PCT applications against 1,500 in 2010 meets all three targets (doubled: 3,000 >= 2 × 1,500),
     * with 2,999 it misses one. The summary had said "5 evaluated, every target met in 3", the two enterprises added
     * to the one city; it says 2 eligible of the 3 without targets and every target met in 1 of the 2 with targets.
     */
    @Test
    void aBatchOfEnterprisesAndCitiesOfOnePolicyCountsThemApart(@TempDir Path tmp) throws Exception {
        String enterprise = "{\"policy\":\"beijing-2012\",\"asOf\":\"2014-03-31\",\"applicant\":{\"name\":\"%s\","
                + "\"registeredInBeijing\":%s,\"industries\":[\"NEXT_GENERATION_IT\"]}}";
        String city = "{\"policy\":\"beijing-2012\",\"asOf\":\"2016-03-31\",\"city\":{\"name\":\"北京市\",\"figures\":{"
                + "\"BJ_2015_SEI_INVENTION_HOLDINGS\":{\"actual\":52000,\"base2010\":24000},"
                + "\"BJ_2015_SEI_PCT_APPLICATIONS\":{\"actual\":%d,\"base2010\":1500},\"BJ_2015_GLOBAL_CLUSTERS\":2}}}";
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, String.join("\n", enterprise.formatted("北京甲科技有限公司", true),
                enterprise.formatted("北京乙科技有限公司", true), enterprise.formatted("天津丙科技有限公司", false),
                city.formatted(3000), city.formatted(2999)) + "\n");
        Path summary = tmp.resolve("summary.json");
        CliTest.Run en = run("batch", in.toString(), "--out", tmp.resolve("en.jsonl").toString(), "--lang", "en",
                "--summary", summary.toString());
        assertThat(en.exit()).isZero();
        assertThat(en.err()).contains("\n  beijing-2012: 5 evaluated, 2 eligible of 3 without targets, every target met"
                + " in 1 of 2 with targets; indicators 5 met, 1 not met, 0 unknown\n");
        JsonNode policy = JSON.readTree(summary.toFile()).get("byPolicy").get("beijing-2012");
        assertThat(policy.get("eligible").asLong()).as("every eligible verdict, as documented").isEqualTo(3);
        assertThat(policy.get("targets").toString()).isEqualTo("{\"results\":2,\"everyTargetMet\":1}");
        CliTest.Run zh = run("batch", in.toString(), "--out", tmp.resolve("zh.jsonl").toString());
        assertThat(zh.err()).contains("\n  beijing-2012:评估 5,无指标的 3 项中符合条件 2,有指标的 2 项中全部指标达标 1;");
        // a batch of cities alone keeps its words
        Files.writeString(in, city.formatted(3000) + "\n" + city.formatted(2999) + "\n");
        assertThat(run("batch", in.toString(), "--out", tmp.resolve("c.jsonl").toString(), "--lang", "en").err())
                .contains("\n  beijing-2012: 2 evaluated, every target met in 1; indicators 5 met, 1 not met");
        // jiaxing-2012 too: its city's 2013 targets (two of eight not met) beside two enterprises that qualify had
        // read "every target met in 2", where none was
        StringBuilder jiaxing = new StringBuilder();
        for (String example : List.of("jiaxing-city-2013-targets", "jiaxing-pilot-and-provincial-demo",
                "jiaxing-annual-fees-first-already-paid")) {
            jiaxing.append(JSON.readTree(Path.of("requests", example + ".json").toFile()).toString()).append('\n');
        }
        Files.writeString(in, jiaxing);
        assertThat(run("batch", in.toString(), "--out", tmp.resolve("j.jsonl").toString(), "--lang", "en").err())
                .contains("\n  jiaxing-2012: 3 evaluated, 2 eligible of 2 without targets, every target met in 0 of 1"
                        + " with targets; indicators 5 met, 2 not met, 1 unknown\n");
    }

    @Test
    void aMissingInputOrBadThreadsIsInvalidInput() {
        assertThat(run("batch", "no/such.jsonl").exit()).isEqualTo(2);
        assertThat(run("batch", "-", "--threads", "0").exit()).isEqualTo(2);
    }
}
