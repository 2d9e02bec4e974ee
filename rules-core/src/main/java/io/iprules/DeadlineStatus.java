package io.iprules;

/**
 * Where a deadline stands on the evaluation date (期限状态).
 *
 * <p>{@code ON_TIME}: done within the deadline. {@code LATE}: done after it. {@code PENDING}: not done, the
 * deadline not yet passed. {@code OVERDUE}: not done, the deadline passed. {@code NOT_APPLICABLE}: the subject is
 * outside the provision's scope, no deadline runs. {@code UNKNOWN}: the calendar needed to count the days is not
 * loaded ({@code CALENDAR_NOT_COVERED}), never a Monday-to-Friday guess.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public enum DeadlineStatus {
    ON_TIME,
    LATE,
    PENDING,
    OVERDUE,
    NOT_APPLICABLE,
    UNKNOWN
}
