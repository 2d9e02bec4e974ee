package io.iprules.kit.calendar;

/** What a date is in China's working-day calendar (工作日 / 休息日). */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public enum DayKind {
    /** A working day (工作日): Monday to Friday not rested by a notice, or a make-up working day (调休上班). */
    WORKING,
    /** A rest day (休息日): Saturday or Sunday not made a working day, or a day a notice rests (放假). */
    REST,
    /** No loaded notice covers the date: there is no reliable answer ({@code CALENDAR_NOT_COVERED}). */
    UNKNOWN
}
