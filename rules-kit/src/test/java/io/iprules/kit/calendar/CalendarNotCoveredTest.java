package io.iprules.kit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.DeadlineStatus;
import io.iprules.Language;
import io.iprules.Text;
import io.iprules.kit.MessageCatalog;
import org.junit.jupiter.api.Test;

/**
 * A working-day count that lacks a year's State Council holiday notice, as a declared value a report reads: the
 * warning's words (the JSON's) are beijing-2012's as they were, the codes and a deployment's instruction included, and
 * what it says, the deadline it is for among it, is read back whole; a text of another shape is not taken for one.
 */
class CalendarNotCoveredTest {
    private static final Text UNKNOWN = Text.bilingual("工作日无法全部计算,是否按期无法判定",
            "so the working days cannot all be counted and whether the deadline is kept is unknown");

    @Test
    void theWarningSaysWhatTheModuleSaidAndIsReadBackWhole() {
        CalendarNotCovered says = new CalendarNotCovered("P_PRIORITY", "203010000001.1", 2030, DeadlineStatus.UNKNOWN,
                UNKNOWN);
        Text warning = says.warning();
        assertThat(warning.key()).isEqualTo(CalendarNotCovered.WARNING);
        // the words beijing-2012 wrote, unchanged: the deadline's code is no part of them
        assertThat(warning.in(Language.ZH)).isEqualTo("203010000001.1:未载入国务院2030年节假日安排通知"
                + "(CALENDAR_NOT_COVERED),工作日无法全部计算,是否按期无法判定(UNKNOWN);由部署方加入该年日历文件(命令行 "
                + "--calendar FILE,Java 中 RulesEngine.builder().dataFile(\"calendar\", FILE))");
        assertThat(warning.in(Language.EN)).isEqualTo("203010000001.1: the State Council's holiday notice for 2030 is "
                + "not loaded (CALENDAR_NOT_COVERED), so the working days cannot all be counted and whether the "
                + "deadline is kept is unknown (UNKNOWN); the deployment adds the year's calendar file (on the command "
                + "line --calendar FILE, in Java RulesEngine.builder().dataFile(\"calendar\", FILE))");
        assertThat(CalendarNotCovered.of(warning)).contains(says);
        // another status is read back as itself
        CalendarNotCovered late = new CalendarNotCovered("P_CLEAN", "203010000001.1", 2030, DeadlineStatus.LATE,
                Text.plain("在期限之后出具"));
        assertThat(CalendarNotCovered.of(late.warning())).contains(late);
        assertThat(late.warning().in(Language.ZH)).contains(",在期限之后出具(LATE);");
    }

    @Test
    void aTextOfAnotherShapeIsNotOne() {
        MessageCatalog kit = MessageCatalog.kit();
        assertThat(CalendarNotCovered.of(Text.plain(CalendarNotCovered.WARNING))).isEmpty();
        // the year as a string, or a status that is none
        assertThat(CalendarNotCovered.of(kit.text(CalendarNotCovered.WARNING, "s", "2030", UNKNOWN, "UNKNOWN", "P")))
                .isEmpty();
        assertThat(CalendarNotCovered.of(kit.text(CalendarNotCovered.WARNING, "s", 2030, UNKNOWN, "MAYBE", "P")))
                .isEmpty();
        assertThat(CalendarNotCovered.of(kit.text("warning.not-in-force", "s", 2030, UNKNOWN, "UNKNOWN", "P")))
                .isEmpty();
        assertThatThrownBy(() -> new CalendarNotCovered(null, "s", 2030, DeadlineStatus.UNKNOWN, UNKNOWN))
                .hasMessage("deadline");
    }

    @Test
    void theDeadlinesDetailNamesTheYear() {
        Text detail = CalendarNotCovered.detail(2027);
        assertThat(detail.in(Language.ZH)).isEqualTo("计算工作日需要国务院2027年节假日安排的通知,该通知未加载"
                + "(CALENDAR_NOT_COVERED);不推定工作日");
        assertThat(detail.in(Language.EN)).isEqualTo("counting the working days needs the State Council's holiday "
                + "notice for 2027, which is not loaded (CALENDAR_NOT_COVERED); the working days are not guessed");
        assertThat(CalendarNotCovered.yearOf(detail)).contains(2027);
        assertThat(CalendarNotCovered.yearOf(Text.plain("计算工作日"))).isEmpty();
        assertThat(CalendarNotCovered.yearOf(MessageCatalog.kit().text(CalendarNotCovered.DETAIL, "2027"))).isEmpty();
    }
}
