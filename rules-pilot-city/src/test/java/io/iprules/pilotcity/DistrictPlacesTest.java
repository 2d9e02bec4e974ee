package io.iprules.pilotcity;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Language;
import io.iprules.Reading;
import io.iprules.RulesEngine;
import org.junit.jupiter.api.Test;

/**
 * §1(1) admits the 市辖区 of a 直辖市 and of a 计划单列市 only; which places those are is data
 * ({@code district_places.json}), and the reading {@code applicants} says it to the officer in both languages.
 */
class DistrictPlacesTest {
    private static final DistrictPlaces PLACES = DistrictPlaces.OF_CHINA;

    @Test
    void theFourMunicipalitiesInFullOrShortAndNoProvince() {
        for (String p : new String[] {"北京市", "天津", "上海市", " 重庆 "}) {
            assertThat(PLACES.isMunicipality(p)).as(p).isTrue();
        }
        for (String p : new String[] {"浙江省", "上海市浦东新区", "沪", "北京市市", ""}) {
            assertThat(PLACES.isMunicipality(p)).as(p).isFalse();
        }
    }

    /** 大连 (辽宁), 青岛 (山东), 宁波 (浙江), 厦门 (福建), 深圳 (广东): the five 计划单列市. */
    @Test
    void theProvincesOfTheFiveSeparatelyPlannedCities() {
        for (String p : new String[] {"辽宁省", "山东", "浙江省", "福建省", "广东"}) {
            assertThat(PLACES.hasSeparatelyPlannedCity(p)).as(p).isTrue();
        }
        for (String p : new String[] {"江苏省", "上海市", "宁波市", "湖北省"}) {
            assertThat(PLACES.hasSeparatelyPlannedCity(p)).as(p).isFalse();
        }
        assertThat(PLACES.separatelyPlannedCityNames("、", "(", ")"))
                .isEqualTo("大连市(辽宁省)、青岛市(山东省)、宁波市(浙江省)、厦门市(福建省)、深圳市(广东省)");
    }

    /** What the data holds, the officer reads in the reading: every place, by its full name, in both languages. */
    @Test
    void theReadingApplicantsNamesEveryPlaceOfTheData() {
        Reading applicants = RulesEngine.builder().build().policy("pilot-city-2017").readings().stream()
                .filter(r -> r.id().equals("applicants")).findFirst().orElseThrow();
        for (Language lang : Language.values()) {
            String text = applicants.text().in(lang);
            PLACES.municipalities().forEach(name -> assertThat(text).as(lang.name()).contains(name));
            PLACES.separatelyPlannedCities().forEach(c -> assertThat(text).as(lang.name())
                    .contains(c.city(), c.province()));
        }
    }
}
