package io.iprules.beijing.rules;

import io.iprules.DeadlineStatus;
import io.iprules.beijing.GreenChannelRequest;
import io.iprules.kit.Count;
import io.iprules.kit.Decision;
import io.iprules.kit.calendar.CalendarNotCovered;
import io.iprules.kit.calendar.DeadlineCount;
import io.iprules.kit.calendar.WorkingDayCalendar;
import io.iprules.kit.calendar.WorkingDayDeadline;

/**
 * Records a §2(4) certificate's deadline. The rules decide whether a deadline runs; this class only counts it on
 * the calendar ({@link WorkingDayDeadline}) and words the entry.
 */
public final class GreenChannel {
    /** The parameter holding the number of working days (5个工作日). */
    public static final String WORKING_DAYS = "BJ_GREEN_CHANNEL.WORKING_DAYS";

    private GreenChannel() {
    }

    /** A deadline runs: count it and record where it stands on the as-of date. */
    public static void count(Decision d, WorkingDayCalendar calendar, GreenChannelRequest g) {
        int n = d.parameter(WORKING_DAYS, g.complete()).intValueExact();
        DeadlineCount c = WorkingDayDeadline.count(calendar, g.complete(), n, g.issued(), d.getAsOf());
        // the detail says only what the entry's figures do not (its start, deadline, day done, working days used,
        // late or left are the report's facts beside it): how the days were counted, a rest day counted as one
        io.iprules.Text detail = switch (c.status()) {
            // issued the day the file became complete: no working day used, not "the 0th working day after"
            // on time with the days not counted: however the days no notice covers fall, no more than n were used
            case ON_TIME, LATE -> c.workingDaysUsed() == null ? d.text(c.status() == DeadlineStatus.ON_TIME
                    ? "deadline.issued.at-most" : "deadline.issued.not-counted")
                    : c.workingDaysUsed() == 0 ? d.text("deadline.issued.same-day")
                    : d.text(issueDay("deadline.issued", calendar, c.done()));
            // none left only on the deadline itself, which is still on time: not "0 working days left"
            case PENDING -> d.text(Integer.valueOf(0).equals(c.workingDaysLeft()) ? "deadline.pending.last-day"
                    : "deadline.pending", d.getAsOf());
            // the as-of date counts as the issue day (reading clock): on a rest day, "late by n working days so far"
            // would say that days have passed which have not, so the wording says which day it is
            case OVERDUE -> d.text(c.workingDaysLate() == null ? "deadline.overdue.not-counted"
                    : issueDay("deadline.overdue", calendar, d.getAsOf()), d.getAsOf());
            default -> CalendarNotCovered.detail(c.uncoveredYear());
        };
        if (c.uncoveredYear() != null) {
            // a status the missing notice cannot change is decided, and the warning says which figure it leaves out;
            // the kit's warning, which names the deadline for an officer's report (two certificates of one
            // application had read alike)
            io.iprules.Text consequence = switch (c.status()) {
                case ON_TIME -> c.workingDaysUsed() == null ? d.text("calendar-not-covered.on-time.not-counted",
                        new Count(n)) : d.text("calendar-not-covered.on-time", new Count(c.workingDaysUsed()),
                        new Count(n));
                case PENDING -> d.text("calendar-not-covered.pending", new Count(n));
                case LATE -> d.text("calendar-not-covered.late", c.deadline());
                case OVERDUE -> d.text("calendar-not-covered.overdue", c.deadline());
                default -> d.text("calendar-not-covered.unknown");
            };
            d.warn(new CalendarNotCovered(g.certificate().code(), g.subject(), c.uncoveredYear(), c.status(),
                    consequence).warning());
        }
        d.deadline(g.certificate().code(), g.subject(), c.status(), c.start(), c.deadline(), c.done(),
                c.workingDaysUsed(), c.workingDaysLate(), c.workingDaysLeft(), c.calendar(), detail);
    }

    /**
     * The wording of a certificate issued on {@code done}: plain when it is a working day. The issue day counts as one
     * even if it is a rest day (reading clock), but it is no working day, and an officer reading "7 working days
     * used" of a Saturday would think it one: the detail says it is a rest day counted as one; a day no loaded notice
     * covers (only after the deadline, which is covered) is said to be counted as one whatever it is.
     */
    private static String issueDay(String key, WorkingDayCalendar calendar, java.time.LocalDate done) {
        return switch (calendar.dayKind(done)) {
            case WORKING -> key;
            case REST -> key + ".rest-day";
            case UNKNOWN -> key + ".day-not-covered";
        };
    }

    /** No deadline runs: {@code NOT_APPLICABLE}, with why. */
    public static void notApplicable(Decision d, GreenChannelRequest g, String detailKey, Object... args) {
        d.deadline(g.certificate().code(), g.subject(), DeadlineStatus.NOT_APPLICABLE, g.complete(), null, null,
                null, null, null, java.util.List.of(), d.text(detailKey, args));
    }
}
