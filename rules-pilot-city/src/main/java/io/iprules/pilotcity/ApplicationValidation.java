package io.iprules.pilotcity;

import io.iprules.kit.Problems;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks a city's application or a province's set before evaluation: every problem, at its JSON path. What is
 * refused here is input that cannot be decided on (a missing answer, a population of 0, a negative count, a park
 * or a city listed twice, a city of another province in a province's set); a place that is not an eligible
 * applicant is not refused: it is evaluated, and its §1(1) condition is not met.
 */
final class ApplicationValidation {
    private ApplicationValidation() {
    }

    static void recommendation(ProvinceRecommendation r, Problems p) {
        p.required("province", r.province());
        if (r.cities() == null) {
            p.add("cities", "is required: the cities the province recommends (§2(2): 1 to 2, districts of "
                    + "计划单列市 not counted)");
            return;
        }
        Set<String> names = new HashSet<>();
        p.each("cities", r.cities(), (c, at) -> {
            city(c, at, r.province());
            if (c.name() != null && !c.name().isBlank() && !names.add(c.name().strip())) {
                at.add("name", "city '" + c.name() + "' is listed twice in the recommendation");
            } else if (c.name() != null && r.province() != null && c.name().strip().equals(r.province().strip())) {
                // the quota condition is about the province: a city of the same name would share its subject
                at.add("name", "is the recommending province's own name; the result names the province's quota by it");
            }
        });
    }

    /**
     * @param setProvince the recommending province when the city is one of a province's set, else {@code null}
     */
    static void city(CityApplicant c, Problems p, String setProvince) {
        p.required("name", c.name());
        if (setProvince == null) {
            p.required("province", c.province());
        } else if (c.province() != null && !setProvince.isBlank()
                && !c.province().strip().equals(setProvince.strip())) {
            p.add("province", "is '" + c.province() + "', but this is the recommendation of '" + setProvince
                    + "': a province recommends its own cities (§2(2)); evaluate this city in the set of '"
                    + c.province() + "'");
        }
        p.required("type", c.type());
        p.required("ipOnAgenda", c.ipOnAgenda());
        p.required("coordinationMechanism", c.coordinationMechanism());
        p.required("smeServiceSystem", c.smeServiceSystem());
        p.required("leadershipMechanism", c.leadershipMechanism());
        p.required("fiscalSupport", c.fiscalSupport());
        if (c.parks() == null) {
            p.add("parks", "is required: the application's SME-cluster parks (§1(2)2), 2 to 3 of them (§2(2))");
        }
        Set<String> parkNames = new HashSet<>();
        p.each("parks", c.parks(), (park, at) -> {
            if (at.required("name", park.name()) && !parkNames.add(park.name().strip())) {
                at.add("name", "park '" + park.name() + "' is listed twice: the result names each park");
            } else if (c.name() != null && park.name() != null && park.name().strip().equals(c.name().strip())) {
                // conditions are reported by subject: a park named like its city would mix with the city's
                at.add("name", "is the city's own name; give the park its own name, as the result names each park");
            }
            at.required("smeCluster", park.smeCluster());
            at.required("ipPromotionPolicies", park.ipPromotionPolicies());
            at.required("ipTalent", park.ipTalent());
            at.required("ipDepartment", park.ipDepartment());
            at.required("fullTimeIpStaff", park.fullTimeIpStaff());
            at.notNegative("fullTimeIpStaff", park.fullTimeIpStaff());
            at.required("inventionPatents", park.inventionPatents());
            at.notNegative("inventionPatents", park.inventionPatents());
            if (at.required("population", park.population())) {
                at.positive("population", park.population());
            }
        });
        if (c.application() == null) {
            p.add("application", "is required: the city's own joint application {ipOffice, smeAuthority} (§2(2) "
                    + "申报试点城市的知识产权局和中小企业主管部门联合…提出推进工程申报申请)");
        } else {
            p.at("application").required("ipOffice", c.application().ipOffice());
            p.at("application").required("smeAuthority", c.application().smeAuthority());
        }
        if (c.recommendation() == null) {
            p.add("recommendation", "is required: the province's joint recommendation {ipOffice, smeAuthority, date} "
                    + "(§2(2)); give ipOffice and smeAuthority false while the city is not yet recommended");
            return;
        }
        JointRecommendation r = c.recommendation();
        Problems at = p.at("recommendation");
        at.required("ipOffice", r.ipOffice());
        at.required("smeAuthority", r.smeAuthority());
        if ((Boolean.TRUE.equals(r.ipOffice()) || Boolean.TRUE.equals(r.smeAuthority())) && r.date() == null) {
            at.add("date", "is required when an authority recommends the city: the date of the recommendation "
                    + "letter, checked against the deadline (§2(2))");
        }
    }
}
