package io.iprules.kit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import io.iprules.DataDescription;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The calendar against the notices themselves. Every expected value below is read off the notice's words (quoted),
 * with the day of the week worked out by hand, never taken from this code's output.
 */
class WorkingDayCalendarTest {
    private static final WorkingDayCalendar CHINA = WorkingDayCalendar.china();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static byte[] bundled(int year) {
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream("cn/" + year + ".json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A made-up 2027 notice for tests only (the real one was not published when the data was taken). */
    static final String TEST_2027 = """
            { "year": 2027,
              "notices": [ { "id": "test-2027", "title": "测试用的2027年通知（虚构）", "url": "https://example.org/test-2027" } ],
              "days": [ { "date": "2027-01-01", "kind": "REST", "name": "元旦", "notice": "test-2027" } ] }
            """;

    @Nested
    class SpringFestival {
        // 2013 notice: 春节：2月9日至15日放假调休，共7天。2月16日（星期六）、2月17日（星期日）上班。
        // 2013-02-01 is a Friday (1 January 2013 is a Tuesday, +31 days).
        @Test
        void the_2013_holiday_rests_weekdays_and_works_the_weekend_after() {
            assertThat(d("2013-02-08").getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(CHINA.dayKind(d("2013-02-08"))).isEqualTo(DayKind.WORKING);
            assertThat(CHINA.dayKind(d("2013-02-09"))).isEqualTo(DayKind.REST);   // Sat, in the holiday
            assertThat(CHINA.dayKind(d("2013-02-11"))).isEqualTo(DayKind.REST);   // Mon
            assertThat(CHINA.dayKind(d("2013-02-15"))).isEqualTo(DayKind.REST);   // Fri
            assertThat(CHINA.dayKind(d("2013-02-16"))).isEqualTo(DayKind.WORKING); // make-up Saturday
            assertThat(CHINA.dayKind(d("2013-02-17"))).isEqualTo(DayKind.WORKING); // make-up Sunday
            assertThat(CHINA.dayKind(d("2013-02-18"))).isEqualTo(DayKind.WORKING);
        }

        @Test
        void five_working_days_across_it() {
            // after Thu 02-07: Fri 02-08 (1), 02-09..15 rest, Sat 02-16 (2), Sun 02-17 (3), Mon 02-18 (4), Tue 02-19
            // (5)
            WorkingDayCount c = CHINA.nthWorkingDayAfter(d("2013-02-07"), 5);
            assertThat(c.covered()).isTrue();
            assertThat(c.date()).isEqualTo(d("2013-02-19"));
            assertThat(c.notices()).extracting(Notice::reference).containsExactly("国办发明电〔2012〕33号");
        }

        // 2015 notice: 春节：2月18日至24日放假调休，共7天。2月15日（星期日）、2月28日（星期六）上班。
        @Test
        void the_2015_holiday_with_a_make_up_sunday_before_and_saturday_after() {
            assertThat(d("2015-02-15").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(d("2015-02-28").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(CHINA.dayKind(d("2015-02-15"))).isEqualTo(DayKind.WORKING);
            assertThat(CHINA.dayKind(d("2015-02-18"))).isEqualTo(DayKind.REST);   // Wed
            assertThat(CHINA.dayKind(d("2015-02-24"))).isEqualTo(DayKind.REST);   // Tue
            assertThat(CHINA.dayKind(d("2015-02-25"))).isEqualTo(DayKind.WORKING);
            assertThat(CHINA.dayKind(d("2015-02-28"))).isEqualTo(DayKind.WORKING);
            assertThat(CHINA.dayKind(d("2015-03-01"))).isEqualTo(DayKind.REST);   // plain Sunday
            // 2015-02-16 (Mon) to 2015-02-28: working days 02-17, 02-25, 02-26, 02-27, 02-28 = 5
            assertThat(CHINA.workingDaysAfterUpTo(d("2015-02-16"), d("2015-02-28")).workingDays()).isEqualTo(5);
        }
    }

    @Nested
    class NationalDay {
        // 2013 notice: 国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。
        // 2013-09-01 is a Sunday (day 244 of a year starting on a Tuesday), so 09-27 is a Friday.
        @Test
        void the_2013_holiday() {
            assertThat(d("2013-09-27").getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(CHINA.dayKind(d("2013-09-28"))).isEqualTo(DayKind.REST);    // plain Saturday
            assertThat(CHINA.dayKind(d("2013-09-29"))).isEqualTo(DayKind.WORKING); // make-up Sunday
            for (int day = 1; day <= 7; day++) {
                assertThat(CHINA.dayKind(LocalDate.of(2013, 10, day))).as("10-0" + day).isEqualTo(DayKind.REST);
            }
            assertThat(CHINA.dayKind(d("2013-10-08"))).isEqualTo(DayKind.WORKING);
            assertThat(CHINA.dayKind(d("2013-10-12"))).isEqualTo(DayKind.WORKING); // make-up Saturday
            assertThat(CHINA.dayKind(d("2013-10-13"))).isEqualTo(DayKind.REST);    // plain Sunday
            assertThat(CHINA.adjustment(d("2013-10-12")).orElseThrow().name()).isEqualTo("国庆节");
        }

        @Test
        void the_acceptance_example_deadline_is_10_10_not_the_monday_to_friday_10_04() {
            // 09-29 (1), 09-30 (2), 10-01..07 rest, 10-08 (3), 10-09 (4), 10-10 (5)
            WorkingDayCount c = CHINA.nthWorkingDayAfter(d("2013-09-27"), 5);
            assertThat(c.date()).isEqualTo(d("2013-10-10"));
            assertThat(c.workingDays()).isEqualTo(5);
            assertThat(c.notices()).hasSize(1);
            assertThat(c.notices().get(0).title()).isEqualTo("国务院办公厅关于2013年部分节假日安排的通知");
            assertThat(c.notices().get(0).url())
                    .isEqualTo("http://www.gov.cn/zhengce/zhengceku/2012-12/10/content_1353.htm");
            // to 10-12 inclusive: 09-29, 09-30, 10-08, 10-09, 10-10, 10-11, 10-12 = 7
            assertThat(CHINA.workingDaysAfterUpTo(d("2013-09-27"), d("2013-10-12")).workingDays()).isEqualTo(7);
            assertThat(CHINA.workingDaysAfterUpTo(d("2013-09-27"), d("2013-09-27")).workingDays()).isZero();
        }
    }

    @Nested
    class SpecialNotice2015 {
        // 国发明电〔2015〕1号: 9月3日至5日调休放假，共3天。其中9月3日（星期四）放假，9月4日（星期五）调休，
        // 9月6日（星期日）上班。
        @Test
        void september_3_to_5_rest_and_6_works_by_the_special_notice() {
            assertThat(d("2015-09-03").getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
            assertThat(CHINA.dayKind(d("2015-09-02"))).isEqualTo(DayKind.WORKING);
            assertThat(CHINA.dayKind(d("2015-09-03"))).isEqualTo(DayKind.REST);
            assertThat(CHINA.dayKind(d("2015-09-04"))).isEqualTo(DayKind.REST);
            assertThat(CHINA.dayKind(d("2015-09-05"))).isEqualTo(DayKind.REST);
            assertThat(CHINA.dayKind(d("2015-09-06"))).isEqualTo(DayKind.WORKING);
            for (String date : new String[] {"2015-09-03", "2015-09-04", "2015-09-05", "2015-09-06"}) {
                Notice n = CHINA.adjustment(d(date)).orElseThrow().notice();
                assertThat(n.number()).as(date).isEqualTo("国发明电〔2015〕1号");
                assertThat(n.url()).isEqualTo("http://www.gov.cn/zhengce/zhengceku/2015-05/13/content_9742.htm");
            }
            // the yearly notice sets the rest of 2015
            assertThat(CHINA.adjustment(d("2015-10-01")).orElseThrow().notice().title())
                    .isEqualTo("国务院办公厅关于2015年部分节假日安排的通知");
            assertThat(CHINA.notices(2015)).hasSize(2);
        }

        @Test
        void a_count_through_it_cites_both_notices_one_elsewhere_in_2015_only_the_yearly() {
            // after Wed 09-02: 09-03, 04, 05 rest, Sun 09-06 (1), Mon 09-07 (2)
            WorkingDayCount c = CHINA.nthWorkingDayAfter(d("2015-09-02"), 2);
            assertThat(c.date()).isEqualTo(d("2015-09-07"));
            assertThat(c.notices()).extracting(Notice::id).containsExactly("cn-2015", "cn-2015-victory-day");
            // a plain week in March: 03-09..03-13 (Mon..Fri)
            WorkingDayCount march = CHINA.nthWorkingDayAfter(d("2015-03-06"), 5);
            assertThat(march.date()).isEqualTo(d("2015-03-13"));
            assertThat(march.notices()).extracting(Notice::id).containsExactly("cn-2015");
        }

        @Test
        void the_2020_extension_rests_the_former_make_up_saturday() {
            // 2020 notice: 1月24日至30日放假调休…1月19日（星期日）、2月1日（星期六）上班; the extension of 27 January
            // (国务院办公厅关于延长2020年春节假期的通知) rests 1月31日 to 2月2日; work again from 2月3日.
            assertThat(CHINA.dayKind(d("2020-01-19"))).isEqualTo(DayKind.WORKING);
            assertThat(CHINA.dayKind(d("2020-01-31"))).isEqualTo(DayKind.REST);
            assertThat(CHINA.dayKind(d("2020-02-01"))).isEqualTo(DayKind.REST);
            assertThat(CHINA.dayKind(d("2020-02-03"))).isEqualTo(DayKind.WORKING);
            assertThat(CHINA.adjustment(d("2020-02-01")).orElseThrow().notice().title())
                    .isEqualTo("国务院办公厅关于延长2020年春节假期的通知");
        }
    }

    @Nested
    class YearEnd {
        // 2019 notice: 元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。
        @Test
        void a_new_year_moved_into_late_december_of_the_year_before() {
            assertThat(d("2018-12-29").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(CHINA.dayKind(d("2018-12-29"))).isEqualTo(DayKind.WORKING);
            assertThat(CHINA.dayKind(d("2018-12-30"))).isEqualTo(DayKind.REST);
            assertThat(CHINA.dayKind(d("2018-12-31"))).isEqualTo(DayKind.REST); // a Monday
            assertThat(CHINA.dayKind(d("2019-01-01"))).isEqualTo(DayKind.REST);
            assertThat(CHINA.adjustment(d("2018-12-29")).orElseThrow().notice().id()).isEqualTo("cn-2019");
            // after Thu 12-27: Fri 12-28 (1), Sat 12-29 (2), 12-30..01-01 rest, Wed 01-02 (3)
            WorkingDayCount c = CHINA.nthWorkingDayAfter(d("2018-12-27"), 3);
            assertThat(c.date()).isEqualTo(d("2019-01-02"));
            assertThat(c.notices()).extracting(Notice::id).containsExactly("cn-2018", "cn-2019");
        }

        // 2012 notice: 元旦：1月1日至3日放假调休，共3天。2011年12月31日（星期六）上班。
        @Test
        void a_late_december_date_needs_the_next_years_notice() {
            WorkingDayCalendar only2011 = WorkingDayCalendar.builder().withoutBundledYears()
                    .addYear("2011.json", bundled(2011)).build();
            assertThat(only2011.dayKind(d("2011-12-23"))).isEqualTo(DayKind.WORKING); // a Friday before 25 Dec
            assertThat(only2011.dayKind(d("2011-12-24"))).isEqualTo(DayKind.REST);
            assertThat(only2011.dayKind(d("2011-12-26"))).isEqualTo(DayKind.UNKNOWN); // a plain Monday, yet
            assertThat(only2011.dayKind(d("2011-12-31"))).isEqualTo(DayKind.UNKNOWN);
            WorkingDayCount c = only2011.nthWorkingDayAfter(d("2011-12-21"), 5);
            // Thu 12-22 (1), Fri 12-23 (2), 12-24 Sat, 12-25 not covered without the 2012 notice
            assertThat(c.covered()).isFalse();
            assertThat(c.uncoveredYear()).isEqualTo(2012);
            assertThat(c.workingDays()).isEqualTo(2);
            assertThat(c.date()).isNull();

            WorkingDayCalendar with2012 = WorkingDayCalendar.builder().withoutBundledYears()
                    .addYear("2011.json", bundled(2011)).addYear("2012.json", bundled(2012)).build();
            assertThat(with2012.dayKind(d("2011-12-31"))).isEqualTo(DayKind.WORKING); // make-up Saturday
            assertThat(with2012.dayKind(d("2012-01-03"))).isEqualTo(DayKind.REST);    // a Tuesday
            assertThat(CHINA.dayKind(d("2011-12-31"))).isEqualTo(DayKind.WORKING);
        }

        @Test
        void from_25_december_2026_is_unknown_until_a_2027_notice_is_added() {
            assertThat(d("2026-12-28").getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(CHINA.dayKind(d("2026-12-24"))).isEqualTo(DayKind.WORKING);
            assertThat(CHINA.dayKind(d("2026-12-25"))).isEqualTo(DayKind.UNKNOWN);
            assertThat(CHINA.dayKind(d("2026-12-28"))).isEqualTo(DayKind.UNKNOWN);
            assertThat(CHINA.covers(d("2026-12-28"))).isFalse();

            WorkingDayCalendar with2027 = WorkingDayCalendar.builder()
                    .addYear("2027.json", TEST_2027.getBytes(StandardCharsets.UTF_8)).build();
            assertThat(with2027.dayKind(d("2026-12-28"))).isEqualTo(DayKind.WORKING);
            assertThat(with2027.dayKind(d("2026-12-26"))).isEqualTo(DayKind.REST);
            assertThat(with2027.dayKind(d("2027-01-01"))).isEqualTo(DayKind.REST);
            assertThat(with2027.coveredYears()).contains(2027);
            assertThat(with2027.source(2027)).contains("2027.json");
            // 2027-12-25 onwards would need the notice for 2028
            assertThat(with2027.dayKind(d("2027-12-27"))).isEqualTo(DayKind.UNKNOWN);
        }

        /**
         * A page drawing a result's deadline day by day finds the calendar it was counted on by the digest its receipt
         * records: a deployment's 2027 year, not the bundled notices alone, which do not cover 2026-12-28.
         */
        @Test
        void a_calendar_is_found_by_the_digest_a_receipt_records() {
            WorkingDayCalendar with2027 = WorkingDayCalendar.builder()
                    .addYear("2027.json", TEST_2027.getBytes(StandardCharsets.UTF_8)).build();
            assertThat(WorkingDayCalendar.withDigest(with2027.digest())).hasValueSatisfying(c -> {
                assertThat(c.digest()).isEqualTo(with2027.digest());
                assertThat(c.dayKind(d("2026-12-28"))).isEqualTo(DayKind.WORKING);
                assertThat(c.dayKind(d("2027-01-01"))).isEqualTo(DayKind.REST);
            });
            assertThat(WorkingDayCalendar.withDigest(CHINA.digest())).containsSame(WorkingDayCalendar.china());
            assertThat(WorkingDayCalendar.withDigest("sha256:" + "0".repeat(64))).isEmpty();
        }

        /**
         * Two engines built on the same deployment's years hold two calendars of one digest: the first one built keeps
         * the registry's place while it lives, so a second, shorter-lived engine cannot take the first's pages'
         * timelines with it when it is gone.
         */
        @Test
        void a_second_calendar_of_the_same_digest_does_not_take_the_first_ones_place() {
            WorkingDayCalendar first = WorkingDayCalendar.builder()
                    .addYear("2027.json", TEST_2027.getBytes(StandardCharsets.UTF_8)).build();
            // the first or, if another test's calendar of these years is still alive, that one: held strongly here
            WorkingDayCalendar held = WorkingDayCalendar.rememberedFor(first.digest());
            assertThat(held).isNotNull();

            WorkingDayCalendar second = WorkingDayCalendar.builder()
                    .addYear("2027.json", TEST_2027.getBytes(StandardCharsets.UTF_8)).build();
            assertThat(second).isNotSameAs(first);
            assertThat(second.digest()).isEqualTo(first.digest());
            assertThat(WorkingDayCalendar.rememberedFor(second.digest())).isSameAs(held).isNotSameAs(second);
            assertThat(WorkingDayCalendar.withDigest(second.digest())).containsSame(held);
            java.lang.ref.Reference.reachabilityFence(first);
        }
    }

    @Nested
    class Uncovered {
        @Test
        void a_year_without_a_notice_is_unknown_never_a_monday_to_friday_guess() {
            assertThat(d("2027-03-01").getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(CHINA.dayKind(d("2027-03-01"))).isEqualTo(DayKind.UNKNOWN);
            assertThat(CHINA.dayKind(d("2006-06-01"))).isEqualTo(DayKind.UNKNOWN);
            // the 2007 notice sets 2006-12-30/31 (make-up weekend), but 2006 itself has no notice here
            assertThat(CHINA.dayKind(d("2006-12-30"))).isEqualTo(DayKind.UNKNOWN);
            assertThat(CHINA.dayKind(d("2007-01-04"))).isEqualTo(DayKind.WORKING);
            assertThat(CHINA.coveredYears()).first().isEqualTo(2007);
            assertThat(CHINA.coveredYears()).last().isEqualTo(2026);
            assertThat(CHINA.coveredYears()).hasSize(20);
        }

        @Test
        void an_empty_year_file_is_not_a_notice() {
            String empty2027 = "{ \"year\": 2027, \"notices\": [], \"days\": [] }";
            WorkingDayCalendar c = WorkingDayCalendar.builder()
                    .addYear("2027.json", empty2027.getBytes(StandardCharsets.UTF_8)).build();
            assertThat(c.dayKind(d("2027-03-01"))).isEqualTo(DayKind.UNKNOWN);
            assertThat(c.dayKind(d("2026-12-28"))).isEqualTo(DayKind.UNKNOWN);
            assertThat(c.coveredYears()).doesNotContain(2027);
            assertThat(c.digest()).isEqualTo(CHINA.digest());
        }

        @Test
        void a_count_that_reaches_an_uncovered_year_names_it() {
            // after Mon 2026-12-21: Tue 22 (1), Wed 23 (2), Thu 24 (3), then 25 December needs the 2027 notice
            WorkingDayCount c = CHINA.nthWorkingDayAfter(d("2026-12-21"), 5);
            assertThat(c.covered()).isFalse();
            assertThat(c.uncoveredYear()).isEqualTo(2027);
            assertThat(c.workingDays()).isEqualTo(3);
            WorkingDayCount r = CHINA.workingDaysAfterUpTo(d("2026-12-21"), d("2027-01-10"));
            assertThat(r.uncoveredYear()).isEqualTo(2027);
            assertThat(CHINA.nthWorkingDayAfter(d("2006-12-01"), 1).uncoveredYear()).isEqualTo(2006);
        }
    }

    @Nested
    class DigestAndArguments {
        @Test
        void the_digest_is_stable_and_follows_the_content() {
            assertThat(CHINA.digest()).matches("sha256:[0-9a-f]{64}");
            assertThat(WorkingDayCalendar.builder().build().digest()).isEqualTo(CHINA.digest());
            // the same content from a deployment's file gives the same digest
            assertThat(WorkingDayCalendar.builder().addYear("2013.json", bundled(2013)).build().digest())
                    .isEqualTo(CHINA.digest());
            WorkingDayCalendar with2027 = WorkingDayCalendar.builder()
                    .addYear("2027.json", TEST_2027.getBytes(StandardCharsets.UTF_8)).build();
            assertThat(with2027.digest()).isNotEqualTo(CHINA.digest());
            String moved = TEST_2027.replace("\"REST\"", "\"WORK\"");
            assertThat(WorkingDayCalendar.builder().addYear("2027.json", moved.getBytes(StandardCharsets.UTF_8))
                    .build().digest()).isNotEqualTo(with2027.digest());
        }

        @Test
        void a_deployment_file_replaces_a_bundled_year() {
            String corrected = new String(bundled(2013), StandardCharsets.UTF_8)
                    .replace("{\"date\":\"2013-10-12\",\"kind\":\"WORK\"",
                            "{\"date\":\"2013-10-12\",\"kind\":\"REST\"");
            WorkingDayCalendar c = WorkingDayCalendar.builder()
                    .addYear("corrected-2013.json", corrected.getBytes(StandardCharsets.UTF_8)).build();
            assertThat(c.dayKind(d("2013-10-12"))).isEqualTo(DayKind.REST);
            assertThat(c.source(2013)).contains("corrected-2013.json");
            assertThat(CHINA.dayKind(d("2013-10-12"))).isEqualTo(DayKind.WORKING);
        }

        @Test
        void counts_refuse_meaningless_arguments() {
            assertThatThrownBy(() -> CHINA.nthWorkingDayAfter(d("2013-01-01"), 0))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CHINA.workingDaysAfterUpTo(d("2013-01-02"), d("2013-01-01")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
    /**
     * A made-up 2027 with a general notice and a correcting one (for tests only): the general notice rests New Year's
     * Day, the correcting one rests Thu 2027-05-06.
     */
    static final String CORRECTED_2027 = """
            { "year": 2027,
              "notices": [ { "id": "g-2027", "title": "测试用的2027年通知（虚构）", "url": "https://example.org/g-2027" },
                           { "id": "c-2027", "title": "测试用的2027年更正通知（虚构）", "url": "https://example.org/c-2027" } ],
              "days": [ { "date": "2027-01-01", "kind": "REST", "name": "元旦", "notice": "g-2027" },
                        { "date": "2027-05-06", "kind": "REST", "name": "调休", "notice": "c-2027" } ] }
            """;

    @Nested
    class NoticesACountNeeds {
        private final WorkingDayCalendar corrected = WorkingDayCalendar.builder()
                .addYear("2027.json", CORRECTED_2027.getBytes(StandardCharsets.UTF_8)).build();

        @Test
        void a_month_that_no_notice_touched_cites_the_general_notice_alone() {
            // June 2027 (Tue 06-01 not counted): 2–4, 7–11, 14–18, 21–25, 28–30 = 3 + 5 + 5 + 5 + 3
            WorkingDayCount june = corrected.workingDaysAfterUpTo(d("2027-06-01"), d("2027-06-30"));
            assertThat(june.workingDays()).isEqualTo(21);
            assertThat(june.notices()).extracting(Notice::id).containsExactly("g-2027");
        }

        @Test
        void a_count_through_a_day_the_correction_set_cites_it_after_the_general_notice() {
            // after Fri 04-30: Mon 05-03 (1), 04 (2), 05 (3), Thu 05-06 rested by the correction, Fri 05-07 (4),
            // Mon 05-10 (5)
            WorkingDayCount c = corrected.workingDaysAfterUpTo(d("2027-04-30"), d("2027-05-10"));
            assertThat(c.workingDays()).isEqualTo(5);
            assertThat(c.notices()).extracting(Notice::id).containsExactly("g-2027", "c-2027");
            // the one day it set, alone: no working day, and the correction decided it
            WorkingDayCount oneDay = corrected.workingDaysAfterUpTo(d("2027-05-05"), d("2027-05-06"));
            assertThat(oneDay.workingDays()).isZero();
            assertThat(oneDay.notices()).extracting(Notice::id).containsExactly("g-2027", "c-2027");
            assertThat(corrected.nthWorkingDayAfter(d("2027-05-05"), 1).date()).isEqualTo(d("2027-05-07"));
        }

        @Test
        void a_count_across_the_new_year_cites_each_years_general_notice_and_no_correction_it_did_not_meet() {
            WorkingDayCount c = corrected.workingDaysAfterUpTo(d("2026-11-30"), d("2027-01-15"));
            assertThat(c.covered()).isTrue();
            assertThat(c.notices()).extracting(Notice::id).containsExactly("cn-2026", "g-2027");
        }

        @Test
        void a_count_past_the_last_day_any_notice_set() {
            // 2026's last set day is the make-up Saturday 10-10; after Fri 10-09: 10-10 (1), 12–16, 19–23, 26–30
            // (16), then November 2026 (Sun 11-01): 2–6, 9–13, 16–20, 23–27, Mon 30 (21) = 37
            WorkingDayCount c = CHINA.workingDaysAfterUpTo(d("2026-10-09"), d("2026-11-30"));
            assertThat(c.workingDays()).isEqualTo(37);
            assertThat(c.notices()).extracting(Notice::id).containsExactly("cn-2026");
        }
    }

    @Nested
    class Edges {
        @Test
        void the_first_and_the_day_after_the_last_covered_day() {
            // 2007 notice: 元旦：1月1日至3日放假; Mon 2007-01-01 is the first day of the first bundled year
            assertThat(d("2007-01-01").getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(CHINA.dayKind(d("2007-01-01"))).isEqualTo(DayKind.REST);
            assertThat(CHINA.covers(d("2007-01-01"))).isTrue();
            assertThat(CHINA.dayKind(d("2026-12-24"))).isEqualTo(DayKind.WORKING); // Thu, before the window
            assertThat(CHINA.dayKind(d("2027-01-01"))).isEqualTo(DayKind.UNKNOWN);
            assertThat(CHINA.covers(d("2027-01-01"))).isFalse();
        }

        @Test
        void each_years_notices_are_there_from_the_first_year_to_the_last_and_none_outside() {
            assertThat(CHINA.notices(2007)).extracting(Notice::id).containsExactly("cn-2007");
            assertThat(CHINA.notices(2026)).extracting(Notice::id).containsExactly("cn-2026");
            assertThat(CHINA.notices(2006)).isEmpty();
            assertThat(CHINA.notices(2027)).isEmpty();
        }

        @Test
        void a_calendar_of_one_years_file_counts_from_the_first_day_its_notice_set() {
            WorkingDayCalendar only2027 = WorkingDayCalendar.builder().withoutBundledYears()
                    .addYear("2027.json", CORRECTED_2027.getBytes(StandardCharsets.UTF_8)).build();
            // after 2026-12-31 (not covered, and not counted): Fri 2027-01-01 rested, the weekend, Mon 01-04 (1)
            WorkingDayCount c = only2027.nthWorkingDayAfter(d("2026-12-31"), 1);
            assertThat(c.date()).isEqualTo(d("2027-01-04"));
            assertThat(c.notices()).extracting(Notice::id).containsExactly("g-2027");
        }

        @Test
        void a_calendar_without_any_year_covers_nothing() {
            WorkingDayCalendar none = WorkingDayCalendar.builder().withoutBundledYears().build();
            assertThat(none.coveredYears()).isEmpty();
            assertThat(none.dayKind(d("2013-03-04"))).isEqualTo(DayKind.UNKNOWN);
            assertThat(none.notices(2013)).isEmpty();
            WorkingDayCount c = none.nthWorkingDayAfter(d("2013-03-01"), 1);
            assertThat(c.covered()).isFalse();
            assertThat(c.uncoveredYear()).isEqualTo(2013);
            assertThat(c.notices()).isEmpty();
        }

        @Test
        void a_date_a_deployments_file_and_a_bundled_year_both_set_is_blamed_on_the_deployments_file() {
            // the bundled 2007 notice sets 2006-12-30 (a make-up Saturday); a deployment's 2006 file may not set it too
            String own2006 = """
                    { "year": 2006,
                      "notices": [ { "id": "d-2006", "title": "部署的2006年通知", "url": "https://example.org/d-2006" } ],
                      "days": [ { "date": "2006-12-30", "kind": "REST", "name": "元旦", "notice": "d-2006" } ] }
                    """;
            assertThatThrownBy(() -> WorkingDayCalendar.builder()
                    .addYear("deploy/2006.json", own2006.getBytes(StandardCharsets.UTF_8)).build())
                    .isInstanceOfSatisfying(CalendarFileException.class, e -> {
                        assertThat(e.source()).isEqualTo("deploy/2006.json");
                        assertThat(e.path()).isEqualTo("days");
                        assertThat(e.problem().in(io.iprules.Language.EN))
                                .isEqualTo("2006-12-30 is set by both the 2006 and the 2007 file");
                    });
        }
    }

    /**
     * What a policy's description shows of the calendar: the periods follow the coverage rule (a run of years with a
     * notice covers 1 January of the first to 24 December of the last: from 25 December the next year's notice may
     * move a day), and each notice loaded, with the file a deployment gave it in.
     */
    @Nested
    class Description {
        private static DataDescription.DateRange range(String from, String until) {
            return new DataDescription.DateRange(d(from), d(until));
        }

        @Test
        void the_bundled_notices_cover_2007_01_01_to_2026_12_24_and_are_each_named() {
            DataDescription x = CHINA.description("calendar");
            assertThat(x.kind()).isEqualTo("calendar");
            assertThat(x.digest()).isNull(); // the engine's to set
            assertThat(x.covers()).containsExactly(range("2007-01-01", "2026-12-24"));
            // one general notice a year, 2007 to 2026, and three further ones: 国发明电〔2015〕1号 (the 70th
            // anniversary), 2019's change of the Labour Day holiday, 2020's extension of the Spring Festival
            assertThat(x.sources()).hasSize(20 + 3).allMatch(DataDescription.Source::bundled);
            assertThat(x.sources().get(0).name()).isEqualTo("国务院办公厅关于2007年部分节假日安排的通知");
            assertThat(x.sources()).extracting(DataDescription.Source::name)
                    .contains("国务院办公厅关于2013年部分节假日安排的通知(国办发明电〔2012〕33号)")
                    .last().isEqualTo("国务院办公厅关于2026年部分节假日安排的通知");
            assertThat(x.title().in(io.iprules.Language.ZH)).isEqualTo("中国工作日历(国务院办公厅节假日安排通知)");
        }

        @Test
        void a_deployments_next_year_extends_the_period_and_a_later_year_opens_another() {
            WorkingDayCalendar with2027 = WorkingDayCalendar.builder()
                    .addYear("/etc/ip-rules/2027.json", TEST_2027.getBytes(StandardCharsets.UTF_8)).build();
            DataDescription x = with2027.description("calendar");
            assertThat(x.covers()).containsExactly(range("2007-01-01", "2027-12-24"));
            // the file's name, not the folders of the machine that serves it
            assertThat(x.sources()).last().isEqualTo(new DataDescription.Source("测试用的2027年通知（虚构）", "2027.json"));

            String test2029 = TEST_2027.replace("2027", "2029");
            WorkingDayCalendar gap = WorkingDayCalendar.builder()
                    .addYear("conf\\2029.json", test2029.getBytes(StandardCharsets.UTF_8)).build();
            assertThat(gap.description("calendar").covers())
                    .containsExactly(range("2007-01-01", "2026-12-24"), range("2029-01-01", "2029-12-24"));
            assertThat(gap.description("calendar").sources()).last().extracting(DataDescription.Source::file)
                    .isEqualTo("2029.json");
        }

        @Test
        void a_replaced_year_names_its_file_and_an_empty_one_covers_and_names_nothing() {
            String corrected = new String(bundled(2013), StandardCharsets.UTF_8)
                    .replace("{\"date\":\"2013-10-12\",\"kind\":\"WORK\"",
                            "{\"date\":\"2013-10-12\",\"kind\":\"REST\"");
            DataDescription x = WorkingDayCalendar.builder()
                    .addYear("corrected-2013.json", corrected.getBytes(StandardCharsets.UTF_8)).build()
                    .description("calendar");
            assertThat(x.sources()).filteredOn(s -> !s.bundled()).containsExactly(new DataDescription.Source(
                    "国务院办公厅关于2013年部分节假日安排的通知(国办发明电〔2012〕33号)", "corrected-2013.json"));
            assertThat(x.sources()).hasSize(23);

            String empty2027 = "{ \"year\": 2027, \"notices\": [], \"days\": [] }";
            DataDescription withEmpty = WorkingDayCalendar.builder()
                    .addYear("2027.json", empty2027.getBytes(StandardCharsets.UTF_8)).build().description("calendar");
            assertThat(withEmpty.covers()).containsExactly(range("2007-01-01", "2026-12-24"));
            assertThat(withEmpty.sources()).hasSize(23).allMatch(DataDescription.Source::bundled);

            DataDescription none = WorkingDayCalendar.builder().withoutBundledYears().build().description("calendar");
            assertThat(none.covers()).isEmpty();
            assertThat(none.sources()).isEmpty();
        }

        @Test
        void the_periods_say_of_every_day_what_the_calendar_says() {
            String test2029 = TEST_2027.replace("2027", "2029");
            for (WorkingDayCalendar c : java.util.List.of(CHINA, WorkingDayCalendar.builder()
                    .addYear("2029.json", test2029.getBytes(StandardCharsets.UTF_8)).build(),
                    WorkingDayCalendar.builder().withoutBundledYears().addYear("2011.json", bundled(2011))
                            .addYear("2013.json", bundled(2013)).build())) {
                DataDescription x = c.description("calendar");
                for (LocalDate day = d("2005-01-01"); day.isBefore(d("2031-01-01")); day = day.plusDays(1)) {
                    assertThat(x.covers(day)).as("%s", day).isEqualTo(c.covers(day));
                }
            }
        }
    }
}
