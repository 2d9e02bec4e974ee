package io.iprules.pilotcity.rules;

import io.iprules.pilotcity.ApplicantType;
import io.iprules.pilotcity.CityApplicant;
import java.time.LocalDate;

/**
 * A city as the rules see it (a validated {@link CityApplicant}), with the name its conditions are recorded under.
 *
 * @param city    the application
 * @param subject whom its conditions are about: the city's name
 */
public record ApplyingCity(CityApplicant city, String subject) {

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
}
