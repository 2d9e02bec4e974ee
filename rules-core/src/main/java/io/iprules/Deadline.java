package io.iprules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A time limit a provision sets (期限), counted in working days or calendar days as the text says, and where it
 * stands on the evaluation date.
 *
 * @param code            the deadline's code, e.g. {@code EX_REPLY_5_WORKING_DAYS}
 * @param subject         what or whom it is about, as the request names it
 * @param status          where it stands on the evaluation date
 * @param start           the day the time limit starts from, or {@code null} when not known
 * @param deadline        the last day of the time limit, or {@code null} when it cannot be counted
 * @param done            the day the thing was done, or {@code null} when it was not (yet)
 * @param workingDaysUsed working days from the start to the day done (or to the evaluation date), or {@code null}
 * @param workingDaysLate working days past the deadline: 0 when done on time, the days late when done late or
 *                        overdue (so far); {@code null} when pending, not applicable or unknown, or when the days
 *                        cannot be counted (a working-day calendar that does not cover them)
 * @param workingDaysLeft working days left until the deadline, or {@code null} when not pending
 * @param calendar        the official notices the working days were counted with (their names), empty when none
 * @param citation        the clause that sets the time limit
 * @param detail          an explanation, or {@code null}
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record Deadline(String code, String subject, DeadlineStatus status, LocalDate start, LocalDate deadline,
                       LocalDate done, Integer workingDaysUsed, Integer workingDaysLate, Integer workingDaysLeft,
                       List<String> calendar, String citation, Text detail) {
    /** Checks the required parts. */
    public Deadline {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(citation, "citation");
        calendar = List.copyOf(calendar);
    }

    /** Whether it was met: {@code true} on time, {@code false} late or overdue, {@code null} while not decided. */
    public Boolean met() {
        return switch (status) {
            case ON_TIME -> Boolean.TRUE;
            case LATE, OVERDUE -> Boolean.FALSE;
            default -> null;
        };
    }
}
