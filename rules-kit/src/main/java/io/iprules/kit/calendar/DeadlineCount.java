package io.iprules.kit.calendar;

import io.iprules.DeadlineStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where a deadline of n working days stands on the evaluation date (see {@link WorkingDayDeadline}).
 *
 * @param status           {@code ON_TIME}, {@code LATE}, {@code PENDING}, {@code OVERDUE} or {@code UNKNOWN}
 *                         (never {@code NOT_APPLICABLE}: scope is the policy's question, not the clock's)
 * @param start            the day the period starts from, not counted
 * @param workingDays      n, the working days the period has
 * @param deadline         the n-th working day after {@code start}; {@code null} when the calendar does not cover it
 *                         (then {@code ON_TIME}, {@code PENDING} or {@code UNKNOWN})
 * @param done             the day it was done as counted; {@code null} when not done, or done only after the
 *                         evaluation date ("not yet")
 * @param workingDaysUsed  {@code ON_TIME}/{@code LATE}: the working days after {@code start} up to and including
 *                         {@code done}, the day of {@code done} counting as one even if a rest day; else, or when
 *                         the calendar does not cover those days ({@code LATE} only), {@code null}
 * @param workingDaysLate  {@code ON_TIME}: 0; {@code LATE}: used − n; {@code OVERDUE}: late so far (as if done on
 *                         the evaluation date); else, or when the calendar does not cover those days, {@code null}
 * @param workingDaysLeft  {@code PENDING}: the working days after the evaluation date up to and including the
 *                         deadline (0 on the deadline itself), {@code null} when the deadline is not counted; else
 *                         {@code null}
 * @param notices          the notices of every year the counts needed (their {@link Notice#reference()} is what a
 *                         result cites)
 * @param uncoveredYear    the year whose notice a count needed and is not loaded ({@code CALENDAR_NOT_COVERED}),
 *                         whatever the status: always for {@code UNKNOWN}, and beside a status decided all the same
 *                         when a figure above is {@code null} for it; else {@code null}
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record DeadlineCount(DeadlineStatus status, LocalDate start, int workingDays, LocalDate deadline,
                            LocalDate done, Integer workingDaysUsed, Integer workingDaysLate,
                            Integer workingDaysLeft, List<Notice> notices, Integer uncoveredYear) {
    /** Checks the status is given and copies the list. */
    public DeadlineCount {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(start, "start");
        notices = List.copyOf(notices);
    }

    /** {@code true} for {@code ON_TIME}, {@code false} for {@code LATE} and {@code OVERDUE}, else {@code null}. */
    public Boolean met() {
        return switch (status) {
            case ON_TIME -> Boolean.TRUE;
            case LATE, OVERDUE -> Boolean.FALSE;
            default -> null;
        };
    }

    /** The notices' references (document number where known, else title), as a result's {@code calendar} lists. */
    public List<String> calendar() {
        String[] out = new String[notices.size()]; // asked for at every deadline a result records
        for (int i = 0; i < out.length; i++) {
            out[i] = notices.get(i).reference();
        }
        return List.of(out);
    }
}
