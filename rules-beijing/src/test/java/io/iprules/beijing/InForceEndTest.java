package io.iprules.beijing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.iprules.ConfigurationException;
import io.iprules.EvaluationResult;
import io.iprules.Language;
import io.iprules.RulesEngine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The end a deployment sets (BJ_IN_FORCE_UNTIL, reading in-force) against the day the opinions took force, the
 * forwarding notice's 2012-12-14: the day before is refused when the engine starts, the day itself is an end. And a
 * deployment's §3(1) rate against the end: a value from the day after it is refused, one from the end day is read.
 */
class InForceEndTest {
    /** A deployment's parameter file setting the end to each of {@code ends}, from 2030, 2031… on. */
    private static RulesEngine.Builder endingOn(LocalDate... ends) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < ends.length; i++) {
            values.append(i == 0 ? "" : ", ").append("{\"from\": \"").append(2030 + i).append("-01-01\", \"value\": \"")
                    .append(ends[i]).append("\", \"source\": \"test: an illustrative repeal\"}");
        }
        String json = "{\"beijing-2012\": {\"BJ_IN_FORCE_UNTIL\": [" + values + "]}}";
        return RulesEngine.builder().parameters("deployment.json",
                new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void anEndTheDayBeforeTheOpinionsTookForceIsRefusedWhenTheEngineStarts() {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                () -> endingOn(LocalDate.of(2012, 12, 13)).build());
        assertThat(e.inParameters()).as("the deployment's mistake").isTrue();
        // the file that set the value first, as a unit's refusal names it
        assertThat(e.message(Language.EN)).isEqualTo("deployment.json: beijing-2012.BJ_IN_FORCE_UNTIL[0].value: "
                + "2012-12-13 is before 2012-12-14, the day the opinions took force (beijing-2012 转发通知): the last "
                + "day in force cannot come before it");
        assertThat(e.message(Language.ZH)).isEqualTo("deployment.json: beijing-2012.BJ_IN_FORCE_UNTIL[0].value: "
                + "2012-12-13 早于本实施意见施行之日 2012-12-14(beijing-2012 转发通知):最后有效日不能早于施行之日");
    }

    @Test
    void anEndOnTheDayTheOpinionsTookForceIsAnEnd() {
        RulesEngine engine = endingOn(LocalDate.of(2012, 12, 14)).build();
        assertThat(engine.policy(Beijing2012.ID).parameters()).filteredOn(p -> p.name().equals("BJ_IN_FORCE_UNTIL"))
                .singleElement().satisfies(p -> assertThat(p.values()).singleElement()
                        .satisfies(v -> assertThat(v.value()).isEqualTo("2012-12-14")));
    }

    @Test
    void everyValueIsCheckedAndTheOneBeforeTheStartIsNamed() {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                () -> endingOn(LocalDate.of(2030, 6, 30), LocalDate.of(2011, 12, 31)).build());
        assertThat(e.message(Language.EN))
                .startsWith("deployment.json: beijing-2012.BJ_IN_FORCE_UNTIL[1].value: 2011-12-31 is before");
    }

    /** A deployment's file setting the end ({@code ends}) and the §3(1) rate ({@code rates}), each a JSON list. */
    private static RulesEngine.Builder deployment(String ends, String rates) {
        String json = "{\"beijing-2012\": {\"BJ_IN_FORCE_UNTIL\": " + ends + ", \"BJ_PLEDGE_LOAN_INTEREST.RATE\": "
                + rates + "}}";
        return RulesEngine.builder().parameters("deployment.json",
                new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String value(String from, String value) {
        return "{\"from\": \"" + from + "\", \"value\": \"" + value + "\", \"source\": \"test: illustrative\"}";
    }

    /** The end 2013-12-31, known from 2013-06-01. */
    private static final String END_2013 = "[" + value("2013-06-01", "2013-12-31") + "]";

    /** A Zhongguancun enterprise's interest on a patent pledge, 10,000.00 yuan in {@code year}. */
    private static BeijingEnterprise interestOf(int year) {
        return new BeijingEnterprise("北京示例科技有限公司", null, true, true, List.of(Industry.OTHER), null,
                List.of(new PledgeLoan("北京银行", Pledge.PATENT, new BigDecimal("10000"), year)));
    }

    /**
     * A rate from the end day itself, 2013-12-31, is read: 2013's interest is dated 2013-12-31, not after the end,
     * and is subsidised at it, 10,000.00 × 0.5 = 5,000.00 (as of 2014-06-30, after the end: facts before it are
     * decided as usual). A rate from the day after, 2014-01-01, would price only interest dated after the end, all
     * of it held back: refused when the engine starts, at its file and path, in both languages.
     */
    @Test
    void aRateFromTheEndDayIsReadAndOneFromTheDayAfterIsRefused() {
        RulesEngine onTheEnd = deployment(END_2013, "[" + value("2013-12-31", "0.5") + "]").build();
        EvaluationResult r = onTheEnd.evaluate(Beijing2012.APPLICANT, LocalDate.of(2014, 6, 30), interestOf(2013));
        assertThat(r.awards()).singleElement().satisfies(a -> assertThat(a.amount()).isEqualByComparingTo("5000.00"));

        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                () -> deployment(END_2013, "[" + value("2014-01-01", "0.5") + "]").build());
        assertThat(e.inParameters()).as("the deployment's mistake").isTrue();
        assertThat(e.message(Language.EN)).isEqualTo("deployment.json: beijing-2012.BJ_PLEDGE_LOAN_INTEREST.RATE[0]"
                + ".from: 2014-01-01 is after 2013-12-31, the last day the opinions are in force "
                + "(BJ_IN_FORCE_UNTIL[0], from 2013-06-01, source: test: illustrative): a value cannot take effect "
                + "after the opinions end, as "
                + "nothing dated after the end is subsidised; remove it, or, if the end was moved, give "
                + "BJ_IN_FORCE_UNTIL the later end");
        assertThat(e.message(Language.ZH)).isEqualTo("deployment.json: beijing-2012.BJ_PLEDGE_LOAN_INTEREST.RATE[0]"
                + ".from: 2014-01-01 晚于本实施意见最后有效日 2013-12-31(BJ_IN_FORCE_UNTIL[0],自 2013-06-01 起,依据:test: "
                + "illustrative):取值不能在本实施意见终止之后生效,终止日之后的事项均不予补助;请删除该取值,如终止日已推迟,"
                + "请为 BJ_IN_FORCE_UNTIL 设定推迟后的终止日");
        // a later value after the end is named at its own index
        assertThat(catchThrowableOfType(ConfigurationException.class, () -> deployment(END_2013, "["
                + value("2012-12-14", "0.3") + ", " + value("2014-01-01", "0.5") + "]").build())
                .message(Language.EN)).startsWith("deployment.json: beijing-2012.BJ_PLEDGE_LOAN_INTEREST.RATE[1].from: "
                        + "2014-01-01 is after 2013-12-31");
    }

    /**
     * The end is read on the as-of date (reading in-force), so a rate after one end is read where another end covers
     * it. Moved to 2015-12-31 from 2014-06-01, the end read as of 2015-06-30 lets 2014's interest be subsidised at the
     * rate from 2014-01-01: 10,000.00 × 0.3 = 3,000.00. An end known only from 2015-01-01 is read by no as-of date in
     * 2014: as of 2014-12-31 nothing has ended, and 2014's interest is subsidised at the rate from 2014-01-01 whatever
     * the end says later. A rate after the latest end a day from its own on reads is refused, naming that end.
     */
    @Test
    void aRateAfterOneEndIsReadWhereAnotherEndCoversIt() {
        String rates = "[" + value("2012-12-14", "0.5") + ", " + value("2014-01-01", "0.3") + "]";
        RulesEngine moved = deployment("[" + value("2013-06-01", "2013-12-31") + ", " + value("2014-06-01",
                "2015-12-31") + "]", rates).build();
        assertThat(moved.evaluate(Beijing2012.APPLICANT, LocalDate.of(2015, 6, 30), interestOf(2014)).awards())
                .singleElement().satisfies(a -> assertThat(a.amount()).isEqualByComparingTo("3000.00"));

        RulesEngine knownLater = deployment("[" + value("2015-01-01", "2013-12-31") + "]", rates).build();
        assertThat(knownLater.evaluate(Beijing2012.APPLICANT, LocalDate.of(2014, 12, 31), interestOf(2014)).awards())
                .singleElement().satisfies(a -> assertThat(a.amount()).isEqualByComparingTo("3000.00"));

        // brought forward: from 2014-06-01 the end is 2013-12-31, so 2015-12-31, which covered 2015, is read by no
        // as-of date from 2015-01-01 on
        assertThat(catchThrowableOfType(ConfigurationException.class, () -> deployment("[" + value("2013-06-01",
                "2015-12-31") + ", " + value("2014-06-01", "2013-12-31") + "]", "[" + value("2015-01-01", "0.5")
                + "]").build()).message(Language.EN)).startsWith("deployment.json: beijing-2012"
                        + ".BJ_PLEDGE_LOAN_INTEREST.RATE[0].from: 2015-01-01 is after 2013-12-31, the last day the "
                        + "opinions are in force (BJ_IN_FORCE_UNTIL[1], from 2014-06-01");
    }
}
