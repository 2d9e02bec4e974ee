package io.iprules.northeast.rules;

import io.iprules.kit.Decision;
import io.iprules.northeast.Level;
import java.time.LocalDate;

/**
 * The unit of a valid request, as a fact for the rules: who is assessed and the year its figures end.
 *
 * @param decision the unit's working record: every rule joins the unit's facts to it
 * @param name     the unit's name as the request gives it
 * @param level    {@code NORTHEAST} (the four together) or {@code PROVINCE}
 * @param province the province's full name for {@code PROVINCE}, else {@code null}
 * @param lastYear the period's last year (its year-end figures are the end, its population the base of 人均)
 */
public record AssessedUnit(Decision decision, String name, Level level, String province, int lastYear) {
    /** The last day of the period, 31 December of its last year: its year-end figures are facts from that day on. */
    public LocalDate periodEnd() {
        return LocalDate.of(lastYear, 12, 31);
    }
}
