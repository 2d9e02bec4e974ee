package io.iprules.pilotcity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.InvalidRequestException;
import io.iprules.RulesEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a request names decides who applies and what counts, so the forms and kinds a name shows are held against it,
 * each case on its own, through the engine (the scenarios under {@code validation/} bundle them by province):
 * <ul>
 * <li>§2(2) 每个申报城市可包括2-3个…园区 (reading parks-recommendation-deadline): one park under two forms of its
 * place's name is listed twice, not two of the 2 to 3;</li>
 * <li>§1(1) 申报对象 (reading applicants): a type the kind of place its name shows contradicts is refused, not
 * decided;</li>
 * <li>§2(2) 可推荐1-2个城市 (reading quota): one city under two forms of its name takes one place.</li>
 * </ul>
 */
class PlaceNamesRefusedTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final String ID = "pilot-city-2017";
    private static final LocalDate JULY_31 = LocalDate.of(2017, 7, 31);

    /** A place meeting every condition, with each of {@code parks} at 48.4 per 10,000. */
    private static CityApplicant place(String name, String province, ApplicantType type, String... parks) {
        CityApplicant.Builder b = CityApplicant.builder(name, province, type)
                .cityConditions(true, true, true, true, true);
        for (String park : parks) {
            b.park(park, 1, 4840, 1_000_000);
        }
        return b.application(true, true).recommendation(true, true, JULY_31).build();
    }

    private static void refused(Object request, String path, String message) {
        assertThatThrownBy(() -> ENGINE.evaluate(ID, JULY_31, request))
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> assertThat(x.problems())
                        .extracting(p -> p.path() + ": " + p.message()).singleElement().asString()
                        .startsWith(path + ": " + message));
    }

    /** A city of one park written two ways had met 2 to 3 parks (PC_PARK_COUNT) and been eligible. */
    @ParameterizedTest(name = "{0}''s {2} beside {1}")
    @CsvSource({
            "锡林郭勒盟, 锡林郭勒科技创业园, 锡林郭勒盟科技创业园, LEAGUE, 内蒙古自治区",
            "北京市朝阳区, 朝阳新材料产业园, 北京朝阳新材料产业园, MUNICIPALITY_DISTRICT, 北京市",
            "厦门市思明区, 思明高新技术产业开发区, 福建思明高新技术产业开发区, SEPARATELY_PLANNED_CITY_DISTRICT, 福建省",
            "宁波市鄞州区, 鄞州经济开发区, 鄞州区经济开发区, SEPARATELY_PLANNED_CITY_DISTRICT, 浙江省",
            "宁波市鄞州区, 鄞州经济开发区, 宁波市鄞州区经济开发区, SEPARATELY_PLANNED_CITY_DISTRICT, 浙江省",
            "宁波市鄞州区, 鄞州经济开发区, 宁波鄞州经济开发区, SEPARATELY_PLANNED_CITY_DISTRICT, 浙江省",
            "青岛市市南区, 市南区软件园, 市南软件园, SEPARATELY_PLANNED_CITY_DISTRICT, 山东省",
            "黔东南苗族侗族自治州, 黔东南经济开发区, 黔东南州经济开发区, AUTONOMOUS_PREFECTURE, 贵州省",
            "黔东南苗族侗族自治州, 黔东南经济开发区, 黔东南苗族侗族自治州经济开发区, AUTONOMOUS_PREFECTURE, 贵州省",
            "大理白族自治州, 大理经济技术开发区, 大理白族自治州经济技术开发区, AUTONOMOUS_PREFECTURE, 云南省",
            "大理市, 大理经济技术开发区, 大理白族自治州大理市经济技术开发区, COUNTY_LEVEL_CITY, 云南省",
            "昆山市, 昆山高新技术产业开发区, 苏州昆山高新技术产业开发区, COUNTY_LEVEL_CITY, 江苏省"})
    void oneParkTwoWays(String city, String park, String again, ApplicantType type, String province) {
        refused(place(city, province, type, park, again), "applicant.parks[1].name",
                "park '" + park + "' is listed twice, here written '" + again + "'");
    }

    /**
     * A name ending in 区 typed a city, 州 or 盟 had been an eligible applicant (佛山市南海区), and a 计划单列市's district
     * so typed had taken a place of its province's quota (宁波市鄞州区).
     */
    @ParameterizedTest(name = "{0} typed {1}")
    @CsvSource({
            "佛山市南海区, PREFECTURE_LEVEL_CITY, 广东省",
            "佛山市南海区, SUB_PROVINCIAL_CITY, 广东省",
            "佛山市南海区, AUTONOMOUS_PREFECTURE, 广东省",
            "佛山市南海区, LEAGUE, 广东省",
            "六枝特区, PREFECTURE_LEVEL_CITY, 贵州省",
            "神农架林区, PREFECTURE_LEVEL_CITY, 湖北省",
            "宁波市鄞州区, PREFECTURE_LEVEL_CITY, 浙江省",
            "宁波市鄞州区, SUB_PROVINCIAL_CITY, 浙江省",
            "宁波市鄞州区, AUTONOMOUS_PREFECTURE, 浙江省",
            "宁波市鄞州区, LEAGUE, 浙江省"})
    void aDistrictTypedACity(String name, ApplicantType type, String province) {
        refused(place(name, province, type, "甲园", "乙园"), "applicant.type",
                "is of the type " + PilotCity2017.MESSAGES.text("enum.ApplicantType." + type.name()).in(
                        io.iprules.Language.EN) + " (" + type.name() + "), but its name '" + name + "' ends in 区");
        // in the province's set as well, where it would take a place
        refused(new ProvinceRecommendation(province, List.of(place(name, province, type, "甲园", "乙园"))),
                "recommendation.cities[0].type", "is of the type ");
    }

    /** A 市, 州 or 盟 typed a district, or a district typed a county, had been decided not eligible. */
    @ParameterizedTest(name = "{0} typed {1}")
    @CsvSource({
            "兴安盟, PREFECTURE_CITY_DISTRICT, 内蒙古自治区, 'ends in 盟: a city (市), an autonomous prefecture (州) or a league "
                    + "(盟)'",
            "大理白族自治州, PREFECTURE_CITY_DISTRICT, 云南省, 'ends in 州: a city (市)'",
            "黔东南州, PREFECTURE_CITY_DISTRICT, 贵州省, 'ends in 州: a city (市)'",
            "昆山市, PREFECTURE_CITY_DISTRICT, 江苏省, 'ends in 市: a city (市)'",
            "杭州市, PREFECTURE_CITY_DISTRICT, 浙江省, 'ends in 市: a city (市)'",
            "南京市, PREFECTURE_CITY_DISTRICT, 江苏省, 'ends in 市: a city (市)'",
            "东莞市, PREFECTURE_CITY_DISTRICT, 广东省, 'ends in 市: a city (市)'",
            "苏州市昆山市, PREFECTURE_CITY_DISTRICT, 江苏省, 'ends in 市: a city (市)'",
            "大理白族自治州, SEPARATELY_PLANNED_CITY_DISTRICT, 广东省, 'ends in 州: a city (市)'",
            "北京市海淀区, COUNTY, 北京市, 'ends in 区: a district (市辖区), not a county'",
            "宁波市鄞州区, COUNTY, 浙江省, 'ends in 区: a district (市辖区), not a county'"})
    void aPlaceTypedAgainstItsKind(String name, ApplicantType type, String province, String message) {
        refused(place(name, province, type, "甲园", "乙园"), "applicant.type", "");
        assertThatThrownBy(() -> ENGINE.evaluate(ID, JULY_31, place(name, province, type, "甲园", "乙园")))
                .hasMessageContaining("'" + name + "' " + message);
    }

    /** Names that show no other kind than their type's: evaluated, whether eligible or not. */
    @ParameterizedTest(name = "{0} typed {1} is evaluated")
    @CsvSource({
            "六枝特区, COUNTY, 贵州省, false",
            "神农架林区, COUNTY, 湖北省, false",
            "杭州市西湖区, PREFECTURE_CITY_DISTRICT, 浙江省, false",
            // a district written short: 鄞州 and 通州 may be a district's names, as 杭州 a city's
            "宁波市鄞州, SEPARATELY_PLANNED_CITY_DISTRICT, 浙江省, true",
            "北京市通州, MUNICIPALITY_DISTRICT, 北京市, true",
            "荆州市沙市, PREFECTURE_CITY_DISTRICT, 湖北省, false",
            "大理州, AUTONOMOUS_PREFECTURE, 云南省, true",
            "兴安盟, LEAGUE, 内蒙古自治区, true"})
    void aNameOfItsTypesKind(String name, ApplicantType type, String province, boolean eligible) {
        assertThat(ENGINE.evaluate(ID, JULY_31, place(name, province, type, "甲园", "乙园")).eligible())
                .isEqualTo(eligible);
    }

    /** One city twice in a set had taken two places of the 1 to 2. */
    @ParameterizedTest(name = "{1} beside {0} ({2}) in {3}''s set")
    @CsvSource({
            "兴安盟, 兴安, LEAGUE, 内蒙古自治区",
            "大理白族自治州, 大理州, AUTONOMOUS_PREFECTURE, 云南省",
            "大理白族自治州, 大理, AUTONOMOUS_PREFECTURE, 云南省",
            "延边朝鲜族自治州, 延边州, AUTONOMOUS_PREFECTURE, 吉林省",
            "延边朝鲜族自治州, 延边, AUTONOMOUS_PREFECTURE, 吉林省",
            "黔东南苗族侗族自治州, 黔东南州, AUTONOMOUS_PREFECTURE, 贵州省",
            "海淀区, 海淀, MUNICIPALITY_DISTRICT, 北京市",
            "宁波市鄞州区, 鄞州, SEPARATELY_PLANNED_CITY_DISTRICT, 浙江省",
            "湖州市, 浙江省/湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "湖州市, (浙江)湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "湖州市, 湖州市(浙江省), PREFECTURE_LEVEL_CITY, 浙江省",
            "义乌市, 金华义乌市, COUNTY_LEVEL_CITY, 浙江省",
            "昆山市, 苏州昆山市, COUNTY_LEVEL_CITY, 江苏省",
            "金华义乌市, 义乌市, COUNTY_LEVEL_CITY, 浙江省"})
    void oneCityTwice(String city, String again, ApplicantType type, String province) {
        List<CityApplicant> cities = new ArrayList<>();
        cities.add(place(city, province, type, "甲园", "乙园"));
        cities.add(place(again, province, type, "丙园", "丁园"));
        refused(new ProvinceRecommendation(province, cities), "recommendation.cities[1].name",
                "city '" + city + "' is listed twice in the recommendation, here written '" + again + "'");
    }

    /** 大理 as 州 and 大理市 as 县级城市 are two applicants, each taking a place: §1(1) names both. */
    @ParameterizedTest(name = "{0} ({1}) and {2} ({3}) in {4}''s set are two")
    @CsvSource({
            "大理白族自治州, AUTONOMOUS_PREFECTURE, 大理市, COUNTY_LEVEL_CITY, 云南省",
            "大理, AUTONOMOUS_PREFECTURE, 大理市, COUNTY_LEVEL_CITY, 云南省",
            "恩施土家族苗族自治州, AUTONOMOUS_PREFECTURE, 恩施市, COUNTY_LEVEL_CITY, 湖北省"})
    void aPrefectureAndItsSeatCityAreTwo(String one, ApplicantType oneType, String other, ApplicantType otherType,
            String province) {
        assertThat(ENGINE.evaluate(ID, JULY_31, new ProvinceRecommendation(province, List.of(
                place(one, province, oneType, "甲园", "乙园"), place(other, province, otherType, "丙园", "丁园"))))
                .eligible()).isTrue();
    }
}
