package io.iprules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.iprules.InvalidRequestException;
import io.iprules.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strict UTF-8, strict data files, and problem lists bounded in length (issue #10). */
class StrictFilesTest {
    private static byte[] b(int... bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = (byte) bytes[i];
        }
        return out;
    }

    @Test
    void utf8IsCheckedAsRfc3629DefinesIt() {
        assertThat(StrictUtf8.firstInvalid("ok 中文 𝄞 é".getBytes(StandardCharsets.UTF_8), 17)).isEqualTo(-1);
        assertThat(StrictUtf8.firstInvalid(b('a', 0xC0, 0xAF), 3)).isEqualTo(1); // overlong "/"
        assertThat(StrictUtf8.firstInvalid(b(0xE0, 0x80, 0xAF), 3)).isEqualTo(0); // overlong, three bytes: at its lead
        assertThat(StrictUtf8.firstInvalid(b(0xF0, 0x80, 0x80, 0xAF), 4)).isEqualTo(0); // overlong, four bytes
        assertThat(StrictUtf8.firstInvalid(b('a', 'b', 0xED, 0xA0, 0x80), 5)).isEqualTo(2); // a surrogate
        assertThat(StrictUtf8.firstInvalid(b(0xED, 0x9F, 0xBF), 3)).isEqualTo(-1); // U+D7FF, just below
        assertThat(StrictUtf8.firstInvalid(b(0xF4, 0x90, 0x80, 0x80), 4)).isEqualTo(0); // beyond U+10FFFF
        assertThat(StrictUtf8.firstInvalid(b(0xF4, 0x8F, 0xBF, 0xBF), 4)).isEqualTo(-1); // U+10FFFF
        assertThat(StrictUtf8.firstInvalid(b('a', 0x80), 2)).isEqualTo(1); // a continuation alone
        assertThat(StrictUtf8.firstInvalid(b(0xE4, 0xB8), 2)).isEqualTo(0); // cut short
        assertThat(StrictUtf8.firstInvalid(b(0xE4, 0x41, 0x80), 3)).isEqualTo(0); // not a continuation: at its lead
        assertThat(StrictUtf8.firstInvalid(b(0xF5, 0x80, 0x80, 0x80), 4)).isEqualTo(0);
        assertThat(StrictUtf8.problem(b('{', 0xC0, 0xAF), 3))
                .isEqualTo("not valid UTF-8 at byte 1 (0xC0): save the file as UTF-8");
    }

    @Test
    void aDataFileIsOneDocumentOfBoundedNumbers() {
        assertThat(StrictJsonFile.read("f.json", "{\"a\": [1, \"x\", 2.5]}".getBytes(StandardCharsets.UTF_8))
                .get("a").get(2).decimalValue()).isEqualByComparingTo("2.5");
        assertThatThrownBy(() -> StrictJsonFile.read("f.json",
                "{\"a\": 1} {\"b\": 2}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("f.json: more content after the JSON document (line 1, column 10): a file holds one "
                        + "document");
        assertThatThrownBy(() -> StrictJsonFile.read("f.json",
                "{\"a\": {\"v\": 1e999999999}}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("f.json: a.v: has 1000000000 digits written out in full; at most 40 are accepted");
        assertThatThrownBy(() -> StrictJsonFile.read("f.json", "{\"a\": 1, \"a\": 2}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("f.json: a: a field appears twice: 'a' (line 1, column ");
        // at the field's own path, as every other problem with a file's content is told (file: path: what)
        assertThatThrownBy(() -> StrictJsonFile.read("f.json", "{\"p\": {\"Q\": [{\"v\": 1}, {\"v\": 1, \"v\": 2}]}}"
                .getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("f.json: p.Q[1].v: a field appears twice: 'v' (line 1, column ");
        assertThatThrownBy(() -> StrictJsonFile.read("f.json", b('{', '"', 0xC0, 0xAF, '"', ':', '1', '}')))
                .hasMessage("f.json: not valid UTF-8 at byte 2 (0xC0): save the file as UTF-8");
        assertThatThrownBy(() -> StrictJsonFile.read("f.json", new byte[0])).hasMessageContaining("is empty");
        assertThatThrownBy(() -> StrictJsonFile.read("f.json", "{\"a\": tru}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("f.json: not valid JSON (line 1, column 7): unrecognised 'tru': a value (a string, number, "
                        + "array, object, true, false or null) was expected here");
        assertThatThrownBy(() -> StrictJsonFile.decimal("f.json", "x.value", "1e999999999"))
                .hasMessage("f.json: x.value: has 1000000000 digits written out in full; at most 40 are accepted");
        assertThat(StrictJsonFile.decimal("f.json", "x", "12.50")).isEqualByComparingTo("12.5");
    }

    /**
     * A number past an int's exponent is read the same on every Java (Java 25's BigDecimal reads 1e2147483648 and
     * 0.1e2147483648, Java 17's refuses both): a JSON number by Jackson's parser, text by PlainDecimals.parse. On
     * Java 17 the first assertion fails if the file reader goes back to Java's parser.
     */
    @Test
    void aNumberPastAnIntExponentIsReadAlikeOnEveryJava() {
        assertThatThrownBy(() -> StrictJsonFile.read("f.json",
                "{\"a\": 0.1e2147483648}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("f.json: a: has 2147483648 digits written out in full; at most 40 are accepted");
        assertThatThrownBy(() -> StrictJsonFile.read("f.json",
                "{\"a\": 1e2147483648}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("f.json: a number is out of range");
        for (String v : new String[] {"1e2147483648", "0.1e2147483648", "1e+0002147483648", "1e-2147483649"}) {
            assertThatThrownBy(() -> StrictJsonFile.decimal("f.json", "x", v)).as(v)
                    .hasMessage("f.json: x: must be a decimal number, not '" + v + "'");
        }
        assertThat(PlainDecimals.parse("1e2147483647").scale()).isEqualTo(-Integer.MAX_VALUE);
        assertThat(PlainDecimals.parse("1e0000000000005")).isEqualByComparingTo("1e5");
    }

    /**
     * A data file (a parameter file) beginning with a NUL byte, or with one second, after a byte order mark or not:
     * refused naming the NUL at its offset, not as the character of UTF-16 the parser would have read ("'�'").
     */
    @Test
    void aDataFileBeginningWithANulByteIsRefusedNamingIt() {
        for (byte[] bytes : List.of(b(0, '{', '}'), b('{', 0, '}'), b(0xEF, 0xBB, 0xBF, '{', 0, '}'))) {
            int at = bytes[0] == 0 ? 0 : bytes[1] == 0 ? 1 : 4;
            StrictJsonFile.InvalidFileException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                    () -> StrictJsonFile.read("p.json", bytes), StrictJsonFile.InvalidFileException.class);
            assertThat(e.getMessage()).isEqualTo("p.json: not valid JSON at byte " + at + ": a NUL byte (control "
                    + "character U+0000), which JSON allows nowhere; save the file as UTF-8 (text saved as UTF-16 "
                    + "holds NUL bytes)");
            assertThat(e.text().in(io.iprules.Language.ZH)).isEqualTo("p.json: 第 " + at + " 字节处不是有效的 JSON:NUL "
                    + "字节(控制字符 U+0000),JSON 中任何位置都不允许;请将文件另存为 UTF-8 编码(存为 UTF-16 的文本含有 NUL 字节)");
        }
        assertThat(StrictUtf8.nulAtStart(b(' ', ' ', 0), 0, 3)).isEqualTo(-1); // the parser names that one itself
        assertThat(StrictUtf8.documentProblemText(b('{', '}'), 0, 2)).isNull();
    }

    /** A data file's problems in both languages: a Chinese run reads them in Chinese, the parser's limits too. */
    @Test
    void aDataFilesProblemsAreWordedInChineseToo() {
        String digits41 = "1".repeat(41);
        StrictJsonFile.InvalidFileException longNumber = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> StrictJsonFile.read("f.json", ("{\"a\": " + digits41 + "}").getBytes(StandardCharsets.UTF_8)),
                StrictJsonFile.InvalidFileException.class);
        assertThat(longNumber.getMessage()).isEqualTo("f.json: a: too large: a number may have at most 40 characters");
        assertThat(longNumber.text().in(io.iprules.Language.ZH)).isEqualTo("f.json: a: 过长:数值最多 40 个字符");
        // a number of a million digits: the parser counts them against the string limit first, as it reads them
        StrictJsonFile.InvalidFileException millionDigits = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> StrictJsonFile.read("f.json", ("{\"a\": " + "9".repeat(1_000_000) + "}")
                        .getBytes(StandardCharsets.UTF_8)), StrictJsonFile.InvalidFileException.class);
        assertThat(millionDigits.getMessage())
                .startsWith("f.json: a: too large: a number may have at most 40 characters").doesNotContain("string");
        assertThat(millionDigits.text().in(io.iprules.Language.ZH)).startsWith("f.json: a: 过长:数值最多 40 个字符");
        // a string over the limit is still told as a string, at its path as a request's is (it was named nowhere)
        assertThat(catchThrowable(() -> StrictJsonFile.read("f.json", ("{\"a\": \"" + "x".repeat(100_001) + "\"}")
                .getBytes(StandardCharsets.UTF_8)))).hasMessageStartingWith(
                        "f.json: a: too large: a string may have at most 100000 characters, counted in UTF-16 units "
                        + "(one beyond U+FFFF, such as 𠀀, counts as two)");
        assertThat(catchThrowable(() -> StrictJsonFile.read("f.json", ("{\"p\": {\"Q\": [{\"from\": \"2013-01-01\", "
                + "\"source\": \"" + "x".repeat(200_000) + "\"}]}}").getBytes(StandardCharsets.UTF_8))))
                .hasMessageStartingWith("f.json: p.Q[0].source: too large: a string may have at most 100000 "
                        + "characters");
        // a field name over the parser's limit: said as such, not the parser's words nor the length it counted
        StrictJsonFile.InvalidFileException longName = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> StrictJsonFile.read("f.json", ("{\"a\": 1, \"" + "n".repeat(70_000) + "\": 2}")
                        .getBytes(StandardCharsets.UTF_8)), StrictJsonFile.InvalidFileException.class);
        assertThat(longName.text().in(io.iprules.Language.ZH)).startsWith("f.json: 字段名过长:字段名最多 50000 个字符");
        assertThat(longName.getMessage())
                .startsWith("f.json: a field name is too long: a field name may have at most 50000 characters")
                .doesNotContain("Name length");
        StrictJsonFile.InvalidFileException twice = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> StrictJsonFile.read("f.json", "{\"a\": 1, \"a\": 2}".getBytes(StandardCharsets.UTF_8)),
                StrictJsonFile.InvalidFileException.class);
        assertThat(twice.text().in(io.iprules.Language.ZH)).startsWith("f.json: a: 同一字段出现两次:“a”(第 1 行");
        StrictJsonFile.InvalidFileException trailing = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> StrictJsonFile.read("f.json", "{\"a\": 1} {}".getBytes(StandardCharsets.UTF_8)),
                StrictJsonFile.InvalidFileException.class);
        assertThat(trailing.text().in(io.iprules.Language.ZH))
                .isEqualTo("f.json: JSON 文档之后还有内容(第 1 行第 10 列):一个文件只含一个 JSON 文档");
    }

    @Test
    void anInvalidRequestKeepsAtMostAHundredProblems() {
        List<Problem> many = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            many.add(new Problem("x[" + i + "]", "bad"));
        }
        InvalidRequestException e = new InvalidRequestException(many);
        assertThat(e.problems()).hasSize(101);
        assertThat(e.problems().get(100).message()).isEqualTo("…and 150 more");
    }

    /** A data file read from its path: a folder, a missing file and a file are each told apart. */
    @Test
    void aDataFileIsReadFromItsPath(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("f.json"), "{\"a\": [1, 2]}");
        assertThat(StrictJsonFile.read(file).get("a").get(1).asInt()).isEqualTo(2);
        assertThatThrownBy(() -> StrictJsonFile.read(dir)).isInstanceOf(StrictJsonFile.InvalidFileException.class)
                .hasMessage(dir + ": is a folder, not a file");
        java.nio.file.Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> StrictJsonFile.read(missing)).hasMessage(missing + ": cannot read: no such file");
    }

    /** Every number is held to 40 digits written out in full, in a list too; 40 is accepted. */
    @Test
    void everyNumberIsHeldToFortyDigitsWrittenOut() {
        String forty = "1234567890".repeat(4);
        assertThat(StrictJsonFile.decimal("f.json", "x", forty)).isEqualByComparingTo(forty);
        assertThatThrownBy(() -> StrictJsonFile.decimal("f.json", "x", forty + "1"))
                .hasMessage("f.json: x: has 41 digits written out in full; at most 40 are accepted");
        // 0.000…01 with 41 decimals: 41 digits written out, though its precision is 1
        String small = "0." + "0".repeat(40) + "1";
        assertThatThrownBy(() -> StrictJsonFile.decimal("f.json", "x", small))
                .hasMessage("f.json: x: has 41 digits written out in full; at most 40 are accepted");
        assertThat(StrictJsonFile.decimal("f.json", "x", "0." + "0".repeat(38) + "1")).isPositive();
        assertThatThrownBy(() -> StrictJsonFile.read("f.json", "{\"a\": [1, 1e999]}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("f.json: a[1]: has 1000 digits written out in full; at most 40 are accepted");
        assertThatThrownBy(() -> StrictJsonFile.read("f.json",
                "[[1], [2, {\"b\": 1e41}]]".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("f.json: [1][1].b: has 42 digits written out in full; at most 40 are accepted");
    }

    /** A file of exactly the largest size is read; one byte more is refused before it is parsed. */
    @Test
    void aFileOfExactlyTheLargestSizeIsRead() {
        byte[] bytes = new byte[StrictJsonFile.MAX_FILE_BYTES];
        java.util.Arrays.fill(bytes, (byte) ' ');
        bytes[0] = '{';
        bytes[1] = '}';
        assertThat(StrictJsonFile.read("f.json", bytes).isObject()).isTrue();
        byte[] more = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        more[more.length - 1] = ' ';
        assertThatThrownBy(() -> StrictJsonFile.read("f.json", more))
                .hasMessage("f.json: is larger than " + StrictJsonFile.MAX_FILE_BYTES + " bytes");
    }

    /** A file saved with a UTF-8 byte order mark (as Windows Notepad does) is read as without it. */
    /**
     * A data file's column is counted in characters, a byte order mark not among them. By hand: the second line,
     * {@code  "名称": tru}, has the space at 1, "名称" with its quotes 2 to 5, the colon 6, the space 7, tru at 8
     * (12 in bytes).
     */
    @Test
    void aDataFilesColumnIsCountedInCharacters() {
        String text = "{\"a\": 1,\n \"名称\": tru}";
        String expected = "f.json: not valid JSON (line 2, column 8): unrecognised 'tru': a value (a string, number, "
                + "array, object, true, false or null) was expected here";
        assertThatThrownBy(() -> StrictJsonFile.read("f.json", text.getBytes(StandardCharsets.UTF_8)))
                .hasMessage(expected);
        assertThatThrownBy(() -> StrictJsonFile.read("f.json", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)))
                .hasMessage(expected);
        // on the first line, after a byte order mark: {"名": tru} has tru at 7 (the mark is not a column)
        for (String bom : new String[] {"", "\uFEFF"}) {
            byte[] bytes = (bom + "{\"名\": tru}").getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> StrictJsonFile.read("f.json", bytes)).as(bom)
                    .hasMessageStartingWith("f.json: not valid JSON (line 1, column 7): ");
            // a reader that gave the parser all of the file, the mark too (the calendar's year files)
            com.fasterxml.jackson.core.JsonProcessingException e = (com.fasterxml.jackson.core.JsonProcessingException)
                    catchThrowable(() -> new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes));
            assertThat(StrictJsonFile.syntaxProblem(e, bytes).in(io.iprules.Language.EN)).as(bom)
                    .startsWith("not valid JSON (line 1, column 7): ");
        }
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        byte[] json = "{\"a\": 123456789012345678901234567890123456789012345}".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[json.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, bom, 3, json.length);
        assertThat(catchThrowable(() -> StrictJsonFile.read("f.json", bom)).getMessage())
                .isEqualTo(catchThrowable(() -> StrictJsonFile.read("f.json", json)).getMessage())
                .startsWith("f.json: a: too large: a number may have at most 40 characters");
        byte[] ok = "\uFEFF{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
        assertThat(StrictJsonFile.read("f.json", ok).get("a").asInt()).isEqualTo(1);
    }

    enum Level { LOW, HIGH }

    record Entry(String name, java.time.LocalDate from, Level level, List<String> codes) {
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper RECORDS = com.fasterxml.jackson.databind.json
            .JsonMapper.builder().addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private static StrictJsonFile.InvalidFileException intoEntry(String json) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(() -> StrictJsonFile.read("f.json",
                json.getBytes(StandardCharsets.UTF_8), RECORDS, Entry.class),
                StrictJsonFile.InvalidFileException.class);
    }

    /**
     * A file read into records (as the policy kit reads a module's files) is checked as a data file, then each field
     * that does not fit its record is told at its path, in a request's words, in both languages.
     */
    @Test
    void aFileReadIntoRecordsNamesTheFieldThatDoesNotFit() {
        assertThat(StrictJsonFile.read("f.json", "{\"name\": \"x\", \"from\": \"2012-11-05\", \"level\": \"LOW\"}"
                .getBytes(StandardCharsets.UTF_8), RECORDS, Entry.class))
                .isEqualTo(new Entry("x", java.time.LocalDate.of(2012, 11, 5), Level.LOW, null));
        StrictJsonFile.InvalidFileException unknown = intoEntry("{\"name\": \"x\", \"frm\": \"2012-11-05\"}");
        assertThat(unknown.getMessage()).isEqualTo("f.json: frm: unknown field; expected codes, from, level or name");
        assertThat(unknown.text().in(io.iprules.Language.ZH))
                .isEqualTo("f.json: frm: 未知字段;可用字段:codes、from、level 或 name");
        StrictJsonFile.InvalidFileException date = intoEntry("{\"from\": \"2012-13-01\"}");
        assertThat(date.getMessage()).isEqualTo("f.json: from: must be a real date YYYY-MM-DD, not '2012-13-01'");
        assertThat(date.text().in(io.iprules.Language.ZH))
                .isEqualTo("f.json: from: 必须是有效日期 YYYY-MM-DD,而不是“2012-13-01”");
        StrictJsonFile.InvalidFileException constant = intoEntry("{\"level\": \"MID\"}");
        assertThat(constant.getMessage()).isEqualTo("f.json: level: unknown value 'MID'; expected LOW or HIGH");
        assertThat(constant.text().in(io.iprules.Language.ZH)).isEqualTo("f.json: level: 未知取值“MID”;可选:LOW 或 HIGH");
        StrictJsonFile.InvalidFileException listed = intoEntry("{\"codes\": [\"a\", {\"b\": 1}]}");
        assertThat(listed.getMessage()).isEqualTo("f.json: codes[1]: must be a string");
        assertThat(listed.text().in(io.iprules.Language.ZH)).isEqualTo("f.json: codes[1]: 必须是字符串");
        // the data file's own checks first: a field twice, as any data file's
        assertThat(intoEntry("{\"name\": \"x\", \"name\": \"y\"}").getMessage())
                .startsWith("f.json: name: a field appears twice: 'name'");
    }
}
