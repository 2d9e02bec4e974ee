package io.iprules.kit.calendar;

/** What a notice makes of a day, as a year file writes it ({@code "kind"}). */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public enum Adjustment {
    /** A day off (放假): a holiday, a weekday moved into it, or a weekend day within it. */
    REST,
    /** A make-up working day (调休上班), usually a Saturday or Sunday. */
    WORK
}
