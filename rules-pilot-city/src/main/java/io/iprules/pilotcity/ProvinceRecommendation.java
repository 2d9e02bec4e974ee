package io.iprules.pilotcity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A province's set of recommendations (request key {@code recommendation}): every city it recommends, evaluated as
 * an {@link CityApplicant}, and the province's quota of 1 to 2 cities (§2(2)).
 *
 * @param province the recommending province (省、自治区、直辖市); each city's {@code province}, when given, must be it
 * @param cities   the cities recommended, in the order of the letter; required (an empty list recommends no city)
 */
public record ProvinceRecommendation(String province, List<CityApplicant> cities) {

    /** Makes the list unmodifiable ({@code null} stays, for validation to report; a {@code null} element too). */
    public ProvinceRecommendation {
        cities = cities == null ? null : Collections.unmodifiableList(new ArrayList<>(cities));
    }
}
