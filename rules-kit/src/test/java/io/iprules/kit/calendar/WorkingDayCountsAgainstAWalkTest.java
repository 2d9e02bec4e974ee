package io.iprules.kit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The calendar's counts (worked out from its day table) against a walk of the calendar day by day through its public
 * answers alone: {@link WorkingDayCalendar#dayKind}, {@link WorkingDayCalendar#adjustment},
 * {@link WorkingDayCalendar#notices(int)} and the coverage rule of its Javadoc. Periods start anywhere from a year
 * before the first covered day to a year after the last, so that they run into uncovered days, across new years and
 * through the days the notices set; on the bundled notices, on a calendar with a year missing between two loaded
 * ones, and on one of a single year.
 */
class WorkingDayCountsAgainstAWalkTest {
    private static final MonthDay WINDOW_START = MonthDay.of(12, 25); // the Javadoc's "from 25 December"

    static Stream<Arguments> calendars() {
        return Stream.of(
                Arguments.of("bundled 2007-2026", WorkingDayCalendar.china()),
                Arguments.of("2011, 2013, 2014 (2012 missing)", WorkingDayCalendar.builder().withoutBundledYears()
                        .addYear("2011.json", bundled(2011)).addYear("2013.json", bundled(2013))
                        .addYear("2014.json", bundled(2014)).build()),
                Arguments.of("2015 alone", WorkingDayCalendar.builder().withoutBundledYears()
                        .addYear("2015.json", bundled(2015)).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void the_nth_working_day_after_a_date_is_the_walks(String name, WorkingDayCalendar calendar) {
        SplittableRandom random = new SplittableRandom(20121114);
        long[] range = range(calendar);
        for (int i = 0; i < 20_000; i++) {
            LocalDate start = LocalDate.ofEpochDay(random.nextLong(range[0], range[1]));
            int n = 1 + random.nextInt(i % 10 == 0 ? 400 : 40);
            assertThat(calendar.nthWorkingDayAfter(start, n)).as("%s, %d", start, n)
                    .isEqualTo(walkToNth(calendar, start, n));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void the_working_days_after_a_date_up_to_another_are_the_walks(String name, WorkingDayCalendar calendar) {
        SplittableRandom random = new SplittableRandom(20121115);
        long[] range = range(calendar);
        for (int i = 0; i < 20_000; i++) {
            LocalDate start = LocalDate.ofEpochDay(random.nextLong(range[0], range[1]));
            LocalDate end = start.plusDays(random.nextInt(i % 10 == 0 ? 800 : 70));
            assertThat(calendar.workingDaysAfterUpTo(start, end)).as("%s to %s", start, end)
                    .isEqualTo(walkUpTo(calendar, start, end));
        }
    }

    /** From a year before the first loaded year to a year after the last. */
    private static long[] range(WorkingDayCalendar calendar) {
        int first = calendar.coveredYears().first();
        int last = calendar.coveredYears().last();
        return new long[] {LocalDate.of(first - 1, 1, 1).toEpochDay(), LocalDate.of(last + 2, 1, 1).toEpochDay()};
    }

    private static WorkingDayCount walkToNth(WorkingDayCalendar calendar, LocalDate start, int n) {
        return walk(calendar, start, n, LocalDate.MAX);
    }

    private static WorkingDayCount walkUpTo(WorkingDayCalendar calendar, LocalDate start, LocalDate end) {
        return walk(calendar, start, Integer.MAX_VALUE, end);
    }

    /**
     * The days after {@code start} one by one, by the calendar's public answer for each, until {@code n} working days
     * are counted or {@code end} is reached, whichever comes first; at an unknown day, not covered.
     */
    private static WorkingDayCount walk(WorkingDayCalendar calendar, LocalDate start, int n, LocalDate end) {
        List<LocalDate> seen = new ArrayList<>();
        int count = 0;
        LocalDate day = start;
        while (count < n && day.isBefore(end)) {
            day = day.plusDays(1);
            DayKind kind = calendar.dayKind(day);
            if (kind == DayKind.UNKNOWN) {
                return new WorkingDayCount(null, count, notices(calendar, seen), uncoveredYear(calendar, day));
            }
            seen.add(day);
            count += kind == DayKind.WORKING ? 1 : 0;
        }
        return new WorkingDayCount(day, count, notices(calendar, seen), null);
    }

    /** The coverage rule: the day's year's notice, and from 25 December the next year's too. */
    private static Integer uncoveredYear(WorkingDayCalendar calendar, LocalDate day) {
        int year = day.getYear();
        if (!calendar.coveredYears().contains(year)) {
            return year;
        }
        return year + 1;
    }

    /**
     * For every year the days needed (each day's year, and the next from 25 December), in order, its general notice
     * (the first) and any other notice of it that set one of the days.
     */
    private static List<Notice> notices(WorkingDayCalendar calendar, List<LocalDate> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        LocalDate last = days.get(days.size() - 1);
        int lastYear = MonthDay.from(last).isBefore(WINDOW_START) ? last.getYear() : last.getYear() + 1;
        List<Notice> out = new ArrayList<>();
        for (int year = days.get(0).getYear(); year <= lastYear; year++) {
            List<Notice> ns = calendar.notices(year);
            for (int i = 0; i < ns.size(); i++) {
                Notice notice = ns.get(i);
                if (i == 0 || days.stream().anyMatch(d -> calendar.adjustment(d)
                        .map(a -> a.notice() == notice).orElse(false))) {
                    out.add(notice);
                }
            }
        }
        return out;
    }

    private static byte[] bundled(int year) {
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream("cn/" + year + ".json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
