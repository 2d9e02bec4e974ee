package io.iprules.kit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.iprules.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A deployment's year file is read as strictly as its parameter file: the first wrong value is named by its path. */
class YearFileStrictnessTest {
    private static final String NOTICE =
            "{ \"id\": \"n\", \"title\": \"国务院办公厅关于2027年部分节假日安排的通知\", \"url\": \"https://example.org/n\" }";

    private static String file(String days) {
        return "{ \"year\": 2027, \"notices\": [ " + NOTICE + " ], \"days\": [ " + days + " ] }";
    }

    private static String day(String date, String kind) {
        return "{ \"date\": \"" + date + "\", \"kind\": \"" + kind + "\", \"name\": \"元旦\", \"notice\": \"n\" }";
    }

    private static CalendarFileException refused(String json) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> WorkingDayCalendar.builder()
                .addYear("deploy/2027.json", json.getBytes(StandardCharsets.UTF_8)).build());
        assertThat(t).isInstanceOf(CalendarFileException.class);
        CalendarFileException e = (CalendarFileException) t;
        assertThat(e.source()).isEqualTo("deploy/2027.json");
        assertThat(e.getMessage()).startsWith("deploy/2027.json: ");
        assertThat(e.message(Language.ZH)).startsWith("deploy/2027.json: ");
        return e;
    }

    @Test
    void a_well_formed_file_is_accepted() {
        WorkingDayCalendar c = WorkingDayCalendar.builder().addYear("deploy/2027.json",
                file(day("2026-12-25", "REST") + ", " + day("2027-12-31", "WORK")).getBytes(StandardCharsets.UTF_8))
                .build();
        assertThat(c.dayKind(java.time.LocalDate.of(2026, 12, 25))).isEqualTo(DayKind.REST);
    }

    @Test
    void an_unknown_field_at_the_top_and_in_a_day() {
        CalendarFileException top = refused("{ \"year\": 2027, \"notices\": [], \"days\": [], \"papers\": [] }");
        assertThat(top.path()).isEqualTo("papers");
        assertThat(top.getMessage()).contains("unknown field");
        CalendarFileException inDay = refused(file(
                "{ \"date\": \"2027-01-01\", \"kind\": \"REST\", \"name\": \"元旦\", \"notice\": \"n\", \"isOffDay\": "
                + "true }"));
        assertThat(inDay.path()).isEqualTo("days[0].isOffDay");
        assertThat(inDay.problem().in(Language.ZH)).contains("未知字段");
    }

    /** The holiday-cn data set's own file for 2027 as it stood on 2026-12-04 (no notice published yet). */
    @Test
    void a_holiday_cn_file_is_told_as_such_not_by_its_first_unknown_field() {
        CalendarFileException e = refused("{ \"$schema\": \"https://raw.githubusercontent.com/NateScarlet/holiday-cn/"
                + "master/schema.json\", \"$id\": \"https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/"
                + "2027.json\", \"year\": 2027, \"papers\": [], \"days\": [] }");
        assertThat(e.path()).isEqualTo("papers");
        assertThat(e.problem().in(Language.EN)).startsWith("this is the holiday-cn data set's format")
                .contains("notices with each notice's id, title and url").contains("The working-day calendar");
        assertThat(e.problem().in(Language.ZH)).startsWith("这是 holiday-cn 数据集的格式").contains("title");
        // with a day in its own form too: still told by the format, not by days[0].isOffDay
        assertThat(refused("{ \"year\": 2027, \"papers\": [ \"https://www.gov.cn/x\" ], \"days\": [ { \"name\": "
                + "\"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true } ] }").path()).isEqualTo("papers");
    }

    @Test
    void a_date_twice() {
        CalendarFileException e = refused(file(day("2027-01-01", "REST") + ", " + day("2027-01-01", "WORK")));
        assertThat(e.path()).isEqualTo("days[1].date");
        assertThat(e.getMessage()).contains("listed twice").contains("days[0]");
    }

    @Test
    void a_day_without_its_notice() {
        CalendarFileException missing = refused(file("{ \"date\": \"2027-01-01\", \"kind\": \"REST\", \"name\": \"元旦\" "
                + "}"));
        assertThat(missing.path()).isEqualTo("days[0].notice");
        assertThat(missing.getMessage()).contains("is missing");
        CalendarFileException unknown = refused(file(
                "{ \"date\": \"2027-01-01\", \"kind\": \"REST\", \"name\": \"元旦\", \"notice\": \"other\" }"));
        assertThat(unknown.path()).isEqualTo("days[0].notice");
        assertThat(unknown.getMessage()).contains("no notice with id \"other\"");
        CalendarFileException none = refused("{ \"year\": 2027, \"notices\": [], \"days\": [ "
                + day("2027-01-01", "REST") + " ] }");
        assertThat(none.path()).isEqualTo("days[0].notice");
    }

    @ParameterizedTest
    @CsvSource({"2026-12-24", "2028-01-01", "2025-06-01"})
    void a_date_outside_the_years_window(String date) {
        CalendarFileException e = refused(file(day(date, "REST")));
        assertThat(e.path()).isEqualTo("days[0].date");
        assertThat(e.getMessage()).contains("2026-12-25 to 2027-12-31");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2027-1-1   | must be a date YYYY-MM-DD",
            "2027-02-29 | is not a real date",
            "2027/01/01 | must be a date YYYY-MM-DD",
            "2027-13-01 | is not a real date"})
    void a_malformed_date(String date, String problem) {
        CalendarFileException e = refused(file(day(date, "REST")));
        assertThat(e.path()).isEqualTo("days[0].date");
        assertThat(e.getMessage()).contains(problem);
    }

    @Test
    void trailing_content_duplicate_keys_and_not_json() {
        CalendarFileException trailing = refused(file(day("2027-01-01", "REST")) + " {}");
        assertThat(trailing.path()).isEmpty();
        assertThat(trailing.getMessage()).contains("more content after the JSON document");
        CalendarFileException dup = refused("{ \"year\": 2027, \"year\": 2028, \"notices\": [], \"days\": [] }");
        assertThat(dup.path()).isEqualTo("year"); // the field's own path, as a wrong value's
        assertThat(dup.getMessage())
                .startsWith("deploy/2027.json: year: a field appears twice: 'year' (line 1, column ");
        assertThat(refused("not json").getMessage()).contains("not valid JSON");
        // in Chinese as a whole, without the parser's internals (it used to show "[Source: REDACTED (`Stream…`")
        assertThat(refused("{ \"year\": 2027, \"notices\": [} ").problem().in(io.iprules.Language.ZH))
                .isEqualTo("不是有效的 JSON(第 1 行第 29 列):意外的结束符“}”:此处应为“]”,以结束第 1 行第 28 列开始的列表");
        assertThat(refused("").getMessage()).contains("empty");
        // a field name over the parser's limit: the limit in words, not the parser's (nor its Java method's) name
        CalendarFileException longName = refused("{ \"year\": 2027, \"" + "n".repeat(60_000) + "\": 1 }");
        assertThat(longName.problem().in(Language.ZH)).startsWith("字段名过长:字段名最多 50000 个字符");
        assertThat(longName.getMessage()).contains("a field name is too long: a field name may have at most 50000")
                .doesNotContain("Name length").doesNotContain("StreamReadConstraints");
    }

    /**
     * Bytes that are not UTF-8 are refused as a parameter file's are: the offset of the first bad byte, in words in
     * both languages, not the parser's English ("Invalid UTF-8 start byte 0xff") with a line and column.
     */
    @Test
    void bytes_that_are_not_utf8_are_named_by_their_offset() {
        byte[] good = file(day("2027-01-01", "REST")).getBytes(StandardCharsets.UTF_8);
        int at = file("").indexOf("\"n\"") + 1; // the notice id's first letter, in ASCII so bytes = chars
        for (byte[] bad : new byte[][] {replaced(good, at, (byte) 0xFF),
                replaced(good, at, (byte) 0xC0, (byte) 0xAF)}) {
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> WorkingDayCalendar.builder()
                    .addYear("deploy/2027.json", bad).build());
            assertThat(t).isInstanceOf(CalendarFileException.class);
            CalendarFileException e = (CalendarFileException) t;
            assertThat(e.path()).isEmpty();
            assertThat(e.message(Language.ZH)).isEqualTo(String.format(java.util.Locale.ROOT,
                    "deploy/2027.json: 第 %d 字节(0x%02X)处不是有效的 UTF-8:请将文件另存为 UTF-8 编码", at, bad[at] & 0xff));
            assertThat(e.getMessage()).isEqualTo(String.format(java.util.Locale.ROOT,
                    "deploy/2027.json: not valid UTF-8 at byte %d (0x%02X): save the file as UTF-8", at,
                    bad[at] & 0xff));
        }
        // a byte-order mark is UTF-8 too
        byte[] bom = new byte[good.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(good, 0, bom, 3, good.length);
        assertThat(WorkingDayCalendar.builder().addYear("2027.json", bom).build().coveredYears()).contains(2027);
    }

    /** A NUL byte first (or second) is named with its offset, not read as UTF-16 and named as another character. */
    @Test
    void a_nul_byte_first_is_named_by_its_offset() {
        byte[] good = file(day("2027-01-01", "REST")).getBytes(StandardCharsets.UTF_8);
        for (int at : new int[] {0, 1}) {
            byte[] bad = new byte[good.length + 1];
            System.arraycopy(good, 0, bad, 0, at);
            System.arraycopy(good, at, bad, at + 1, good.length - at);
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> WorkingDayCalendar.builder()
                    .addYear("deploy/2027.json", bad).build());
            assertThat(t).isInstanceOf(CalendarFileException.class);
            CalendarFileException e = (CalendarFileException) t;
            assertThat(e.getMessage()).isEqualTo("deploy/2027.json: not valid JSON at byte " + at + ": a NUL byte "
                    + "(control character U+0000), which JSON allows nowhere; save the file as UTF-8 (text saved as "
                    + "UTF-16 holds NUL bytes)");
            assertThat(e.message(Language.ZH)).startsWith("deploy/2027.json: 第 " + at + " 字节处不是有效的 JSON:NUL 字节");
        }
    }

    private static byte[] replaced(byte[] b, int at, byte... with) {
        byte[] out = new byte[b.length - 1 + with.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(with, 0, out, at, with.length);
        System.arraycopy(b, at + 1, out, at + with.length, b.length - at - 1);
        return out;
    }

    @Test
    void wrong_kinds_and_types() {
        assertThat(refused(file(day("2027-01-01", "HOLIDAY"))).path()).isEqualTo("days[0].kind");
        assertThat(refused("{ \"year\": \"2027\", \"notices\": [], \"days\": [] }").path()).isEqualTo("year");
        assertThat(refused("{ \"year\": 2027, \"notices\": {}, \"days\": [] }").path()).isEqualTo("notices");
        assertThat(refused("{ \"year\": 2027, \"notices\": [] }").path()).isEqualTo("days");
        assertThat(refused("[]").path()).isEmpty();
        CalendarFileException url = refused("{ \"year\": 2027, \"notices\": [ { \"id\": \"n\", \"title\": \"t\", "
                + "\"url\": \"gov.cn\" } ], \"days\": [] }");
        assertThat(url.path()).isEqualTo("notices[0].url");
        CalendarFileException control = refused(file(
                "{ \"date\": \"2027-01-01\", \"kind\": \"REST\", \"name\": \"元\\u0007旦\", \"notice\": \"n\" }"));
        assertThat(control.path()).isEqualTo("days[0].name");
        assertThat(control.getMessage()).doesNotContain("\u0007");
        CalendarFileException twice = refused("{ \"year\": 2027, \"notices\": [ " + NOTICE + ", " + NOTICE
                + " ], \"days\": [] }");
        assertThat(twice.path()).isEqualTo("notices[1].id");
    }

    @Test
    void two_deployment_files_for_one_year_or_one_date_set_by_two_years() {
        byte[] a = file(day("2027-01-01", "REST")).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WorkingDayCalendar.builder().addYear("a.json", a).addYear("b.json", a).build())
                .isInstanceOf(CalendarFileException.class).hasMessageStartingWith("b.json: year: ")
                .hasMessageContaining("already given by a.json");
        String sets2026 = "{ \"year\": 2026, \"notices\": [ " + NOTICE + " ], \"days\": [ " + day("2026-12-31", "REST")
                + " ] }";
        byte[] b = file(day("2026-12-31", "WORK")).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WorkingDayCalendar.builder()
                .addYear("2026.json", sets2026.getBytes(StandardCharsets.UTF_8))
                .addYear("2027.json", b).build())
                .isInstanceOf(CalendarFileException.class).hasMessageContaining("2026-12-31 is set by both");
    }

    @Test
    void a_file_from_disk_too_large_or_missing(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("2027.json");
        Files.writeString(ok, file(day("2027-01-01", "REST")));
        assertThat(WorkingDayCalendar.builder().addYearFile(ok).build().coveredYears()).contains(2027);
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> WorkingDayCalendar.builder().addYearFile(missing))
                .isInstanceOf(CalendarFileException.class).hasMessageContaining("no such file");
        // the system's reason in words, in both languages, as for a parameter file (not Java's "Is a directory")
        CalendarFileException absent = catchThrowableOfType(
                () -> WorkingDayCalendar.builder().addYearFile(missing), CalendarFileException.class);
        assertThat(absent.problem().in(Language.EN)).isEqualTo("cannot read: no such file");
        assertThat(absent.problem().in(Language.ZH)).isEqualTo("无法读取:文件不存在");
        CalendarFileException folder = catchThrowableOfType(
                () -> WorkingDayCalendar.builder().addYearFile(dir), CalendarFileException.class);
        assertThat(folder.problem().in(Language.EN)).isEqualTo("cannot read: it is a folder");
        assertThat(folder.problem().in(Language.ZH)).isEqualTo("无法读取:它是文件夹");
        CalendarFileException throughAFile = catchThrowableOfType(
                () -> WorkingDayCalendar.builder().addYearFile(ok.resolve("2028.json")), CalendarFileException.class);
        assertThat(throughAFile.problem().in(Language.EN)).isEqualTo("cannot read: part of the path is not a folder");
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[YearFiles.MAX_BYTES + 1]);
        assertThatThrownBy(() -> WorkingDayCalendar.builder().addYearFile(big))
                .isInstanceOf(CalendarFileException.class).hasMessageContaining("larger than");
    }
    @Test
    void a_notice_is_an_object_with_only_its_own_fields() {
        CalendarFileException extra = refused("{ \"year\": 2027, \"notices\": [ { \"id\": \"n\", \"title\": \"t\", "
                + "\"url\": \"https://example.org/n\", \"issuer\": \"国务院办公厅\" } ], \"days\": [] }");
        assertThat(extra.path()).isEqualTo("notices[0].issuer");
        assertThat(extra.problem().in(Language.EN))
                .isEqualTo("unknown field; allowed: id, issued, number, title or url");
        assertThat(extra.problem().in(Language.ZH)).isEqualTo("未知字段;允许的字段:id、issued、number、title 或 url");
        // the notices there are, as words: not a Java set's [a, b]
        CalendarFileException unknownNotice = refused("{ \"year\": 2027, \"notices\": [ { \"id\": \"a\", \"title\": "
                + "\"t\", \"url\": \"https://example.org/a\" }, { \"id\": \"b\", \"title\": \"t\", \"url\": "
                + "\"https://example.org/b\" } ], \"days\": [ { \"date\": \"2027-01-01\", \"kind\": \"REST\", "
                + "\"name\": \"元旦\", \"notice\": \"c\" } ] }");
        assertThat(unknownNotice.path()).isEqualTo("days[0].notice");
        assertThat(unknownNotice.problem().in(Language.EN))
                .isEqualTo("no notice with id \"c\" in notices; there are a and b");
        assertThat(unknownNotice.problem().in(Language.ZH)).isEqualTo("notices 中没有 id 为 \"c\" 的通知;已有:a 和 b");
        CalendarFileException notObject = refused("{ \"year\": 2027, \"notices\": [ \"n\" ], \"days\": [] }");
        assertThat(notObject.path()).isEqualTo("notices[0]");
        assertThat(notObject.problem().in(Language.EN)).isEqualTo("must be an object {…}");
    }

    private static String year(int year) {
        return "{ \"year\": " + year + ", \"notices\": [ " + NOTICE + " ], \"days\": [] }";
    }

    @Test
    void a_year_from_1949_to_9998() {
        assertThat(YearFiles.parse("1949.json", year(1949).getBytes(StandardCharsets.UTF_8), false).year())
                .isEqualTo(1949);
        assertThat(YearFiles.parse("9998.json", year(9998).getBytes(StandardCharsets.UTF_8), false).year())
                .isEqualTo(9998);
        for (int wrong : new int[] {1948, 9999}) {
            assertThatThrownBy(() -> YearFiles.parse("y.json", year(wrong).getBytes(StandardCharsets.UTF_8), false))
                    .as("%d", wrong).isInstanceOfSatisfying(CalendarFileException.class, e -> {
                        assertThat(e.path()).isEqualTo("year");
                        assertThat(e.problem().in(Language.EN)).isEqualTo("must be a year from 1949 to 9998");
                    });
        }
    }

    @Test
    void a_file_of_exactly_the_largest_size_is_read_and_one_byte_more_is_not() {
        String json = file(day("2027-01-01", "REST"));
        byte[] exactly = (json + " ".repeat(YearFiles.MAX_BYTES - json.getBytes(StandardCharsets.UTF_8).length))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(exactly).hasSize(256 * 1024);
        assertThat(WorkingDayCalendar.builder().addYear("deploy/2027.json", exactly).build().coveredYears())
                .contains(2027);
        byte[] oneMore = (new String(exactly, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WorkingDayCalendar.builder().addYear("deploy/2027.json", oneMore))
                .isInstanceOf(CalendarFileException.class)
                .hasMessage("deploy/2027.json: larger than 262144 bytes, not a calendar year file");
    }

    @Test
    void the_order_days_are_listed_in_changes_neither_the_days_nor_the_digest() {
        String inOrder = file(day("2027-01-01", "REST") + ", " + day("2027-02-06", "WORK"));
        String reversed = file(day("2027-02-06", "WORK") + ", " + day("2027-01-01", "REST"));
        YearData read = YearFiles.parse("r.json", reversed.getBytes(StandardCharsets.UTF_8), false);
        assertThat(read.days()).extracting(d -> d.date().toString()).containsExactly("2027-01-01", "2027-02-06");
        assertThat(WorkingDayCalendar.builder().addYear("a.json", reversed.getBytes(StandardCharsets.UTF_8)).build()
                .digest()).isEqualTo(WorkingDayCalendar.builder()
                .addYear("b.json", inOrder.getBytes(StandardCharsets.UTF_8)).build().digest());
    }
}
