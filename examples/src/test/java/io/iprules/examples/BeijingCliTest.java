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
        assertThat(flat).contains("✗ late: IP green channel: the no-IP-violation certificate within 5 working days: 201310000002.6",
                "from 2013-09-27; by 2013-10-10; done 2013-10-12; 7 working day(s) used; 2 working day(s) late;",
                "国办发明电〔2012〕33号 [beijing-2012 §2(4)]",
                "✓ met: registered in Beijing and declares a strategic emerging industry of §1(1)");
        assertThat(r.out()).doesNotContain("BJ_GREEN_CHANNEL_NO_VIOLATION"); // codes stay in JSON
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
        assertThat(zh).contains("2013-10-08出具,即申请文件齐备当日:在5个工作日内(期限2013-10-14)").doesNotContain("第0个");
        String en = CliTest.run("evaluate", sameDay.toString(), "--lang", "en").out().replaceAll("\\s+", " ");
        assertThat(en).contains("issued on 2013-10-08, the day the file became complete: within the 5 working days "
                + "(deadline 2013-10-14)");
        zh = CliTest.run("evaluate", lastDay.toString(), "--lang", "zh").out().replaceAll("\\s+", "");
        assertThat(zh).contains("截至2013-10-10尚未出具;2013-10-10即为期限,当日出具仍属按期").doesNotContain("尚余0");
        en = CliTest.run("evaluate", lastDay.toString(), "--lang", "en").out().replaceAll("\\s+", " ");
        assertThat(en).contains("not issued by 2013-10-10, which is the deadline itself: issued that day, it is still "
                + "on time").doesNotContain(" 0 working day");
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
        assertThat(r.out().replaceAll("\\s+", " ")).contains("? unknown: the working-day calendar does not cover",
                "201310000002.6", "CALENDAR_NOT_COVERED", "2027");
        // the warning tells a command's user and a Java caller alike how to add the year's notice
        assertThat(r.out().replaceAll("\\s+", " ")).contains("the State Council's holiday notice for 2027 is not loaded (CALENDAR_NOT_COVERED), "
                + "so the deadline is unknown (UNKNOWN); the deployment adds the year's calendar file (on the command "
                + "line --calendar FILE, in Java RulesEngine.builder().dataFile(\"calendar\", FILE))");
        Run zh = CliTest.run("evaluate", f.toString());
        // wrapped lines joined: the Chinese without any whitespace, as a wrap may fall on a space or between two characters
        assertThat(zh.out().replaceAll("\\s+", "")).contains(("未载入国务院2027年节假日安排通知(CALENDAR_NOT_COVERED),期限无法判定"
                + "(UNKNOWN);由部署方加入该年日历文件(命令行 --calendar FILE,Java 中 RulesEngine.builder().dataFile(\"calendar\", "
                + "FILE))").replace(" ", ""));
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
        assertThat(Files.readString(page)).contains("<p class=\"verdict ok\">✓ Verdict: eligible, but nothing is due</p>");
    }

    @Test
    void issuedBeforeCompleteIsTheUsersMistakeWithItsPath(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("bad.json"), LATE.replace("2013-10-12", "2013-09-26"));
        Run r = CliTest.run("evaluate", f.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("applicant.greenChannel[0].issued: is before complete");
    }
}
