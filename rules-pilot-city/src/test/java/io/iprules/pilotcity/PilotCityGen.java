package io.iprules.pilotcity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of valid pilot-city-2017 applications and province sets for property tests. Unlike
 * {@link PilotCityPopulation} (a fixed, realistic population) they draw from the randomness QuickTheories controls,
 * so that a failure shrinks. Figures and dates cluster where the text draws lines: densities within a patent or
 * two of 48.4 per 10,000, 1 to 4 parks around 2–3, letters on, before and after 2017-07-31, and as-of dates around
 * the notice (2017-06-27) and the deadline.
 */
final class PilotCityGen {
    static final LocalDate NOTICE = LocalDate.of(2017, 6, 27);
    static final LocalDate DEADLINE = LocalDate.of(2017, 7, 31);
    static final String PROVINCE = "浙江省";
    /** The 直辖市 of the applications' 上海市浦东新区. */
    static final String MUNICIPALITY = "上海市";

    private PilotCityGen() {
    }

    /** A city's application and the date it is checked on. */
    record Application(LocalDate asOf, CityApplicant city) {
    }

    /** A province's set and the date it is checked on. */
    record Set(LocalDate asOf, ProvinceRecommendation recommendation) {
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(T... values) {
        return Generate.pick(Arrays.asList(values));
    }

    static Gen<Integer> between(int min, int max) {
        return Generate.range(min, max);
    }

    static Gen<LocalDate> day(LocalDate from, LocalDate to) {
        return between(0, (int) (to.toEpochDay() - from.toEpochDay())).map(from::plusDays);
    }

    /** Mostly true: most applications declare the conditions they apply on. */
    static Gen<Boolean> mostlyTrue() {
        return Generate.frequency(Pair.of(9, Generate.constant(true)), Pair.of(1, Generate.constant(false)));
    }

    /** A date around the notice and the deadline, or further away. */
    static Gen<LocalDate> date() {
        return Generate.frequency(
                Pair.of(3, oneOf(NOTICE.minusDays(1), NOTICE, NOTICE.plusDays(1), DEADLINE.minusDays(1), DEADLINE,
                        DEADLINE.plusDays(1))),
                Pair.of(3, day(NOTICE.minusDays(10), DEADLINE.plusDays(30))),
                Pair.of(1, day(LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31))));
    }

    /**
     * A park's population and invention patents: often within two patents of the least that reaches 48.4 per
     * 10,000 (⌈48.4 × population ÷ 10,000⌉, computed here in integers), sometimes anywhere.
     */
    static Gen<int[]> patentsAndPopulation() {
        Gen<Integer> population = Generate.frequency(
                Pair.of(1, oneOf(1, 10_000, 100_000, 1_000_000, 2_147_483_647)),
                Pair.of(6, between(1, 3_000_000)));
        Gen<Integer> delta = between(-2, 2);
        Gen<Integer> near = Generate.frequency(Pair.of(3, Generate.constant(1)), Pair.of(1, Generate.constant(0)));
        return in -> {
            int pop = population.generate(in);
            long least = (484L * pop + 99_999) / 100_000; // ceil(48.4 × pop / 10,000)
            long patents = near.generate(in) == 1 ? Math.max(0, least + delta.generate(in))
                    : between(0, (int) Math.min(Integer.MAX_VALUE, 2 * least + 10)).generate(in);
            return new int[] {(int) Math.min(patents, Integer.MAX_VALUE), pop};
        };
    }

    static Gen<Park> park(String name) {
        Gen<int[]> figures = patentsAndPopulation();
        Gen<Integer> staff = Generate.frequency(Pair.of(3, between(0, 1)), Pair.of(1, between(0, 40)));
        return in -> {
            int[] f = figures.generate(in);
            return new Park(name, mostlyTrue().generate(in), mostlyTrue().generate(in), mostlyTrue().generate(in),
                    mostlyTrue().generate(in), staff.generate(in), f[0], f[1]);
        };
    }

    /** A park that meets every condition of §1(2)2, at or just above the density. */
    static Gen<Park> goodPark(String name) {
        Gen<int[]> figures = patentsAndPopulation();
        return in -> {
            int[] f = figures.generate(in);
            long least = (484L * f[1] + 99_999) / 100_000;
            int patents = (int) Math.min(Integer.MAX_VALUE, Math.max(f[0], least));
            return new Park(name, true, true, true, true, between(1, 5).generate(in), patents, f[1]);
        };
    }

    static Gen<JointRecommendation> recommendation() {
        Gen<Boolean> both = Generate.frequency(Pair.of(6, Generate.constant(true)),
                Pair.of(1, Generate.constant(false)));
        return in -> {
            boolean ip = both.generate(in);
            boolean sme = both.generate(in);
            LocalDate date = ip || sme ? date().generate(in)
                    : Generate.frequency(Pair.of(1, Generate.<LocalDate>constant((LocalDate) null)),
                            Pair.of(1, date())).generate(in);
            return new JointRecommendation(ip, sme, date);
        };
    }

    private static final java.util.Set<ApplicantType> CITY_LEVEL = java.util.EnumSet.of(
            ApplicantType.SUB_PROVINCIAL_CITY, ApplicantType.PREFECTURE_LEVEL_CITY,
            ApplicantType.AUTONOMOUS_PREFECTURE, ApplicantType.LEAGUE);
    private static final java.util.Set<ApplicantType> DISTRICT = java.util.EnumSet.of(
            ApplicantType.MUNICIPALITY_DISTRICT, ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT,
            ApplicantType.PREFECTURE_CITY_DISTRICT);

    /** A city with 0 to 5 parks (named apart from one another and from the city). */
    static Gen<CityApplicant> city(String name, String province) {
        // the eligible types picked from, not filtered for: a filter that a forced draw keeps failing had
        // QuickTheories give up on a long campaign (-Dprops.tries=20000: "Gave up after finding only 9755 examples")
        // a type its province and its name do not contradict (reading applicants): 上海市 has no 计划单列市 and no
        // city of any kind, 浙江省 (the province of a set's city that names none) is no 直辖市, and of its places only
        // 宁波市's districts are 计划单列市的市辖区; a name ending in 区 is no county-level city
        boolean municipality = MUNICIPALITY.equals(province);
        List<ApplicantType> types = java.util.Arrays.stream(ApplicantType.values())
                .filter(t -> municipality ? t != ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT
                        && t != ApplicantType.PREFECTURE_CITY_DISTRICT // no city, so no city's district
                        && (t == ApplicantType.MUNICIPALITY_DISTRICT || !t.isEligible())
                        : t != ApplicantType.MUNICIPALITY_DISTRICT
                        && (t != ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT || name.startsWith("宁波市"))
                        && (t != ApplicantType.COUNTY_LEVEL_CITY || !name.endsWith("区"))) // a district is no 县级市
                // nor, the other way round, is a 市 a county, a place below a province a province, or 宁波市's
                // district another city's; a district is no city, 州, 盟 or county, and a 市 no district
                .filter(t -> (t != ApplicantType.COUNTY || !"市州盟区".contains(name.substring(name.length() - 1)))
                        && (t != ApplicantType.PROVINCE || !"市州盟县区旗".contains(name.substring(name.length() - 1)))
                        && (t != ApplicantType.PREFECTURE_CITY_DISTRICT || !name.startsWith("宁波市"))
                        && (!CITY_LEVEL.contains(t) || !name.endsWith("区"))
                        && (!DISTRICT.contains(t) || !name.endsWith("市"))
                        && (t == ApplicantType.COUNTY || !name.endsWith("县")))
                .toList();
        // a place no type of §1(1) may name (杭州市西湖区, 德清县) is of its own type only
        List<ApplicantType> eligible = types.stream().filter(ApplicantType::isEligible).toList();
        Gen<ApplicantType> type = eligible.isEmpty() ? Generate.pick(types)
                : Generate.frequency(Pair.of(6, Generate.pick(eligible)), Pair.of(1, Generate.pick(types)));
        Gen<Integer> parks = Generate.frequency(Pair.of(5, between(2, 3)), Pair.of(2, between(0, 5)));
        return in -> {
            int n = parks.generate(in);
            List<Park> ps = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ps.add(park(name + "第" + (i + 1) + "园区").generate(in));
            }
            return new CityApplicant(name, province, type.generate(in), mostlyTrue().generate(in),
                    mostlyTrue().generate(in), mostlyTrue().generate(in), mostlyTrue().generate(in),
                    mostlyTrue().generate(in), ps, recommendation().generate(in),
                    new JointApplication(mostlyTrue().generate(in), mostlyTrue().generate(in)));
        };
    }

    static Gen<Application> applications() {
        // and, now and then, a district of an ordinary city or a county: not an applicant, and named so
        Gen<String> names = Generate.frequency(Pair.of(6, oneOf("湖州市", "宁波市鄞州区", "义乌市", "上海市浦东新区")),
                Pair.of(1, oneOf("杭州市西湖区", "德清县")));
        return in -> {
            String name = names.generate(in);
            return new Application(date().generate(in),
                    city(name, name.startsWith(MUNICIPALITY) ? MUNICIPALITY : PROVINCE).generate(in));
        };
    }

    /** A province's set of 0 to 4 cities (the province given or left out, as the contract allows). */
    static Gen<Set> sets() {
        List<String> names = List.of("湖州市", "宁波市鄞州区", "义乌市", "温州市");
        Gen<Integer> count = Generate.frequency(Pair.of(4, between(1, 2)), Pair.of(1, between(0, 4)));
        Gen<String> province = oneOf(PROVINCE, null);
        return in -> {
            int n = count.generate(in);
            List<CityApplicant> cities = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                cities.add(city(names.get(i), province.generate(in)).generate(in));
            }
            return new Set(date().generate(in), new ProvinceRecommendation(PROVINCE, cities));
        };
    }

    /** {@code c} with {@code park} added at the end. */
    static CityApplicant withPark(CityApplicant c, Park park) {
        List<Park> parks = new ArrayList<>(c.parks());
        parks.add(park);
        return new CityApplicant(c.name(), c.province(), c.type(), c.ipOnAgenda(), c.coordinationMechanism(),
                c.smeServiceSystem(), c.leadershipMechanism(), c.fiscalSupport(), parks, c.recommendation(),
                c.application());
    }
}
