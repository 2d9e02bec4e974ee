package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Award;
import io.iprules.EvaluationResult;
import io.iprules.Language;
import io.iprules.Text;
import io.iprules.batch.BatchSummary;
import io.iprules.batch.Budget;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The batch summary and the policy listing group their figures as the officer's report does (the kit's
 * {@link io.iprules.kit.Count}: 3,977, a year not): the summary had read {@code 已评估 3977}, {@code 金额待定 4386 项} and
 * the listing {@code 自 2012-11-05 起 200000} beside a report that writes 200,000.00 元.
 */
class CountsGroupedTest {
    private static final LocalDate D = LocalDate.of(2013, 12, 31);

    /**
     * 1,200 results, each with one award of 100.00 and one whose amount awaits a parameter: 1,200 determined, 1,200
     * undetermined, 120,000.00 in all; of 5,000 requests 1,200 evaluated, 3,800 invalid.
     */
    @Test
    void theBatchSummarysCountsAreGrouped() {
        Budget b = new Budget();
        for (int i = 0; i < 1200; i++) {
            b.add(EvaluationResult.builder("p-2020", D, "甲" + i).eligible(true)
                    .award(new Award("A", "s", Text.plain("s"), D, new BigDecimal("100.00"), null, "p §1",
                            Text.plain("r")))
                    .award(new Award("B", "t", Text.plain("t"), D, null, "B.AMOUNT", "p §2", Text.plain("r")))
                    .build());
        }
        BatchSummary s = new BatchSummary(5000, 1200, 3800, 0, b, 0);
        String zh = BatchCommand.summary(s, Language.ZH);
        assertThat(zh).contains("批量评估:5,000 条请求,已评估 1,200,无效 3,800,内部错误 0",
                "预算合计:120,000.00 元(已定金额 1,200 项,金额待定 1,200 项)\n",
                "  A  120,000.00 元  已定 1,200 项  待定     0 项\n",
                "  B        0.00 元  已定     0 项  待定 1,200 项\n",
                "  p-2020:评估 1,200,符合条件 1,200\n");
        String en = BatchCommand.summary(s, Language.EN);
        assertThat(en).contains("Batch: 5,000 request(s), 1,200 evaluated, 3,800 invalid",
                "(1,200 award(s) determined, 1,200 undetermined)", "p-2020: 1,200 evaluated, 1,200 eligible");
    }

    /**
     * jiaxing-2012's amounts fixed by the text are listed as money (§6(5)2 分别给予30万元…20万元: 300,000.00 元,
     * 200,000.00 元), its city targets grouped (§1(2) 全市专利申请量达到13000件: ≥ 13,000; 4.5万件: 45,000); a count
     * below 1,000 as it is (前三次: 3).
     */
    @Test
    void thePolicyListingGroupsAmountsAndTargets() {
        CliTest.Run zh = CliTest.run("policies", "jiaxing-2012");
        assertThat(zh.exit()).isZero();
        assertThat(zh.out()).contains("JX_NATIONAL_IP_DEMO_ENTERPRISE [YUAN]", "自 2012-11-05 起 300,000.00 元(",
                "自 2012-11-05 起 200,000.00 元(", "自 2012-11-05 起 3(jiaxing-2012 §6(5)1",
                "2013年全市专利申请量  >= 13,000", "全市注册商标数(累计)  >= 45,000")
                .doesNotContain("起 300000", "起 200000", ">= 13000");
        CliTest.Run en = CliTest.run("policies", "jiaxing-2012", "--lang", "en");
        assertThat(en.out()).contains("from 2012-11-05: 200,000.00 yuan (");
        // the JSON keeps the values as the deployment's files give them
        assertThat(CliTest.run("policies", "jiaxing-2012", "--format", "json").out())
                .contains("\"value\" : \"200000\"").doesNotContain("200,000");
    }
}
