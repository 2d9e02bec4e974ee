package io.iprules.kit.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of a count of working days on a {@link WorkingDayCalendar}.
 *
 * @param date          for {@link WorkingDayCalendar#nthWorkingDayAfter}: the n-th working day; for
 *                      {@link WorkingDayCalendar#workingDaysAfterUpTo}: the end of the range; {@code null} when
 *                      the count is not covered
 * @param workingDays   the working days counted (when not covered: those counted before the first uncovered date)
 * @param notices       the notices of every year the count needed, by year, in their file's order (see
 *                      {@link WorkingDayCalendar})
 * @param uncoveredYear {@code null} when covered; else the year whose notice the count needed and is not loaded
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record WorkingDayCount(LocalDate date, int workingDays, List<Notice> notices, Integer uncoveredYear) {
    /** Copies the list. */
    public WorkingDayCount {
        notices = List.copyOf(notices);
    }

    /** Whether every date the count reached is covered by a loaded notice. */
    public boolean covered() {
        return uncoveredYear == null;
    }
}
