package io.iprules.pilotcity;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.kit.MessageCatalog;
import io.iprules.kit.china.ProvincialUnit;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A province's set recommends its own cities (§2(2)); a city may write its province in full or short, 浙江省 or 浙江,
 * which the kit's table of provincial-level units ({@code provinces.json}, GB/T 2260) says are one unit.
 */
class ProvincesTest {

    /**
     * The table decides whether a city is its set's, so the receipts' rules digest covers it: the module names the
     * table's class as shared material: every file of its jar (the kit's) outside META-INF is digested with the
     * module's. (examples' {@code ReceiptsTest} recomputes the digest with the table among the files.)
     */
    @Test
    void theTableIsPartOfTheModulesRuleMaterial() {
        assertThat(new PilotCity2017().sharedMaterial()).containsExactly(MessageCatalog.class, ProvincialUnit.class);
        URL table = ProvincialUnit.class.getResource("provinces.json");
        assertThat(table).as("beside ProvincialUnit, in the folder the digest covers").isNotNull();
        assertThat(table.toString()).endsWith("io/iprules/kit/china/provinces.json");
        assertThat(PilotCity2017.class.getResource("provinces.json")).as("no copy of its own").isNull();
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
     * district_places.json names the 直辖市 and the 计划单列市's provinces by the table's full names, through which their
     * short names are read (北京 for 北京市).
     */
    @Test
    void theDistrictPlacesWriteTheirProvincesAsThisTableDoes() {
        List<String> fullNames = ProvincialUnit.all().stream().map(ProvincialUnit::fullName).toList();
        assertThat(fullNames).containsAll(DistrictPlaces.OF_CHINA.municipalities());
        DistrictPlaces.OF_CHINA.separatelyPlannedCities().forEach(c -> assertThat(fullNames).contains(c.province()));
        assertThat(Provinces.isFullName("北京市")).isTrue();
        assertThat(Provinces.isFullName("北京")).isFalse();
        assertThat(Provinces.isFullName("Beijing")).isFalse();
    }
}
