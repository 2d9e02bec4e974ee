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
        // each county-level city's place name, as compared, with its name as written first
        java.util.Map<String, String> countyLevel = new java.util.LinkedHashMap<>();
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
                    asOneCity(c.name(), c.type(), r.province())), c.name())) != null
                    || (first = countyLevelCityBefore(c, r.province(), countyLevel)) != null) {
                // 湖州市 and 浙江省湖州市 (or 湖州), 兴安盟 and 兴安, 义乌市 and 金华义乌市 took two places of the set,
                // one city
                at.add("name", problem("problem.city-twice-written-otherwise", first, c.name()));
            }
        });
        subjectsApart(r, p);
    }

    /**
     * The name as first written of a county-level city of the set before {@code c} that is {@code c} written with
     * something before it, or the other way round ({@link #oneCountyLevelCity}: 义乌市 and 金华义乌市), else
     * {@code null}, {@code c} then being kept in {@code before}.
     */
    private static String countyLevelCityBefore(CityApplicant c, String province,
            java.util.Map<String, String> before) {
        if (c.type() != ApplicantType.COUNTY_LEVEL_CITY) {
            return null;
        }
        String place = countyLevelCityPlace(c.name(), province);
        for (var e : before.entrySet()) {
            if (oneCountyLevelCity(place, e.getKey())) {
                return e.getValue();
            }
        }
        before.putIfAbsent(place, c.name());
        return null;
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
            if (c == null || !acceptableName(c.name()) || !cities.add(c.name())
                    || namesProvince(c.name(), r.province())) {
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
                if (park == null || !acceptableName(park.name()) || !parks.add(park.name())
                        || park.name().equals(city)) {
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
     * A city of a set as the set compares it for a city listed twice (reading quota): its level, and its place name
     * ({@link OwnName}): its name without its province before or after it, in full or short (浙江省湖州市, 浙江湖州市,
     * 浙江·湖州市, 浙江省/湖州市, (浙江)湖州市, 湖州市(浙江省): {@link #bare}), without the city above a place under a
     * city ({@link #withoutCityBefore}), and without the character of its kind (湖州市, 兴安盟, 海淀区 are 湖州, 兴安,
     * 海淀) or an autonomous prefecture's peoples and rank (黔东南苗族侗族自治州 and 黔东南州 are 黔东南), so that 湖州市,
     * 浙江省湖州市 and 湖州 of one level are one city. The province is taken off as {@link #withoutProvinceBefore} says
     * (吉林市 in 吉林省 is not 市), and a character only where two are left (沙市 is not 沙). Two levels are two places
     * whatever their names: 大理 (州) and 大理市 (县级城市) are both applicants, while a 副省级城市 typed as a 地级城市
     * elsewhere in the set is still the same city; of the 地级 level, a 市, a 州 and a 盟 are three kinds (大理白族自治州,
     * and 大理市 mistyped a 地级城市, are two places, the second told by its type's check if at all).
     */
    static String asOneCity(String name, ApplicantType type, String province) {
        OwnName own = OwnName.of(withoutCityBefore(bare(name, province), type), type);
        return level(type) + "|" + own.kind() + "|" + own.stem();
    }

    /** The place name of a county-level city as {@link #asOneCity} compares it: 义乌 for 义乌市 and 浙江省义乌市. */
    static String countyLevelCityPlace(String name, String province) {
        return io.iprules.kit.Spellings.asCompared(OwnName.of(withoutCityBefore(bare(name, province),
                ApplicantType.COUNTY_LEVEL_CITY), ApplicantType.COUNTY_LEVEL_CITY).stem());
    }

    /**
     * Whether two county-level cities' place names ({@link #countyLevelCityPlace}) are one: alike, or the longer
     * written with two characters or more before the shorter (金华义乌 and 义乌, 苏州昆山 and 昆山): a county-level
     * city's name is its own in all China (全国范围内的县、市以上名称不应重名, 地名管理条例 (1986) 第四条第(三)项), so what is written
     * before it can only be the city above it, which the module cannot name (the names of China's cities are no data
     * of it) and need not. 峨眉山市 and 眉山市 are two places, but 眉山市 is a 地级市, of another level.
     */
    static boolean oneCountyLevelCity(String a, String b) {
        return a.equals(b) || writtenAfter(a, b) || writtenAfter(b, a);
    }

    /** Whether {@code longer} is {@code shorter}, of two characters or more, with two or more written before it. */
    private static boolean writtenAfter(String longer, String shorter) {
        return shorter.length() >= 2 && longer.endsWith(shorter)
                && withoutSeparatorsAtEnd(longer.substring(0, longer.length() - shorter.length())).length() >= 2;
    }

    private static String level(ApplicantType type) {
        // a type left out is told where it is required; Map.of holds no null key to ask for
        return type == null ? "" : LEVEL.getOrDefault(type, type.name());
    }

    /**
     * {@code name} without its province before it ({@link #withoutProvinceBefore}) or after it in brackets
     * ({@link #withoutProvinceAfter}).
     */
    private static String bare(String name, String province) {
        return withoutProvinceBefore(withoutProvinceAfter(name, province), province);
    }

    /**
     * A place's own name as a request may write it, and as a set and a city's parks compare it: the place name
     * ({@code stem}) and the character of its kind ({@code kind}: 市, 州, 盟, 区, 县 or 旗; none for a province), in
     * the forms a request may write it, longest first (湖州市, 湖州; 锡林郭勒盟, 锡林郭勒; 黔东南苗族侗族自治州, 黔东南州,
     * 黔东南; 浦东新区, 浦东区, 浦东). The kind is the name's where it ends in one (锡林郭勒盟 typed a 地级城市 is a 盟),
     * else its type's (大理 typed a 州 is 大理州, 湖州 typed a 地级城市 湖州市); 州 is read as a kind only for a 州
     * (杭州 is a 市's name) or from 自治州, whose place name is what its peoples and rank leave ({@link Peoples}). A
     * character is taken off only where two are left.
     */
    record OwnName(String stem, String kind, List<String> forms) {
        static OwnName of(String name, ApplicantType type) {
            String n = name;
            String stem = n;
            String kind;
            if (type == null || type == ApplicantType.PROVINCE) {
                return new OwnName(n, "", List.of(n));
            } else if (PREFECTURE_LEVEL.contains(type)) {
                if (n.endsWith("市") || n.endsWith("盟")) {
                    kind = n.substring(n.length() - 1);
                    stem = cut(n, 1);
                } else if (n.endsWith("自治州")) {
                    kind = "州";
                    stem = place(n, 3);
                } else if (n.endsWith("州") && type == ApplicantType.AUTONOMOUS_PREFECTURE) {
                    kind = "州";
                    stem = cut(n, 1);
                } else {
                    kind = type == ApplicantType.AUTONOMOUS_PREFECTURE ? "州"
                            : type == ApplicantType.LEAGUE ? "盟" : "市";
                }
            } else if (type == ApplicantType.COUNTY_LEVEL_CITY) {
                kind = "市";
                stem = n.endsWith("市") ? cut(n, 1) : n;
            } else if (type == ApplicantType.COUNTY) {
                kind = n.endsWith("旗") ? "旗" : "县";
                stem = n.endsWith("自治县") || n.endsWith("自治旗") ? place(n, 3)
                        : n.endsWith("特区") || n.endsWith("林区") ? cut(n, 2)
                        : n.endsWith(kind) ? cut(n, 1) : n;
            } else {
                // a district: 浦东新区 is 浦东, as 海淀区 is 海淀
                kind = "区";
                stem = n.endsWith("新区") && n.length() >= 4 ? cut(n, 2) : n.endsWith("区") ? cut(n, 1) : n;
            }
            java.util.LinkedHashSet<String> forms = new java.util.LinkedHashSet<>();
            forms.add(n);
            if (!stem.equals(n) || !n.endsWith(kind)) {
                forms.add(stem + kind); // 大理州 for 大理, not 沙市市 for 沙市
            }
            forms.add(stem);
            return new OwnName(stem, kind, forms.stream().filter(f -> f.length() >= 2)
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList());
        }

        /** {@code n} without its last {@code k} characters where two are left, else {@code n} itself. */
        private static String cut(String n, int k) {
            return n.length() - k >= 2 ? n.substring(0, n.length() - k) : n;
        }

        /** The place name of an autonomous place's name without its rank, of {@code k} characters (自治州). */
        private static String place(String n, int k) {
            String p = Peoples.placeName(n.substring(0, n.length() - k));
            return p.length() >= 2 ? p : n;
        }
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
     * taken off ({@link #cityAbove}): 宁波市余姚市 and 苏州市 昆山市 are 余姚市 and 昆山市, 青岛市市南区 and 深圳南山区 are
     * 市南区 and 南山区, while 南京市鼓楼区 and 徐州市鼓楼区 typed as 县级市 are two places wrongly typed, not one. 市南区
     * written alone keeps its 市, which is its own.
     */
    private static String withoutCityBefore(String name, ApplicantType type) {
        if (!UNDER_A_CITY.contains(type)) {
            return name;
        }
        String[] above = cityAbove(name, type);
        return above == null ? name : above[1];
    }

    /**
     * The city above a place under a city, as the place's name begins with it, and the place after it (the spaces or
     * middle dot between aside), where the place is two characters or more and ends as its type's places do: in 市
     * for a 县级市, in 区 for a district, in 县 or 旗 for a county. The city is a 计划单列市, in full or short
     * ({@link DistrictPlaces}: 青岛市市南区, 深圳南山区; the full name first, so 青岛市南区 is 青岛市's 南区, not 青岛's
     * 市南区), or a name up to a 市 (苏州市昆山市, 济南市市中区), or, above a 县级市 or a county, up to a 州 or 盟 not
     * followed by 市 (大理白族自治州大理市, 锡林郭勒盟锡林浩特市; 苏州市's 州 is its name's). {@code null} when the name
     * begins with no city or none of its type: 苏州昆山市 begins with no city the module can tell from a name (the names
     * of China's cities are no data of it).
     *
     * @return the city as written and the place, or {@code null}
     */
    private static String[] cityAbove(String name, ApplicantType type) {
        String own = type == ApplicantType.COUNTY_LEVEL_CITY ? "市"
                : type == ApplicantType.COUNTY ? "县旗" : DISTRICTS.contains(type) ? "区" : null;
        if (own == null) {
            return null;
        }
        for (String above : citiesBefore(name, type)) {
            String place = withoutSeparators(name.substring(above.length()));
            if (place.length() >= 2 && own.indexOf(place.charAt(place.length() - 1)) >= 0) {
                return new String[] {above, place};
            }
        }
        return null;
    }

    /**
     * The cities {@code name} may begin with, as written, as {@link #cityAbove} reads them: a 计划单列市's name, else
     * the name up to each 市 (and, above a 县级市 or a county, each 州 or 盟 not followed by 市), of two characters or
     * more, the shortest first.
     */
    private static List<String> citiesBefore(String name, ApplicantType type) {
        var planned = DistrictPlaces.OF_CHINA.separatelyPlannedCityBeginning(name);
        if (planned.isPresent()) {
            return List.of(planned.get().writtenAtStartOf(name));
        }
        boolean prefectures = type == ApplicantType.COUNTY_LEVEL_CITY || type == ApplicantType.COUNTY;
        List<String> cities = new java.util.ArrayList<>();
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '市' || prefectures && (c == '州' || c == '盟') && !name.startsWith("市", i + 1)) {
                cities.add(name.substring(0, i + 1));
            }
        }
        return cities;
    }

    /**
     * The city a name begins with, as the name writes it: a 计划单列市's name, in full or short, or the name up to its
     * first 市, of two characters or more (苏州市昆山市; 苏州昆山市, without 市, shows no city). {@code null} when it
     * begins with none.
     */
    private static String cityBefore(String name) {
        var planned = DistrictPlaces.OF_CHINA.separatelyPlannedCityBeginning(name);
        if (planned.isPresent()) {
            return planned.get().writtenAtStartOf(name);
        }
        int shi = name.indexOf('市');
        return shi > 0 ? name.substring(0, shi + 1) : null;
    }

    /** What follows the city a name begins with ({@link #cityBefore}), and the spaces or middle dot after it. */
    private static String afterCityBefore(String name) {
        String city = cityBefore(name);
        return city == null ? "" : withoutSeparators(name.substring(city.length()));
    }

    /**
     * The levels of §1(1)'s applicants, as one place cannot be of two: 地级城市(州、盟) and the 副省级城市 among them, then
     * 县级城市, then the districts (a 直辖市's or a 计划单列市's); a type not named here is its own level.
     */
    private static final java.util.Map<ApplicantType, String> LEVEL = java.util.Map.of(
            ApplicantType.SUB_PROVINCIAL_CITY, "prefecture", ApplicantType.PREFECTURE_LEVEL_CITY, "prefecture",
            ApplicantType.AUTONOMOUS_PREFECTURE, "prefecture", ApplicantType.LEAGUE, "prefecture",
            ApplicantType.COUNTY_LEVEL_CITY, "county",
            ApplicantType.MUNICIPALITY_DISTRICT, "district", ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT,
            "district");

    /** The 地级 types: a 副省级城市, a 地级城市, a 州, a 盟. */
    private static final Set<ApplicantType> PREFECTURE_LEVEL = java.util.EnumSet.of(ApplicantType.SUB_PROVINCIAL_CITY,
            ApplicantType.PREFECTURE_LEVEL_CITY, ApplicantType.AUTONOMOUS_PREFECTURE, ApplicantType.LEAGUE);

    /** The types of a 市辖区: a 直辖市's, a 计划单列市's, another city's. */
    private static final Set<ApplicantType> DISTRICTS = java.util.EnumSet.of(ApplicantType.MUNICIPALITY_DISTRICT,
            ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT, ApplicantType.PREFECTURE_CITY_DISTRICT);

    /**
     * A park's name as its city compares it for a park listed twice (reading parks-recommendation-deadline): the
     * place's own name written before it in any of its forms ({@link OwnName}: 湖州市 or 湖州, 锡林郭勒盟 or 锡林郭勒,
     * 黔东南苗族侗族自治州, 黔东南州 or 黔东南, 鄞州区 or 鄞州), with spaces after it or not, is its place name, and the
     * city above a place under a city ({@link ParkOwner}) and the province before them are no part of it, so that
     * 浙江省湖州市经济开发区, 湖州市经济开发区, 湖州 经济开发区 and 湖州经济开发区 are one park of 湖州市, and 宁波鄞州经济开发区
     * and 鄞州区经济开发区 one of 宁波市鄞州区. Nothing is taken off but the province or the city above before the place:
     * 湖北大学科技园 and 武汉大学科技园 are two parks of 武汉市. 市 is read so only for a place that is a 市 (a 州's
     * 大理市经济开发区 is its seat city's, not 大理州's), and not before 大学 or 学院 (宁波市大学科技园 is not 宁波大学's).
     */
    static String asOnePark(String park, String city, ApplicantType type, String province) {
        ParkOwner owner = ParkOwner.of(city, type, province);
        String p = withoutProvinceAfter(park, province);
        String afterProvince = withoutProvinceBefore(p, province);
        for (String s : afterProvince.equals(p) ? List.of(p) : List.of(afterProvince, p)) {
            for (String candidate : owner.afterCityAbove(s)) {
                String key = owner.key(candidate);
                if (key != null) {
                    return key;
                }
            }
        }
        return park;
    }

    /**
     * The place a city's parks are of, as {@link #asOnePark} reads their names: its own name ({@link OwnName}) and
     * the city above it where the module knows it, in the forms that city may be written in: the city its name is
     * written with (宁波 of 宁波市鄞州区, 苏州 of 苏州市昆山市, 佛山 of 佛山市南海区, 大理州 of 大理白族自治州大理市,
     * {@link #cityAbove}), and a 计划单列市's district's own 计划单列市 (宁波 of 鄞州区 in 浙江省). A park of a 县级市 or
     * a 计划单列市's district may be written with any city's name before the place, as {@link #citiesBefore} reads
     * it (苏州市昆山市高新区, 苏州昆山高新区, 大理白族自治州大理市经济开发区); of another place, only with the city the
     * module knows.
     */
    private record ParkOwner(OwnName own, List<List<String>> above, boolean anyCityAbove, ApplicantType type) {
        static ParkOwner of(String city, ApplicantType type, String province) {
            String bare = bare(city, province);
            String[] written = cityAbove(bare, type);
            List<List<String>> above = new java.util.ArrayList<>();
            if (written != null) {
                above.add(cityForms(written[0]));
            }
            if (type == ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT && province != null) {
                DistrictPlaces.OF_CHINA.separatelyPlannedCitiesOf(province)
                        .forEach(c -> above.add(List.of(c.city(), c.shortName())));
            }
            return new ParkOwner(OwnName.of(written == null ? bare : written[1], type), above,
                    UNDER_A_CITY.contains(type), type);
        }

        /** A city above as it may be written: 苏州市 or 苏州, 大理白族自治州, 大理州 or 大理, 锡林郭勒盟 or 锡林郭勒. */
        private static List<String> cityForms(String city) {
            ApplicantType kind = city.endsWith("盟") ? ApplicantType.LEAGUE
                    : city.endsWith("自治州") || city.endsWith("州") && city.length() >= 3
                    ? ApplicantType.AUTONOMOUS_PREFECTURE : ApplicantType.PREFECTURE_LEVEL_CITY;
            return OwnName.of(city, kind).forms();
        }

        /** {@code s} after each city above it may begin with, then {@code s} itself. */
        List<String> afterCityAbove(String s) {
            List<String> after = new java.util.ArrayList<>();
            for (List<String> forms : above) {
                // the longest form a name begins with is how it writes that city: 宁波市鄞州区, not 宁波's 市鄞州区
                forms.stream().filter(s::startsWith).findFirst()
                        .ifPresent(f -> after.add(withoutSeparators(s.substring(f.length()))));
            }
            if (anyCityAbove) {
                citiesBefore(s, type).forEach(c -> after.add(withoutSeparators(s.substring(c.length()))));
            }
            after.add(s);
            return after;
        }

        /**
         * {@code s} as one park of this place when it begins with one of the place's forms and two characters or more
         * follow: the place name and what follows (湖州 + 经济开发区); {@code s} itself where a 市 form is followed by
         * 大学 or 学院; {@code null} when it does not begin with the place.
         */
        String key(String s) {
            for (String f : own.forms()) {
                if (s.startsWith(f)) {
                    String rest = withoutSeparators(s.substring(f.length()));
                    if (rest.length() < 2) {
                        continue;
                    }
                    if (f.endsWith("市") && (rest.startsWith("大学") || rest.startsWith("学院"))) {
                        return s;
                    }
                    return own.stem() + rest;
                }
            }
            return null;
        }
    }

    /**
     * {@code name} without its province before it, in full or short (浙江省湖州市, 浙江湖州市, 浙江·湖州市, 浙江省/湖州市,
     * or in brackets, (浙江)湖州市), and the spaces or middle dot after it, where two characters or more are left. The
     * short name is not taken off where 市 follows it at once (吉林市 and 吉林市经济技术开发区 in 吉林省 stay: 吉林市 is a
     * city), and never where the full name begins the name (山东省市南区 is 青岛市's 市南区, not 省市南区); after the full
     * name or a separator, 市 is the next place's (山东省市南区, 山东·市北区).
     */
    private static String withoutProvinceBefore(String name, String province) {
        var unit = province == null ? java.util.Optional.<ProvincialUnit>empty()
                : ProvincialUnit.named(province.strip());
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
        } else if (!name.isEmpty() && OPENING.indexOf(name.charAt(0)) >= 0) {
            String inside = bracketed(name.substring(1));
            if (inside == null || !Provinces.same(inside, full)) {
                return name;
            }
            after = name.substring(inside.length() + 2);
        } else {
            return name;
        }
        String rest = withoutSeparators(after);
        return rest.length() >= 2 ? rest : name;
    }

    /** Brackets a province may be written in, before or after a name: ( ) and their full-width forms. */
    private static final String OPENING = "(\uff08";
    private static final String CLOSING = ")\uff09";

    /** What {@code s} holds up to its first closing bracket, or {@code null} without one. */
    private static String bracketed(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (CLOSING.indexOf(s.charAt(i)) >= 0) {
                return s.substring(0, i);
            }
        }
        return null;
    }

    /**
     * {@code name} without its province after it in brackets, in full or short (湖州市(浙江省), 湖州市 (浙江)), and the
     * spaces or separators before that, where two characters or more are left.
     */
    private static String withoutProvinceAfter(String name, String province) {
        if (province == null || name.isEmpty() || CLOSING.indexOf(name.charAt(name.length() - 1)) < 0) {
            return name;
        }
        int open = -1;
        for (int i = name.length() - 2; i >= 0 && open < 0; i--) {
            if (OPENING.indexOf(name.charAt(i)) >= 0) {
                open = i;
            }
        }
        if (open < 0 || !Provinces.known(province) || !Provinces.same(name.substring(open + 1, name.length() - 1),
                province)) {
            return name;
        }
        String rest = withoutSeparatorsAtEnd(name.substring(0, open));
        return rest.length() >= 2 ? rest : name;
    }

    /** The spaces (a no-break or ideographic one too), dots, hyphens, 、 and slashes between a province and a city. */
    private static boolean separator(char c) {
        return io.iprules.json.InvisibleCharacters.isSpace(c)
                || "\u00b7\u30fb\uff65\u2027\u2022-\u2010\u2011\u2012\u2013\u2014\uff0d\u3001/\uff0f".indexOf(c) >= 0;
    }

    /**
     * {@code s} without the spaces (a no-break or ideographic one too), middle dots (· ・ ･ ‧ •), hyphens, enumeration
     * commas (、) and slashes (/ ／) it begins with: what a document may put between a province and its city.
     */
    private static String withoutSeparators(String s) {
        int i = 0;
        while (i < s.length() && separator(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    /** {@code s} without the separators ({@link #withoutSeparators}) it ends with. */
    private static String withoutSeparatorsAtEnd(String s) {
        int i = s.length();
        while (i > 0 && separator(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(0, i);
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
        // a province left out, or blank, in a set is the set's
        String province = ownProvince ? c.province() : setProvince;
        if (p.required("type", c.type())) {
            // the name first: a county (宁波市象山县) typed a district is told as a county, once; then the province;
            // last the name against the kind of place its type is (a 直辖市's 海淀区 typed a 地级城市 is told it is
            // in a 直辖市)
            if ((!named || typeAgainstName(c.type(), c.name(), setProvince == null ? c.province() : null, p))
                    && typeAgainstProvince(c.type(), named ? c.name() : null, province, p) && named) {
                typeAgainstKind(c.type(), c.name(), province, p);
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
     * A type the name alone contradicts is told before ({@link #typeAgainstName}), and one the kind of place its name
     * shows contradicts after ({@link #typeAgainstKind}).
     *
     * @param name the city's name, or {@code null} when it is missing or told as written wrongly
     * @return whether the type stands
     */
    private static boolean typeAgainstProvince(ApplicantType type, String name, String province, Problems p) {
        if (province == null || province.isBlank()) {
            return true; // told as missing where it is required
        }
        DistrictPlaces places = DistrictPlaces.OF_CHINA;
        if (type == ApplicantType.MUNICIPALITY_DISTRICT && !places.isMunicipality(province)) {
            p.add("type", problem("problem.municipality-district-elsewhere", province,
                    io.iprules.Text.bilingual(places.municipalityNames("、"), places.municipalityNames(", "))));
        } else if (NOT_IN_A_MUNICIPALITY.contains(type) && places.isMunicipality(province)) {
            p.add("type", problem("problem.city-in-a-municipality", province, type, type.name()));
        } else if (type == ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT
                && !places.hasSeparatelyPlannedCity(province)) {
            p.add("type", problem("problem.separately-planned-district-elsewhere", province,
                    io.iprules.Text.bilingual(places.separatelyPlannedCityNames("、", "(", ")"),
                            places.separatelyPlannedCityNames(", ", " (", ")"))));
        } else if (type == ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT && name != null) {
            return separatelyPlannedDistrict(name, province, places, p);
        } else if (type == ApplicantType.PREFECTURE_CITY_DISTRICT && name != null) {
            // 宁波市鄞州区 typed another city's district had been told it is no applicant, and took a quota place
            String n = withoutProvinceBefore(name, province);
            var city = ownSeparatelyPlannedCityBeginning(n, province, places);
            if (!city.isPresent() || !n.endsWith("区")) {
                return true;
            }
            p.add("type", problem("problem.separately-planned-district-by-type", name, city.get().city()));
        } else {
            return true;
        }
        return false;
    }

    /**
     * A type the kind of place its name shows contradicts (reading {@code applicants}), once its name and its
     * province have let it stand:
     * <ul>
     * <li>a name ending in 区 (a 市辖区, or a 特区 or 林区 of a county's rank; not a 地区 or a 自治区) typed a
     * 副省级城市, 地级城市, 州 or 盟: 佛山市南海区 typed a prefecture-level city had been an eligible applicant, where
     * §1(1) names no district of an ordinary city, and 宁波市鄞州区 so typed took a place of its province's quota,
     * which a 计划单列市的市辖区 does not (§2(2));</li>
     * <li>a name ending, after its province and the city above it, in 市 (two characters or more before it: 沙市 is
     * 沙市区 written short), 盟, 自治州 or 州 (two characters or more before it: 杭州 or 鄞州 may be a 市's or a
     * district's name written short, 黔东南州 is a 州) typed a 市辖区 (昆山市, 兴安盟 or 大理白族自治州 typed another
     * city's district had been told it is no applicant, where §1(1) names them); a 计划单列市的市辖区 so named is told
     * by {@link #separatelyPlannedDistrict} before;</li>
     * <li>a name ending in 区 (not a 特区 or 林区, which are of a county's rank, nor a 地区 or a 自治区) typed a county:
     * 北京市海淀区 or 宁波市鄞州区 typed {@code COUNTY} had been told no applicant.</li>
     * </ul>
     * An entry of a set named as its province is told at its name ({@link #recommendation}), not again here.
     */
    private static void typeAgainstKind(ApplicantType type, String name, String province, Problems p) {
        if (province != null && namesProvince(name, province)) {
            return;
        }
        String n = withoutProvinceBefore(name, province);
        boolean district = n.endsWith("区") && !n.endsWith("地区") && !n.endsWith("自治区");
        if (PREFECTURE_LEVEL.contains(type) && district) {
            p.add("type", problem("problem.district-as-city", type, type.name(), name));
        } else if (DISTRICTS.contains(type)) {
            String after = afterCityBefore(n);
            String place = after.length() >= 2 ? after : n;
            boolean longEnough = place.length() >= 3;
            if (place.endsWith("市") && longEnough || place.endsWith("盟") && longEnough
                    || place.endsWith("自治州") || place.endsWith("州") && longEnough) {
                p.add("type", problem("problem.city-as-district", type, type.name(), name,
                        place.substring(place.length() - 1)));
            }
        } else if (type == ApplicantType.COUNTY && district && !n.endsWith("特区") && !n.endsWith("林区")) {
            p.add("type", problem("problem.district-by-type-county", name));
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
     *
     * @return whether the type stands
     */
    private static boolean separatelyPlannedDistrict(String name, String province, DistrictPlaces places, Problems p) {
        String n = withoutProvinceBefore(name, province);
        var itself = places.separatelyPlannedCityNamed(n);
        if (itself.isPresent()) {
            p.add("type", problem("problem.separately-planned-city-itself", name, itself.get().city()));
            return false;
        }
        boolean ofOwnCity = ownSeparatelyPlannedCityBeginning(n, province, places).isPresent();
        // a 县级市 after its own 计划单列市 (宁波市余姚市) is not a 市辖区: it applies as a city and takes a place (a bare
        // name ending in 市 is told below as the city it begins with; a 县 is told by its name, typeAgainstName)
        if (ofOwnCity && n.endsWith("市")) {
            p.add("type", problem("problem.separately-planned-district-a-county", name, n.substring(n.length() - 1)));
            return false;
        }
        if (ofOwnCity) {
            return true; // 宁波市鄞州区 in 浙江省
        }
        String city = cityBefore(n);
        if (city == null) {
            return true;
        }
        List<String> ownNames = places.separatelyPlannedCitiesOf(province).stream()
                .map(DistrictPlaces.SeparatelyPlannedCity::city).toList();
        p.add("type", problem("problem.separately-planned-district-of-another-city", name, city, province,
                io.iprules.Text.bilingual(String.join("、", ownNames), String.join(", ", ownNames))));
        return false;
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
