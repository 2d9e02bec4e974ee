package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iprules.examples.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * beijing-2012's green channel from the command line (issue #13's acceptance example, worked by hand from the 2013
 * notice 国办发明电〔2012〕33号: complete Fri 2013-09-27; 09-29 and 10-12 are make-up working days, 10-01..10-07
 * rest; the 5th working day after is 10-10; issued Sat 10-12 uses 7, late by 2).
 */
class BeijingCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LATE = "{\"policy\":\"beijing-2012\",\"asOf\":\"2013-10-31\",\"applicant\":{\"name\":"
            + "\"北京示例科技有限公司\",\"registeredInBeijing\":true,\"industries\":[\"NEXT_GENERATION_IT\"],"
            + "\"greenChannel\":[{\"certificate\":\"NO_IP_VIOLATION\",\"subject\":\"201310000002.6\","
            + "\"complete\":\"2013-09-27\",\"issued\":\"2013-10-12\"}]}}";

    @Test
    void theDeadlineInTextCitesTheClauseAndTheNotice(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("late.json"), LATE);
        Run r = CliTest.run("evaluate", f.toString(), "--lang", "en");
        assertThat(r.exit()).isZero();
        String flat = r.out().replaceAll("\\s+", " "); // wrapped lines joined
        assertThat(flat).contains("✗ late: IP green channel: the no-IP-violation certificate within 5 working days: "
                + "201310000002.6",
                "from 2013-09-27; by 2013-10-10; done 2013-10-12; 7 working day(s) used; 2 working day(s) late;",
                "国办发明电〔2012〕33号 [beijing-2012 §2(4)]",
                "✓ met: registered in Beijing and declares a strategic emerging industry of §1(1)");
        assertThat(r.out()).doesNotContain("BJ_GREEN_CHANNEL_NO_VIOLATION"); // codes stay in JSON
    }

    /**
     * A late certificate's line says each fact once: the start, the deadline, the day done, the working days used and
     * late are the line's facts, and beijing's detail beside them says only how the days were counted (it had said them
     * all again: "…;逾期 2 个工作日;2013-10-12 出具,为申请文件于 2013-09-27 齐备后的第 7 个工作日:逾期 2 个工作日(期限
     * 2013-10-10)"). Not issued by the as-of date, overdue, likewise.
     */
    @Test
    void aLateDeadlinesLineSaysEachFactOnce(@TempDir Path dir) throws Exception {
        Path late = Files.writeString(dir.resolve("late.json"), LATE);
        String zh = CliTest.run("evaluate", late.toString(), "--lang", "zh").out().replaceAll("\\s+", "");
        assertThat(zh).contains("起算2013-09-27;期限2013-10-10;办结2013-10-12;已用7个工作日;逾期2个工作日;"
                + "申请文件齐备当日不计,自次日起算至出具日(含);工作日依据:国办发明电〔2012〕33号[beijing-2012§2(4)]");
        for (String fact : new String[] {"2013-09-27", "2013-10-10", "2013-10-12", "7个工作日", "逾期2个工作日"}) {
            assertThat(zh.split(fact, -1)).as(fact).hasSize(2);
        }
        String en = CliTest.run("evaluate", late.toString(), "--lang", "en").out().replaceAll("\\s+", " ");
        assertThat(en).contains("from 2013-09-27; by 2013-10-10; done 2013-10-12; 7 working day(s) used; 2 working "
                + "day(s) late; counted from the day after the file became complete to the issue day, included; "
                + "working days counted with: 国办发明电〔2012〕33号 [beijing-2012 §2(4)]");
        for (String fact : new String[] {"2013-09-27", "2013-10-10", "2013-10-12", "7 working", "2 working"}) {
            assertThat(en.split(fact, -1)).as(fact).hasSize(2);
        }
        Path overdue = Files.writeString(dir.resolve("overdue.json"), LATE.replace(",\"issued\":\"2013-10-12\"", ""));
        zh = CliTest.run("evaluate", overdue.toString(), "--lang", "zh").out().replaceAll("\\s+", "");
        assertThat(zh).contains("起算2013-09-27;期限2013-10-10;逾期16个工作日;截至评估日期2013-10-31尚未出具;"
                + "逾期天数暂计至评估日期(含当日);工作日依据:");
        assertThat(zh.split("逾期16个工作日", -1)).hasSize(2);
        en = CliTest.run("evaluate", overdue.toString(), "--lang", "en").out().replaceAll("\\s+", " ");
        assertThat(en).contains("from 2013-09-27; by 2013-10-10; 16 working day(s) late; not issued by 2013-10-31; the "
                + "as-of date is taken as the issue day, and the days late are counted to it, included; working days");
        assertThat(en.split("16 working", -1)).hasSize(2);
    }

    /**
     * Two counts an officer would misread as numbers: an issue on the day the file became complete (0 working days
     * used, 2013-10-08) is said to be that day, not "the 0th working day after"; on the deadline itself (2013-10-10,
     * the 5th working day after Fri 2013-09-27 across National Day) nothing is left but that day, which is still on
     * time, not "0 working days left".
     */
    @Test
    void theSameDayAndTheLastDayAreSaidInWords(@TempDir Path dir) throws Exception {
        Path sameDay = Files.writeString(dir.resolve("same-day.json"), LATE
                .replace("\"complete\":\"2013-09-27\",\"issued\":\"2013-10-12\"",
                        "\"complete\":\"2013-10-08\",\"issued\":\"2013-10-08\""));
        Path lastDay = Files.writeString(dir.resolve("last-day.json"), LATE.replace("2013-10-31", "2013-10-10")
                .replace(",\"issued\":\"2013-10-12\"", ""));
        String zh = CliTest.run("evaluate", sameDay.toString(), "--lang", "zh").out().replaceAll("\\s+", "");
        assertThat(zh).contains("办结2013-10-08;已用0个工作日;申请文件齐备当日即出具;").doesNotContain("第0个");
        String en = CliTest.run("evaluate", sameDay.toString(), "--lang", "en").out().replaceAll("\\s+", " ");
        assertThat(en).contains("done 2013-10-08; 0 working day(s) used; issued the day the file became complete;");
        zh = CliTest.run("evaluate", lastDay.toString(), "--lang", "zh").out().replaceAll("\\s+", "");
        assertThat(zh).contains("期限2013-10-10;评估日期即为期限;截至2013-10-10尚未出具;当日出具仍属按期;")
                .doesNotContain("尚余0", "剩余0");
        en = CliTest.run("evaluate", lastDay.toString(), "--lang", "en").out().replaceAll("\\s+", " ");
        assertThat(en).contains("by 2013-10-10; the as-of date is the deadline; not issued by 2013-10-10: issued that "
                + "day, it is still on time;").doesNotContain(" 0 working day");
    }

    @Test
    void theDeadlineInJson(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("late.json"), LATE);
        Run r = CliTest.run("evaluate", f.toString(), "--format", "json", "--lang", "en");
        assertThat(r.exit()).isZero();
        JsonNode d = JSON.readTree(r.out()).get("deadlines").get(0);
        assertThat(d.get("status").asText()).isEqualTo("LATE");
        assertThat(d.get("deadline").asText()).isEqualTo("2013-10-10");
        assertThat(d.get("workingDaysUsed").asInt()).isEqualTo(7);
        assertThat(d.get("workingDaysLate").asInt()).isEqualTo(2);
        assertThat(d.get("calendar").get(0).asText()).isEqualTo("国办发明电〔2012〕33号");
        assertThat(d.get("citation").asText()).isEqualTo("beijing-2012 §2(4)");
    }

    @Test
    void aCountBeyondTheLoadedNoticesIsUnknown(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("unknown.json"), LATE.replace("2013-10-31", "2027-01-15")
                .replace("\"complete\":\"2013-09-27\",\"issued\":\"2013-10-12\"", "\"complete\":\"2026-12-28\""));
        Run r = CliTest.run("evaluate", f.toString(), "--lang", "en");
        assertThat(r.exit()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains(
                "? undecided (the working-day calendar does not cover the dates of the time limit)",
                "201310000002.6", "2027");
        // the officer's text says it in an officer's words, naming the certificate; the codes and how a deployment
        // adds the year are the JSON's, for a command's user and a Java caller alike
        assertThat(r.out().replaceAll("\\s+", " ")).contains("(201310000002.6): the State Council's holiday notice "
                + "for 2027 is not loaded in this system, so the working days cannot all be counted and whether the "
                + "deadline is kept is unknown; ask the system's administrator to load it, then evaluate again")
                .doesNotContain("CALENDAR_NOT_COVERED", "(UNKNOWN)", "--calendar FILE", "RulesEngine");
        String json = CliTest.run("evaluate", f.toString(), "--lang", "en", "--format", "json").out();
        assertThat(JSON.readTree(json).get("warnings").get(0).asText()).isEqualTo("201310000002.6: the State "
                + "Council's holiday notice for 2027 is not loaded (CALENDAR_NOT_COVERED), so the working days cannot "
                + "all be counted and whether the deadline is kept is unknown (UNKNOWN); the deployment adds the "
                + "year's calendar file (on the command line --calendar FILE, in Java RulesEngine.builder().dataFile("
                + "\"calendar\", FILE))");
        Run zh = CliTest.run("evaluate", f.toString());
        // wrapped lines joined: the Chinese without any whitespace, as a wrap may fall on a space or between two
        // characters
        assertThat(zh.out().replaceAll("\\s+", "")).contains("(201310000002.6):本系统未载入国务院2027年节假日安排通知,"
                + "工作日无法全部计算,是否按期无法判定;请联系系统管理员载入该通知后重新评估")
                .doesNotContain("CALENDAR_NOT_COVERED", "由部署方");
    }

    /**
     * An enterprise in the scope of §1(1) whose only pledge-loan interest is held back (not a Zhongguancun enterprise,
     * §3(1)): the contract's eligible is true (reading eligible: BJ_SEI_SCOPE met), but nothing is due, and the
     * verdict of the text and of the page must say so, not "something is due" over an empty list of awards; nor
     * "nothing is due" alone in red, which contradicted the eligible an officer sees beside it in the JSON.
     */
    @Test
    void inScopeWithEveryLoanHeldBackSaysNothingIsDue(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("held-back.json"), LATE.replace("\"registeredInBeijing\":true,",
                "\"registeredInBeijing\":true,\"zhongguancun\":false,").replace("]}}", "],\"pledgeLoans\":[{\"bank\":"
                + "\"北京银行\",\"pledge\":\"PATENT\",\"interestPaid\":\"20000.00\",\"year\":2012}]}}"));
        Run json = CliTest.run("evaluate", f.toString(), "--format", "json");
        assertThat(json.exit()).isZero();
        JsonNode r = JSON.readTree(json.out());
        assertThat(r.get("eligible").asBoolean()).isTrue();
        assertThat(r.get("awards")).isEmpty();
        assertThat(r.get("excluded").get(0).get("reason").asText()).isEqualTo("NOT_ELIGIBLE");
        Run en = CliTest.run("evaluate", f.toString(), "--lang", "en");
        assertThat(en.out()).contains("Verdict: eligible, but nothing is due").doesNotContain("something is due");
        Run zh = CliTest.run("evaluate", f.toString());
        assertThat(zh.out()).contains("结论:符合条件,但无应予补助的项目").doesNotContain("有应予补助的项目");
        Path page = dir.resolve("held-back.html");
        Run report = CliTest.run("report", f.toString(), "--html", page.toString(), "--lang", "en");
        assertThat(report.exit()).isZero();
        assertThat(Files.readString(page))
                .contains("<p class=\"verdict ok\">✓ Verdict: eligible, but nothing is due</p>");
    }

    @Test
    void issuedBeforeCompleteIsTheUsersMistakeWithItsPath(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("bad.json"), LATE.replace("2013-10-12", "2013-09-26"));
        Run r = CliTest.run("evaluate", f.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("applicant.greenChannel[0].issued: is before complete");
    }

    /**
     * beijing-2012 §2(4) on the page: the timeline shades each day from the calendar the deadline was counted on, a
     * deployment's {@code --calendar} year included. Complete Mon 2026-12-28, issued Tue 2027-01-05, with the test
     * file for 2027 (made up: 2027-01-01 a rest day, nothing else moved). By hand: 12-28 not counted; Tue 29 (1), Wed
     * 30 (2), Thu 31 (3); Fri 2027-01-01 rests in the file, Sat 02 and Sun 03 are a weekend; Mon 04 (4), Tue 05 (5) =
     * the deadline and the day issued, ON_TIME. The page drew every day from 2026-12-25 as "not covered" (日历未覆盖) from
     * the bundled notices alone, beside a deadline the text said was counted on them.
     */
    @Test
    void section2_4TimelineShadesTheDaysFromTheDeploymentsCalendar(@TempDir Path dir) throws Exception {
        Path calendar = Files.writeString(dir.resolve("2027.json"), CalendarOptionTest.TEST_ONLY_2027);
        Path f = Files.writeString(dir.resolve("new-year.json"), LATE.replace("2013-10-31", "2027-01-31")
                .replace("2013-09-27", "2026-12-28").replace("2013-10-12", "2027-01-05"));
        Path page = dir.resolve("new-year.html");
        Run report = CliTest.run("report", f.toString(), "--html", page.toString(), "--calendar", calendar.toString());
        assertThat(report.exit()).isZero();
        String html = Files.readString(page);
        assertThat(html).contains("期限 <span class=\"nw\">2027-01-05</span>", "已用 <span class=\"nw\">5 个</span>工作日",
                "class=\"work\"><title>2026-12-28 工作日</title>", "class=\"work\"><title>2026-12-29 工作日</title>",
                "class=\"work\"><title>2026-12-31 工作日</title>", "class=\"rest\"><title>2027-01-01 休息日</title>",
                "class=\"rest\"><title>2027-01-03 休息日</title>", "class=\"work\"><title>2027-01-04 工作日</title>",
                "class=\"work due done\"><title>2027-01-05 工作日</title>").doesNotContain("日历未覆盖</title>");
        // without the year the count is UNKNOWN, and the page says the days from 25 December are not covered
        Path bundled = dir.resolve("bundled.html");
        assertThat(CliTest.run("report", f.toString(), "--html", bundled.toString()).exit()).isZero();
        assertThat(Files.readString(bundled)).contains("class=\"unk\"><title>2026-12-28 日历未覆盖</title>",
                "class=\"unk\"><title>2027-01-04 日历未覆盖</title>");
    }
}
