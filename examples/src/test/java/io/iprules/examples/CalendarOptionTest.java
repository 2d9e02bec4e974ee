package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.spi.PolicyModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --calendar FILE}: a year of the working-day calendar given to every command that builds an engine, refused
 * (exit 2, nothing on stdout) in the language asked for, naming the file, when it cannot be used.
 */
class CalendarOptionTest {
    private static final String PILOT = "requests/jiaxing-pilot-and-provincial-demo.json";
    /** A made-up year for tests only: NOT a State Council notice (ReadmeJavaApiTest uses it too). */
    static final String TEST_ONLY_2027 = """
            { "year": 2027, "source": "test fixture: made up, not a State Council notice",
              "notices": [ { "id": "test-2027", "title": "测试用 2027 年日历(虚构，非国务院通知)",
                             "url": "https://example.invalid/test-2027" } ],
              "days": [ { "date": "2027-01-01", "kind": "REST", "name": "元旦", "notice": "test-2027" } ] }
            """;

    @TempDir
    Path dir;

    /** Whether a policy module on this classpath counts working days (rules-beijing does). */
    private static boolean aPolicyReadsTheCalendar() {
        return ServiceLoader.load(PolicyModule.class).stream()
                .anyMatch(p -> p.get().dataKinds().contains(IpRules.CALENDAR));
    }

    @Test
    void aMissingFileOrAFolderIsRefusedByEveryCommandInTheLanguageAsked() {
        String missing = dir.resolve("2027.json").toString();
        CliTest.Run en = CliTest.run("evaluate", PILOT, "--calendar", missing, "--lang", "en");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.out()).isEmpty();
        assertThat(en.err().strip()).isEqualTo(missing + ": cannot read the calendar file: no such file");
        CliTest.Run zh = CliTest.run("evaluate", PILOT, "--calendar", missing);
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err().strip()).isEqualTo(missing + ": 无法读取日历数据文件:文件不存在");
        assertThat(CliTest.run("evaluate", PILOT, "--calendar", dir.toString(), "--lang", "en").err())
                .contains(": is a folder, not a calendar file");
        for (String[] args : new String[][] {
                {"batch", PILOT, "--calendar", missing, "--no-progress"},
                {"report", PILOT, "--html", dir.resolve("r.html").toString(), "--calendar", missing},
                {"policies", "--calendar", missing},
                {"replay", PILOT, PILOT, "--calendar", missing}}) {
            CliTest.Run r = CliTest.run(args);
            assertThat(r.exit()).as(args[0]).isEqualTo(2);
            assertThat(r.err()).as(args[0]).contains(missing + ": 无法读取日历数据文件:文件不存在");
        }
    }

    /**
     * A path through a regular file ({@code x.jsonl/p.json}) is told in the run's language, as it is for a request
     * file, not as the operating system's English ({@code Not a directory}): for {@code --params} and
     * {@code --calendar}.
     */
    @Test
    void aPathThroughAFileIsToldInTheLanguageAskedForParamsAndCalendar() throws Exception {
        Path file = Files.writeString(dir.resolve("x.jsonl"), "{}\n");
        String through = file.resolve("p.json").toString();
        for (String option : new String[] {"--params", "--calendar"}) {
            CliTest.Run zh = CliTest.run("evaluate", PILOT, option, through);
            assertThat(zh.exit()).as(option).isEqualTo(2);
            assertThat(zh.out()).as(option).isEmpty();
            assertThat(zh.err().strip()).as(option).startsWith(through + ": 无法读取")
                    .endsWith(":路径中有一段不是文件夹").doesNotContain("Not a directory");
            CliTest.Run en = CliTest.run("evaluate", PILOT, option, through, "--lang", "en");
            assertThat(en.exit()).as(option).isEqualTo(2);
            assertThat(en.err().strip()).as(option).startsWith(through + ": cannot read the ")
                    .endsWith(": part of the path is not a folder").doesNotContain("Not a directory");
        }
    }

    /**
     * A loop of symbolic links, given as any file the command reads, is told as a loop in the language asked (Java's
     * words for it, "Too many levels of symbolic links or unable to access attributes of symbolic link", are not
     * shown; batch had said the file does not exist).
     */
    @Test
    void aLinkLoopIsToldAsSuchWhateverFileItIsGivenAs() throws Exception {
        Path one = dir.resolve("one.json");
        Path two = dir.resolve("two.json");
        Files.createSymbolicLink(one, two.getFileName());
        Files.createSymbolicLink(two, one.getFileName());
        String loop = one.toString();
        String[][] commands = {{"evaluate", loop}, {"batch", loop}, {"replay", loop, PILOT},
                {"evaluate", PILOT, "--params", loop}, {"evaluate", PILOT, "--calendar", loop}};
        for (String[] command : commands) {
            CliTest.Run zh = CliTest.run(command);
            assertThat(zh.exit()).as(String.join(" ", command)).isEqualTo(2);
            assertThat(zh.err().strip()).as(String.join(" ", command)).startsWith(loop + ": 无法读取")
                    .endsWith(":符号链接层数过多(可能是循环链接)");
            String[] english = java.util.Arrays.copyOf(command, command.length + 2);
            english[command.length] = "--lang";
            english[command.length + 1] = "en";
            CliTest.Run en = CliTest.run(english);
            assertThat(en.err().strip()).as(String.join(" ", english)).startsWith(loop + ": cannot read")
                    .endsWith(": too many levels of symbolic links (a link loop?)");
        }
    }

    /** A calendar file that is not UTF-8 is told as a parameter file with the same bytes is: the bad byte's offset. */
    @Test
    void aCalendarFileThatIsNotUtf8IsToldAsAParameterFileIs() throws Exception {
        byte[] utf8 = TEST_ONLY_2027.getBytes(StandardCharsets.UTF_8);
        int at = TEST_ONLY_2027.indexOf("2027");
        utf8[at] = (byte) 0xFF;
        Path bad = Files.write(dir.resolve("2027.json"), utf8);
        String zh = "第 " + at + " 字节(0xFF)处不是有效的 UTF-8:请将文件另存为 UTF-8 编码";
        String en = "not valid UTF-8 at byte " + at + " (0xFF): save the file as UTF-8";
        CliTest.Run params = CliTest.run("evaluate", PILOT, "--params", bad.toString());
        assertThat(params.exit()).isEqualTo(2);
        assertThat(params.err().strip()).endsWith(bad + ": " + zh);
        CliTest.Run calendar = CliTest.run("evaluate", PILOT, "--calendar", bad.toString());
        assertThat(calendar.exit()).isEqualTo(2);
        assertThat(calendar.out()).isEmpty();
        assertThat(calendar.err().strip()).isEqualTo(bad + ": " + zh);
        CliTest.Run calendarEn = CliTest.run("evaluate", PILOT, "--calendar", bad.toString(), "--lang", "en");
        assertThat(calendarEn.exit()).isEqualTo(2);
        assertThat(calendarEn.err().strip()).isEqualTo(bad + ": " + en);
    }

    @Test
    void aWrongYearFileIsRefusedWithItsJsonPath() throws Exception {
        Path bad = dir.resolve("2027.json");
        Files.writeString(bad, TEST_ONLY_2027.replace("\"2027-01-01\"", "\"2027-02-30\""), StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("evaluate", PILOT, "--calendar", bad.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        if (aPolicyReadsTheCalendar()) {
            assertThat(r.err().strip()).isEqualTo(bad + ": days[0].date: is not a real date: 2027-02-30");
        } else {
            // no policy here counts working days: a calendar would silently change nothing, so it is refused
            assertThat(r.err()).startsWith(bad + ": no policy here reads calendar files (policies loaded: ");
        }
    }

    @Test
    void aGoodYearFileIsTakenByThePoliciesThatCountWorkingDays() throws Exception {
        Path good = dir.resolve("2027.json");
        Files.writeString(good, TEST_ONLY_2027, StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("evaluate", PILOT, "--calendar", good.toString(), "--format", "json", "--lang",
                "en");
        if (aPolicyReadsTheCalendar()) {
            assertThat(r.exit()).isZero();
            // jiaxing-2012 counts no working days: its receipt records no calendar
            assertThat(r.json().get("receipt").has("data")).isFalse();
        } else {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("no policy here reads calendar files");
        }
    }

    /**
     * {@code policies} shows, for beijing-2012 (the policy that counts working days), the dates its calendar covers
     * and the notices it holds, with the file a deployment gave; the digest is its receipts'. The bundled notices
     * (2007 to 2026) cover up to 24 December 2026: from the 25th the notice for 2027 may move a day.
     */
    @Test
    void policiesShowsTheDatesTheCalendarCoversAndTheFilesItCameFrom() throws Exception {
        CliTest.Run bundled = CliTest.run("policies", "--format", "json", "--lang", "en");
        assertThat(bundled.exit()).isZero();
        com.fasterxml.jackson.databind.JsonNode beijing = policy(bundled, "beijing-2012");
        assertThat(beijing.at("/data/0/kind").asText()).isEqualTo("calendar");
        assertThat(beijing.at("/data/0/covers").toString())
                .isEqualTo("[{\"from\":\"2007-01-01\",\"until\":\"2026-12-24\"}]");
        assertThat(beijing.at("/data/0/sources/0/name").asText()).isEqualTo("国务院办公厅关于2007年部分节假日安排的通知");
        assertThat(beijing.at("/data/0/sources/0/file").isNull()).isTrue();
        assertThat(policy(bundled, "jiaxing-2012").has("data")).as("jiaxing counts no working days").isFalse();

        Path year = dir.resolve("2027.json");
        Files.writeString(year, TEST_ONLY_2027, StandardCharsets.UTF_8);
        CliTest.Run deployed = CliTest.run("policies", "--calendar", year.toString(), "--format", "json");
        com.fasterxml.jackson.databind.JsonNode withYear = policy(deployed, "beijing-2012");
        assertThat(withYear.at("/data/0/covers").toString())
                .isEqualTo("[{\"from\":\"2007-01-01\",\"until\":\"2027-12-24\"}]");
        com.fasterxml.jackson.databind.JsonNode sources = withYear.at("/data/0/sources");
        assertThat(sources.get(sources.size() - 1).toString())
                .isEqualTo("{\"name\":\"测试用 2027 年日历(虚构，非国务院通知)\",\"file\":\"2027.json\"}");
        assertThat(withYear.at("/data/0/title").asText()).isEqualTo("中国工作日历(国务院办公厅节假日安排通知)");
        // the digest its receipts record
        CliTest.Run evaluated = CliTest.run("evaluate", "--calendar", year.toString(), "--format", "json",
                "requests/beijing-green-channel-late.json");
        assertThat(evaluated.exit()).as(evaluated.err()).isZero();
        assertThat(withYear.at("/data/0/digest").asText())
                .isEqualTo(evaluated.json().at("/receipt/data/calendar").asText());

        CliTest.Run text = CliTest.run("policies", "--calendar", year.toString());
        assertThat(text.out()).contains("  数据(参数之外;部署时以 --calendar 增补年份)\n    calendar  中国工作日历(国务院办公厅节假日安排通知)  "
                        + withYear.at("/data/0/digest").asText() + "\n        覆盖:2007-01-01 至 2027-12-24\n",
                "        国务院办公厅关于2007年部分节假日安排的通知  [内置]\n",
                "        测试用 2027 年日历(虚构，非国务院通知)  [文件 2027.json]\n");
        CliTest.Run english = CliTest.run("policies", "--lang", "en");
        assertThat(english.out()).contains("        covers: 2007-01-01 to 2026-12-24\n",
                "        国务院办公厅关于2026年部分节假日安排的通知  [bundled]\n");
    }

    private static com.fasterxml.jackson.databind.JsonNode policy(CliTest.Run r, String id) throws Exception {
        for (com.fasterxml.jackson.databind.JsonNode p : r.json()) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError(id + " not listed");
    }

    /**
     * Issue #13's acceptance: a file complete on Monday 2026-12-28 needs the notice for 2027 (a notice may move days
     * from 25 December on). Without it the certificate is UNKNOWN; with a 2027 file (here a test-only one that rests
     * only 1 January) the five working days after 12-28 are 12-29, 12-30, 12-31, 2027-01-04 and 01-05 (01-01 rests,
     * 01-02/03 are a weekend): deadline 2027-01-05; issued 01-06 is the sixth working day, late by 1.
     */
    @Test
    void aBeijingFileCompleteAtTheYearEndWaitsForNextYearsNotice() throws Exception {
        Path request = dir.resolve("year-end.json");
        Files.writeString(request, """
                { "policy": "beijing-2012", "asOf": "2027-01-15",
                  "applicant": { "name": "年末科技有限公司", "registeredInBeijing": true, "zhongguancun": false,
                    "industries": [ "NEW_MATERIALS" ],
                    "greenChannel": [ { "certificate": "PRIORITY_EXAMINATION", "subject": "202610000001.1",
                                        "complete": "2026-12-28", "issued": "2027-01-06" } ] } }
                """, StandardCharsets.UTF_8);
        CliTest.Run without = CliTest.run("evaluate", request.toString(), "--format", "json", "--lang", "en");
        assertThat(without.exit()).isZero();
        assertThat(without.json().at("/deadlines/0/status").asText()).isEqualTo("UNKNOWN");

        Path year = dir.resolve("2027.json");
        Files.writeString(year, TEST_ONLY_2027, StandardCharsets.UTF_8);
        CliTest.Run with = CliTest.run("evaluate", request.toString(), "--calendar", year.toString(),
                "--format", "json", "--lang", "en");
        assertThat(with.exit()).isZero();
        assertThat(with.json().at("/deadlines/0/status").asText()).isEqualTo("LATE");
        assertThat(with.json().at("/deadlines/0/deadline").asText()).isEqualTo("2027-01-05");
        assertThat(with.json().at("/deadlines/0/workingDaysUsed").asInt()).isEqualTo(6);
        assertThat(with.json().at("/deadlines/0/workingDaysLate").asInt()).isEqualTo(1);
        assertThat(with.json().at("/deadlines/0/citation").asText()).isEqualTo("beijing-2012 §2(4)");
        assertThat(with.json().at("/receipt/data/calendar").asText()).startsWith("sha256:")
                .isNotEqualTo(without.json().at("/receipt/data/calendar").asText());
    }
}
