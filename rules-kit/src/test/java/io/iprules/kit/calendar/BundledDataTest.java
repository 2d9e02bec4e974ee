package io.iprules.kit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled notices: each year 2007–2026 with its yearly notice, and a document number only where certain. */
class BundledDataTest {
    private static final WorkingDayCalendar CHINA = WorkingDayCalendar.china();

    @Test
    void every_year_has_its_yearly_notice_first_published_on_gov_cn() {
        for (int year = 2007; year <= 2026; year++) {
            List<Notice> notices = CHINA.notices(year);
            assertThat(notices).as("%d", year).isNotEmpty();
            assertThat(notices.get(0).title()).isEqualTo("国务院办公厅关于" + year + "年部分节假日安排的通知");
            assertThat(notices).allSatisfy(n -> assertThat(n.url()).matches("https?://www\\.gov\\.cn/.+"));
            assertThat(CHINA.source(year)).contains("bundled cn/" + year + ".json");
        }
    }

    @Test
    void document_numbers_only_where_known_with_certainty() {
        List<String> numbered = CHINA.coveredYears().stream().flatMap(y -> CHINA.notices(y).stream())
                .filter(n -> n.number() != null).map(n -> n.year() + " " + n.number()).toList();
        assertThat(numbered).containsExactly("2013 国办发明电〔2012〕33号", "2015 国发明电〔2015〕1号");
        assertThat(CHINA.coveredYears().stream().flatMap(y -> CHINA.notices(y).stream())
                .filter(n -> n.issued() != null)).isEmpty();
    }

    @Test
    void the_years_with_a_second_notice() {
        assertThat(CHINA.notices(2015)).extracting(Notice::title).containsExactly(
                "国务院办公厅关于2015年部分节假日安排的通知",
                "国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知");
        assertThat(CHINA.notices(2019)).extracting(Notice::title).containsExactly(
                "国务院办公厅关于2019年部分节假日安排的通知", "国务院办公厅关于调整2019年劳动节假期安排的通知");
        assertThat(CHINA.notices(2020)).extracting(Notice::title).containsExactly(
                "国务院办公厅关于2020年部分节假日安排的通知", "国务院办公厅关于延长2020年春节假期的通知");
        // 2019 劳动节 adjustment: 5月1日至4日放假调休，共4天。4月28日（星期日）、5月5日（星期日）上班。
        assertThat(CHINA.dayKind(java.time.LocalDate.of(2019, 5, 3))).isEqualTo(DayKind.REST);
        assertThat(CHINA.dayKind(java.time.LocalDate.of(2019, 5, 5))).isEqualTo(DayKind.WORKING);
        assertThat(CHINA.adjustment(java.time.LocalDate.of(2019, 4, 28)).orElseThrow().notice().id())
                .isEqualTo("cn-2019-labour-day");
    }

    @Test
    void the_licence_notice_travels_with_the_data() throws Exception {
        try (var in = WorkingDayCalendar.class.getResourceAsStream("cn/LICENSE-holiday-cn.txt")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("MIT License").contains("Copyright (c) 2019 NateScarlet");
        }
    }
}
