package io.iprules.pilotcity.rules;

/**
 * A province's set of recommendations, counted for its quota (§2(2)).
 *
 * @param subject   whom the quota condition is about: the province's name
 * @param cities    how many cities the set recommends
 * @param places    how many of them take a place of the province's quota (all but the districts of 计划单列市)
 */
public record ProvinceSet(String subject, int cities, int places) {

    /** Districts of 计划单列市 in the set: recommended without taking a place. */
    public int notCounted() {
        return cities - places;
    }
}
