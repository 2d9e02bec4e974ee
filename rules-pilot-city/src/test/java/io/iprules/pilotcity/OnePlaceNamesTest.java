package io.iprules.pilotcity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * pilot-city-2017 §2(2) 可推荐1-2个城市 (reading quota) and 每个申报城市可包括2-3个…园区 (reading
 * parks-recommendation-deadline): a city of a set takes its place once and a park counts once, so the forms of one
 * place's name a request may write are compared as one, and the names of two places stay two.
 */
class OnePlaceNamesTest {

    @ParameterizedTest(name = "{0} and {1} ({2}) in {3}''s set are one city")
    @CsvSource({
            "湖州市, 浙江省湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "湖州市, 浙江湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "湖州市, 湖州, PREFECTURE_LEVEL_CITY, 浙江省",
            "湖州, 浙江省湖州市, PREFECTURE_LEVEL_CITY, 浙江",
            "湖州市, 浙江省 湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "湖州市, 浙江 湖州, PREFECTURE_LEVEL_CITY, 浙江省",
            "湖州市, 浙江·湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "湖州市, 浙江省-湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "湖州市, 浙江省、湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "湖州市, 浙江\uff65湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "吉林市, 吉林省吉林市, PREFECTURE_LEVEL_CITY, 吉林省",
            "浦东新区, 上海市浦东新区, MUNICIPALITY_DISTRICT, 上海市",
            "义乌市, 义乌, COUNTY_LEVEL_CITY, 浙江省",
            // a county-level city or a 计划单列市's district with its city before it
            "余姚市, 宁波市余姚市, COUNTY_LEVEL_CITY, 浙江省",
            "余姚, 浙江省宁波市余姚市, COUNTY_LEVEL_CITY, 浙江省",
            "昆山市, 苏州市昆山市, COUNTY_LEVEL_CITY, 江苏省",
            "昆山市, 苏州市 昆山市, COUNTY_LEVEL_CITY, 江苏省",
            "昆山市, 江苏省苏州市昆山市, COUNTY_LEVEL_CITY, 江苏",
            "市南区, 青岛市市南区, SEPARATELY_PLANNED_CITY_DISTRICT, 山东省",
            "市南区, 山东省青岛市市南区, SEPARATELY_PLANNED_CITY_DISTRICT, 山东省",
            "南山区, 深圳市南山区, SEPARATELY_PLANNED_CITY_DISTRICT, 广东省",
            "南山区, 深圳南山区, SEPARATELY_PLANNED_CITY_DISTRICT, 广东省",
            "鄞州区, 浙江·宁波市鄞州区, SEPARATELY_PLANNED_CITY_DISTRICT, 浙江省",
            // a 盟, a 州 or a district without the character of its kind; a 州 by its place name, without its
            // peoples (民族区域自治法 第十三条: 地方名称, 民族名称, 行政地位)
            "兴安盟, 兴安, LEAGUE, 内蒙古自治区",
            "大理白族自治州, 大理州, AUTONOMOUS_PREFECTURE, 云南省",
            "大理白族自治州, 大理, AUTONOMOUS_PREFECTURE, 云南省",
            "大理州, 大理, AUTONOMOUS_PREFECTURE, 云南省",
            "延边朝鲜族自治州, 延边州, AUTONOMOUS_PREFECTURE, 吉林省",
            "延边朝鲜族自治州, 延边, AUTONOMOUS_PREFECTURE, 吉林省",
            "黔东南苗族侗族自治州, 黔东南州, AUTONOMOUS_PREFECTURE, 贵州省",
            "伊犁哈萨克自治州, 伊犁州, AUTONOMOUS_PREFECTURE, 新疆维吾尔自治区",
            "海西蒙古族藏族自治州, 海西州, AUTONOMOUS_PREFECTURE, 青海省",
            "海淀区, 海淀, MUNICIPALITY_DISTRICT, 北京市",
            "浦东新区, 浦东, MUNICIPALITY_DISTRICT, 上海市",
            "宁波市鄞州区, 鄞州, SEPARATELY_PLANNED_CITY_DISTRICT, 浙江省",
            // the province with a slash, or in brackets before or after the name
            "湖州市, 浙江省/湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "湖州市, (浙江)湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "湖州市, 湖州市(浙江省), PREFECTURE_LEVEL_CITY, 浙江省",
            "湖州市, 湖州市（浙江）, PREFECTURE_LEVEL_CITY, 浙江省",
            // a county-level city with the 州 above it
            "大理市, 大理白族自治州大理市, COUNTY_LEVEL_CITY, 云南省"})
    void oneCityWrittenTwoWays(String one, String other, ApplicantType type, String province) {
        assertThat(ApplicationValidation.asOneCity(other, type, province))
                .isEqualTo(ApplicationValidation.asOneCity(one, type, province));
    }

    @ParameterizedTest(name = "{0} and {1} ({2}) in {3}''s set are two cities")
    @CsvSource({
            "吉林市, 长春市, PREFECTURE_LEVEL_CITY, 吉林省",
            // 吉林市 is not 市 once the province's short name 吉林 is taken off: it is a city of its own
            "吉林市, 市, PREFECTURE_LEVEL_CITY, 吉林省",
            "湖州市, 杭州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "沙市, 沙, COUNTY_LEVEL_CITY, 湖北省",
            "湖州市, 湖州市经济开发区, PREFECTURE_LEVEL_CITY, 浙江省",
            "海口市, 海南藏族自治州, PREFECTURE_LEVEL_CITY, 海南省",
            "昆山市, 太仓市, COUNTY_LEVEL_CITY, 江苏省",
            "余姚市, 宁波市慈溪市, COUNTY_LEVEL_CITY, 浙江省",
            "市南区, 市北区, SEPARATELY_PLANNED_CITY_DISTRICT, 山东省",
            "市南区, 青岛市市北区, SEPARATELY_PLANNED_CITY_DISTRICT, 山东省",
            // a prefecture-level city's districts keep their city: districts' names repeat
            "南京市鼓楼区, 徐州市鼓楼区, PREFECTURE_CITY_DISTRICT, 江苏省",
            // two districts typed as county-level cities are two places wrongly typed: a 县级市 ends in 市
            "南京市鼓楼区, 徐州市鼓楼区, COUNTY_LEVEL_CITY, 江苏省",
            // 杭州 is a 市's name, not a 州's: its 州 stays
            "杭州, 杭, PREFECTURE_LEVEL_CITY, 浙江省",
            "湖州市, (江苏)湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "鄞州区, 海曙区, SEPARATELY_PLANNED_CITY_DISTRICT, 浙江省",
            "黔东南苗族侗族自治州, 黔南布依族苗族自治州, AUTONOMOUS_PREFECTURE, 贵州省"})
    void twoCities(String one, String other, ApplicantType type, String province) {
        assertThat(ApplicationValidation.asOneCity(other, type, province))
                .isNotEqualTo(ApplicationValidation.asOneCity(one, type, province));
    }

    /** §1(1) names 地级城市(州、盟) and 县级城市 both: a prefecture and its seat city of one name are two applicants. */
    @ParameterizedTest(name = "{0} ({1}) and {2} ({3}) in {4}''s set are two places")
    @CsvSource({
            "大理, AUTONOMOUS_PREFECTURE, 大理市, COUNTY_LEVEL_CITY, 云南省",
            "恩施, AUTONOMOUS_PREFECTURE, 恩施市, COUNTY_LEVEL_CITY, 湖北省",
            "大理白族自治州, AUTONOMOUS_PREFECTURE, 大理市, COUNTY_LEVEL_CITY, 云南省",
            "大理州, AUTONOMOUS_PREFECTURE, 大理市, COUNTY_LEVEL_CITY, 云南省",
            // of one level, a 州 and a 市 mistyped a 地级城市 are two
            "大理白族自治州, AUTONOMOUS_PREFECTURE, 大理市, PREFECTURE_LEVEL_CITY, 云南省"})
    void twoTypesAreTwoPlaces(String one, ApplicantType oneType, String other, ApplicantType otherType,
            String province) {
        assertThat(ApplicationValidation.asOneCity(other, otherType, province))
                .isNotEqualTo(ApplicationValidation.asOneCity(one, oneType, province));
    }

    /** A 副省级城市 typed as a 地级城市 beside itself is still one city: the level decides, not the type. */
    @ParameterizedTest(name = "{0} ({1}) and {2} ({3}) in {4}''s set are one city")
    @CsvSource({
            "杭州市, SUB_PROVINCIAL_CITY, 浙江省杭州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "锡林郭勒盟, LEAGUE, 内蒙古锡林郭勒盟, PREFECTURE_LEVEL_CITY, 内蒙古自治区",
            "大理白族自治州, AUTONOMOUS_PREFECTURE, 云南大理白族自治州, PREFECTURE_LEVEL_CITY, 云南省"})
    void oneLevelIsOnePlace(String one, ApplicantType oneType, String other, ApplicantType otherType,
            String province) {
        assertThat(ApplicationValidation.asOneCity(other, otherType, province))
                .isEqualTo(ApplicationValidation.asOneCity(one, oneType, province));
    }

    /**
     * A county-level city's name is its own in all China (地名管理条例 (1986) 第四条第(三)项): written with two
     * characters or more before it, it is the same city, the city above it written without 市.
     */
    @ParameterizedTest(name = "{0} and {1} in {2}''s set are one county-level city")
    @CsvSource({
            "义乌市, 金华义乌市, 浙江省",
            "昆山市, 苏州昆山市, 江苏省",
            "昆山市, 江苏省苏州昆山市, 江苏省",
            "昆山, 苏州·昆山市, 江苏省",
            "金华义乌市, 义乌市, 浙江省"})
    void oneCountyLevelCityWithTheCityAboveWithoutShi(String one, String other, String province) {
        assertThat(ApplicationValidation.oneCountyLevelCity(ApplicationValidation.countyLevelCityPlace(one, province),
                ApplicationValidation.countyLevelCityPlace(other, province))).isTrue();
    }

    @ParameterizedTest(name = "{0} and {1} in {2}''s set are two county-level cities")
    @CsvSource({
            "昆山市, 太仓市, 江苏省",
            // one character before it is no city's name
            "山市, 昆山市, 江苏省",
            "义乌市, 东阳市, 浙江省"})
    void twoCountyLevelCities(String one, String other, String province) {
        assertThat(ApplicationValidation.oneCountyLevelCity(ApplicationValidation.countyLevelCityPlace(one, province),
                ApplicationValidation.countyLevelCityPlace(other, province))).isFalse();
    }

    @ParameterizedTest(name = "{0} and {1} of {2} ({3}) in {4} are one park")
    @CsvSource({
            "湖州经济技术开发区, 湖州市经济技术开发区, 湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "湖州经济技术开发区, 浙江省湖州市经济技术开发区, 湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "湖州经济技术开发区, 湖州市 经济技术开发区, 湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "湖州经济技术开发区, 湖州 经济技术开发区, 湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "湖州经济技术开发区, 湖州市-经济技术开发区, 湖州市, PREFECTURE_LEVEL_CITY, 浙江",
            "湖州南太湖新区, 湖州市南太湖新区, 浙江省湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "吉林经济技术开发区, 吉林市经济技术开发区, 吉林市, PREFECTURE_LEVEL_CITY, 吉林省",
            "义乌经济技术开发区, 义乌市经济技术开发区, 义乌市, COUNTY_LEVEL_CITY, 浙江省",
            // a county-level city's or a 计划单列市's district's park with the city of that place before it
            "昆山高新技术产业开发区, 苏州市昆山市高新技术产业开发区, 昆山市, COUNTY_LEVEL_CITY, 江苏省",
            "昆山高新技术产业开发区, 江苏省苏州市昆山高新技术产业开发区, 苏州市昆山市, COUNTY_LEVEL_CITY, 江苏省",
            "市南区软件园, 青岛市市南区软件园, 青岛市市南区, SEPARATELY_PLANNED_CITY_DISTRICT, 山东省",
            "市南区软件园, 青岛市市南区软件园, 市南区, SEPARATELY_PLANNED_CITY_DISTRICT, 山东省",
            "南山区科技园, 深圳南山区科技园, 深圳市南山区, SEPARATELY_PLANNED_CITY_DISTRICT, 广东省",
            // the place's own name in any of its forms, the city above it and the province before them
            "锡林郭勒科技创业园, 锡林郭勒盟科技创业园, 锡林郭勒盟, LEAGUE, 内蒙古自治区",
            "锡林郭勒科技创业园, 内蒙古锡林郭勒盟科技创业园, 锡林郭勒盟, LEAGUE, 内蒙古自治区",
            "朝阳新材料产业园, 北京朝阳新材料产业园, 北京市朝阳区, MUNICIPALITY_DISTRICT, 北京市",
            "朝阳新材料产业园, 朝阳区新材料产业园, 北京市朝阳区, MUNICIPALITY_DISTRICT, 北京市",
            "浦东软件园, 上海浦东新区软件园, 浦东新区, MUNICIPALITY_DISTRICT, 上海市",
            "思明高新技术产业开发区, 福建思明高新技术产业开发区, 厦门市思明区, SEPARATELY_PLANNED_CITY_DISTRICT, 福建省",
            "思明高新技术产业开发区, 厦门思明高新技术产业开发区, 思明区, SEPARATELY_PLANNED_CITY_DISTRICT, 福建省",
            "鄞州经济开发区, 鄞州区经济开发区, 宁波市鄞州区, SEPARATELY_PLANNED_CITY_DISTRICT, 浙江省",
            "鄞州经济开发区, 宁波市鄞州区经济开发区, 宁波市鄞州区, SEPARATELY_PLANNED_CITY_DISTRICT, 浙江省",
            "鄞州经济开发区, 宁波鄞州经济开发区, 宁波市鄞州区, SEPARATELY_PLANNED_CITY_DISTRICT, 浙江省",
            "鄞州区经济开发区, 浙江宁波鄞州经济开发区, 鄞州区, SEPARATELY_PLANNED_CITY_DISTRICT, 浙江省",
            "市南区软件园, 市南软件园, 青岛市市南区, SEPARATELY_PLANNED_CITY_DISTRICT, 山东省",
            "黔东南经济开发区, 黔东南州经济开发区, 黔东南苗族侗族自治州, AUTONOMOUS_PREFECTURE, 贵州省",
            "黔东南经济开发区, 黔东南苗族侗族自治州经济开发区, 黔东南苗族侗族自治州, AUTONOMOUS_PREFECTURE, 贵州省",
            "黔东南经济开发区, 贵州黔东南州经济开发区, 黔东南州, AUTONOMOUS_PREFECTURE, 贵州省",
            "大理经济技术开发区, 大理白族自治州经济技术开发区, 大理白族自治州, AUTONOMOUS_PREFECTURE, 云南省",
            "大理经济技术开发区, 大理州经济技术开发区, 大理, AUTONOMOUS_PREFECTURE, 云南省",
            "大理经济技术开发区, 大理白族自治州大理市经济技术开发区, 大理市, COUNTY_LEVEL_CITY, 云南省",
            "昆山高新技术产业开发区, 苏州昆山高新技术产业开发区, 昆山市, COUNTY_LEVEL_CITY, 江苏省",
            "昆山高新技术产业开发区, 苏州昆山高新技术产业开发区, 苏州市昆山市, COUNTY_LEVEL_CITY, 江苏省",
            "佛山南海软件园, 南海区软件园, 佛山市南海区, PREFECTURE_CITY_DISTRICT, 广东省",
            "湖州经济技术开发区, 湖州市经济技术开发区(浙江), 湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "湖州经济技术开发区, 浙江省/湖州市经济技术开发区, 湖州市, PREFECTURE_LEVEL_CITY, 浙江省"})
    void oneParkWrittenTwoWays(String one, String other, String city, ApplicantType type, String province) {
        assertThat(ApplicationValidation.asOnePark(other, city, type, province))
                .isEqualTo(ApplicationValidation.asOnePark(one, city, type, province));
    }

    /**
     * Two universities' science parks, one named after the province and one after the city, or a university's and
     * the city's; a 州's park and its seat city's: two parks.
     */
    @ParameterizedTest(name = "{0} and {1} of {2} ({3}) in {4} are two parks")
    @CsvSource({
            "湖州经济技术开发区, 湖州高新技术产业开发区, 湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "湖州经济技术开发区, 杭州经济技术开发区, 湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            // 湖州市 is no park's name once the city is taken off: nothing would be left
            "湖州市, 湖州, 湖州市, PREFECTURE_LEVEL_CITY, 浙江省",
            "武汉大学科技园, 湖北大学科技园, 武汉市, SUB_PROVINCIAL_CITY, 湖北省",
            "武汉大学国家大学科技园, 湖北大学国家大学科技园, 武汉市, SUB_PROVINCIAL_CITY, 湖北省",
            "辽宁大学科技园, 沈阳大学科技园, 沈阳市, SUB_PROVINCIAL_CITY, 辽宁省",
            "吉林大学科技园, 长春大学科技园, 长春市, SUB_PROVINCIAL_CITY, 吉林省",
            "四川大学国家大学科技园, 成都大学国家大学科技园, 成都市, SUB_PROVINCIAL_CITY, 四川省",
            "山东大学科技园, 济南大学科技园, 济南市, SUB_PROVINCIAL_CITY, 山东省",
            "安徽大学科技园, 合肥大学科技园, 合肥市, PREFECTURE_LEVEL_CITY, 安徽省",
            "宁波大学科技园, 宁波市大学科技园, 宁波市, SUB_PROVINCIAL_CITY, 浙江省",
            "武汉大学科技园, 武汉市大学科技园, 武汉市, SUB_PROVINCIAL_CITY, 湖北省",
            "大理经济技术开发区, 大理市经济技术开发区, 大理, AUTONOMOUS_PREFECTURE, 云南省",
            "恩施高新技术产业园区, 恩施市高新技术产业园区, 恩施, AUTONOMOUS_PREFECTURE, 湖北省",
            // the park of the city above the place is another park
            "昆山工业园区, 苏州市工业园区, 昆山市, COUNTY_LEVEL_CITY, 江苏省",
            "市南区软件园, 青岛市软件园, 市南区, SEPARATELY_PLANNED_CITY_DISTRICT, 山东省",
            "大理经济技术开发区, 大理市经济技术开发区, 大理白族自治州, AUTONOMOUS_PREFECTURE, 云南省",
            "大理经济技术开发区, 大理州经济技术开发区, 大理市, COUNTY_LEVEL_CITY, 云南省",
            "鄞州经济开发区, 宁波经济开发区, 宁波市鄞州区, SEPARATELY_PLANNED_CITY_DISTRICT, 浙江省",
            "朝阳新材料产业园, 北京新材料产业园, 北京市朝阳区, MUNICIPALITY_DISTRICT, 北京市",
            "锡林郭勒科技创业园, 锡林浩特科技创业园, 锡林郭勒盟, LEAGUE, 内蒙古自治区",
            // the city above a district of an ordinary city is known only as its name writes it
            "南海区软件园, 佛山软件园, 佛山市南海区, PREFECTURE_CITY_DISTRICT, 广东省"})
    void twoParks(String one, String other, String city, ApplicantType type, String province) {
        assertThat(ApplicationValidation.asOnePark(other, city, type, province))
                .isNotEqualTo(ApplicationValidation.asOnePark(one, city, type, province));
    }
}
