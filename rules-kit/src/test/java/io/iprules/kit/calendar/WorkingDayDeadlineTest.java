package io.iprules.kit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.DeadlineStatus;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Deadlines of 5 working days (5个工作日内), hand-worked on the 2013 notice: 国庆节：10月1日至7日放假调休，共7天。
 * 9月29日（星期日）、10月12日（星期六）上班。 From Fri 2013-09-27 the working days are 09-29 (1), 09-30 (2),
 * 10-08 (3), 10-09 (4), 10-10 (5), 10-11 (6), 10-12 (7): the deadline is 10-10.
 */
class WorkingDayDeadlineTest {
    private static final WorkingDayCalendar CHINA = WorkingDayCalendar.china();
    private static final LocalDate COMPLETE = d("2013-09-27");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static DeadlineCount count(String start, String done, String asOf) {
        return WorkingDayDeadline.count(CHINA, d(start), 5, done == null ? null : d(done), d(asOf));
    }

    @Test
    void the_acceptance_example_issued_10_12_is_late_by_2() {
        DeadlineCount c = count("2013-09-27", "2013-10-12", "2013-10-31");
        assertThat(c.status()).isEqualTo(DeadlineStatus.LATE);
        assertThat(c.met()).isFalse();
        assertThat(c.start()).isEqualTo(COMPLETE);
        assertThat(c.deadline()).isEqualTo(d("2013-10-10"));
        assertThat(c.done()).isEqualTo(d("2013-10-12"));
        assertThat(c.workingDaysUsed()).isEqualTo(7);
        assertThat(c.workingDaysLate()).isEqualTo(2);
        assertThat(c.workingDaysLeft()).isNull();
        assertThat(c.uncoveredYear()).isNull();
        assertThat(c.calendar()).containsExactly("国办发明电〔2012〕33号");
        assertThat(c.notices()).extracting(Notice::title).containsExactly("国务院办公厅关于2013年部分节假日安排的通知");
    }

    @Test
    void on_time_at_exactly_five_late_at_six() {
        DeadlineCount five = count("2013-09-27", "2013-10-10", "2013-10-31");
        assertThat(five.status()).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(five.met()).isTrue();
        assertThat(five.workingDaysUsed()).isEqualTo(5);
        assertThat(five.workingDaysLate()).isZero();
        DeadlineCount six = count("2013-09-27", "2013-10-11", "2013-10-31");
        assertThat(six.status()).isEqualTo(DeadlineStatus.LATE);
        assertThat(six.workingDaysUsed()).isEqualTo(6);
        assertThat(six.workingDaysLate()).isEqualTo(1);
    }

    @Test
    void the_issue_day_counts_as_one_even_on_a_rest_day() {
        // issued Sat 10-05, inside the holiday: working days before it 09-29, 09-30 = 2, plus the issue day = 3
        DeadlineCount holiday = count("2013-09-27", "2013-10-05", "2013-10-31");
        assertThat(holiday.status()).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(holiday.workingDaysUsed()).isEqualTo(3);
        // from Fri 10-18: 10-21..10-25 are the 5 (deadline Fri 10-25); issued Sat 10-26: 5 + 1 = 6, late by 1
        DeadlineCount saturday = count("2013-10-18", "2013-10-26", "2013-10-31");
        assertThat(saturday.deadline()).isEqualTo(d("2013-10-25"));
        assertThat(saturday.status()).isEqualTo(DeadlineStatus.LATE);
        assertThat(saturday.workingDaysUsed()).isEqualTo(6);
        assertThat(saturday.workingDaysLate()).isEqualTo(1);
        // issued the day the file became complete: no working day after it used
        DeadlineCount sameDay = count("2013-09-27", "2013-09-27", "2013-09-27");
        assertThat(sameDay.status()).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(sameDay.workingDaysUsed()).isZero();
    }

    @Test
    void across_the_spring_festival() {
        // after Thu 2013-02-07: 02-08 (1), 02-09..15 rest, Sat 02-16 (2), Sun 02-17 (3), 02-18 (4), 02-19 (5)
        DeadlineCount c = count("2013-02-07", "2013-02-19", "2013-03-01");
        assertThat(c.deadline()).isEqualTo(d("2013-02-19"));
        assertThat(c.status()).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(c.workingDaysUsed()).isEqualTo(5);
    }

    @Test
    void pending_while_the_deadline_has_not_passed() {
        DeadlineCount c = count("2013-09-27", null, "2013-10-08");
        assertThat(c.status()).isEqualTo(DeadlineStatus.PENDING);
        assertThat(c.met()).isNull();
        assertThat(c.deadline()).isEqualTo(d("2013-10-10"));
        assertThat(c.workingDaysLeft()).isEqualTo(2);           // 10-09, 10-10
        assertThat(c.workingDaysUsed()).isNull();
        assertThat(c.workingDaysLate()).isNull();
        assertThat(count("2013-09-27", null, "2013-10-01").workingDaysLeft()).isEqualTo(3); // 10-08, 09, 10
        assertThat(count("2013-09-27", null, "2013-09-27").workingDaysLeft()).isEqualTo(5);
        DeadlineCount lastDay = count("2013-09-27", null, "2013-10-10");
        assertThat(lastDay.status()).isEqualTo(DeadlineStatus.PENDING);
        assertThat(lastDay.workingDaysLeft()).isZero();
    }

    @Test
    void issued_after_the_evaluation_date_is_not_yet() {
        DeadlineCount c = count("2013-09-27", "2013-10-12", "2013-10-09");
        assertThat(c.status()).isEqualTo(DeadlineStatus.PENDING);
        assertThat(c.done()).isNull();
        assertThat(c.workingDaysLeft()).isEqualTo(1);           // 10-10
    }

    @Test
    void overdue_once_the_deadline_has_passed_late_so_far() {
        DeadlineCount friday = count("2013-09-27", null, "2013-10-11");
        assertThat(friday.status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(friday.met()).isFalse();
        assertThat(friday.workingDaysLate()).isEqualTo(1);      // 10-11 is the 6th
        assertThat(friday.workingDaysLeft()).isNull();
        // Sun 10-13: before it 10-11 (6), Sat 10-12 (7); the evaluation day counts as one like an issue day: 8 − 5
        DeadlineCount sunday = count("2013-09-27", null, "2013-10-13");
        assertThat(sunday.status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(sunday.workingDaysLate()).isEqualTo(3);
    }

    @Test
    void unknown_when_the_deadline_and_the_day_it_stands_on_are_both_beyond_the_notices() {
        // complete Mon 2026-12-28: 12-29 is already after 25 December 2026, which needs the notice for 2027; on
        // 2027-01-15 the deadline may have passed or not
        DeadlineCount c = count("2026-12-28", null, "2027-01-15");
        assertThat(c.status()).isEqualTo(DeadlineStatus.UNKNOWN);
        assertThat(c.met()).isNull();
        assertThat(c.uncoveredYear()).isEqualTo(2027);
        assertThat(c.deadline()).isNull();
        assertThat(c.workingDaysUsed()).isNull();
        assertThat(c.workingDaysLeft()).isNull();
        // from Mon 2026-12-21: 22, 23, 24 counted (3), then 25 December not covered; issued on 12-29, after it
        DeadlineCount late = count("2026-12-21", "2026-12-29", "2026-12-31");
        assertThat(late.status()).isEqualTo(DeadlineStatus.UNKNOWN);
        assertThat(late.done()).isEqualTo(d("2026-12-29"));
        assertThat(late.workingDaysUsed()).isNull();
    }

    @Test
    void on_time_within_the_covered_days_though_the_deadline_is_beyond_them() {
        // from Mon 2026-12-21: Tue 12-22 (1), then the issue day Wed 12-23 counts as one: 2 used, within 5 whatever
        // the 2027 notice makes of the days from 25 December, where the 5th working day falls
        DeadlineCount c = count("2026-12-21", "2026-12-23", "2026-12-31");
        assertThat(c.status()).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(c.met()).isTrue();
        assertThat(c.workingDaysUsed()).isEqualTo(2);
        assertThat(c.workingDaysLate()).isZero();
        assertThat(c.deadline()).isNull();
        assertThat(c.uncoveredYear()).isEqualTo(2027);
        // complete Sun 2026-12-20, issued Tue 12-22: Mon 12-21 (1) and the issue day = 2
        assertThat(count("2026-12-20", "2026-12-22", "2027-03-01").workingDaysUsed()).isEqualTo(2);
        // issued Thu 12-24, the last covered day: 12-22, 12-23 (2) and the issue day = 3
        assertThat(count("2026-12-21", "2026-12-24", "2027-03-01").workingDaysUsed()).isEqualTo(3);
    }

    @Test
    void pending_up_to_the_first_day_not_covered_the_days_left_not_counted() {
        // from Mon 2026-12-21: 3 working days by Thu 12-24, and the 4th and 5th come on or after 25 December
        for (String asOf : new String[]{"2026-12-21", "2026-12-24", "2026-12-25"}) {
            DeadlineCount c = count("2026-12-21", null, asOf);
            assertThat(c.status()).as(asOf).isEqualTo(DeadlineStatus.PENDING);
            assertThat(c.deadline()).as(asOf).isNull();
            assertThat(c.workingDaysLeft()).as(asOf).isNull();
            assertThat(c.uncoveredYear()).as(asOf).isEqualTo(2027);
        }
        // on Sat 12-26: before it 22, 23, 24 and at most 12-25, 4 at most: the 5th is 12-26 or later, still pending
        assertThat(count("2026-12-21", null, "2026-12-26").status()).isEqualTo(DeadlineStatus.PENDING);
        // on Sun 12-27 the 5th may be Sat 12-26 (were 12-25 and 12-26 working days, as the 2027 notice may make
        // them) or later: not decided
        assertThat(count("2026-12-21", null, "2026-12-27").status()).isEqualTo(DeadlineStatus.UNKNOWN);
        // complete Mon 12-28 (the README's example): no day to count is covered, yet the deadline, the 5th working
        // day after 12-28, is not before 2027-01-02 (29, 30, 31, 01 before it at most): pending up to that day
        for (String asOf : new String[]{"2026-12-28", "2026-12-29", "2026-12-30", "2027-01-02"}) {
            assertThat(count("2026-12-28", null, asOf).status()).as(asOf).isEqualTo(DeadlineStatus.PENDING);
        }
        assertThat(count("2026-12-28", null, "2027-01-03").status()).isEqualTo(DeadlineStatus.UNKNOWN);
    }

    @Test
    void on_time_when_even_every_day_not_covered_a_working_day_leaves_it_within_the_period() {
        // from Mon 2026-12-21: 22, 23, 24 (3), Fri 12-25 not covered (at most 1), and the issue day Sat 12-26 counts
        // as one: at most 5 used, on time whatever the 2027 notice makes of 12-25 and 12-26 (helper-185's case)
        DeadlineCount c = count("2026-12-21", "2026-12-26", "2027-01-10");
        assertThat(c.status()).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(c.met()).isTrue();
        assertThat(c.workingDaysUsed()).isNull();
        assertThat(c.workingDaysLate()).isZero();
        assertThat(c.deadline()).isNull();
        assertThat(c.uncoveredYear()).isEqualTo(2027);
        // issued Sun 12-27: 3, then 12-25 and 12-26 at most 2, and the issue day: at most 6, perhaps late
        assertThat(count("2026-12-21", "2026-12-27", "2027-01-10").status()).isEqualTo(DeadlineStatus.UNKNOWN);
        // complete Mon 12-28, issued Sat 2027-01-02: 29, 30, 31, 01 at most 4, and the issue day: on time
        assertThat(count("2026-12-28", "2027-01-02", "2027-01-10").status()).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(count("2026-12-28", "2027-01-03", "2027-01-10").status()).isEqualTo(DeadlineStatus.UNKNOWN);
    }

    @Test
    void overdue_once_a_counted_deadline_has_passed_the_days_late_not_counted_beyond_the_notices() {
        // from Mon 2026-12-14 the deadline is Mon 12-21 (15, 16, 17, 18, 21): not issued by 2027-01-10, overdue, but
        // the days late run past 25 December
        DeadlineCount c = count("2026-12-14", null, "2027-01-10");
        assertThat(c.status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(c.met()).isFalse();
        assertThat(c.deadline()).isEqualTo(d("2026-12-21"));
        assertThat(c.workingDaysLate()).isNull();
        assertThat(c.uncoveredYear()).isEqualTo(2027);
        assertThat(c.calendar()).containsExactly("国务院办公厅关于2026年部分节假日安排的通知");
        // on Thu 12-24 still within the covered days: 15..18, 21..23 = 7, and the evaluation date = 8, late by 3
        DeadlineCount covered = count("2026-12-14", null, "2026-12-24");
        assertThat(covered.status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(covered.workingDaysLate()).isEqualTo(3);
        assertThat(covered.uncoveredYear()).isNull();
    }

    @Test
    void decided_once_a_2027_notice_is_added() {
        WorkingDayCalendar with2027 = WorkingDayCalendar.builder()
                .addYear("2027.json", WorkingDayCalendarTest.TEST_2027.getBytes(StandardCharsets.UTF_8)).build();
        // after Mon 2026-12-28: 29 (1), 30 (2), 31 (3), Fri 2027-01-01 rest (test notice), weekend, 01-04 (4), 01-05
        // (5)
        DeadlineCount c = WorkingDayDeadline.count(with2027, d("2026-12-28"), 5, null, d("2027-01-04"));
        assertThat(c.status()).isEqualTo(DeadlineStatus.PENDING);
        assertThat(c.deadline()).isEqualTo(d("2027-01-05"));
        assertThat(c.workingDaysLeft()).isEqualTo(1);
        assertThat(c.notices()).extracting(Notice::id).containsExactly("cn-2026", "test-2027");
    }

    @Test
    void the_callers_checks_come_first() {
        assertThatThrownBy(() -> count("2013-09-27", "2013-09-26", "2013-10-31"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the start");
        assertThatThrownBy(() -> count("2013-09-27", null, "2013-09-26"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the evaluation date");
        assertThatThrownBy(() -> WorkingDayDeadline.count(CHINA, COMPLETE, 0, null, COMPLETE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_notice_met_only_after_the_deadline_is_cited_beside_the_one_the_deadline_needed() {
        // From Tue 2015-08-25: 08-26 (1), 08-27 (2), 08-28 (3), 08-31 (4), 09-01 (5): the deadline is 09-01, on the
        // yearly notice alone. Issued Mon 09-07: before it 08-26, 27, 28, 31, 09-01, 09-02, then 09-03..05 rested and
        // Sun 09-06 worked by the special notice (国发明电〔2015〕1号): 7, plus the issue day = 8, late by 3.
        DeadlineCount c = count("2015-08-25", "2015-09-07", "2015-09-30");
        assertThat(c.deadline()).isEqualTo(d("2015-09-01"));
        assertThat(c.status()).isEqualTo(DeadlineStatus.LATE);
        assertThat(c.workingDaysUsed()).isEqualTo(8);
        assertThat(c.workingDaysLate()).isEqualTo(3);
        assertThat(c.notices()).extracting(Notice::id).containsExactly("cn-2015", "cn-2015-victory-day");
        // done by the deadline: the special notice decided no day counted
        assertThat(count("2015-08-25", "2015-09-01", "2015-09-30").notices()).extracting(Notice::id)
                .containsExactly("cn-2015");
    }

    @Test
    void a_count_that_runs_into_the_year_end_window_cites_the_next_years_notice_after_this_years() {
        // From Mon 2013-12-16: 12-17 (1), 18, 19, 20 (4), Mon 12-23 (5), before 25 December: the 2013 notice alone.
        // Not issued by Fri 2014-01-03: working days 12-17..20, 23..27, 30, 31, then 01-01 rested (2014 notice:
        // 元旦：1月1日放假1天) and 01-02 worked = 12, plus the evaluation date = 13: overdue by 8. From 12-25 the
        // 2014 notice could have moved a day, so it is cited too, after 2013's.
        DeadlineCount c = count("2013-12-16", null, "2014-01-03");
        assertThat(c.deadline()).isEqualTo(d("2013-12-23"));
        assertThat(c.status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(c.workingDaysLate()).isEqualTo(8);
        assertThat(c.notices()).extracting(Notice::id).containsExactly("cn-2013", "cn-2014");
        // pending on 12-20: the deadline's count alone, within 2013 before the window
        assertThat(count("2013-12-16", null, "2013-12-20").notices()).extracting(Notice::id)
                .containsExactly("cn-2013");
    }
    @Test
    void a_period_of_one_working_day_ends_on_the_next_working_day() {
        // from Fri 2013-03-01: the weekend is not counted, Mon 03-04 is the first working day after it
        DeadlineCount c = WorkingDayDeadline.count(CHINA, d("2013-03-01"), 1, null, d("2013-03-01"));
        assertThat(c.status()).isEqualTo(DeadlineStatus.PENDING);
        assertThat(c.deadline()).isEqualTo(d("2013-03-04"));
        assertThat(c.workingDaysLeft()).isEqualTo(1);
    }

    @Test
    void done_on_a_day_no_notice_covers_after_the_deadline_is_late_by_days_not_counted() {
        // from Mon 2026-12-14 the deadline is Mon 12-21; done Tue 12-29, which needs the 2027 notice: after it all the
        // same
        DeadlineCount c = count("2026-12-14", "2026-12-29", "2027-01-10");
        assertThat(c.status()).isEqualTo(DeadlineStatus.LATE);
        assertThat(c.met()).isFalse();
        assertThat(c.deadline()).isEqualTo(d("2026-12-21"));
        assertThat(c.done()).isEqualTo(d("2026-12-29"));
        assertThat(c.uncoveredYear()).isEqualTo(2027);
        assertThat(c.workingDaysUsed()).isNull();
        assertThat(c.workingDaysLate()).isNull();
    }

    @Test
    void done_early_still_cites_every_notice_the_deadlines_own_count_needed() {
        // From Mon 2013-12-16, 7 working days: 12-17..20 (4), 23 (5), 24 (6), Wed 12-25 (7), a day the 2014 notice
        // could have moved. Done Wed 12-18: 12-17 (1) plus the day itself = 2, on time; its own count needed 2013 only.
        DeadlineCount c = WorkingDayDeadline.count(CHINA, d("2013-12-16"), 7, d("2013-12-18"), d("2013-12-31"));
        assertThat(c.deadline()).isEqualTo(d("2013-12-25"));
        assertThat(c.status()).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(c.workingDaysUsed()).isEqualTo(2);
        assertThat(c.notices()).extracting(Notice::id).containsExactly("cn-2013", "cn-2014");
    }

    @Test
    void a_correction_met_only_after_a_deadline_in_the_year_end_window_is_cited_in_its_years_place() {
        // made up for tests: 2027's correcting notice rests Wed 2027-12-29; 2028 has a general notice only
        String with2027 = """
                { "year": 2027,
                  "notices": [ { "id": "g-2027", "title": "测试用的2027年通知（虚构）", "url": "https://example.org/g-2027" },
                               { "id": "c-2027", "title": "测试用的2027年更正通知（虚构）", "url": "https://example.org/c-2027" } ],
                  "days": [ { "date": "2027-12-29", "kind": "REST", "name": "调休", "notice": "c-2027" } ] }
                """;
        String with2028 = """
                { "year": 2028,
                  "notices": [ { "id": "g-2028", "title": "测试用的2028年通知（虚构）", "url": "https://example.org/g-2028" } ],
                  "days": [] }
                """;
        WorkingDayCalendar calendar = WorkingDayCalendar.builder()
                .addYear("2027.json", with2027.getBytes(StandardCharsets.UTF_8))
                .addYear("2028.json", with2028.getBytes(StandardCharsets.UTF_8)).build();
        // From Wed 2027-12-22, 3 working days: Thu 12-23 (1), Fri 12-24 (2), Mon 12-27 (3): in the window, so the
        // deadline's count needed 2027's and 2028's general notices. Done Fri 12-31: 23, 24, 27, 28, 29 rested by
        // the correction, 30 = 5, plus the day itself = 6, late by 3; that count met the correction.
        DeadlineCount c = WorkingDayDeadline.count(calendar, d("2027-12-22"), 3, d("2027-12-31"), d("2028-01-05"));
        assertThat(c.deadline()).isEqualTo(d("2027-12-27"));
        assertThat(c.status()).isEqualTo(DeadlineStatus.LATE);
        assertThat(c.workingDaysUsed()).isEqualTo(6);
        assertThat(c.workingDaysLate()).isEqualTo(3);
        assertThat(c.notices()).extracting(Notice::id).containsExactly("g-2027", "c-2027", "g-2028");
    }
}
