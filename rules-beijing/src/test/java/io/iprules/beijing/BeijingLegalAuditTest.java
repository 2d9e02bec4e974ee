package io.iprules.beijing;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Deadline;
import io.iprules.DeadlineStatus;
import io.iprules.EvaluationResult;
import io.iprules.Exclusion;
import io.iprules.Language;
import io.iprules.RulesEngine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cases of a legal audit of beijing-2012, each worked out by hand from the text and the State Council's notices
 * (../data/holidays-cn), that the module decided or worded wrongly.
 */
class BeijingLegalAuditTest {
    private static final RulesEngine OPEN = RulesEngine.builder().build();
    /** §3(1)'s rate is open (no default): an illustrative 0.3, not an implementing rule. */
    private static final RulesEngine RATED = RulesEngine.builder()
            .parameter(Beijing2012.ID, "BJ_PLEDGE_LOAN_INTEREST.RATE", LocalDate.of(2012, 12, 14), "0.3",
                    "test: illustrative rate, not an implementing rule")
            .build();

    private static BeijingEnterprise zhongguancun(PledgeLoan... loans) {
        // OTHER alone: out of the §1(1) scope, so eligible only if a subsidy is due
        return new BeijingEnterprise("北京示例科技有限公司", null, true, true, List.of(Industry.OTHER), null,
                List.of(loans));
    }

    private static BeijingEnterprise inScope(GreenChannelRequest... certificates) {
        return new BeijingEnterprise("北京示例科技有限公司", null, true, null, List.of(Industry.NEW_MATERIALS),
                List.of(certificates), null);
    }

    /**
     * §3(1) 支持中关村企业: an exclusion of a Zhongguancun enterprise's interest must not give "not a Zhongguancun
     * enterprise" as its reason. 0.01 yuan × 0.3 = 0.003, 0.00 to the fen: nothing is due (the kit's
     * {@code NOT_ELIGIBLE} for a subsidy of 0.00), and the reason shown is the code's text of policy.json, which said
     * 不是中关村企业 for an enterprise declared 中关村 and worded 中关村企业 in the detail beside it.
     */
    @Test
    void aSubsidyOfNothingForAZhongguancunEnterpriseIsNotCalledNotZhongguancun() {
        EvaluationResult r = RATED.evaluate(Beijing2012.APPLICANT, LocalDate.of(2014, 1, 31),
                zhongguancun(new PledgeLoan("建设银行", Pledge.TRADEMARK, new BigDecimal("0.01"), 2013)));

        assertThat(r.awards()).isEmpty();
        Exclusion x = r.excluded().get(0);
        assertThat(x.reason().code()).isEqualTo("NOT_ELIGIBLE");
        assertThat(x.amount()).isEqualByComparingTo("0.00");
        assertThat(x.detail().in(Language.ZH)).isEqualTo("中关村企业以商标权质押取得贷款,支付利息 0.01 元;贴息比例 30%;"
                + "计算所得金额为 0.00 元,无应予补助的金额");
        // the reason's text covers both ways §3(1) gives nothing: not 中关村, or a subsidy of 0.00
        assertThat(x.reason().text().in(Language.ZH)).isEqualTo("不予贴息:非中关村企业,或计算所得贴息为 0.00 元");
        assertThat(x.reason().text().in(Language.EN)).isNotEqualTo("not a Zhongguancun enterprise")
                .contains("0.00 yuan");
    }

    /**
     * §3(1) 贴息 on interest of 0.00 yuan: whatever rate the implementing rules set, 0.00 × rate = 0.00, so nothing
     * is due, as RATED decides it (excluded NOT_ELIGIBLE, not eligible). With the rate open the module proposed an
     * award of an undetermined amount, counted it in {@code undetermined} and made the enterprise eligible
     * (readings.json eligible: an award due): setting any rate would then take both back.
     */
    @Test
    void interestOfNothingIsNothingDueWhateverTheOpenRate() {
        PledgeLoan none = new PledgeLoan("工商银行", Pledge.PATENT, new BigDecimal("0.00"), 2013);
        EvaluationResult rated = RATED.evaluate(Beijing2012.APPLICANT, LocalDate.of(2014, 1, 31), zhongguancun(none));
        EvaluationResult open = OPEN.evaluate(Beijing2012.APPLICANT, LocalDate.of(2014, 1, 31), zhongguancun(none));

        for (EvaluationResult r : List.of(rated, open)) {
            assertThat(r.awards()).isEmpty();
            assertThat(r.undetermined()).isZero();
            assertThat(r.eligible()).isFalse();
            assertThat(r.excluded()).singleElement().satisfies(x -> {
                assertThat(x.reason().code()).isEqualTo("NOT_ELIGIBLE");
                assertThat(x.amount()).isEqualByComparingTo("0.00");
                assertThat(x.citation()).isEqualTo("beijing-2012 §3(1)");
            });
        }
        // the officer is told why, not that the rate is awaited
        assertThat(open.excluded().get(0).detail().in(Language.ZH)).contains("支付利息 0.00 元")
                .doesNotContain("贴息比例待");
    }

    /**
     * §2(4) 5个工作日内, reading clock: the issue day counts as one even if it is a rest day, but it is no working day,
     * and the officer must not read that it is. Complete Fri 2013-12-27; the 2014 notice rests only Wed 01-01 around
     * it: Mon 12-30 (1), Tue 12-31 (2), Thu 01-02 (3), Fri 01-03 (4), Mon 01-06 (5) = the deadline. Issued Sat
     * 2014-01-04: 4 working days before it + 1 = 5, ON_TIME; the 5th working day after 12-27 is 01-06, not 01-04.
     * Complete Fri 2013-10-18: Mon 21 (1) .. Fri 25 (5) = the deadline; issued Sat 10-26: 5 + 1 = 6, LATE by 1; 10-26
     * is no working day at all (the 2013 notice's make-up Saturday is 10-12).
     */
    @Test
    void anIssueDayThatIsARestDayIsNotCalledTheNthWorkingDay() {
        EvaluationResult r = OPEN.evaluate(Beijing2012.APPLICANT, LocalDate.of(2014, 1, 31), inScope(
                new GreenChannelRequest(Certificate.PRIORITY_EXAMINATION, "201310000011.1", LocalDate.of(2013, 12, 27),
                        LocalDate.of(2014, 1, 4)),
                new GreenChannelRequest(Certificate.NO_IP_VIOLATION, "201310000012.5", LocalDate.of(2013, 10, 18),
                        LocalDate.of(2013, 10, 26))));

        Deadline onTime = r.deadlines().get(0);
        assertThat(onTime.status()).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(onTime.deadline()).isEqualTo(LocalDate.of(2014, 1, 6));
        assertThat(onTime.workingDaysUsed()).isEqualTo(5);
        assertThat(onTime.detail().in(Language.ZH)).doesNotContain("第 5 个工作日").contains("休息日", "按一个工作日计");
        assertThat(onTime.detail().in(Language.EN)).doesNotContain("5 working day(s) after").contains("rest day");

        Deadline late = r.deadlines().get(1);
        assertThat(late.status()).isEqualTo(DeadlineStatus.LATE);
        assertThat(late.deadline()).isEqualTo(LocalDate.of(2013, 10, 25));
        assertThat(late.workingDaysUsed()).isEqualTo(6);
        assertThat(late.workingDaysLate()).isEqualTo(1);
        // the dates and counts are the entry's own figures, which the report prints beside the detail: not repeated
        assertThat(late.detail().in(Language.ZH)).isEqualTo("申请文件齐备当日不计,自次日起算至出具日(含);"
                + "出具日为休息日,按一个工作日计");
        assertThat(late.detail().in(Language.EN)).isEqualTo("counted from the day after the file became complete to "
                + "the issue day, included; the issue day is a rest day, which counts as one working day");
    }

    /**
     * The issue day on a working day has the plain wording, no rest day in it: complete Fri 2013-12-27, issued Mon
     * 2014-01-06 = the 5th working day after it (above), ON_TIME. The detail says only how the days were counted: the
     * dates and the 5 days are the entry's own figures, which the officer's text prints beside it.
     */
    @Test
    void anIssueDayThatIsAWorkingDayIsTheNthWorkingDay() {
        EvaluationResult r = OPEN.evaluate(Beijing2012.APPLICANT, LocalDate.of(2014, 1, 31), inScope(
                new GreenChannelRequest(Certificate.PRIORITY_EXAMINATION, "201310000011.1", LocalDate.of(2013, 12, 27),
                        LocalDate.of(2014, 1, 6))));

        assertThat(r.deadlines().get(0).detail().in(Language.ZH)).isEqualTo("申请文件齐备当日不计,自次日起算至出具日(含)");
        assertThat(r.deadlines().get(0).detail().in(Language.EN))
                .isEqualTo("counted from the day after the file became complete to the issue day, included");
    }

    /**
     * Not issued by the evaluation date, past the deadline: the working days beyond it are 逾期 (the legal term the
     * status 已逾期 uses), counted to the evaluation date as if issued that day. Complete Fri 2013-09-27, deadline
     * 2013-10-10 (Sun 09-29 a make-up working day, 10-01..10-07 the National Day rest); then Fri 10-11, Sat 10-12 (a
     * make-up working day) and Mon 10-14: 3 working days overdue on 2013-10-14.
     */
    @Test
    void aCertificateNotIssuedPastItsDeadlineIsOverdueByWorkingDays() {
        EvaluationResult r = OPEN.evaluate(Beijing2012.APPLICANT, LocalDate.of(2013, 10, 14), inScope(
                new GreenChannelRequest(Certificate.PRIORITY_EXAMINATION, "201310000011.1", LocalDate.of(2013, 9, 27),
                        null)));

        Deadline overdue = r.deadlines().get(0);
        assertThat(overdue.status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(overdue.workingDaysLate()).isEqualTo(3);
        // the deadline and the 3 days are the entry's figures (deadline, workingDaysLate): the detail says how they
        // were counted, not them again
        assertThat(overdue.detail().in(Language.ZH)).isEqualTo("截至评估日期 2013-10-14 尚未出具;逾期天数暂计至评估日期(含当日)");
        assertThat(overdue.detail().in(Language.EN)).isEqualTo("not issued by 2013-10-14; the as-of date is taken as "
                + "the issue day, and the days late are counted to it, included");
    }

    /**
     * A count that needs the notice for 2027, not loaded: the deadline is unknown, and its detail says why in words an
     * officer reads, the machine's code in brackets after them (it led the sentence, bare).
     */
    @Test
    void aDeadlineTheCalendarDoesNotCoverSaysWhyInWords() {
        EvaluationResult r = OPEN.evaluate(Beijing2012.APPLICANT, LocalDate.of(2027, 1, 15), inScope(
                new GreenChannelRequest(Certificate.PRIORITY_EXAMINATION, "202610000001.9", LocalDate.of(2026, 12, 28),
                        null)));

        Deadline unknown = r.deadlines().get(0);
        assertThat(unknown.status()).isEqualTo(DeadlineStatus.UNKNOWN);
        assertThat(unknown.detail().in(Language.ZH)).isEqualTo("计算工作日需要国务院2027年节假日安排的通知,该通知未加载"
                + "(CALENDAR_NOT_COVERED);不推定工作日");
        assertThat(unknown.detail().in(Language.EN)).isEqualTo("counting the working days needs the State Council's "
                + "holiday notice for 2027, which is not loaded (CALENDAR_NOT_COVERED); the working days are not "
                + "guessed");
    }

    /**
     * §1(1) scope, both parts failing: not registered in Beijing (本市) and OTHER alone. The officer must be told both
     * reasons; the module named only the first, as if the industry had been in the eight.
     */
    @Test
    void bothReasonsOutOfScopeAreNamed() {
        EvaluationResult r = OPEN.evaluate(Beijing2012.APPLICANT, LocalDate.of(2014, 1, 31),
                new BeijingEnterprise("河北示例有限公司", null, false, null, List.of(Industry.OTHER), null, null));

        assertThat(r.conditions()).singleElement().satisfies(c -> {
            assertThat(c.met()).isFalse();
            assertThat(c.citation()).isEqualTo("beijing-2012 §1(1)");
            assertThat(c.detail().in(Language.ZH)).contains("未在本市登记", "八个战略性新兴产业");
            assertThat(c.detail().in(Language.EN)).contains("not registered in Beijing", "none of the eight");
        });
    }
}
