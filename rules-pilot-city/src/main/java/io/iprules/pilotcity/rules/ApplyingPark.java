package io.iprules.pilotcity.rules;

import io.iprules.kit.Decision;
import io.iprules.kit.DecisionFact;
import io.iprules.pilotcity.Park;
import java.math.BigDecimal;

/**
 * A park of an application as the rules see it (validated), with the name its conditions are recorded under, the
 * decision it belongs to (a rule binds it from the fact) and the call's figures it is compared with.
 *
 * @param decision the decision of the request the park belongs to
 * @param park     the park
 * @param subject  whom its conditions are about: the park's name, qualified by its city's in a province's set
 * @param figures  the call's figures in force on the as-of date
 */
public record ApplyingPark(Decision decision, Park park, String subject, CallFigures figures)
        implements DecisionFact {

    /** Full-time IP staff. */
    public int fullTimeIpStaff() {
        return park.fullTimeIpStaff();
    }

    /** Invention patents owned. */
    public int inventionPatents() {
        return park.inventionPatents();
    }

    /** Population, {@code > 0}. */
    public int population() {
        return park.population();
    }

    /** {@code PC_PARK_FULLTIME_STAFF.MIN}: the fewest full-time IP staff. */
    public int staffMinimum() {
        return figures.staffMinimum();
    }

    /** {@code PC_PARK_PATENT_DENSITY.MIN}: the fewest invention patents per 10,000 population. */
    public BigDecimal densityMinimum() {
        return figures.densityMinimum();
    }
}
