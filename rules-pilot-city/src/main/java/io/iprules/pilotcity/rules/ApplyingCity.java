package io.iprules.pilotcity.rules;

import io.iprules.kit.Decision;
import io.iprules.kit.DecisionFact;
import io.iprules.pilotcity.ApplicantType;
import io.iprules.pilotcity.CityApplicant;
import java.time.LocalDate;

/**
 * A city as the rules see it (a validated {@link CityApplicant}), with the name its conditions are recorded under, the
 * decision it belongs to (a rule binds it from the fact and records into it: a chunk of applicants shares one rule
 * session, and each fact leads only to its own decision) and the call's figures it is compared with.
 *
 * @param decision the decision of the request the city belongs to
 * @param city     the application
 * @param subject  whom its conditions are about: the city's name
 * @param figures  the call's figures in force on the as-of date
 */
public record ApplyingCity(Decision decision, CityApplicant city, String subject, CallFigures figures)
        implements DecisionFact {

    /** What kind of place it is. */
    public ApplicantType type() {
        return city.type();
    }

    /** How many parks the application includes. */
    public int parkCount() {
        return city.parks().size();
    }

    /** Whether the province's IP office recommends it. */
    public boolean ipOffice() {
        return city.recommendation().ipOffice();
    }

    /** Whether the province's SME authority recommends it. */
    public boolean smeAuthority() {
        return city.recommendation().smeAuthority();
    }

    /** Whether the city's own IP office applies. */
    public boolean cityIpOffice() {
        return city.application().ipOffice();
    }

    /** Whether the city's own SME authority applies. */
    public boolean citySmeAuthority() {
        return city.application().smeAuthority();
    }

    /** The date of the recommendation letter, or {@code null} while there is none. */
    public LocalDate recommendationDate() {
        return city.recommendation().date();
    }

    /** {@code PC_PARK_COUNT.MIN}: the fewest parks of an application. */
    public int minParks() {
        return figures.minParks();
    }

    /** {@code PC_PARK_COUNT.MAX}: the most parks of an application. */
    public int maxParks() {
        return figures.maxParks();
    }

    /** {@code PC_DEADLINE}: the last day for the recommendation letter. */
    public LocalDate deadline() {
        return figures.deadline();
    }
}
