package io.iprules.kit.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date a notice changes from the week's pattern (or confirms within a holiday).
 *
 * @param date   the date
 * @param kind   rest or make-up working day
 * @param name   the holiday it belongs to, as the notice names it (春节, 国庆节…)
 * @param notice the notice that sets it
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record AdjustedDay(LocalDate date, Adjustment kind, String name, Notice notice) {
    /** Checks every part is given. */
    public AdjustedDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(notice, "notice");
    }
}
