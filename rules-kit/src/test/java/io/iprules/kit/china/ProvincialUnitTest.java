package io.iprules.kit.china;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * China's provincial-level units (省级行政区) as GB/T 2260 lists them: 23 省 (台湾省 among them), 5 自治区, 4 直辖市 and
 * 2 特别行政区, 34 in all, each with its code. The expected codes and names below are the standard's, written out here,
 * not read from the table.
 */
class ProvincialUnitTest {

    @Test
    void thirtyFourUnitsInTheOrderOfTheirCodes() {
        List<ProvincialUnit> all = ProvincialUnit.all();
        assertThat(all).hasSize(34);
        assertThat(all.get(0)).extracting(ProvincialUnit::code, ProvincialUnit::fullName, ProvincialUnit::shortName)
                .containsExactly("110000", "北京市", "北京");
        assertThat(all.get(33)).extracting(ProvincialUnit::code, ProvincialUnit::fullName, ProvincialUnit::shortName)
                .containsExactly("820000", "澳门特别行政区", "澳门");
        assertThat(all).extracting(ProvincialUnit::code).isSorted().doesNotHaveDuplicates();
        // GB/T 2260: 省 23 (台湾省 included), 自治区 5, 直辖市 4, 特别行政区 2
        assertThat(all.stream().filter(u -> u.fullName().endsWith("省"))).hasSize(23);
        assertThat(all.stream().filter(u -> u.fullName().endsWith("自治区"))).extracting(ProvincialUnit::fullName)
                .containsExactly("内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区");
        assertThat(all.stream().filter(u -> u.fullName().endsWith("市"))).extracting(ProvincialUnit::fullName)
                .containsExactly("北京市", "天津市", "上海市", "重庆市");
        assertThat(all.stream().filter(u -> u.fullName().endsWith("特别行政区"))).extracting(ProvincialUnit::code)
                .containsExactly("810000", "820000");
    }

    @Test
    void eachUnitByItsCodeItsFullNameAndItsShortName() {
        assertThat(ProvincialUnit.named("浙江省").orElseThrow().code()).isEqualTo("330000");
        assertThat(ProvincialUnit.named("内蒙古自治区").orElseThrow().code()).isEqualTo("150000");
        assertThat(ProvincialUnit.named("黑龙江").orElseThrow().code()).isEqualTo("230000");
        assertThat(ProvincialUnit.named("广西").orElseThrow().fullName()).isEqualTo("广西壮族自治区");
        assertThat(ProvincialUnit.named("宁夏").orElseThrow().fullName()).isEqualTo("宁夏回族自治区");
        assertThat(ProvincialUnit.named("新疆").orElseThrow().fullName()).isEqualTo("新疆维吾尔自治区");
        assertThat(ProvincialUnit.named("重庆").orElseThrow().code()).isEqualTo("500000");
        assertThat(ProvincialUnit.named("台湾").orElseThrow().code()).isEqualTo("710000");
        assertThat(ProvincialUnit.named("香港").orElseThrow().fullName()).isEqualTo("香港特别行政区");
        assertThat(ProvincialUnit.named("浙江")).isEqualTo(ProvincialUnit.named("浙江省")).get()
                .hasToString("浙江省");
    }

    @Test
    void aNameOutsideTheTableNamesNoUnit() {
        // the one-character abbreviation, English, a city (宁波市 is a 计划单列市), the 兵团: none is a provincial-level unit
        for (String name : new String[] {"浙", "Zhejiang", "宁波市", "新疆生产建设兵团", "内蒙", "", " 浙江省", "浙江 "}) {
            assertThat(ProvincialUnit.named(name)).as(name).isEmpty();
        }
        assertThat(ProvincialUnit.named(null)).isEmpty();
    }

    @Test
    void eachUnitsOneCharacterAbbreviationsAsTheGovernmentsListGivesThem() {
        // 中国政府网《行政区划》: 简称, written out here by hand in the order of the codes; 内蒙古自治区's listed 简称 is
        // 内蒙古, and 蒙 the character on its vehicle plates
        String expected = "京 津 冀 晋 蒙 辽 吉 黑 沪 苏 浙 皖 闽 赣 鲁 豫 鄂 湘 粤 桂 琼 渝 川蜀 黔贵 滇云 藏 陕秦 甘陇 青 宁 新 台 港 澳";
        assertThat(ProvincialUnit.all().stream().map(u -> String.join("", u.abbreviations())).toList())
                .containsExactly(expected.split(" "));
        assertThat(ProvincialUnit.abbreviatedAs("吉").orElseThrow().fullName()).isEqualTo("吉林省");
        assertThat(ProvincialUnit.abbreviatedAs("黑").orElseThrow().fullName()).isEqualTo("黑龙江省");
        assertThat(ProvincialUnit.abbreviatedAs("辽").orElseThrow().fullName()).isEqualTo("辽宁省");
        assertThat(ProvincialUnit.abbreviatedAs("蒙").orElseThrow().fullName()).isEqualTo("内蒙古自治区");
        assertThat(ProvincialUnit.abbreviatedAs("蜀")).isEqualTo(ProvincialUnit.abbreviatedAs("川"));
        assertThat(ProvincialUnit.abbreviatedAs("黔").orElseThrow().fullName()).isEqualTo("贵州省");
        // an abbreviation is no name, and a name no abbreviation
        assertThat(ProvincialUnit.named("吉")).isEmpty();
        for (String text : new String[] {"吉林", "吉林省", "蒙东", " 吉", "吉 ", "Ji", ""}) {
            assertThat(ProvincialUnit.abbreviatedAs(text)).as(text).isEmpty();
        }
        assertThat(ProvincialUnit.abbreviatedAs(null)).isEmpty();
    }

    @Test
    void aFullNameIsTheFullNameOnly() {
        assertThat(ProvincialUnit.withFullName("北京市").orElseThrow().shortName()).isEqualTo("北京");
        assertThat(ProvincialUnit.withFullName("北京")).isEmpty();
        assertThat(ProvincialUnit.withFullName("Beijing")).isEmpty();
        assertThat(ProvincialUnit.withFullName(null)).isEmpty();
    }

    @Test
    void theBundledFileNamesItsSourceAndReadsAsTheTable() throws IOException {
        String json;
        try (InputStream in = ProvincialUnit.class.getResourceAsStream("provinces.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(json).contains("\"source\": \"GB/T 2260 中华人民共和国行政区划代码");
        assertThat(ProvincialUnitTable.read(stream(json), "x").units()).isEqualTo(ProvincialUnit.all());
    }

    @Test
    void aWrongTableIsRefusedNamingTheFileAndWhatIsWrongInBothLanguages() throws IOException {
        String json;
        try (InputStream in = ProvincialUnit.class.getResourceAsStream("provinces.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThatThrownBy(() -> read(json.replace(",\n    {\"code\": \"820000\", \"fullName\": \"澳门特别行政区\", "
                + "\"shortName\": \"澳门\", \"abbreviations\": [\"澳\"]}", "")))
                .hasMessage("t.json: units 须列出 34 个省级行政区,而不是 33 个 / units must list the 34 provincial-level "
                        + "units, not 33");
        assertThatThrownBy(() -> read(json.replace("\"shortName\": \"浙江\"", "\"shortName\": \"浙\"")))
                .hasMessageContaining("units[10]: shortName 须为 fullName 去掉后缀")
                .hasMessageContaining("units[10]: shortName must be fullName without one of the suffixes");
        assertThatThrownBy(() -> read(json.replace("\"shortName\": \"浙江\"", "\"shortName\": \"江苏\"")))
                .hasMessageContaining("units[10]: shortName");
        assertThatThrownBy(() -> read(json.replace("\"fullName\": \"江苏省\", \"shortName\": \"江苏\"",
                "\"fullName\": \"浙江省\", \"shortName\": \"浙江\"")))
                .hasMessage("t.json: units[10]: 名称“浙江省”已用于另一个单位 / units[10]: the name '浙江省' is another "
                        + "unit's too");
        assertThatThrownBy(() -> read(json.replace("\"abbreviations\": [\"浙\"]", "\"abbreviations\": [\"苏\"]")))
                .hasMessage("t.json: units[10]: 单字简称“苏”已用于另一个单位 / units[10]: the abbreviation '苏' is "
                        + "another unit's too");
        for (String wrong : new String[] {"[]", "[\"浙江\"]", "[\"Z\"]", "[\"浙\", \"越\", \"瓯\"]", "null"}) {
            assertThatThrownBy(() -> read(json.replace("\"abbreviations\": [\"浙\"]", "\"abbreviations\": " + wrong)))
                    .as(wrong).hasMessageContaining("units[10]: abbreviations must list one or two one-character");
        }
        assertThatThrownBy(() -> read(json.replace("\"code\": \"330000\"", "\"code\": \"310000\"")))
                .hasMessageContaining("units[10].code 310000 须大于前一个 320000")
                .hasMessageContaining("the units are listed in the order of their codes");
        assertThatThrownBy(() -> read(json.replace("\"code\": \"330000\"", "\"code\": \"330100\"")))
                .hasMessageContaining("units[10].code must be a provincial-level code of GB/T 2260");
        assertThatThrownBy(() -> read(json.replace("\"source\": \"GB/T 2260", "\"sources\": \"GB/T 2260")))
                .hasMessageStartingWith("t.json: ").hasMessageContaining("\"sources\""); // an unknown field, named
        assertThatThrownBy(() -> read(json.replaceFirst("\"source\": \"[^\"]*\"", "\"source\": \" \"")))
                .hasMessageContaining("needs a note (zh and en) and a source");
        assertThatThrownBy(() -> read(json.replaceFirst("\"en\": \"[^\"]*\"", "\"en\": \"\"")))
                .hasMessage("t.json: 须有 note (zh 和 en) 和 source / needs a note (zh and en) and a source");
    }

    private static ProvincialUnitTable read(String json) {
        return ProvincialUnitTable.read(stream(json), "t.json");
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
