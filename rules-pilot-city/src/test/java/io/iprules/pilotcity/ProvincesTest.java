package io.iprules.pilotcity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A province's set recommends its own cities (§2(2)); a city may write its province in full or short, 浙江省 or 浙江,
 * which {@code provinces.json} says are one unit.
 */
class ProvincesTest {

    @Test
    void thirtyFourUnitsEachByItsFullAndShortName() {
        assertThat(Provinces.OF_CHINA.provinces()).hasSize(34)
                .contains(List.of("浙江省", "浙江"), List.of("内蒙古自治区", "内蒙古"), List.of("广西壮族自治区", "广西"),
                        List.of("宁夏回族自治区", "宁夏"), List.of("新疆维吾尔自治区", "新疆"), List.of("西藏自治区", "西藏"),
                        List.of("北京市", "北京"), List.of("香港特别行政区", "香港"), List.of("澳门特别行政区", "澳门"),
                        List.of("台湾省", "台湾"));
    }

    @Test
    void aFullNameAndItsShortNameAreTheSameUnitEitherWay() {
        assertThat(Provinces.same("浙江", "浙江省")).isTrue();
        assertThat(Provinces.same("浙江省", "浙江")).isTrue();
        assertThat(Provinces.same(" 内蒙古 ", "内蒙古自治区")).isTrue();
        assertThat(Provinces.same("重庆市", "重庆")).isTrue();
        assertThat(Provinces.same("浙江省", " 浙江省")).isTrue();
    }

    @Test
    void anotherUnitOrANameOutsideTheTableIsNot() {
        assertThat(Provinces.same("浙江", "江苏省")).isFalse();
        assertThat(Provinces.same("江苏", "浙江省")).isFalse();
        // the one-character 简称 and English are not in the table: compared as written
        assertThat(Provinces.same("浙", "浙江省")).isFalse();
        assertThat(Provinces.same("Zhejiang", "浙江省")).isFalse();
        // a 计划单列市 is not a provincial-level unit
        assertThat(Provinces.same("宁波市", "浙江省")).isFalse();
        assertThat(Provinces.same("新疆生产建设兵团", "新疆生产建设兵团")).isTrue();
        assertThat(Provinces.same("新疆生产建设兵团", "新疆")).isFalse();
    }

    /**
     * district_places.json names the 直辖市 and the 计划单列市's provinces by this table's full names, through which their
     * short names are read (北京 for 北京市).
     */
    @Test
    void theDistrictPlacesWriteTheirProvincesAsThisTableDoes() {
        List<String> fullNames = Provinces.OF_CHINA.provinces().stream().map(names -> names.get(0)).toList();
        assertThat(fullNames).containsAll(DistrictPlaces.OF_CHINA.municipalities());
        DistrictPlaces.OF_CHINA.separatelyPlannedCities().forEach(c -> assertThat(fullNames).contains(c.province()));
        assertThat(Provinces.isFullName("北京市")).isTrue();
        assertThat(Provinces.isFullName("北京")).isFalse();
        assertThat(Provinces.isFullName("Beijing")).isFalse();
    }
}
