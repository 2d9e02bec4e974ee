package io.iprules.northeast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.RulesEngine;
import io.iprules.northeast.rules.Measure;
import io.iprules.northeast.rules.Measures;
import io.iprules.northeast.rules.NortheastScope;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The unit's free {@code name} against the places the text names (reading name). The names below are copied by hand
 * from the text: §4(4) 推动辽宁中部城市群文化产业综合示范区、大连丹东沿海沿江文化产业先导区和辽西特色文化产业区建设; §5(2)
 * 打造沈阳、大连、长春和哈尔滨知识产权创造运用高地 and 支持辽宁沿海经济带、长吉图经济区、沈阳经济区、哈大齐工业走廊等城市群;
 * §5(1) 蒙东地区, whose five leagues and cities the measure names (呼伦贝尔市、兴安盟、通辽市、赤峰市、锡林郭勒盟).
 */
class NortheastNamesTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final LocalDate AS_OF = LocalDate.of(2021, 6, 30);

    private static NortheastRegion.Builder region(String name) {
        return NortheastRegion.builder().name(name).period(p -> p.from(2016).to(2020))
                .figures(IpKind.PATENT, f -> f.regionStart(100).regionEnd(200).nationalStart(1_000).nationalEnd(2_000));
    }

    private static List<String> warnings(NortheastRegion r, Language language) {
        EvaluationResult result = ENGINE.evaluate(Northeast2017.APPLICANT, AS_OF, r);
        return result.warnings().stream().map(w -> w.in(language)).toList();
    }

    private static List<String> underProvince(String name, String province) {
        return warnings(region(name).province(province).build(), Language.EN);
    }

    /** 哈尔滨市 was warned as a city by its 市; 哈尔滨, without it, was not: the same city, now the same warning. */
    @Test
    void aCityTheTextNamesIsWarnedOfWithOrWithoutItsShi() {
        String harbin = "the name '%s' is a place below a province (a city, league, prefecture, county, banner or "
                + "district), but 黑龙江省 is assessed (province): cities and counties are not units (no target is set "
                + "for them), and the result is 黑龙江省's, not %s's; check the name";
        assertThat(underProvince("哈尔滨市", "黑龙江省")).containsExactly(harbin.formatted("哈尔滨市", "哈尔滨市"));
        assertThat(underProvince("哈尔滨", "黑龙江省")).containsExactly(harbin.formatted("哈尔滨", "哈尔滨"));
        // after its province, in full or short, and with spaces (read without them, as every name is)
        assertThat(underProvince("黑龙江哈尔滨", "黑龙江省")).hasSize(1);
        assertThat(underProvince("黑龙江省 哈尔滨", "黑龙江省")).hasSize(1);
        for (String city : List.of("沈阳", "大连", "丹东", "长春", "呼伦贝尔", "兴安", "通辽", "赤峰", "锡林郭勒",
                "兴安盟", "内蒙古兴安")) {
            assertThat(underProvince(city, "辽宁省")).as(city).singleElement().asString()
                    .startsWith("the name '" + city + "' is a place below a province");
        }
        // the Northeast as a whole, in Chinese
        assertThat(warnings(region("长春").northeast().build(), Language.ZH)).containsExactly("名称“长春”是省级以下的地方"
                + "(市、盟、州、县、旗或区),评估的却是东北地区四省区合计(level NORTHEAST):城市和县不是评估单位(未为其设定目标),请核实名称");
    }

    /** The text's city clusters and areas name a part of a province, as 蒙东地区 does, in full and as written short. */
    @Test
    void aCityClusterTheTextNamesIsAPartOfItsProvince() {
        assertThat(underProvince("长吉图", "吉林省")).containsExactly("the name '长吉图' names a city cluster in Jilin "
                + "(§5(2) 长吉图经济区), but 吉林省 is assessed (level PROVINCE): the result is 吉林省's; check the name");
        assertThat(underProvince("哈大齐", "黑龙江省")).containsExactly("the name '哈大齐' names a city cluster in "
                + "Heilongjiang (§5(2) 哈大齐工业走廊), but 黑龙江省 is assessed (level PROVINCE): the result is "
                + "黑龙江省's; check the name");
        for (String part : List.of("长吉图经济区", "哈大齐工业走廊", "辽宁沿海经济带", "辽宁中部城市群", "辽西")) {
            assertThat(underProvince(part, "辽宁省")).as(part).singleElement().asString()
                    .startsWith("the name '" + part + "' names ");
        }
    }

    /** Every place a measure is addressed to (measures.json's place, and 蒙东's five) is warned of as a name. */
    @Test
    void everyPlaceAMeasureNamesIsWarnedOfAsAName() {
        for (Measure m : Measures.load().measures()) {
            List<String> places = new java.util.ArrayList<>(m.place() == null ? List.of()
                    : List.of(m.place().split("、")));
            if (m.scope() != null) {
                places.addAll(m.scope());
            }
            for (String place : places) {
                assertThat(underProvince(place, m.addressee())).as(place).hasSize(1);
            }
        }
    }

    /**
     * Not a list of China's cities: 齐齐哈尔 and 大庆, of 哈大齐 but not named by the text, are known by their 市 only;
     * 吉林 is the province's short name, 吉林市 a city by its 市.
     */
    @Test
    void aCityTheTextDoesNotNameIsKnownByItsShiOnly() {
        NortheastScope scope = NortheastScope.load();
        assertThat(scope.cityNamed("哈尔滨")).isEqualTo("哈尔滨市");
        assertThat(scope.cityNamed("黑龙江省哈尔滨市")).isEqualTo("哈尔滨市");
        assertThat(scope.cityNamed("兴安")).isEqualTo("兴安盟");
        assertThat(scope.cityNamed("齐齐哈尔")).isNull();
        assertThat(scope.cityNamed("吉林")).isNull();
        assertThat(scope.cityNamed("哈尔")).isNull();
        assertThat(scope.cityNamed("黑龙江")).isNull();
        assertThat(underProvince("齐齐哈尔", "黑龙江省")).isEmpty();
        assertThat(underProvince("齐齐哈尔市", "黑龙江省")).hasSize(1);
        assertThat(underProvince("吉林", "吉林省")).isEmpty();
        assertThat(underProvince("吉林市", "吉林省")).singleElement().asString()
                .startsWith("the name '吉林市' is a place below a province");
    }

    /**
     * A one-character abbreviation (reading name) is not read as its province: as a name it is warned of whatever unit
     * is assessed, its own included, naming the unit it abbreviates; as the province it is refused, told the full name.
     */
    @Test
    void aOneCharacterAbbreviationIsWarnedOfAsANameAndRefusedAsTheProvince() {
        assertThat(underProvince("吉", "黑龙江省")).containsExactly("the name '吉' is only the one-character "
                + "abbreviation of 吉林省, and 黑龙江省 is assessed (level PROVINCE): one character may be shorthand or a "
                + "name cut short, and the result is 黑龙江省's; write the name of the unit assessed, or check the name");
        assertThat(warnings(region("吉").province("吉林省").build(), Language.ZH)).containsExactly("名称“吉”只是吉林省的"
                + "单字简称,评估的是吉林省(level PROVINCE):单字可能是简写,也可能是名称不全,结果是吉林省的;请写明评估单位的名称,或核实名称");
        assertThat(warnings(region("蒙").northeast().build(), Language.EN)).containsExactly("the name '蒙' is only the "
                + "one-character abbreviation of 内蒙古自治区, but the four provinces together are assessed (level "
                + "NORTHEAST): one character may be shorthand or a name cut short; check the name, or assess 内蒙古自治区 "
                + "with level PROVINCE");
        for (String[] nameAndUnit : new String[][] {{"黑", "黑龙江省"}, {"辽", "辽宁省"}, {" 辽 ", "辽宁省"}, {"京", "北京市"}}) {
            assertThat(underProvince(nameAndUnit[0], "辽宁省")).as(nameAndUnit[0]).singleElement().asString()
                    .contains("one-character abbreviation of " + nameAndUnit[1]);
        }

        assertThatThrownBy(() -> region("吉林省").province("吉").build())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.path()).isEqualTo("applicant.province");
                        assertThat(p.message()).isEqualTo("'吉' is the one-character abbreviation of 吉林省: write the "
                                + "full name of the provincial-level unit, 吉林省 (one character may be shorthand or a "
                                + "name cut short, and is not read as a province)");
                        assertThat(p.message(Language.ZH)).isEqualTo("“吉”是吉林省的单字简称:请填写省级行政区的全称 吉林省"
                                + "(单字可能是简写,也可能是名称不全,不作为省份读取)");
                    });
                });
    }
}
