package io.iprules.pilotcity.rules;

import io.iprules.kit.Decision;
import io.iprules.kit.DecisionFact;

/**
 * A province's set of recommendations, counted for its quota (§2(2)).
 *
 * @param decision  the decision of the request (a rule binds it from the fact)
 * @param subject   whom the quota condition is about: the province's name
 * @param cities    how many cities the set recommends
 * @param places    how many of them take a place of the province's quota (all but the districts of 计划单列市)
 * @param figures   the call's figures in force on the as-of date
 */
public record ProvinceSet(Decision decision, String subject, int cities, int places, CallFigures figures)
        implements DecisionFact {

    /** {@code PC_PROVINCE_QUOTA.MIN}: the fewest cities a province recommends. */
    public int minCities() {
        return figures.minCities();
    }

    /** {@code PC_PROVINCE_QUOTA.MAX}: the most cities taking a place. */
    public int maxPlaces() {
        return figures.maxPlaces();
    }

    /** Districts of 计划单列市 in the set: recommended without taking a place. */
    public int notCounted() {
        return cities - places;
    }
}
