package io.iprules.beijing;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Deadline;
import io.iprules.DeadlineStatus;
import io.iprules.EvaluationResult;
import io.iprules.RulesEngine;
import io.iprules.kit.calendar.WorkingDayCalendar;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * §2(4)'s 5个工作日 are counted on the State Council's notices, those a deployment adds included (reading
 * working-days: a date from 25 December needs the next year's notice): a year file given to the engine turns the
 * count of a file complete at the end of 2026, UNKNOWN with the bundled notices (unknown-calendar-not-covered),
 * into a decided one, and the receipt records the calendar counted on.
 */
class BeijingDeploymentCalendarTest {
    /**
     * A made-up year for this test only — NOT a State Council notice: 2027 with 1 January a rest day and nothing
     * else moved.
     */
    private static final String TEST_ONLY_2027 = """
            { "year": 2027, "source": "test fixture: made up, not a State Council notice",
              "notices": [ { "id": "test-2027", "title": "测试用 2027 年日历(虚构，非国务院通知)",
                             "url": "https://example.invalid/test-2027" } ],
              "days": [ { "date": "2027-01-01", "kind": "REST", "name": "元旦", "notice": "test-2027" } ] }
            """;

    /** Complete on Mon 2026-12-28, issued on Tue 2027-01-05, evaluated at the end of January 2027. */
    private static EvaluationResult completeAtTheEndOf2026(RulesEngine engine) {
        BeijingEnterprise e = new BeijingEnterprise("北京示例科技有限公司", null, true, null,
                List.of(Industry.NEXT_GENERATION_IT), List.of(new GreenChannelRequest(Certificate.PRIORITY_EXAMINATION,
                        "202610000001.2", LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 5))), null);
        return engine.evaluate(Beijing2012.APPLICANT, LocalDate.of(2027, 1, 31), e);
    }

    @Test
    void aDeploymentsYearFileDecidesACountTheBundledNoticesCannot() {
        byte[] year = TEST_ONLY_2027.getBytes(StandardCharsets.UTF_8);
        RulesEngine deployed = RulesEngine.builder().dataFile("calendar", "2027.json", year).build();

        Deadline bundled = completeAtTheEndOf2026(RulesEngine.builder().build()).deadlines().get(0);
        assertThat(bundled.status()).isEqualTo(DeadlineStatus.UNKNOWN);

        EvaluationResult r = completeAtTheEndOf2026(deployed);
        // by hand: Mon 2026-12-28 not counted; Tue 29 (1), Wed 30 (2), Thu 31 (3); Fri 2027-01-01 rests in the test
        // file, Sat 02 and Sun 03 are a weekend; Mon 01-04 (4), Tue 01-05 (5) = the deadline, the day it was issued
        Deadline d = r.deadlines().get(0);
        assertThat(d.status()).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(d.workingDaysUsed()).isEqualTo(5);
        assertThat(d.calendar()).contains("测试用 2027 年日历(虚构，非国务院通知)");

        String digest = WorkingDayCalendar.builder().addYear("2027.json", year).build().digest();
        assertThat(r.receipt().orElseThrow().data()).isEqualTo(Map.of("calendar", digest));
        assertThat(digest).isNotEqualTo(WorkingDayCalendar.china().digest());
    }
}
