package io.iprules.pilotcity.rules;

import io.iprules.pilotcity.Park;

/**
 * A park of an application as the rules see it (validated), with the name its conditions are recorded under.
 *
 * @param park    the park
 * @param subject whom its conditions are about: the park's name, qualified by its city's in a province's set
 */
public record ApplyingPark(Park park, String subject) {

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
}
