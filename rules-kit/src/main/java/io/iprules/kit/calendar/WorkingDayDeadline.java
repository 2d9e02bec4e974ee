package io.iprules.kit.calendar;

import io.iprules.DeadlineStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A deadline of n working days (n个工作日内), counted on China's working-day calendar, policy-neutral.
 *
 * <ul>
 *   <li>The day of {@code start} is not counted: 民法典 §201 (from 2021-01-01) and 民法总则 §201 (2017-10-01 to
 *       2020-12-31) read 开始的当日不计入,自下一日开始计算; 民法通则 §154 ¶2 (before) read 开始的当天不算入,从下一天开始
 *       计算. The deadline is the n-th working day after it, included.</li>
 *   <li>Done: working days used = the working days after {@code start} up to and including {@code done}, the day
 *       of {@code done} counting as one even if it is a rest day (0 when done on the day of {@code start}).
 *       {@code ON_TIME} iff used ≤ n, else {@code LATE} by used − n.</li>
 *   <li>{@code done} after the evaluation date is "not yet". Not done: {@code PENDING} while the evaluation date
 *       is on or before the deadline (working days left after it up to the deadline), then {@code OVERDUE}, late so
 *       far as if done on the evaluation date (so at least 1).</li>
 *   <li>A count that reaches a date no loaded notice covers is not made: its figure is {@code null}, never a
 *       Monday–Friday guess, and the entry names the year whose notice is missing ({@code CALENDAR_NOT_COVERED}).
 *       The status is decided where that count cannot change it, and is {@code UNKNOWN} only where it could:
 *       done after at most n working days even were every day not covered a working day is {@code ON_TIME} though
 *       the deadline lies beyond the covered days (the days used not counted when the day done is not covered);
 *       not done by an evaluation date before which fewer than n working days can have passed, so counted, is
 *       {@code PENDING} (the deadline is not before it), without the days left; a deadline counted and passed is
 *       {@code LATE} or {@code OVERDUE} without the days late when those reach beyond the covered days.</li>
 * </ul>
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class WorkingDayDeadline {
    private WorkingDayDeadline() {
    }

    /**
     * Counts a deadline.
     *
     * @param calendar    the calendar
     * @param start       the day the period runs from (not counted), e.g. the day a file became complete
     * @param workingDays n, at least 1
     * @param done        the day it was done, or {@code null}
     * @param asOf        the evaluation date, not before {@code start} (a caller leaves out an entry that starts
     *                    after it)
     * @throws IllegalArgumentException when {@code done} is before {@code start} or {@code start} after
     *                                  {@code asOf}: the caller's input checks come first
     */
    public static DeadlineCount count(WorkingDayCalendar calendar, LocalDate start, int workingDays, LocalDate done,
                                      LocalDate asOf) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(asOf, "asOf");
        if (workingDays < 1) {
            throw new IllegalArgumentException("a period has at least 1 working day: " + workingDays);
        }
        if (done != null && done.isBefore(start)) {
            throw new IllegalArgumentException("done " + done + " is before the start " + start);
        }
        if (start.isAfter(asOf)) {
            throw new IllegalArgumentException("the start " + start + " is after the evaluation date " + asOf);
        }
        LocalDate counted = done != null && !done.isAfter(asOf) ? done : null;
        Notices notices = new Notices();
        WorkingDayCount due = calendar.nthWorkingDayAfter(start, workingDays);
        notices.add(due);
        // null when the count reached a day no loaded notice covers before its n-th working day: the deadline is
        // then that day or later
        LocalDate deadline = due.covered() ? due.date() : null;
        if (counted != null) {
            Used used = used(calendar, start, counted, notices);
            if (used.uncoveredYear == null) {
                // with the deadline not counted, every day up to the one done is covered and lies before the first
                // day not covered, by which fewer than n working days had passed: used <= n, on time
                boolean onTime = used.days <= workingDays;
                return new DeadlineCount(onTime ? DeadlineStatus.ON_TIME : DeadlineStatus.LATE, start, workingDays,
                        deadline, counted, used.days, onTime ? 0 : used.days - workingDays, null, notices.list(),
                        due.uncoveredYear());
            }
            if (deadline != null) {
                // the deadline's days are covered, so the day not covered lies after it, before the day done: late,
                // by days not counted
                return new DeadlineCount(DeadlineStatus.LATE, start, workingDays, deadline, counted, null, null, null,
                        notices.list(), used.uncoveredYear);
            }
            if (withinEvenIfUncoveredWorked(calendar, start, counted, workingDays)) {
                // even were every day not covered a working day, at most n were used: on time, the count not made
                return new DeadlineCount(DeadlineStatus.ON_TIME, start, workingDays, null, counted, null, 0, null,
                        notices.list(), due.uncoveredYear());
            }
            return unknown(start, workingDays, counted, notices, due.uncoveredYear());
        }
        if (deadline != null && !asOf.isAfter(deadline)) {
            // (asOf, deadline] lies within (start, deadline], which the deadline's count covered
            int left = calendar.workingDaysAfterUpTo(asOf, deadline).workingDays();
            return new DeadlineCount(DeadlineStatus.PENDING, start, workingDays, deadline, null, null, null, left,
                    notices.list(), null);
        }
        Used soFar = used(calendar, start, asOf, notices);
        if (deadline != null) {
            return new DeadlineCount(DeadlineStatus.OVERDUE, start, workingDays, deadline, null, null,
                    soFar.uncoveredYear == null ? soFar.days - workingDays : null, null, notices.list(),
                    soFar.uncoveredYear);
        }
        if (soFar.uncoveredYear == null || withinEvenIfUncoveredWorked(calendar, start, asOf, workingDays)) {
            // the days up to the evaluation date are covered, so it is no later than the first day not covered,
            // which the deadline is not before; or, were every day not covered a working day, fewer than n passed
            // before it: still pending, the days left not counted
            return new DeadlineCount(DeadlineStatus.PENDING, start, workingDays, null, null, null, null, null,
                    notices.list(), due.uncoveredYear());
        }
        return unknown(start, workingDays, null, notices, due.uncoveredYear());
    }

    /** Not decided: the deadline is not counted, and the day done, or the evaluation date, may lie after it. */
    private static DeadlineCount unknown(LocalDate start, int n, LocalDate done, Notices notices, Integer year) {
        return new DeadlineCount(DeadlineStatus.UNKNOWN, start, n, null, done, null, null, null, notices.list(), year);
    }

    private record Used(int days, Integer uncoveredYear) {
    }

    /**
     * Whether at most {@code n} working days are used from the day after {@code start} to {@code end} (the end
     * counting as one whatever it is), even were every day no loaded notice covers a working day. The walk stops at
     * the (n+1)-th day that is or may be a working day: a few weeks at most, however far the end.
     */
    private static boolean withinEvenIfUncoveredWorked(WorkingDayCalendar calendar, LocalDate start, LocalDate end,
            int n) {
        int atMost = 1; // the end itself
        for (LocalDate d = start.plusDays(1); d.isBefore(end); d = d.plusDays(1)) {
            if (calendar.dayKind(d) != DayKind.REST && ++atMost > n) {
                return false;
            }
        }
        return atMost <= n;
    }

    /** Working days after start up to and including end, end counting as one whatever it is. */
    private static Used used(WorkingDayCalendar calendar, LocalDate start, LocalDate end, Notices notices) {
        if (!end.isAfter(start)) {
            return new Used(0, null);
        }
        WorkingDayCount before = calendar.workingDaysAfterUpTo(start, end.minusDays(1));
        notices.add(before);
        if (!before.covered()) {
            return new Used(before.workingDays(), before.uncoveredYear());
        }
        return new Used(before.workingDays() + 1, null);
    }

    /**
     * The union of the counts' notices, by year. A deadline's counts mostly needed the same notices (the days up to
     * the deadline, then up to the day it was done), so the first count's list is kept as it is while the others
     * add nothing to it.
     */
    private static final class Notices {
        private List<Notice> all = List.of();
        private boolean added;

        void add(WorkingDayCount c) {
            List<Notice> ns = c.notices();
            if (all.isEmpty()) {
                all = ns;
                return;
            }
            for (int i = 0; i < ns.size(); i++) {
                Notice n = ns.get(i);
                if (!all.contains(n)) {
                    if (!added) {
                        all = new ArrayList<>(all);
                        added = true;
                    }
                    all.add(n);
                }
            }
        }

        /** A count's notices are by year already; those another count added are sorted in among them. */
        List<Notice> list() {
            if (!added) {
                return all;
            }
            List<Notice> out = new ArrayList<>(all);
            out.sort(Comparator.comparingInt(Notice::year)); // stable: a year's notices keep their order of adding
            return out;
        }
    }
}
