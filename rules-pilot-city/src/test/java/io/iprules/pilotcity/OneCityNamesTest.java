package io.iprules.pilotcity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * pilot-city-2017 §2(2) 可推荐1-2个城市 (reading quota): a city of a set takes its place once, so the forms of one city's
 * name a set may write are compared as one, and the names of two cities stay two.
 */
class OneCityNamesTest {

    @ParameterizedTest(name = "{0} and {1} in {2}''s set are one city")
    @CsvSource({
            "湖州市, 浙江省湖州市, 浙江省",
            "湖州市, 浙江湖州市, 浙江省",
            "湖州市, 湖州, 浙江省",
            "湖州, 浙江省湖州市, 浙江",
            "吉林市, 吉林省吉林市, 吉林省",
            "浦东新区, 上海市浦东新区, 上海市",
            "义乌市, 义乌, 浙江省"})
    void oneCityWrittenTwoWays(String one, String other, String province) {
        assertThat(ApplicationValidation.asOneCity(other, province))
                .isEqualTo(ApplicationValidation.asOneCity(one, province));
    }

    @ParameterizedTest(name = "{0} and {1} in {2}''s set are two cities")
    @CsvSource({
            "吉林市, 长春市, 吉林省",
            // 吉林市 is not 市 once the province's short name 吉林 is taken off: it is a city of its own
            "吉林市, 市, 吉林省",
            "湖州市, 杭州市, 浙江省",
            "沙市, 沙, 湖北省",
            "湖州市, 湖州市经济开发区, 浙江省",
            "海口市, 海南藏族自治州, 海南省"})
    void twoCities(String one, String other, String province) {
        assertThat(ApplicationValidation.asOneCity(other, province))
                .isNotEqualTo(ApplicationValidation.asOneCity(one, province));
    }
}
