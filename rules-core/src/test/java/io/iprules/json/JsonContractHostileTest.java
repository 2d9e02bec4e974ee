package io.iprules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.Problem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests no parser limit catches, each refused as input, not failing inside (found by the JSON fuzz tests). */
class JsonContractHostileTest {
    record Applicant(String name, BigDecimal money) {
    }

    private static final LocalDate TODAY = OneSubjectContract.TODAY;
    private final JsonContract contract = OneSubjectContract.of(Applicant.class);

    /** An exponent beyond what a BigDecimal holds: Jackson throws a NumberFormatException, not a parse error. */
    @Test
    void aNumberBeyondAnyDecimalIsInvalidJson() {
        for (String where : List.of("\"money\": 1e2147483648", "\"name\": -1e-2147483649")) {
            byte[] json = ("{\"policy\": \"p-1\", \"applicant\": {" + where + "}}").getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> contract.read(json, TODAY)).isInstanceOf(InvalidRequestException.class)
                    .satisfies(e -> assertThat(((InvalidRequestException) e).problems()).singleElement()
                            .satisfies(p -> {
                                assertThat(p.path()).isEmpty();
                                assertThat(p.message()).startsWith("not valid JSON: a number is out of range");
                            }));
        }
    }

    /**
     * A number is read the same on every Java: by Jackson's own decimal parser, not Java's BigDecimal, which Java 25
     * and 17 read differently past an int's exponent (25 reads 1e2147483648 and 0.1e2147483648; 17 refuses both).
     * Jackson's refuses the first (above) and reads the second: on Java 17 this fails if the contract goes back to
     * Java's parser.
     */
    @Test
    void aNumberPastAnIntExponentIsReadAlikeOnEveryJava() {
        byte[] json =
                "{\"policy\": \"p-1\", \"applicant\": {\"money\": 0.1e2147483648}}".getBytes(StandardCharsets.UTF_8);
        assertThat(((Applicant) contract.read(json, TODAY).request().subject()).money())
                .isEqualTo(BigDecimal.ONE.scaleByPowerOfTen(Integer.MAX_VALUE));
    }

    /** The contract's limits, each named in its error. */
    @Test
    void eachLimitSaysWhichItIs() {
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"name\": \""
                + "x".repeat(JsonContract.MAX_STRING + 1)
                + "\"}}")).isEqualTo(new Problem("applicant.name", "too large: a string may have at most 100000 "
                + "characters, counted in UTF-16 units (one beyond U+FFFF, such as 𠀀, counts as two)"));
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"money\": " + "9".repeat(JsonContract.MAX_NUMBER + 1)
                + "}}")).isEqualTo(new Problem("applicant.money",
                "too large: a number may have at most 40 characters"));
        // a number of a million digits: the parser counts them against the string limit first, as it reads them
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"money\": " + "9".repeat(1_000_000)
                + "}}")).isEqualTo(new Problem("applicant.money",
                "too large: a number may have at most 40 characters"));
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"name\": " + "[".repeat(JsonContract.MAX_NESTING)
                + "]".repeat(JsonContract.MAX_NESTING) + "}}"))
                // the innermost array
                .isEqualTo(new Problem("applicant.name" + "[0]".repeat(JsonContract.MAX_NESTING - 1),
                "too large: values may be nested at most 32 levels deep"));
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"" + "n".repeat(60_000) + "\": 1}}"))
                .isEqualTo(new Problem("applicant", "a field name is too long: a field name may have at most 50000 "
                        + "characters"));
        byte[] big = new byte[JsonContract.MAX_REQUEST_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThatThrownBy(() -> contract.read(big, TODAY)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("at most 4194304 are accepted");
    }

    /**
     * A field name over the parser's limit is said as such in both languages, at the object it is in: not the
     * parser's English, not the field before it as the culprit, and not a length (the parser stops counting at
     * its buffer's end, and said 65536 for a longer name).
     */
    @Test
    void aFieldNameTooLongIsSaidAsSuchAtItsObject() {
        String zh = "字段名过长:字段名最多 50000 个字符";
        String en = "a field name is too long: a field name may have at most 50000 characters";
        for (int length : new int[] {50_001, 65_536, 70_000, 200_000}) {
            String name = "n".repeat(length);
            Problem afterAnother = problem("{\"policy\": \"p-1\", \"applicant\": {\"name\": \"x\", \"" + name
                    + "\": 1}}");
            assertThat(afterAnother.path()).as("%d", length).isEqualTo("applicant");
            assertThat(afterAnother.message(Language.ZH)).as("%d", length).isEqualTo(zh);
            assertThat(afterAnother.message(Language.EN)).as("%d", length).isEqualTo(en);
            Problem inAList = problem("{\"policy\": \"p-1\", \"applicant\": {\"items\": [{\"label\": \"a\"}, "
                    + "{\"label\": \"b\", \"" + name + "\": 1}]}}");
            assertThat(inAList).isEqualTo(new Problem("applicant.items[1]", en));
            Problem atTheTop = problem("{\"policy\": \"p-1\", \"" + name + "\": 1}");
            assertThat(atTheTop.path()).isEmpty();
            assertThat(atTheTop.message(Language.ZH)).isEqualTo(zh);
        }
        // at the limit, a name is read (and refused as unknown, as any other)
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"" + "n".repeat(50_000) + "\": 1}}").path())
                .isEqualTo("applicant." + "n".repeat(50_000));
    }

    /**
     * A request beginning with a NUL byte (U+0000), or whose second byte is one: the parser took it for UTF-16 and
     * refused a character that is not there ("≰"); it is refused naming the NUL and its byte offset, in both
     * languages. Further on, the parser names it itself, with its line and column.
     */
    @Test
    void aNulByteFirstIsNamedAsSuch() {
        for (String json : List.of("\0{\"policy\": \"p-1\", \"applicant\": {\"name\": \"x\"}}", "{\0}", " \0{}", "\0",
                "\0\0\0{}")) {
            int at = json.indexOf('\0');
            Problem p = problem(json);
            assertThat(p.path()).isEmpty();
            assertThat(p.message(Language.EN)).isEqualTo("not valid JSON at byte " + at + ": a NUL byte (control "
                    + "character U+0000), which JSON allows nowhere; save the file as UTF-8 (text saved as UTF-16 "
                    + "holds NUL bytes)");
            assertThat(p.message(Language.ZH)).isEqualTo("第 " + at + " 字节处不是有效的 JSON:NUL 字节(控制字符 U+0000),"
                    + "JSON 中任何位置都不允许;请将文件另存为 UTF-8 编码(存为 UTF-16 的文本含有 NUL 字节)");
        }
        // invalid UTF-8 before it is said first
        byte[] badFirst = {(byte) 0xFF, 0, '{', '}'};
        assertThatThrownBy(() -> contract.read(badFirst, TODAY)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("not valid UTF-8 at byte 0 (0xFF)");
        // further on, the parser's own words, with where
        assertThat(problem("{\"policy\"\0: 1}").message(Language.ZH))
                .isEqualTo("不是有效的 JSON(第 1 行第 11 列):意外的控制字符(编码 0):JSON 的记号之间只允许空格、制表符和换行符");
    }

    private Problem problem(String json) {
        try {
            contract.read(json.getBytes(StandardCharsets.UTF_8), TODAY);
        } catch (InvalidRequestException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("expected the request to be refused");
    }
}
