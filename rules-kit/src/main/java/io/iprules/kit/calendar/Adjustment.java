package io.iprules.kit.calendar;

/** What a notice makes of a day, as a year file writes it ({@code "kind"}). */
public enum Adjustment {
    /** A day off (放假): a holiday, a weekday moved into it, or a weekend day within it. */
    REST,
    /** A make-up working day (调休上班), usually a Saturday or Sunday. */
    WORK
}
