package io.iprules.pilotcity;

import io.iprules.kit.Problems;
import io.iprules.kit.china.ProvincialUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a city's application or a province's set before evaluation: every problem, at its JSON path. What is
 * refused here is input that cannot be decided on (a missing answer, a population of 0, a negative count, a park
 * or a city listed twice, a city of another province in a province's set, two of a set's cities or parks that the
 * result would name alike, a type its province or its name contradicts); a place that is not an eligible
 * applicant is not refused: it is evaluated, and its §1(1) condition is not met.
 */
final class ApplicationValidation {
    private ApplicationValidation() {
    }

    static void recommendation(ProvinceRecommendation r, Problems p) {
        // the set's province names its result, as a city's name does: held to the same form (no space around it)
        if (p.required("province", r.province())) {
            p.noSpaceAround("province", r.province());
        }
        if (r.cities() == null) {
            p.add("cities", problem("problem.cities-required"));
            return;
        }
        Set<String> names = new HashSet<>();
        java.util.Map<String, String> oneCity = new java.util.HashMap<>();
        p.each("cities", r.cities(), (c, at) -> {
            city(c, at, r.province());
            if (!acceptableName(c.name())) {
                return; // told by city(): a name with a space around it, a character that shows nothing, not NFC
            }
            String first;
            if (!names.add(c.name())) {
                at.add("name", problem("problem.city-twice", c.name()));
            } else if (namesProvince(c.name(), r.province())) {
                // the quota condition is about the province: a city of the same name, in full or short (上海 in
                // 上海市's set), would share its subject, and is the province rather than a city of it
                at.add("name", problem("problem.city-named-as-province"));
            } else if ((first = oneCity.putIfAbsent(io.iprules.kit.Spellings.asCompared(
                    asOneCity(c.name(), c.type(), r.province())), c.name())) != null) {
                // 湖州市 and 浙江省湖州市 (or 湖州) took two places of the set, one city
                at.add("name", problem("problem.city-twice-written-otherwise", first, c.name()));
            }
        });
        subjectsApart(r, p);
    }

    /**
     * The result names a city of a set by its name and a park by {@code "city / park"}: two of them must not come out
     * under one name, or the conditions of both (a park's density met and another's not) would read as one's: 甲市's
     * park {@code 乙 / 丙园} and the park 丙园 of a city {@code 甲市 / 乙} are both {@code 甲市 / 乙 / 丙园}, and a city
     * {@code 湖州市 / 高新区} is named as 湖州市's park 高新区. The later one is refused, at its name. A name already refused
     * (blank, twice, the province's, a park's as its city's) is not told again.
     */
    private static void subjectsApart(ProvinceRecommendation r, Problems p) {
        Set<String> subjects = new HashSet<>();
        if (r.province() != null) {
            subjects.add(r.province().strip());
        }
        Set<String> cities = new HashSet<>();
        Problems list = p.at("cities");
        for (int i = 0; i < r.cities().size(); i++) {
            CityApplicant c = r.cities().get(i);
            if (c == null || !acceptableName(c.name()) || !cities.add(c.name()) || namesProvince(c.name(), r.province())) {
                continue;
            }
            Problems at = list.at(i);
            String city = c.name();
            if (!subjects.add(city)) {
                at.add("name", problem("problem.subject-clash", city));
            }
            if (c.parks() == null) {
                continue;
            }
            Set<String> parks = new HashSet<>();
            for (int j = 0; j < c.parks().size(); j++) {
                Park park = c.parks().get(j);
                if (park == null || !acceptableName(park.name()) || !parks.add(park.name()) || park.name().equals(city)) {
                    continue;
                }
                String subject = city + PilotCity2017.PARK_OF + park.name();
                if (!subjects.add(subject)) {
                    at.at("parks").at(j).add("name", problem("problem.subject-clash", subject));
                }
            }
        }
    }

    /**
     * Whether {@code name} is one that names a city or park as it is compared: present, without a space around it
     * (a no-break space U+00A0 included), without a character that shows nothing (a zero-width space, a Hangul
     * filler), and in Unicode's composed form (NFC: 金 not as the compatibility ideograph U+F90A). Each of those reads
     * as another name and was not told as listed twice, so one city took two places of a set, one park counted twice
     * towards 2 to 3. {@link #name} tells what is wrong; the checks that compare names take only acceptable ones,
     * as written.
     */
    private static boolean acceptableName(String name) {
        return name(name, Problems.root("name"));
    }

    /** Checks a city's or a park's name at {@code "name"} under {@code p}: see {@link #acceptableName}. */
    private static boolean name(String name, Problems p) {
        // noSpaceAround holds the name to its composed form (NFC) too, as every identifying name
        return p.required("name", name) && p.noSpaceAround("name", name);
    }

    /**
     * A city of a set as the set compares it for a city listed twice (reading quota): its level, and its name without
     * its province before it, in full or short (浙江省湖州市, 浙江湖州市, 浙江 湖州市), and without a closing 市 (湖州),
     * so that 湖州市, 浙江省湖州市 and 湖州 of one level are one city. The province is taken off as
     * {@link #withoutProvinceBefore} says (吉林市 in 吉林省 is not 市), and 市 only where two characters are left (沙市
     * is not 沙). Two levels are two places whatever their names: 大理 (州) and 大理市 (县级城市) are both applicants,
     * while a 副省级城市 typed as a 地级城市 elsewhere in the set is still the same city.
     */
    static String asOneCity(String name, ApplicantType type, String province) {
        // a type left out is told where it is required; Map.of holds no null key to ask for
        String level = type == null ? "" : LEVEL.getOrDefault(type, type.name());
        return level + "|" + withoutShi(withoutCityBefore(withoutProvinceBefore(name, province), type));
    }

    /**
     * The applicants under a city whose name may be written with that city before it and names one place without
     * it: a 县级市 (no two cities share a name: 全国范围内的县、市以上名称不应重名, 地名管理条例 1986 第四条第(三)项) and a
     * 计划单列市's district (a province has one 计划单列市). A prefecture-level city's district is not: districts'
     * names repeat, 南京市鼓楼区 and 徐州市鼓楼区 are two.
     */
    private static final Set<ApplicantType> UNDER_A_CITY = java.util.EnumSet.of(ApplicantType.COUNTY_LEVEL_CITY,
            ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT);

    /**
     * The name of a place under a city ({@link #UNDER_A_CITY}) without that city before it, its province already
     * taken off ({@link #cityBefore}), where a name of two characters or more is left that ends as the place's own
     * does, in 市 for a 县级市 and in 区 for a district: 宁波市余姚市 and 苏州市 昆山市 are 余姚市 and 昆山市, 青岛市市南区
     * and 深圳南山区 are 市南区 and 南山区, while 南京市鼓楼区 and 徐州市鼓楼区 typed as 县级市 are two places wrongly
     * typed, not one. 市南区 written alone keeps its 市, which is its own.
     */
    private static String withoutCityBefore(String name, ApplicantType type) {
        if (!UNDER_A_CITY.contains(type)) {
            return name;
        }
        String rest = afterCityBefore(name);
        String own = type == ApplicantType.COUNTY_LEVEL_CITY ? "市" : "区";
        return rest.length() >= 2 && rest.endsWith(own) ? rest : name;
    }

    /**
     * A park's name without the city of its place under a city before it, where the place's own name {@code place}
     * follows (苏州市昆山市高新区 of 昆山市, 青岛市市南区软件园 of 市南区), its province already taken off.
     */
    private static String withoutCityBefore(String park, String place, ApplicantType type) {
        if (!UNDER_A_CITY.contains(type) || park.startsWith(place)) {
            return park;
        }
        String rest = afterCityBefore(park);
        return rest.startsWith(place) ? rest : park;
    }

    /** What follows the city a name begins with ({@link #cityBefore}), and the spaces or middle dot after it. */
    private static String afterCityBefore(String name) {
        String city = cityBefore(name);
        return city == null ? "" : withoutSeparators(name.substring(city.length()));
    }

    /**
     * The city a name begins with, as the name writes it: a 计划单列市's name, in full or short, is known
     * ({@link DistrictPlaces}: 青岛市市南区, 深圳南山区; the full name first, so 青岛市南区 is 青岛市's 南区, not 青岛's
     * 市南区); another city is the name up to its first 市, of two characters or more (苏州市昆山市; 苏州昆山市, without
     * 市, shows no city: the names of China's cities are no data of this module). {@code null} when it begins with
     * none.
     */
    private static String cityBefore(String name) {
        var planned = DistrictPlaces.OF_CHINA.separatelyPlannedCityBeginning(name);
        if (planned.isPresent()) {
            return planned.get().writtenAtStartOf(name);
        }
        int shi = name.indexOf('市');
        return shi > 0 ? name.substring(0, shi + 1) : null;
    }

    /**
     * The levels of §1(1)'s applicants, as one place cannot be of two: 地级城市(州、盟) and the 副省级城市 among them, then
     * 县级城市, then the districts (a 直辖市's or a 计划单列市's); a type not named here is its own level.
     */
    private static final java.util.Map<ApplicantType, String> LEVEL = java.util.Map.of(
            ApplicantType.SUB_PROVINCIAL_CITY, "prefecture", ApplicantType.PREFECTURE_LEVEL_CITY, "prefecture",
            ApplicantType.AUTONOMOUS_PREFECTURE, "prefecture", ApplicantType.LEAGUE, "prefecture",
            ApplicantType.COUNTY_LEVEL_CITY, "county",
            ApplicantType.MUNICIPALITY_DISTRICT, "district", ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT, "district");

    /** The types whose places are a 市 (their own name may be written with or without it). */
    private static final Set<ApplicantType> CITIES_NAMED_SHI = java.util.EnumSet.of(ApplicantType.SUB_PROVINCIAL_CITY,
            ApplicantType.PREFECTURE_LEVEL_CITY, ApplicantType.COUNTY_LEVEL_CITY);

    private static String withoutShi(String n) {
        return n.endsWith("市") && n.length() >= 3 ? n.substring(0, n.length() - 1) : n;
    }

    /**
     * A park's name as its city compares it for a park listed twice (reading parks-recommendation-deadline): the city
     * written before it with 市, or with spaces after it, is its city written bare, and the city's province before
     * that is no part of it, so that 浙江省湖州市经济开发区, 湖州市经济开发区, 湖州 经济开发区 and 湖州经济开发区 are one park
     * of 湖州市. Nothing is taken off but the province before the city: 湖北大学科技园 and 武汉大学科技园 are two parks of
     * 武汉市. 市 is read so only for a city that is a 市 (a 州's 大理市经济开发区 is its seat city's, not 大理州's), and not
     * before 大学 or 学院 (宁波市大学科技园 is not 宁波大学's).
     */
    static String asOnePark(String park, String city, ApplicantType type, String province) {
        String c = withoutShi(withoutCityBefore(withoutProvinceBefore(city, province), type));
        String afterProvince = withoutProvinceBefore(park, province);
        String afterCity = withoutCityBefore(afterProvince, c, type);
        String n = afterCity.startsWith(c) ? afterCity : park;
        if (!n.startsWith(c)) {
            return n;
        }
        String rest = n.substring(c.length());
        if (CITIES_NAMED_SHI.contains(type) && rest.startsWith("市")) {
            String afterShi = withoutSeparators(rest.substring(1));
            if (afterShi.length() >= 2 && !afterShi.startsWith("大学") && !afterShi.startsWith("学院")) {
                return c + afterShi;
            }
            return n;
        }
        String afterSeparators = withoutSeparators(rest);
        return afterSeparators.length() >= 2 ? c + afterSeparators : n;
    }

    /**
     * {@code name} without its province before it, in full or short (浙江省湖州市, 浙江湖州市, 浙江·湖州市), and the
     * spaces or middle dot after it, where two characters or more are left. The short name is not taken off where 市
     * follows it at once (吉林市 and 吉林市经济技术开发区 in 吉林省 stay: 吉林市 is a city), and never where the full name
     * begins the name (山东省市南区 is 青岛市's 市南区, not 省市南区); after the full name or a separator, 市 is the next
     * place's (山东省市南区, 山东·市北区).
     */
    private static String withoutProvinceBefore(String name, String province) {
        var unit = province == null ? java.util.Optional.<ProvincialUnit>empty() : ProvincialUnit.named(province.strip());
        if (unit.isEmpty()) {
            return name;
        }
        String full = unit.get().fullName();
        String shortName = unit.get().shortName();
        String after;
        if (name.startsWith(full)) {
            after = name.substring(full.length());
        } else if (name.startsWith(shortName) && !name.startsWith("市", shortName.length())) {
            after = name.substring(shortName.length());
        } else {
            return name;
        }
        String rest = withoutSeparators(after);
        return rest.length() >= 2 ? rest : name;
    }

    /**
     * {@code s} without the spaces (a no-break or ideographic one too), middle dots (· ・ ･ ‧ •), hyphens and
     * enumeration commas (、) it begins with: what a document may put between a province and its city.
     */
    private static String withoutSeparators(String s) {
        int i = 0;
        while (i < s.length() && (io.iprules.json.InvisibleCharacters.isSpace(s.charAt(i))
                || "\u00b7\u30fb\uff65\u2027\u2022-\u2010\u2011\u2012\u2013\u2014\uff0d\u3001".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        return s.substring(i);
    }

    /** Whether a city's {@code name} is its province's, in full or short (上海 or 上海市 in 上海市's set). */
    private static boolean namesProvince(String name, String province) {
        return province != null && !province.isBlank() && Provinces.same(name, province);
    }

    /**
     * @param setProvince the recommending province when the city is one of a province's set, else {@code null}
     */
    static void city(CityApplicant c, Problems p, String setProvince) {
        // a name with a character that shows nothing (湖州市 with a zero-width space or U+3164), a space around it
        // (U+00A0) or a compatibility ideograph (U+F90A for 金) reads as another's and was not told as listed twice:
        // a set's places counted twice
        boolean named = name(c.name(), p);
        boolean ownProvince = c.province() != null && !c.province().isBlank();
        if (setProvince == null) {
            p.required("province", c.province());
        } else if (ownProvince && !setProvince.isBlank() && !Provinces.same(c.province(), setProvince)) {
            // 浙江 and 浙江省 are one province (the kit's provinces.json): only another province's city is refused
            p.add("province", problem("problem.province-mismatch", c.province(), setProvince));
        }
        if (p.required("type", c.type())) {
            // a province left out, or blank, in a set is the set's
            // the name first: a county (宁波市象山县) typed a district is told as a county, once
            if (!named || typeAgainstName(c.type(), c.name(), setProvince == null ? c.province() : null, p)) {
                typeAgainstProvince(c.type(), named ? c.name() : null, ownProvince ? c.province() : setProvince, p);
            }
        }
        p.required("ipOnAgenda", c.ipOnAgenda());
        p.required("coordinationMechanism", c.coordinationMechanism());
        p.required("smeServiceSystem", c.smeServiceSystem());
        p.required("leadershipMechanism", c.leadershipMechanism());
        p.required("fiscalSupport", c.fiscalSupport());
        if (c.parks() == null) {
            p.add("parks", problem("problem.parks-required"));
        }
        Set<String> parkNames = new HashSet<>();
        java.util.Map<String, String> onePark = new java.util.HashMap<>();
        String province = ownProvince ? c.province() : setProvince;
        p.each("parks", c.parks(), (park, at) -> {
            // a park's name told as wrong (missing, a space around it…) is compared with no other: told once
            boolean parkNamed = name(park.name(), at);
            String first;
            if (parkNamed && !parkNames.add(park.name())) {
                at.add("name", problem("problem.park-twice", park.name()));
            } else if (named && parkNamed && park.name().equals(c.name())) {
                // conditions are reported by subject: a park named like its city would mix with the city's
                at.add("name", problem("problem.park-named-as-city"));
            } else if (named && parkNamed && (first = onePark.putIfAbsent(io.iprules.kit.Spellings.asCompared(
                    asOnePark(park.name(), c.name(), c.type(), province)), park.name())) != null) {
                // 湖州经济开发区 and 湖州市经济开发区 counted as two of the 2 to 3 parks, one park; so are 湖州高新 区,
                // 湖州ＩＴ产业园 and 湖州it产业园 beside 湖州高新区 and 湖州IT产业园 (width, case and spaces aside)
                at.add("name", problem("problem.park-twice-written-otherwise", first, park.name()));
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
            p.add("application", problem("problem.application-required"));
        } else {
            p.at("application").required("ipOffice", c.application().ipOffice());
            p.at("application").required("smeAuthority", c.application().smeAuthority());
        }
        if (c.recommendation() == null) {
            p.add("recommendation", problem("problem.recommendation-required"));
            return;
        }
        JointRecommendation r = c.recommendation();
        Problems at = p.at("recommendation");
        at.required("ipOffice", r.ipOffice());
        at.required("smeAuthority", r.smeAuthority());
        if ((Boolean.TRUE.equals(r.ipOffice()) || Boolean.TRUE.equals(r.smeAuthority())) && r.date() == null) {
            at.add("date", problem("problem.recommendation-date"));
        }
    }

    /**
     * A type its province, or its name, contradicts (reading {@code applicants}). The type decides eligibility and
     * whether the city takes a place of its province's quota, so a mistaken one would pass a set over its quota or
     * admit a place §1(1) does not name:
     * <ul>
     * <li>a 直辖市的市辖区 outside the 直辖市;</li>
     * <li>a city (副省级城市, 地级城市, 州, 盟, 县级城市) in a 直辖市, which has none: its applicants are its districts,
     * and the 直辖市 itself (上海市 typed a prefecture-level city) is a provincial-level unit;</li>
     * <li>a 计划单列市的市辖区 in a province without a 计划单列市, or one whose name is not a district of its province's
     * 计划单列市 ({@link #separatelyPlannedDistrict}).</li>
     * </ul>
     * A type the name alone contradicts is told before ({@link #typeAgainstName}).
     *
     * @param name the city's name, or {@code null} when it is missing or told as written wrongly
     */
    private static void typeAgainstProvince(ApplicantType type, String name, String province, Problems p) {
        if (province == null || province.isBlank()) {
            return; // told as missing where it is required
        }
        DistrictPlaces places = DistrictPlaces.OF_CHINA;
        if (type == ApplicantType.MUNICIPALITY_DISTRICT && !places.isMunicipality(province)) {
            p.add("type", problem("problem.municipality-district-elsewhere", province,
                    io.iprules.Text.bilingual(places.municipalityNames("、"), places.municipalityNames(", "))));
        } else if (NOT_IN_A_MUNICIPALITY.contains(type) && places.isMunicipality(province)) {
            p.add("type", problem("problem.city-in-a-municipality", province, type, type.name()));
        } else if (type == ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT && !places.hasSeparatelyPlannedCity(province)) {
            p.add("type", problem("problem.separately-planned-district-elsewhere", province,
                    io.iprules.Text.bilingual(places.separatelyPlannedCityNames("、", "(", ")"),
                            places.separatelyPlannedCityNames(", ", " (", ")"))));
        } else if (type == ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT && name != null) {
            separatelyPlannedDistrict(name, province, places, p);
        } else if (type == ApplicantType.PREFECTURE_CITY_DISTRICT && name != null) {
            // 宁波市鄞州区 typed another city's district had been told it is no applicant, and took a quota place
            String n = withoutProvinceBefore(name, province);
            var city = ownSeparatelyPlannedCityBeginning(n, province, places);
            if (city.isPresent() && n.endsWith("区")) {
                p.add("type", problem("problem.separately-planned-district-by-type", name, city.get().city()));
            }
        }
    }

    /**
     * A type the name alone contradicts (reading {@code applicants}), whatever the province: a name ending in 县 is a
     * county under any type but {@code COUNTY} (德清县, 宁波市象山县 or 重庆市巫山县 typed a county-level city or a district
     * had been eligible, where §1(1) names no county), one ending in 旗 a banner, Inner Mongolia's county-level unit,
     * under any type but {@code COUNTY} too (准格尔旗 or 鄂伦春自治旗 typed a county-level city had been eligible), and one
     * ending in 区 is a district, not a county-level city (湖州市吴兴区
     * typed {@code COUNTY_LEVEL_CITY}); an application on its own named as its province, in full or short, is the
     * province (上海市 or 北京 typed a municipality's district, 浙江省 typed a prefecture-level city had been eligible),
     * a provincial-level unit, not an applicant, unless typed {@code PROVINCE}; and the other way round, a name
     * ending in 市, 州 or 盟 typed {@code COUNTY} (昆山市, 大理白族自治州) and a place below a province typed
     * {@code PROVINCE} (湖州市) had been told no applicant, where §1(1) names them. A province's set refuses an entry
     * so named at its name already (reading {@code quota}).
     *
     * @param ownProvince the province of an application on its own, else {@code null}
     * @return whether the type stands
     */
    private static boolean typeAgainstName(ApplicantType type, String name, String ownProvince, Problems p) {
        String end = name.substring(name.length() - 1); // a name told as missing is compared with no type
        if (type == ApplicantType.PROVINCE) {
            // 湖州市 typed a province had been told "a province is no applicant": a place below one is
            if (ownProvince != null && !namesProvince(name, ownProvince) && "市州盟县区旗".contains(end)) {
                p.add("type", problem("problem.province-by-type", name, end));
                return false;
            }
            return true;
        }
        if (namesProvince(name, ownProvince)) {
            p.add("type", problem("problem.province-itself", type, type.name(), name));
            return false;
        }
        if (type != ApplicantType.COUNTY && name.endsWith("县")) {
            p.add("type", problem("problem.county-by-name", type, type.name(), name));
            return false;
        }
        if (type != ApplicantType.COUNTY && name.endsWith("旗")) {
            p.add("type", problem("problem.banner-by-name", type, type.name(), name));
            return false;
        }
        if (type == ApplicantType.COUNTY_LEVEL_CITY && name.endsWith("区")) {
            p.add("type", problem("problem.district-as-county-level-city", name));
            return false;
        }
        if (type == ApplicantType.COUNTY && "市州盟".contains(end)) {
            // 昆山市 or 大理白族自治州 typed a county had been told "a county is no applicant"; §1(1) names them
            p.add("type", problem("problem.county-by-type", name, end));
            return false;
        }
        return true;
    }

    /**
     * The kinds of city a 直辖市 has none of, and so no district of one (each told in the words of its type,
     * {@code enum.ApplicantType.*}).
     */
    private static final java.util.Set<ApplicantType> NOT_IN_A_MUNICIPALITY = java.util.EnumSet.of(
            ApplicantType.SUB_PROVINCIAL_CITY, ApplicantType.PREFECTURE_LEVEL_CITY, ApplicantType.AUTONOMOUS_PREFECTURE,
            ApplicantType.LEAGUE, ApplicantType.COUNTY_LEVEL_CITY, ApplicantType.PREFECTURE_CITY_DISTRICT);

    /**
     * A 计划单列市的市辖区 in the province of a 计划单列市, by its name: only such a district takes no place of the
     * province's quota (§2(2)), so a name that shows another place is refused at the type. The name, its province
     * before it aside as {@link #withoutProvinceBefore} takes it off (辽宁省大连市甘井子区, 浙江·宁波市鄞州区), must not
     * be a 计划单列市 itself (大连市 or 大连: as a whole it is a 副省级城市 and takes a place), nor begin with another
     * 计划单列市 than its province's (青岛市黄岛区 in 辽宁省), nor begin with a city's name ending in 市 other than its
     * province's 计划单列市 (杭州市西湖区, 湖州市 in 浙江省, whose is 宁波市), nor, after its own 计划单列市, end in 市
     * (宁波市余姚市: a county-level city, which applies as one and takes a place); a 县 is told by its name before. A
     * district named without its city (鄞州区) shows no city: it is taken as written, since the names of China's
     * districts are no data of this module.
     */
    private static void separatelyPlannedDistrict(String name, String province, DistrictPlaces places, Problems p) {
        String n = withoutProvinceBefore(name, province);
        var itself = places.separatelyPlannedCityNamed(n);
        if (itself.isPresent()) {
            p.add("type", problem("problem.separately-planned-city-itself", name, itself.get().city()));
            return;
        }
        boolean ofOwnCity = ownSeparatelyPlannedCityBeginning(n, province, places).isPresent();
        // a 县级市 after its own 计划单列市 (宁波市余姚市) is not a 市辖区: it applies as a city and takes a place (a bare
        // name ending in 市 is told below as the city it begins with; a 县 is told by its name, typeAgainstName)
        if (ofOwnCity && n.endsWith("市")) {
            p.add("type", problem("problem.separately-planned-district-a-county", name, n.substring(n.length() - 1)));
            return;
        }
        if (ofOwnCity) {
            return; // 宁波市鄞州区 in 浙江省
        }
        String city = cityBefore(n);
        if (city != null) {
            List<String> ownNames = places.separatelyPlannedCitiesOf(province).stream().map(DistrictPlaces.SeparatelyPlannedCity::city).toList();
            p.add("type", problem("problem.separately-planned-district-of-another-city", name, city, province,
                    io.iprules.Text.bilingual(String.join("、", ownNames), String.join(", ", ownNames))));
        }
    }

    /**
     * The 计划单列市 of {@code province} that {@code n} (its province taken off) begins with, as a district of that
     * city is written (宁波市鄞州区 in 浙江省); empty for another province's, or none.
     */
    private static java.util.Optional<DistrictPlaces.SeparatelyPlannedCity> ownSeparatelyPlannedCityBeginning(
            String n, String province, DistrictPlaces places) {
        return places.separatelyPlannedCityBeginning(n).filter(places.separatelyPlannedCitiesOf(province)::contains);
    }

    /** A problem in both languages, from the module's messages ({@code problem.*} keys). */
    private static io.iprules.Text problem(String key, Object... args) {
        return PilotCity2017.MESSAGES.text(key, args);
    }
}
