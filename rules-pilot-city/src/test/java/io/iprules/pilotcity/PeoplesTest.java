package io.iprules.pilotcity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 民族区域自治法 第十三条: an autonomous place's name is its place name, its peoples' names and its rank, in that
 * order; the rank taken off (自治州), the peoples' names go, each with or without 族, and the place name is left.
 */
class PeoplesTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "大理白族, 大理",
            "黔东南苗族侗族, 黔东南",
            "延边朝鲜族, 延边",
            "恩施土家族苗族, 恩施",
            "海西蒙古族藏族, 海西",
            "伊犁哈萨克, 伊犁",
            "博尔塔拉蒙古, 博尔塔拉",
            "克孜勒苏柯尔克孜, 克孜勒苏",
            "西双版纳傣族, 西双版纳",
            "德宏傣族景颇族, 德宏",
            // no people's name: left as it is; a name of one character only with its 族; two characters left
            "大理, 大理",
            "海南藏, 海南藏",
            "藏族, 藏族"})
    void thePlaceName(String withoutRank, String place) {
        assertThat(Peoples.placeName(withoutRank)).isEqualTo(place);
    }
}
