package io.iprules.benchmarks;

import io.iprules.ParameterInfo;
import io.iprules.ParameterValue;
import io.iprules.PolicyDescription;
import io.iprules.pilotcity.ApplicantType;
import io.iprules.pilotcity.CityApplicant;
import io.iprules.pilotcity.JointRecommendation;
import io.iprules.pilotcity.Park;
import io.iprules.pilotcity.ProvinceRecommendation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * pilot-city-2017 decided by hand-written Java, with no rule engine: the baseline the engine is measured against, and
 * a second, independent implementation the engine must agree with (see the agreement test). It decides every
 * condition of a city's application or of a province's set — code, whom it is about, met or not, the actual and
 * required values as the result shows them, and the gap — and the overall verdict; not the explanations.
 *
 * <p>It reads the thresholds from the engine's policy description (the module's parameter files), never from
 * literals, and orders the conditions as the result does: the city, then each park in the request's order (named
 * {@code "city / park"} in a province's set), then the province's quota. Validation is not repeated: it takes valid
 * applications.
 */
public final class PlainPilotCity {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final String JOINT = "ipOffice+smeAuthority";

    private final Map<String, TreeMap<LocalDate, String>> parameters = new HashMap<>();
    private final LocalDate inForce;
    private final String eligibleTypes;

    /** A baseline with the parameter values of {@code policy} (the engine's description of pilot-city-2017). */
    public PlainPilotCity(PolicyDescription policy) {
        inForce = policy.inForceFrom();
        for (ParameterInfo p : policy.parameters()) {
            TreeMap<LocalDate, String> values = new TreeMap<>();
            for (ParameterValue v : p.values()) {
                values.put(v.from(), v.value());
            }
            parameters.put(p.name(), values);
        }
        eligibleTypes = Arrays.stream(ApplicantType.values()).filter(ApplicantType::isEligible).map(Enum::name)
                .collect(Collectors.joining(" | "));
    }

    /**
     * One condition as decided.
     *
     * @param code     condition code
     * @param subject  the city, park ({@code "city / park"} in a set) or province it is about
     * @param met      whether it holds
     * @param actual   the actual value as the result shows it ({@code null} for a letter not yet written)
     * @param required the requirement as the result shows it
     * @param gap      how far short, for an unmet minimum; else {@code null}
     */
    public record Check(String code, String subject, boolean met, String actual, String required, String gap) {
    }

    /**
     * What the policy decides.
     *
     * @param checks   every condition, in the result's order
     * @param eligible whether every condition holds (and there is one)
     */
    public record Outcome(List<Check> checks, boolean eligible) {
    }

    /** The parameters in force on the as-of date (the first ones before the notice), read once per decision. */
    private record Figures(int staff, BigDecimal density, int minParks, int maxParks, LocalDate deadline,
                           int minCities, int maxPlaces) {
    }

    private String param(String name, LocalDate asOf) {
        return parameters.get(name).floorEntry(asOf.isBefore(inForce) ? inForce : asOf).getValue();
    }

    private Figures figures(LocalDate asOf) {
        return new Figures(Integer.parseInt(param("PC_PARK_FULLTIME_STAFF.MIN", asOf)),
                new BigDecimal(param("PC_PARK_PATENT_DENSITY.MIN", asOf)),
                Integer.parseInt(param("PC_PARK_COUNT.MIN", asOf)), Integer.parseInt(param("PC_PARK_COUNT.MAX", asOf)),
                LocalDate.parse(param("PC_DEADLINE", asOf)),
                Integer.parseInt(param("PC_PROVINCE_QUOTA.MIN", asOf)),
                Integer.parseInt(param("PC_PROVINCE_QUOTA.MAX", asOf)));
    }

    /** Decides a city's application ({@code applicant}) as of {@code asOf}. */
    public Outcome evaluate(CityApplicant city, LocalDate asOf) {
        List<Check> checks = new ArrayList<>(9 + 6 * city.parks().size());
        city(city, false, figures(asOf), checks);
        return outcome(checks);
    }

    /** Decides a province's set ({@code recommendation}) as of {@code asOf}: every city, then the quota. */
    public Outcome evaluate(ProvinceRecommendation set, LocalDate asOf) {
        Figures f = figures(asOf);
        List<Check> checks = new ArrayList<>();
        int places = 0;
        for (CityApplicant c : set.cities()) {
            city(c, true, f, checks);
            if (c.type() != ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT) {
                places++; // 计划单列市的市辖区不占所在省的申报名额
            }
        }
        int cities = set.cities().size();
        boolean met = cities >= f.minCities() && places <= f.maxPlaces();
        checks.add(new Check("PC_PROVINCE_QUOTA", set.province(), met, Integer.toString(places),
                f.minCities() + "–" + f.maxPlaces(), !met && cities < f.minCities()
                ? Integer.toString(f.minCities() - cities) : null));
        return outcome(checks);
    }

    private static Outcome outcome(List<Check> checks) {
        boolean all = !checks.isEmpty();
        for (Check c : checks) {
            all &= c.met();
        }
        return new Outcome(checks, all);
    }

    private void city(CityApplicant c, boolean inSet, Figures f, List<Check> checks) {
        String name = c.name();
        boolean admitted = switch (c.type()) {
            case SUB_PROVINCIAL_CITY, PREFECTURE_LEVEL_CITY, AUTONOMOUS_PREFECTURE, LEAGUE, COUNTY_LEVEL_CITY,
                 MUNICIPALITY_DISTRICT, SEPARATELY_PLANNED_CITY_DISTRICT -> true;
            case PREFECTURE_CITY_DISTRICT, COUNTY, PROVINCE -> false;
        };
        checks.add(new Check("PC_APPLICANT_TYPE", name, admitted, c.type().name(), eligibleTypes, null));
        checks.add(yesNo("PC_IP_ON_AGENDA", name, c.ipOnAgenda()));
        checks.add(yesNo("PC_COORDINATION", name, c.coordinationMechanism()));
        checks.add(yesNo("PC_SME_SERVICE_SYSTEM", name, c.smeServiceSystem()));
        checks.add(yesNo("PC_LEADERSHIP", name, c.leadershipMechanism()));
        checks.add(yesNo("PC_FISCAL_SUPPORT", name, c.fiscalSupport()));

        int parks = c.parks().size();
        boolean parksMet = parks >= f.minParks() && parks <= f.maxParks();
        checks.add(new Check("PC_PARK_COUNT", name, parksMet, Integer.toString(parks),
                f.minParks() + "–" + f.maxParks(),
                !parksMet && parks < f.minParks() ? Integer.toString(f.minParks() - parks) : null));

        // the city's own application: its IP office and its SME authority, jointly
        boolean cityIp = c.application().ipOffice();
        boolean citySme = c.application().smeAuthority();
        checks.add(new Check("PC_CITY_JOINT_APPLICATION", name, cityIp && citySme,
                cityIp && citySme ? JOINT : cityIp ? "ipOffice" : citySme ? "smeAuthority" : "none", JOINT, null));

        JointRecommendation r = c.recommendation();
        boolean ip = r.ipOffice();
        boolean sme = r.smeAuthority();
        checks.add(new Check("PC_JOINT_RECOMMENDATION", name, ip && sme,
                ip && sme ? JOINT : ip ? "ipOffice" : sme ? "smeAuthority" : "none", JOINT, null));

        LocalDate letter = ip || sme ? r.date() : null; // a date while neither recommends dates no letter
        checks.add(new Check("PC_DEADLINE", name, letter != null && !letter.isAfter(f.deadline()),
                letter == null ? null : letter.toString(), "<= " + f.deadline(), null));

        for (Park p : c.parks()) {
            park(p, inSet ? name + " / " + p.name() : p.name(), f, checks);
        }
    }

    private static void park(Park p, String subject, Figures f, List<Check> checks) {
        checks.add(yesNo("PC_PARK_SME_CLUSTER", subject, p.smeCluster()));
        checks.add(yesNo("PC_PARK_IP_POLICIES", subject, p.ipPromotionPolicies()));
        checks.add(yesNo("PC_PARK_IP_TALENT", subject, p.ipTalent()));
        checks.add(yesNo("PC_PARK_IP_DEPARTMENT", subject, p.ipDepartment()));
        int staff = p.fullTimeIpStaff();
        boolean staffed = staff >= f.staff();
        checks.add(new Check("PC_PARK_FULLTIME_STAFF", subject, staffed, Integer.toString(staff), ">= " + f.staff(),
                staffed ? null : Integer.toString(f.staff() - staff)));

        // 每万人口发明专利拥有量不低于48.4件: patents × 10,000 >= minimum × population, exact, no division
        BigDecimal minimum = f.density();
        BigDecimal patents = BigDecimal.valueOf(p.inventionPatents());
        BigDecimal population = BigDecimal.valueOf(p.population());
        boolean dense = patents.multiply(TEN_THOUSAND).compareTo(minimum.multiply(population)) >= 0;
        // shown rounded down (never up to the threshold), at two decimals or the minimum's own scale if finer
        int scale = Math.max(2, minimum.scale());
        BigDecimal shown = patents.multiply(TEN_THOUSAND).divide(population, scale, RoundingMode.DOWN);
        checks.add(new Check("PC_PARK_PATENT_DENSITY", subject, dense, shown.toPlainString(),
                ">= " + minimum.toPlainString(),
                dense ? null : minimum.setScale(scale, RoundingMode.UNNECESSARY).subtract(shown).toPlainString()));
    }

    private static Check yesNo(String code, String subject, boolean holds) {
        return new Check(code, subject, holds, Boolean.toString(holds), "true", null);
    }
}
