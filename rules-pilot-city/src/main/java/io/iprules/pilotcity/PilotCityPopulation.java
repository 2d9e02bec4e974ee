package io.iprules.pilotcity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.ParameterInfo;
import io.iprules.PolicyDescription;
import io.iprules.kit.PolicyFiles;
import io.iprules.spi.RequestGenerator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Synthetic pilot-city-2017 requests, shaped like what the provincial offices received and checked in July 2017
 * before writing their joint letters: about six in seven are one city's application ({@code applicant}), the rest a
 * province's whole set ({@code recommendation}). The single applications are the inbox before the province's first
 * review, so they hold what a check must catch:
 *
 * <ul>
 *   <li>every kind of applicant, in shares like the call's (地级市 most, then 县级市, 副省级城市, 直辖市 and 计划单列市
 *       districts, 州 and 盟), and now and then a place the notice does not admit (a 地级市 district, a 县, a province
 *       itself);</li>
 *   <li>1 to 4 parks, mostly 2 or 3, of realistic populations; invention-patent densities spread around the
 *       threshold (read from the policy's parameters, 48.4), with about one park in seven within a patent or two of
 *       it, so that 48.39 and 48.40 both occur;</li>
 *   <li>a few city or park answers that do not hold, parks without full-time IP staff;</li>
 *   <li>letters on the deadline, a day late, weeks late, dated before the notice; one authority only; cities not yet
 *       recommended; drafts checked before their date;</li>
 *   <li>sets of 1 to 3 cities taking a place, some with 计划单列市 districts beside them, a few empty; a set is what a
 *       province sends after its first review, so its cities have a quarter of the defects of single applications,
 *       and usually one letter for all.</li>
 * </ul>
 *
 * <p>Every request is valid input: names are unique where the contract needs them (parks of a city, cities of a
 * set), every answer is given, populations are positive, a letter's date is given whenever an authority recommends.
 * The as-of date is explicit, between the notice and the autumn of 2017. Places and provinces are real; parks and
 * figures are invented. Keeps no state: the random source decides everything.
 */
public final class PilotCityPopulation implements RequestGenerator {
    private static final JsonNodeFactory JSON = new JsonNodeFactory(true);
    private static final String[] PARK_KINDS = {"经济技术开发区", "高新技术产业开发区", "科技创业园", "工业园区",
        "中小企业创业基地", "软件园", "经济开发区", "科技城", "智能制造产业园", "新材料产业园", "电子信息产业园"};
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** A place that may appear in an application: its full name, the short name its parks carry, its province. */
    private record Place(String name, String shortName, String province, ApplicantType type) {
    }

    /** The places of one province (or 直辖市), by kind; its short name for the parks of a province applying itself. */
    private record Province(String name, String shortName, Map<ApplicantType, List<Place>> places) {
        List<Place> of(ApplicantType type) {
            return places.getOrDefault(type, List.of());
        }
    }

    private static final List<Province> PROVINCES = List.of(
            province("浙江省", ApplicantType.SUB_PROVINCIAL_CITY, "杭州市 宁波市",
                    ApplicantType.PREFECTURE_LEVEL_CITY, "温州市 嘉兴市 湖州市 绍兴市 金华市 台州市 衢州市 丽水市 舟山市",
                    ApplicantType.COUNTY_LEVEL_CITY, "义乌市 诸暨市 海宁市 乐清市 瑞安市 慈溪市",
                    ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT, "宁波市鄞州区 宁波市北仑区 宁波市江北区",
                    ApplicantType.PREFECTURE_CITY_DISTRICT, "嘉兴市南湖区 湖州市吴兴区 绍兴市越城区",
                    ApplicantType.COUNTY, "德清县 长兴县 安吉县 嘉善县"),
            province("江苏省", ApplicantType.SUB_PROVINCIAL_CITY, "南京市",
                    ApplicantType.PREFECTURE_LEVEL_CITY, "苏州市 无锡市 常州市 南通市 扬州市 镇江市 泰州市 徐州市 盐城市",
                    ApplicantType.COUNTY_LEVEL_CITY, "昆山市 江阴市 张家港市 常熟市 宜兴市",
                    ApplicantType.PREFECTURE_CITY_DISTRICT, "苏州市吴中区 无锡市滨湖区 常州市武进区",
                    ApplicantType.COUNTY, "沛县 沭阳县 如东县"),
            province("山东省", ApplicantType.SUB_PROVINCIAL_CITY, "济南市 青岛市",
                    ApplicantType.PREFECTURE_LEVEL_CITY, "烟台市 潍坊市 淄博市 威海市 临沂市 济宁市",
                    ApplicantType.COUNTY_LEVEL_CITY, "寿光市 龙口市 荣成市",
                    ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT, "青岛市黄岛区 青岛市崂山区 青岛市城阳区",
                    ApplicantType.PREFECTURE_CITY_DISTRICT, "烟台市莱山区 潍坊市奎文区",
                    ApplicantType.COUNTY, "桓台县 广饶县"),
            province("广东省", ApplicantType.SUB_PROVINCIAL_CITY, "广州市 深圳市",
                    ApplicantType.PREFECTURE_LEVEL_CITY, "佛山市 东莞市 珠海市 中山市 惠州市 江门市 汕头市",
                    ApplicantType.COUNTY_LEVEL_CITY, "台山市 普宁市",
                    ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT, "深圳市南山区 深圳市福田区 深圳市龙岗区",
                    ApplicantType.PREFECTURE_CITY_DISTRICT, "佛山市顺德区 佛山市南海区 珠海市香洲区",
                    ApplicantType.COUNTY, "博罗县 惠东县"),
            province("福建省", ApplicantType.SUB_PROVINCIAL_CITY, "厦门市",
                    ApplicantType.PREFECTURE_LEVEL_CITY, "福州市 泉州市 漳州市 莆田市 龙岩市",
                    ApplicantType.COUNTY_LEVEL_CITY, "晋江市 石狮市 福清市",
                    ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT, "厦门市思明区 厦门市湖里区 厦门市海沧区",
                    ApplicantType.PREFECTURE_CITY_DISTRICT, "泉州市丰泽区 福州市鼓楼区",
                    ApplicantType.COUNTY, "安溪县 惠安县"),
            province("辽宁省", ApplicantType.SUB_PROVINCIAL_CITY, "沈阳市 大连市",
                    ApplicantType.PREFECTURE_LEVEL_CITY, "鞍山市 抚顺市 锦州市 营口市 丹东市",
                    ApplicantType.COUNTY_LEVEL_CITY, "海城市 瓦房店市",
                    ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT, "大连市甘井子区 大连市金州区",
                    ApplicantType.PREFECTURE_CITY_DISTRICT, "鞍山市铁东区",
                    ApplicantType.COUNTY, "康平县"),
            province("湖北省", ApplicantType.SUB_PROVINCIAL_CITY, "武汉市",
                    ApplicantType.PREFECTURE_LEVEL_CITY, "宜昌市 襄阳市 荆州市 黄石市 十堰市",
                    ApplicantType.AUTONOMOUS_PREFECTURE, "恩施:土家族苗族自治州",
                    ApplicantType.COUNTY_LEVEL_CITY, "仙桃市 枣阳市 宜都市",
                    ApplicantType.PREFECTURE_CITY_DISTRICT, "宜昌市西陵区",
                    ApplicantType.COUNTY, "秭归县"),
            province("四川省", ApplicantType.SUB_PROVINCIAL_CITY, "成都市",
                    ApplicantType.PREFECTURE_LEVEL_CITY, "绵阳市 德阳市 宜宾市 泸州市 南充市",
                    ApplicantType.AUTONOMOUS_PREFECTURE, "凉山:彝族自治州 阿坝:藏族羌族自治州",
                    ApplicantType.COUNTY_LEVEL_CITY, "江油市 都江堰市",
                    ApplicantType.PREFECTURE_CITY_DISTRICT, "绵阳市涪城区",
                    ApplicantType.COUNTY, "金堂县 大邑县"),
            province("吉林省", ApplicantType.SUB_PROVINCIAL_CITY, "长春市",
                    ApplicantType.PREFECTURE_LEVEL_CITY, "吉林市 四平市 通化市",
                    ApplicantType.AUTONOMOUS_PREFECTURE, "延边:朝鲜族自治州",
                    ApplicantType.COUNTY_LEVEL_CITY, "梅河口市 公主岭市",
                    ApplicantType.PREFECTURE_CITY_DISTRICT, "吉林市船营区",
                    ApplicantType.COUNTY, "农安县"),
            province("内蒙古:自治区",
                    ApplicantType.PREFECTURE_LEVEL_CITY, "呼和浩特市 包头市 鄂尔多斯市 赤峰市",
                    ApplicantType.LEAGUE, "锡林郭勒:盟 兴安:盟 阿拉善:盟",
                    ApplicantType.COUNTY_LEVEL_CITY, "满洲里市 二连浩特市",
                    ApplicantType.PREFECTURE_CITY_DISTRICT, "包头市昆都仑区",
                    ApplicantType.COUNTY, "托克托县"),
            province("贵州省", ApplicantType.PREFECTURE_LEVEL_CITY, "贵阳市 遵义市 安顺市",
                    ApplicantType.AUTONOMOUS_PREFECTURE, "黔东南:苗族侗族自治州 黔南:布依族苗族自治州",
                    ApplicantType.COUNTY_LEVEL_CITY, "仁怀市 凯里市",
                    ApplicantType.PREFECTURE_CITY_DISTRICT, "贵阳市观山湖区",
                    ApplicantType.COUNTY, "湄潭县"),
            province("云南省", ApplicantType.PREFECTURE_LEVEL_CITY, "昆明市 曲靖市 玉溪市",
                    ApplicantType.AUTONOMOUS_PREFECTURE, "大理:白族自治州 红河:哈尼族彝族自治州",
                    ApplicantType.COUNTY_LEVEL_CITY, "安宁市 大理市",
                    ApplicantType.PREFECTURE_CITY_DISTRICT, "昆明市五华区",
                    ApplicantType.COUNTY, "宾川县"),
            province("北京市", ApplicantType.MUNICIPALITY_DISTRICT, "北京市海淀区 北京市朝阳区 北京市丰台区 北京市昌平区 北京市大兴区"),
            province("天津市", ApplicantType.MUNICIPALITY_DISTRICT, "天津市滨海:新区 天津市西青区 天津市武清区"),
            province("上海市", ApplicantType.MUNICIPALITY_DISTRICT, "上海市浦东:新区 上海市闵行区 上海市嘉定区 上海市松江区"),
            province("重庆市", ApplicantType.MUNICIPALITY_DISTRICT, "重庆市渝北区 重庆市江北区 重庆市九龙坡区 重庆市永川区",
                    ApplicantType.COUNTY, "重庆市城口县 重庆市巫山县"));

    /** Every place of the table by kind (provinces, which are no place of the table, aside). */
    private static final Map<ApplicantType, List<Place>> BY_TYPE = new EnumMap<>(ApplicantType.class);

    static {
        for (Province p : PROVINCES) {
            p.places().forEach((type, places) -> BY_TYPE.computeIfAbsent(type, t -> new ArrayList<>()).addAll(places));
        }
    }

    /**
     * Shares of the kinds of applicant, in hundredths, in the order of {@link ApplicantType}: a single city's
     * application. The three kinds the notice does not admit together make one in seven.
     */
    private static final int[] TYPE_SHARES = {8, 40, 4, 2, 14, 8, 10, 7, 5, 2};

    /**
     * How much rarer a defect is in a province's set than in a single city's application: a set is what the
     * province sends after its first review (初审, §2(2)), so its cities fail less often, though not never.
     */
    private static final int REVIEWED = 4;

    private final BigDecimal densityMinimum;
    private final LocalDate deadline;
    private final LocalDate notice;

    /** Made by the service loader; reads the threshold and the deadline from the policy's parameter files. */
    public PilotCityPopulation() {
        PolicyDescription policy = PolicyFiles.describe(PilotCity2017.class);
        notice = policy.inForceFrom();
        densityMinimum = new BigDecimal(value(policy, "PC_PARK_PATENT_DENSITY.MIN"));
        deadline = LocalDate.parse(value(policy, "PC_DEADLINE"));
    }

    private String value(PolicyDescription policy, String name) {
        for (ParameterInfo p : policy.parameters()) {
            if (p.name().equals(name)) {
                return p.valueOn(notice).orElseThrow().value();
            }
        }
        throw new IllegalStateException(PilotCity2017.ID + " has no parameter " + name);
    }

    @Override
    public String policy() {
        return PilotCity2017.ID;
    }

    @Override
    public String next(RandomGenerator r) {
        ObjectNode request = JSON.objectNode();
        request.put("policy", PilotCity2017.ID);
        if (r.nextInt(7) == 0) {
            Province p = PROVINCES.get(r.nextInt(PROVINCES.size()));
            Letter letter = letter(r);
            request.put("asOf", letter.checked().toString());
            ObjectNode set = request.putObject("recommendation");
            set.put("province", p.name());
            ArrayNode cities = set.putArray("cities");
            for (Place c : recommended(r, p)) {
                // a province writes one joint letter for its set; now and then one city is not (yet) in it
                city(r, cities.addObject(), c, r.nextInt(10) == 0 ? letter(r) : letter, r.nextInt(10) < 3, REVIEWED);
            }
        } else {
            Place c = applicant(r);
            Letter letter = letter(r);
            request.put("asOf", letter.checked().toString());
            city(r, request.putObject("applicant"), c, letter, false, 1);
        }
        return request.toString();
    }

    /** A single city's applicant: a kind by its share, then a place of that kind. */
    private static Place applicant(RandomGenerator r) {
        int x = r.nextInt(100);
        ApplicantType type = ApplicantType.values()[0];
        for (int i = 0; i < TYPE_SHARES.length; i++) {
            if (x < TYPE_SHARES[i]) {
                type = ApplicantType.values()[i];
                break;
            }
            x -= TYPE_SHARES[i];
        }
        if (type == ApplicantType.PROVINCE) {
            Province p = PROVINCES.get(r.nextInt(PROVINCES.size()));
            return new Place(p.name(), p.shortName(), p.name(), ApplicantType.PROVINCE);
        }
        List<Place> all = BY_TYPE.get(type);
        return all.get(r.nextInt(all.size()));
    }

    /**
     * A province's set: 1 to 3 cities taking a place (mostly 2), now and then a place the notice does not admit
     * among them, 计划单列市 districts beside them where the province has some, and rarely nothing at all.
     */
    private static List<Place> recommended(RandomGenerator r, Province p) {
        List<Place> eligible = new ArrayList<>();
        List<Place> ineligible = new ArrayList<>();
        for (ApplicantType t : ApplicantType.values()) {
            if (t == ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT || t == ApplicantType.PROVINCE) {
                continue;
            }
            (t.isEligible() ? eligible : ineligible).addAll(p.of(t));
        }
        List<Place> districts = new ArrayList<>(p.of(ApplicantType.SEPARATELY_PLANNED_CITY_DISTRICT));
        List<Place> set = new ArrayList<>();
        int x = r.nextInt(100);
        if (x < 2) {
            return set; // a set sent with no city in it
        }
        int places = x < 4 && !districts.isEmpty() ? 0 : x < 37 ? 1 : x < 90 ? 2 : 3;
        for (int i = 0; i < places; i++) {
            List<Place> from = r.nextInt(20) == 0 && !ineligible.isEmpty() ? ineligible : eligible;
            set.add(from.remove(r.nextInt(from.size())));
        }
        if (!districts.isEmpty() && (places == 0 || r.nextInt(10) < 4)) {
            int n = 1 + r.nextInt(2);
            for (int i = 0; i < n && !districts.isEmpty(); i++) {
                set.add(districts.remove(r.nextInt(districts.size())));
            }
        }
        return set;
    }

    /**
     * One city's application: the five city answers (each denied once in forty or fifty), 1 to 4 parks (mostly 2 or
     * 3) and the province's recommendation. {@code rarity} makes every defect that many times rarer.
     */
    private void city(RandomGenerator r, ObjectNode c, Place place, Letter letter, boolean omitProvince, int rarity) {
        c.put("name", place.name());
        if (!omitProvince) {
            c.put("province", place.province());
        }
        c.put("type", place.type().name());
        c.put("ipOnAgenda", r.nextInt(50 * rarity) != 0);
        c.put("coordinationMechanism", r.nextInt(50 * rarity) != 0);
        c.put("smeServiceSystem", r.nextInt(50 * rarity) != 0);
        c.put("leadershipMechanism", r.nextInt(40 * rarity) != 0);
        c.put("fiscalSupport", r.nextInt(40 * rarity) != 0);
        int x = r.nextInt(100 * rarity);
        int parks = x < 6 ? 1 : x >= 100 * rarity - 6 ? 4 : r.nextInt(100) < 57 ? 2 : 3;
        List<String> kinds = new ArrayList<>(List.of(PARK_KINDS));
        ArrayNode list = c.putArray("parks");
        for (int i = 0; i < parks; i++) {
            park(r, list.addObject(), place.shortName() + kinds.remove(r.nextInt(kinds.size())), rarity);
        }
        // the city's own application: now and then only one of its two authorities has signed
        ObjectNode application = c.putObject("application");
        application.put("ipOffice", r.nextInt(60 * rarity) != 0);
        application.put("smeAuthority", r.nextInt(40 * rarity) != 0);
        ObjectNode rec = c.putObject("recommendation");
        rec.put("ipOffice", letter.ipOffice());
        rec.put("smeAuthority", letter.smeAuthority());
        if (letter.date() != null) {
            rec.put("date", letter.date().toString());
        }
    }

    /**
     * A park: its answers (each denied once in 25 to 50), its full-time IP staff (none once in 16), its population
     * and patents; {@code rarity} makes every defect but a density within a hair of the threshold that many times
     * rarer.
     */
    private void park(RandomGenerator r, ObjectNode p, String name, int rarity) {
        p.put("name", name);
        p.put("smeCluster", r.nextInt(50 * rarity) != 0);
        p.put("ipPromotionPolicies", r.nextInt(40 * rarity) != 0);
        p.put("ipTalent", r.nextInt(40 * rarity) != 0);
        p.put("ipDepartment", r.nextInt(25 * rarity) != 0);
        p.put("fullTimeIpStaff", r.nextInt(16 * rarity) == 0 ? 0 : 1 + r.nextInt(r.nextInt(3) == 0 ? 8 : 3));
        boolean nearThreshold = r.nextInt(7) == 0;
        int population = population(r, nearThreshold);
        p.put("inventionPatents", patents(r, population, nearThreshold, rarity));
        p.put("population", population);
    }

    /**
     * A park's population: small parks of 10,000–50,000 (any figure), middling ones of 50,000–300,000 (to the
     * thousand), large ones to 1.2 million (to ten thousand). A park near the threshold is a large one (one patent
     * is then a hair of density: 0.01 per 10,000 at a million people), and half the time a multiple of 25,000, at
     * which 48.4 per 10,000 is a whole number of patents: the density can then be exactly 48.40.
     */
    private static int population(RandomGenerator r, boolean nearThreshold) {
        if (nearThreshold) {
            return r.nextBoolean() ? 25_000 * (2 + r.nextInt(47)) : 300_000 + r.nextInt(900_001);
        }
        int x = r.nextInt(100);
        if (x < 30) {
            return 10_000 + r.nextInt(40_001);
        }
        if (x < 75) {
            return 1_000 * (50 + r.nextInt(251));
        }
        return 10_000 * (30 + r.nextInt(91));
    }

    /**
     * Invention patents at {@code population}: within a patent or two of the threshold (e.g. 48.39 / 48.40 per
     * 10,000), or a density spread around it, about one park in eight below it.
     */
    private int patents(RandomGenerator r, int population, boolean nearThreshold, int rarity) {
        long needed = densityMinimum.multiply(BigDecimal.valueOf(population)).divide(TEN_THOUSAND)
                .setScale(0, RoundingMode.CEILING).longValueExact();
        if (nearThreshold) {
            return (int) Math.max(0, needed - 2 + r.nextInt(4)); // needed − 2 … needed + 1
        }
        // densities in hundredths per 10,000
        int minimum = densityMinimum.movePointRight(2).setScale(0, RoundingMode.CEILING).intValueExact();
        int x = r.nextInt(100);
        int hundredths = x < 12 / rarity ? 200 + r.nextInt(minimum - 200)
                : x < 88 ? minimum + r.nextInt(2 * minimum)
                : minimum * 3 + r.nextInt(minimum * 5);
        return (int) ((long) hundredths * population / 1_000_000L);
    }

    /** A recommendation as the province's offices wrote it (or have not yet). */
    private record Letter(boolean ipOffice, boolean smeAuthority, LocalDate date, LocalDate checked) {
    }

    /**
     * Who recommends and when: jointly by both offices mostly, by one only now and then, by neither yet (no date)
     * about once in fourteen; dated mostly in July, some on the deadline, the day after, weeks after or before the
     * notice. The check (as-of) is on the letter's date or up to three weeks after, or a few days before a draft.
     */
    private Letter letter(RandomGenerator r) {
        int who = r.nextInt(100);
        boolean ip = who < 90;
        boolean sme = who < 86 || who >= 90;
        if (who >= 93) {
            return new Letter(false, false, null, notice.plusDays(4 + r.nextInt(45)));
        }
        int x = r.nextInt(100);
        LocalDate date = x < 6 ? deadline
                : x < 10 ? deadline.plusDays(1)
                : x < 16 ? deadline.plusDays(2 + r.nextInt(29))
                : x < 17 ? notice.minusDays(1 + r.nextInt(10))
                : deadline.minusDays(1 + r.nextInt(28));
        LocalDate checked = r.nextInt(10) == 0 ? date.minusDays(1 + r.nextInt(5)) : date.plusDays(r.nextInt(21));
        return new Letter(ip, sme, date, checked);
    }

    // ---------------------------------------------------------------- the places

    private static Province province(String name, Object... typesAndNames) {
        String full = name.replace(":", "");
        Map<ApplicantType, List<Place>> places = new EnumMap<>(ApplicantType.class);
        for (int i = 0; i < typesAndNames.length; i += 2) {
            ApplicantType type = (ApplicantType) typesAndNames[i];
            List<Place> list = new ArrayList<>();
            for (String n : ((String) typesAndNames[i + 1]).split(" ")) {
                list.add(new Place(n.replace(":", ""), shortName(n), full, type));
            }
            places.put(type, List.copyOf(list));
        }
        return new Province(full, shortName(name), places);
    }

    /**
     * The short name a place's parks carry: the name without its city prefix, and without its last character (宁波市鄞州区
     * → 鄞州, 义乌市 → 义乌; 沛县 stays) or, where the table marks it, the part before {@code :} (恩施:土家族苗族自治州 → 恩施,
     * 上海市浦东:新区 → 浦东).
     */
    private static String shortName(String name) {
        int colon = name.indexOf(':');
        String s = colon >= 0 ? name.substring(0, colon) : name;
        int city = s.indexOf('市');
        if (city >= 0 && city < s.length() - 1) {
            s = s.substring(city + 1);
        }
        return colon >= 0 || s.length() <= 2 ? s : s.substring(0, s.length() - 1);
    }
}
