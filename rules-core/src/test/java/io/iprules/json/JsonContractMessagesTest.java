package io.iprules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.PolicyDescription;
import io.iprules.Problem;
import io.iprules.RulesEngine;
import io.iprules.SubjectKind;
import io.iprules.Text;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * How each kind of input error is worded (path and message), and how the as-of date is chosen when a request is
 * read and evaluated in one call.
 */
class JsonContractMessagesTest {
    enum Level { LOW, HIGH }

    record Item(String label) {
    }

    /** Refuses an odd count, as a module's record may check its own fields. */
    record Even(Integer count) {
        Even {
            if (count != null && count % 2 != 0) {
                throw new IllegalArgumentException("count must be even, not " + count);
            }
        }
    }

    record Quiet(Integer count) {
        Quiet {
            if (count != null && count < 0) {
                throw new IllegalStateException();
            }
        }
    }

    record Counted(int n) {
    }

    record Applicant(String name, Integer count, java.math.BigDecimal money, Long big, Counted counted, Boolean flag, LocalDate date, UUID id,
                     Level level, List<Item> items, Even even, Quiet quiet, java.util.Map<String, Integer> figures,
                     Period period) {
    }

    /**
     * Two years and a count whose contract declares their range, as a module's supplement does
     * ({@code META-INF/ip-rules/schema/io.iprules.json.JsonContractMessagesTest$Period.json} in the test resources):
     * {@code from} 1985 to 2100, {@code to} from 1985 up, {@code weeks} up to 52.
     */
    record Period(Integer from, Integer to, Long weeks) {
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private final RulesEngine engine = mock(RulesEngine.class);
    private final JsonContract contract;

    JsonContractMessagesTest() {
        PolicyDescription d = new PolicyDescription("p-1", Text.plain("P"), null, TODAY, TODAY, null, "p-1 §9", "1",
                List.of(), List.of(), List.of(new SubjectKind("applicant", Applicant.class, Text.plain("a")),
                new SubjectKind("county", Item.class, Text.plain("c"))));
        when(engine.policies()).thenReturn(List.of(d));
        when(engine.policy("p-1")).thenReturn(d);
        when(engine.evaluate(any(EvaluationRequest.class))).thenAnswer(inv -> {
            EvaluationRequest r = inv.getArgument(0);
            return EvaluationResult.builder("p-1", r.asOf(), "x").build();
        });
        contract = new JsonContract(engine);
    }

    private Problem problem(String json) {
        try {
            contract.read(json.getBytes(StandardCharsets.UTF_8), TODAY);
        } catch (InvalidRequestException e) {
            assertThat(e.problems()).as(json).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("expected the request to be refused: " + json);
    }

    private Problem field(String name, String value) {
        return problem("{\"policy\": \"p-1\", \"applicant\": {\"" + name + "\": " + value + "}}");
    }

    @Test
    void everyValueOfAWrongTypeIsToldNotOnlyTheFirst() {
        InvalidRequestException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidRequestException.class,
                () -> contract.read(("{\"policy\": \"p-1\", \"applicant\": {\"name\": \"甲\", \"count\": \"x\", "
                        + "\"flag\": \"yes\", \"level\": \"MIDDLE\", \"items\": [1, {\"label\": \"ok\"}, true], "
                        + "\"counted\": {\"n\": \"many\"}, \"date\": \"2013-13-01\"}}").getBytes(StandardCharsets.UTF_8), TODAY));
        assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder("applicant.count",
                "applicant.flag", "applicant.level", "applicant.items[0]", "applicant.items[2]", "applicant.counted.n",
                "applicant.date");
        // each told once, for what was wrong with it: not again as missing once it was set aside
        assertThat(e.problems()).filteredOn(p -> p.path().equals("applicant.counted.n")).singleElement()
                .satisfies(p -> assertThat(p.message()).doesNotContain("null"));
        assertThat(e.problems()).filteredOn(p -> p.path().equals("applicant.date")).singleElement()
                .isEqualTo(new Problem("applicant.date", "must be a real date YYYY-MM-DD, not '2013-13-01'"));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.bilingual()).isTrue());
    }

    /**
     * A wrong {@code asOf} or an unknown field beside the subject does not hide the subject's own problems: put
     * right, the request must not be refused again for something it could have been told the first time.
     */
    @Test
    void aWrongAsOfOrAnUnknownFieldDoesNotHideTheSubjectsProblems() {
        InvalidRequestException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidRequestException.class,
                () -> contract.read(("{\"policy\": \"p-1\", \"asOf\": \"2013/12/31\", \"extra\": 1, \"applicant\": "
                        + "{\"name\": \"甲\", \"count\": \"x\", \"flag\": \"yes\"}}").getBytes(StandardCharsets.UTF_8), TODAY));
        assertThat(e.problems()).extracting(Problem::path).startsWith("asOf", "extra")
                .containsExactlyInAnyOrder("asOf", "extra", "applicant.count", "applicant.flag");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.bilingual()).isTrue());

        InvalidRequestException notAnObject = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidRequestException.class, () -> contract.read(
                        "{\"policy\": \"p-1\", \"asOf\": \"x\", \"applicant\": 7}".getBytes(StandardCharsets.UTF_8), TODAY));
        assertThat(notAnObject.problems()).extracting(Problem::path).containsExactly("asOf", "applicant");
        assertThat(notAnObject.problems().get(1).message(Language.ZH)).isEqualTo("必须是 JSON 对象,而不是数值");
    }

    /** The envelope's problems and the subject's together are cut at a hundred too, saying the rest was not checked. */
    @Test
    void theEnvelopesAndTheSubjectsProblemsTogetherStopAtAHundred() {
        StringBuilder unknown = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            unknown.append("\"u").append(i).append("\": 1, ");
        }
        String items = String.join(", ", java.util.Collections.nCopies(60, "1"));
        InvalidRequestException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidRequestException.class,
                () -> contract.read(("{\"policy\": \"p-1\", " + unknown + "\"applicant\": {\"items\": [" + items
                        + "]}}").getBytes(StandardCharsets.UTF_8), TODAY));
        assertThat(e.problems()).hasSize(InvalidRequestException.MAX_PROBLEMS + 1);
        assertThat(e.problems().subList(0, InvalidRequestException.MAX_PROBLEMS)).extracting(Problem::path)
                .startsWith("u0").contains("u59", "applicant.items[0]").endsWith("applicant.items[39]");
        assertThat(e.problems().get(InvalidRequestException.MAX_PROBLEMS))
                .isEqualTo(InvalidRequestException.notCheckedFurther());
    }

    @Test
    void pastAHundredWrongValuesTheRefusalSaysTheRestWasNotChecked() {
        String items = String.join(", ", java.util.Collections.nCopies(150, "1")); // 150 items, each not an object
        InvalidRequestException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidRequestException.class,
                () -> contract.read(("{\"policy\": \"p-1\", \"applicant\": {\"name\": \"甲\", \"items\": [" + items
                        + "]}}").getBytes(StandardCharsets.UTF_8), TODAY));
        assertThat(e.problems()).hasSize(InvalidRequestException.MAX_PROBLEMS + 1);
        assertThat(e.problems().subList(0, InvalidRequestException.MAX_PROBLEMS)).extracting(Problem::path)
                .startsWith("applicant.items[0]", "applicant.items[1]").endsWith("applicant.items[99]");
        Problem last = e.problems().get(InvalidRequestException.MAX_PROBLEMS);
        assertThat(last.message(Language.EN)).isEqualTo(
                "…the rest of the request was not checked: correct these and send it again");
        assertThat(last.message(Language.ZH)).isEqualTo("……请求的其余部分未检查:请改正以上问题后重新提交");
    }

    @Test
    void eachWrongValueIsWordedForItsType() {
        assertThat(field("date", "\"2013-13-01\"")).isEqualTo(new Problem("applicant.date",
                "must be a real date YYYY-MM-DD, not '2013-13-01'"));
        assertThat(field("date", "\"+10000-01-01\"")).isEqualTo(new Problem("applicant.date",
                "must be a real date YYYY-MM-DD, not '+10000-01-01'"));
        assertThat(field("date", "true")).isEqualTo(new Problem("applicant.date", "must be a date string YYYY-MM-DD"));
        assertThat(field("level", "\"MIDDLE\"")).isEqualTo(new Problem("applicant.level",
                "unknown value 'MIDDLE'; expected LOW or HIGH"));
        assertThat(field("level", "\"MIDDLE\"").message(Language.ZH)).isEqualTo("未知取值“MIDDLE”;可选:LOW 或 HIGH");
        assertThat(field("level", "1")).isEqualTo(new Problem("applicant.level",
                "unknown value '1'; expected LOW or HIGH"));
        // Jackson alone tries a value again trimmed; the schemas' enum of exact strings refuses it, so must the reader
        for (String spaced : List.of("\" LOW\"", "\"LOW \"", "\"LOW\\t\"", "\"\\nHIGH\"", "\"HIGH\\u0000\"")) {
            Problem p = field("level", spaced);
            assertThat(p.path()).as(spaced).isEqualTo("applicant.level");
            assertThat(p.message(Language.EN)).as(spaced).startsWith("unknown value '").endsWith("'; expected LOW or HIGH")
                    .isNotEqualTo("unknown value 'LOW'; expected LOW or HIGH");
            assertThat(p.message(Language.ZH)).as(spaced).startsWith("未知取值“").endsWith("”;可选:LOW 或 HIGH");
        }
        assertThat(field("level", "\" LOW\"")).isEqualTo(new Problem("applicant.level",
                "unknown value ' LOW'; expected LOW or HIGH"));
        assertThat(field("level", "\"low\"")).isEqualTo(new Problem("applicant.level",
                "unknown value 'low'; expected LOW or HIGH"));
        assertThat(field("level", "true")).isEqualTo(new Problem("applicant.level", "must be LOW or HIGH"));
        assertThat(field("level", "true").message(Language.ZH)).isEqualTo("必须是 LOW 或 HIGH");
        assertThat(field("id", "\"not-a-uuid\"")).isEqualTo(new Problem("applicant.id",
                "must be a valid value, not 'not-a-uuid'"));
        assertThat(field("count", "\"x\"")).isEqualTo(new Problem("applicant.count", "must be a whole number"));
        // a count is a whole JSON number: 2.0, 1e3 and 2e0 are whole numbers written otherwise, so the message says
        // how to write one ("a whole number, not '1E+3'" was false of 1000), and is true of 2.5 too
        String written = "must be written as a whole number, without a decimal point or an exponent, not ";
        assertThat(field("big", "2.5")).isEqualTo(new Problem("applicant.big", written + "'2.5'"));
        assertThat(field("count", "2.5").message(Language.ZH)).isEqualTo("必须写成不带小数点或指数的整数,而不是“2.5”");
        // written with an exponent: quoted so that the exponent shows, not as the whole number it equals ("not '2'")
        assertThat(field("big", "2e0")).isEqualTo(new Problem("applicant.big", written + "'2E+0'"));
        assertThat(field("count", "2e0").message(Language.ZH)).isEqualTo("必须写成不带小数点或指数的整数,而不是“2E+0”");
        assertThat(field("big", "1e3")).isEqualTo(new Problem("applicant.big", written + "'1E+3'"));
        assertThat(field("count", "65e2")).isEqualTo(new Problem("applicant.count", written + "'6.5E+3'"));
        assertThat(field("big", "2.0")).isEqualTo(new Problem("applicant.big", written + "'2.0'"));
        assertThat(field("flag", "1")).isEqualTo(new Problem("applicant.flag", "must be true or false, not 1"));
        assertThat(field("name", "true")).isEqualTo(new Problem("applicant.name", "must be a string, not true"));
        assertThat(field("name", "{}")).isEqualTo(new Problem("applicant.name", "must be a string"));
        assertThat(field("items", "\"x\"")).isEqualTo(new Problem("applicant.items", "must be a list"));
        assertThat(field("even", "[]")).isEqualTo(new Problem("applicant.even", "must be a JSON object {…}"));
        assertThat(field("counted", "{\"n\": null}")).isEqualTo(new Problem("applicant.counted.n", "must not be null"));
        assertThat(field("counted", "{}")).isEqualTo(new Problem("applicant.counted.n", "must not be null"));
        // the bound a number went past, not the Java type's whole range (a count is never told it may be negative)
        assertThat(field("count", "99999999999")).isEqualTo(new Problem("applicant.count",
                "must be a whole number of at most 2147483647, not 99999999999"));
        assertThat(field("count", "2147483648").message(Language.ZH))
                .isEqualTo("必须是不超过 2147483647 的整数,现为 2147483648");
        assertThat(field("count", "-2147483649").message(Language.ZH))
                .isEqualTo("必须是不小于 -2147483648 的整数,现为 -2147483649");
        assertThat(field("big", "9223372036854775808")).isEqualTo(new Problem("applicant.big",
                "must be a whole number of at most 9223372036854775807, not 9223372036854775808"));
        assertThat(field("big", "1000000000000000000000000000000").message(Language.EN))
                .isEqualTo("must be a whole number of at most 9223372036854775807, not 1000000000000000000000000000000");
        // a year past an int: told the range its contract declares, not Java's 2147483647 (a module's year, 1985 to
        // 2100); a side the contract leaves open keeps the type's bound
        assertThat(field("period", "{\"from\": 99999999999}")).isEqualTo(new Problem("applicant.period.from",
                "must be a whole number from 1985 to 2100, not 99999999999"));
        assertThat(field("period", "{\"from\": -2147483649}").message(Language.ZH))
                .isEqualTo("必须是 1985 至 2100 之间的整数,现为 -2147483649");
        assertThat(field("period", "{\"to\": -2147483649}")).isEqualTo(new Problem("applicant.period.to",
                "must be a whole number of at least 1985, not -2147483649"));
        assertThat(field("period", "{\"to\": 2147483648}")).isEqualTo(new Problem("applicant.period.to",
                "must be a whole number of at most 2147483647, not 2147483648"));
        assertThat(field("period", "{\"weeks\": 9223372036854775808}").message(Language.ZH))
                .isEqualTo("必须是不超过 52 的整数,现为 9223372036854775808");
        // a list of objects given a number or a boolean: an object, not the parser's creator talk nor a Java type name
        assertThat(field("items", "[1]")).isEqualTo(new Problem("applicant.items[0]", "must be a JSON object {…}"));
        assertThat(field("items", "[true]").message(Language.ZH)).isEqualTo("必须是 JSON 对象 {…}");
        assertThat(field("figures", "0")).isEqualTo(new Problem("applicant.figures",
                "must be a JSON object {\"name\": value, …}"));
        assertThat(field("figures", "[]").message(Language.ZH)).isEqualTo("必须是 JSON 对象 {\"名称\": 取值, …}");
        assertThat(field("even", "1").message(Language.ZH)).doesNotContain("Even");
        assertThat(field("money", "true")).isEqualTo(new Problem("applicant.money",
                "must be a decimal number (a string such as \"12345.67\", or a number)"));
    }

    /**
     * Regression: a yes/no, a count or a decimal given as a string of spaces was read as not given at all (the
     * parser's default for a blank string): {@code "sme": "   "} was evaluated as a request without {@code sme},
     * and a required one was told "is required" though a value was there. It is a string, refused as any other.
     */
    @Test
    void aBlankStringIsAWrongValueNotAMissingOne() {
        for (String blank : new String[] {"\"   \"", "\"\\t\"", "\" \\n \""}) {
            assertThat(field("flag", blank).path()).as(blank).isEqualTo("applicant.flag");
            assertThat(field("count", blank).path()).as(blank).isEqualTo("applicant.count");
            assertThat(field("big", blank).path()).as(blank).isEqualTo("applicant.big");
            assertThat(field("money", blank).path()).as(blank).isEqualTo("applicant.money");
        }
        assertThat(field("flag", "\"   \"")).isEqualTo(new Problem("applicant.flag",
                "must be true or false, not '   '", "必须是 true 或 false,而不是“   ”"));
        // no number at all: told the kind asked for, not how to write a number of that kind
        assertThat(field("count", "\"   \"")).isEqualTo(new Problem("applicant.count",
                "must be a whole number, not '   '", "必须是整数,而不是“   ”"));
        assertThat(field("money", "\"   \"")).isEqualTo(new Problem("applicant.money",
                "must be a decimal number, not '   '", "必须是数值,而不是“   ”"));
    }

    /**
     * Regression: a decimal given as the string "null" was read as JSON's null, not given (the parser's textual null
     * for a decimal), where a count or a yes/no given so is refused. It is a string that is no number.
     */
    @Test
    void theStringNullIsNoDecimal() {
        assertThat(field("money", "\"null\"")).isEqualTo(new Problem("applicant.money",
                "must be a decimal number, not 'null'", "必须是数值,而不是“null”"));
        assertThat(field("money", "\" null \"").path()).isEqualTo("applicant.money");
        assertThat(field("count", "\"null\"").path()).isEqualTo("applicant.count");
        assertThat(field("flag", "\"null\"").path()).isEqualTo("applicant.flag");
        // a decimal string and a JSON null are read as before
        assertThat(((Applicant) contract.read("{\"policy\": \"p-1\", \"applicant\": {\"money\": \"12.50\"}}"
                .getBytes(StandardCharsets.UTF_8), TODAY).request().subject()).money()).isEqualByComparingTo("12.50");
        assertThat(((Applicant) contract.read("{\"policy\": \"p-1\", \"applicant\": {\"money\": null}}"
                .getBytes(StandardCharsets.UTF_8), TODAY).request().subject()).money()).isNull();
    }

    /**
     * Regression: a decimal written as a string was read by Java's rules, not the contract's: {@code " 5"} (trimmed),
     * {@code "１２"} (full-width digits, read as 12), {@code "+5"}, {@code "1e3"}, {@code "5."} and {@code ".5"} were
     * accepted, though the request schemas publish {@code ^-?[0-9]+(\.[0-9]+)?$} and a client validating against
     * them refuses each. Each is now refused at its path; the shapes the schema allows are read exactly as before.
     */
    @Test
    void aDecimalStringHasTheSchemasShape() {
        for (String refused : new String[] {"\" 5\"", "\"5 \"", "\"１２\"", "\"+5\"", "\"1e3\"", "\"5.\"", "\".5\"",
                "\"-\"", "\"--5\"", "\"5.0.0\"", "\"0x10\"", "\"٣\"", "\"\""}) {
            assertThat(field("money", refused).path()).as(refused).isEqualTo("applicant.money");
        }
        assertThat(field("money", "\"１２\"")).isEqualTo(new Problem("applicant.money",
                "must be a decimal number, not '１２'", "必须是数值,而不是“１２”"));
        for (String[] read : new String[][] {{"12", "12"}, {"-3", "-3"}, {"0.05", "0.05"}, {"007.50", "7.5"},
                {"-0.0", "0"}}) {
            assertThat(((Applicant) contract.read(("{\"policy\": \"p-1\", \"applicant\": {\"money\": \"" + read[0]
                    + "\"}}").getBytes(StandardCharsets.UTF_8), TODAY).request().subject()).money())
                    .as(read[0]).isEqualByComparingTo(read[1]);
        }
        // a JSON number is a number: its own syntax, not the string shape, decides (1e3 is 1000)
        assertThat(((Applicant) contract.read("{\"policy\": \"p-1\", \"applicant\": {\"money\": 1e3}}"
                .getBytes(StandardCharsets.UTF_8), TODAY).request().subject()).money()).isEqualByComparingTo("1000");
    }

    /**
     * Regression: Jackson's date reader took a date written as an array, [2013, 6, 30], as 2013-06-30 (and [] as no
     * date at all); the contract's dates are YYYY-MM-DD strings, and anything else is refused at its path.
     */
    @Test
    void aDateIsAStringAndNothingElse() {
        for (String notAString : new String[] {"[2013, 6, 30]", "[]", "[\"2013-06-30\"]", "{}", "15000", "20130630"}) {
            assertThat(field("date", notAString)).as(notAString)
                    .isEqualTo(new Problem("applicant.date", "must be a date string YYYY-MM-DD"));
        }
        assertThat(field("date", "\"2013-6-30\"")).isEqualTo(new Problem("applicant.date",
                "must be a real date YYYY-MM-DD, not '2013-6-30'"));
        assertThat(field("date", "\"\"")).isEqualTo(new Problem("applicant.date",
                "must be a real date YYYY-MM-DD, not ''"));
        // null is no date: the module says whether one is required
        assertThat(((Applicant) contract.read("{\"policy\": \"p-1\", \"applicant\": {\"date\": null}}"
                .getBytes(StandardCharsets.UTF_8), TODAY).request().subject()).date()).isNull();
        assertThat(((Applicant) contract.read("{\"policy\": \"p-1\", \"applicant\": {\"date\": \"2013-06-30\"}}"
                .getBytes(StandardCharsets.UTF_8), TODAY).request().subject()).date()).isEqualTo(LocalDate.of(2013, 6, 30));
    }

    @Test
    void aModulesOwnCheckIsPassedOnWithItsPath() {
        assertThat(field("even", "{\"count\": 3}")).isEqualTo(new Problem("applicant.even",
                "count must be even, not 3"));
        // a check that says nothing still names where it failed
        Problem quiet = field("quiet", "{\"count\": -1}");
        assertThat(quiet.path()).isEqualTo("applicant.quiet");
        assertThat(quiet.message()).isNotBlank();
    }

    @Test
    void pathsNameListItemsFromZero() {
        assertThat(field("items", "[{\"lable\": 1}]")).isEqualTo(new Problem("applicant.items[0].lable",
                "unknown field; expected label"));
        assertThat(field("items", "[{\"lable\": 1}]").message(Language.ZH)).isEqualTo("未知字段;可用字段:label");
        assertThat(field("items", "[{}, {\"label\": 1}]")).isEqualTo(new Problem("applicant.items[1].label",
                "must be a string, not 1"));
    }

    @Test
    void theEnvelopesFieldsAreNamedWithWhatTheyAre() {
        assertThat(problem("{\"policy\": true}")).isEqualTo(new Problem("policy", "must be a string, not true/false"));
        assertThat(problem("{\"policy\": [1]}")).isEqualTo(new Problem("policy", "must be a string, not a list"));
        assertThat(problem("{\"policy\": {}}")).isEqualTo(new Problem("policy", "must be a string, not an object"));
        assertThat(problem("{\"policy\": null}")).isEqualTo(new Problem("policy", "is required: one of p-1"));
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": 7}"))
                .isEqualTo(new Problem("applicant", "must be a JSON object, not a number"));
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": null}"))
                .isEqualTo(new Problem("applicant", "must be a JSON object, not null"));
        assertThat(problem("{\"policy\": \"p-1\", \"county\": []}"))
                .isEqualTo(new Problem("county", "must be a JSON object, not a list"));
        assertThat(problem("{\"policy\": \"p-1\", \"asOf\": [], \"applicant\": {}}"))
                .isEqualTo(new Problem("asOf", "must be a date string YYYY-MM-DD, not a list"));
        assertThat(problem("{\"policy\": \"p-1\", \"asOf\": \"2013-02-30\", \"applicant\": {}}"))
                .isEqualTo(new Problem("asOf", "must be a real date YYYY-MM-DD, not '2013-02-30'"));
        // java.time reads a signed or longer year; the contract's YYYY-MM-DD and the schemas' pattern do not
        assertThat(problem("{\"policy\": \"p-1\", \"asOf\": \"+999999999-12-31\", \"applicant\": {}}"))
                .isEqualTo(new Problem("asOf", "must be a real date YYYY-MM-DD, not '+999999999-12-31'"));
        assertThat(problem("{\"policy\": \"p-1\", \"asOf\": \"-0001-01-01\", \"applicant\": {}}"))
                .isEqualTo(new Problem("asOf", "must be a real date YYYY-MM-DD, not '-0001-01-01'"));
        assertThat(problem("\"x\"")).isEqualTo(new Problem("", "the request must be a JSON object, not a string"));
        assertThat(problem("12")).isEqualTo(new Problem("", "the request must be a JSON object, not a number"));
        assertThat(problem("null")).isEqualTo(new Problem("", "the request must be a JSON object, not null"));
        assertThat(problem(" ")).isEqualTo(new Problem("", "the request is empty; expected a JSON object"));
    }

    /** The same, in Chinese: what a value is, named in Chinese words (README: every input problem in both languages). */
    @Test
    void theEnvelopesFieldsAreNamedWithWhatTheyAreInChinese() {
        String[][] cases = {
                {"{\"policy\": true}", "policy", "必须是字符串,而不是布尔值(true/false)"},
                {"{\"policy\": [1]}", "policy", "必须是字符串,而不是列表"},
                {"{\"policy\": {}}", "policy", "必须是字符串,而不是对象"},
                {"{\"policy\": 1.5}", "policy", "必须是字符串,而不是数值"},
                {"{\"policy\": \"p-1\", \"applicant\": 7}", "applicant", "必须是 JSON 对象,而不是数值"},
                {"{\"policy\": \"p-1\", \"applicant\": null}", "applicant", "必须是 JSON 对象,而不是 null"},
                {"{\"policy\": \"p-1\", \"applicant\": \"x\"}", "applicant", "必须是 JSON 对象,而不是字符串"},
                {"{\"policy\": \"p-1\", \"county\": []}", "county", "必须是 JSON 对象,而不是列表"},
                {"{\"policy\": \"p-1\", \"asOf\": {}, \"applicant\": {}}", "asOf", "必须是日期字符串 YYYY-MM-DD,而不是对象"},
                {"{\"policy\": \"p-1\", \"asOf\": false, \"applicant\": {}}", "asOf",
                        "必须是日期字符串 YYYY-MM-DD,而不是布尔值(true/false)"},
                {"\"x\"", "", "请求必须是 JSON 对象,而不是字符串"},
                {"12", "", "请求必须是 JSON 对象,而不是数值"},
                {"[]", "", "请求必须是 JSON 对象,而不是列表"},
                {"true", "", "请求必须是 JSON 对象,而不是布尔值(true/false)"},
                {"null", "", "请求必须是 JSON 对象,而不是 null"},
        };
        for (String[] c : cases) {
            Problem p = problem(c[0]);
            assertThat(p.path()).as(c[0]).isEqualTo(c[1]);
            assertThat(p.message(Language.ZH)).as(c[0]).isEqualTo(c[2]);
        }
    }

    /** A result given for its request is told as such, once, not as a field-by-field list of unknown fields. */
    @Test
    void aResultGivenForARequestIsToldAsOne() {
        Problem p = problem("{\"policy\": \"p-1\", \"applicant\": \"某公司\", \"eligible\": true, \"awards\": [],"
                + " \"receipt\": {\"request\": \"sha256:00\"}}");
        assertThat(p.path()).isEmpty();
        assertThat(p.message(Language.EN)).isEqualTo("this is a result of an evaluation (it has eligible and receipt),"
                + " not a request: give the request it was made from; to check a result, use replay");
        assertThat(p.message(Language.ZH)).startsWith("这是一个评估结果(含 eligible 与 receipt),而不是请求");
        // either field alone is an unknown field of a request, as before
        assertThat(problem("{\"policy\": \"p-1\", \"receipt\": {}, \"applicant\": {}}").path()).isEqualTo("receipt");
    }

    /**
     * A batch's output, several results one per line, given for a request is told as results first: "more content
     * after the request … as a batch" sent the user to batch, where each line failed again as a result.
     */
    @Test
    void severalResultsGivenForARequestAreToldAsResults() {
        String result = "{\"policy\": \"p-1\", \"eligible\": true, \"awards\": [], \"receipt\": {\"request\": \"sha256:00\"}}";
        Problem p = problem(result + "\n" + result + "\n");
        assertThat(p.path()).isEmpty();
        String en = "this is not a request but the output of evaluations (a result has eligible and receipt, an error "
                + "line has line and error), and more content follows it (line 2, column 1); give the requests they "
                + "were made from; to check a batch's results, use ip-rules replay --line N";
        assertThat(p.message(Language.EN)).isEqualTo(en);
        assertThat(p.message(Language.ZH)).isEqualTo("这不是请求,而是评估的输出(结果含 eligible 与 receipt,错误行含 line 与"
                + " error),其后还有内容(第 2 行第 1 列);请给出生成它们的请求;核对批量评估的结果用 ip-rules replay --line N");
        // a batch's output whose first line is an error line (its request refused) is output all the same
        String errorLine = "{\"line\":1,\"error\":{\"problems\":[{\"path\":\"policy\",\"message\":\"…\"}]}}";
        assertThat(problem(errorLine + "\n" + result + "\n").message(Language.EN)).isEqualTo(en);
        // one error line alone is told as one
        Problem one = problem(errorLine);
        assertThat(one.path()).isEmpty();
        assertThat(one.message(Language.EN)).isEqualTo("this is an error line of a batch's output (it has line and "
                + "error), not a request: give that line's request, corrected as the error line says");
        assertThat(one.message(Language.ZH)).isEqualTo("这是批量评估输出的一个错误行(含 line 与 error),而不是请求:请给出该行的"
                + "请求,按错误行所述改正");
        // two requests are still told to go one per line, as a batch
        String request = "{\"policy\": \"p-1\", \"applicant\": {}}";
        assertThat(problem(request + "\n" + request).message(Language.EN))
                .startsWith("more content after the request (line 2, column 1)").contains("as a batch");
    }

    /** The fields a request may have, and the subjects it carries one of, as words: not a Java list's {@code [a, b]}. */
    @Test
    void unknownAndDoubledSubjectsAreNamedWithWhatThePolicyTakes() {
        Problem unknown = problem("{\"policy\": \"p-1\", \"applicant\": {}, \"city\": {}}");
        assertThat(unknown.path()).isEqualTo("city");
        assertThat(unknown.message(Language.EN)).isEqualTo(
                "unknown field; a request of p-1 may have policy, asOf, applicant or county");
        assertThat(unknown.message(Language.ZH)).isEqualTo("未知字段;p-1 的请求可包含 policy、asOf、applicant 或 county");
        Problem both = problem("{\"policy\": \"p-1\", \"applicant\": {}, \"county\": {}}");
        assertThat(both.path()).isEqualTo("county");
        assertThat(both.message(Language.EN)).isEqualTo(
                "a request carries only one of applicant or county, not both applicant and county");
        assertThat(both.message(Language.ZH)).isEqualTo(
                "一个请求只能包含 applicant 或 county 之一,不能同时包含 applicant 和 county");
    }

    @Test
    void brokenJsonIsQuotedOnItsFirstLine() {
        Problem p = problem("{\"policy\": \"p-1\", \"applicant\": {\"name\": x}}");
        assertThat(p.message()).isEqualTo("not valid JSON (line 1, column 41): unrecognised 'x': a value (a string, "
                + "number, array, object, true, false or null) was expected here");
    }

    /**
     * A column is counted in characters, as an editor shows it: the parser, reading bytes, counts a Chinese
     * character as three columns. Worked out by hand: the head is 40 characters, "中文名称" with its quotes takes
     * columns 41 to 46, the comma 47, the space 48, so x is at column 49 (57 in bytes).
     */
    @Test
    void aColumnIsCountedInCharactersNotBytes() {
        String head = "{\"policy\": \"p-1\", \"applicant\": {\"name\": ";
        assertThat(problem(head + "\"中文名称\", x}}").message()).isEqualTo("not valid JSON (line 1, column 49): "
                + "unexpected character 'x': a field name in double quotes was expected here");
        // "中文" with its quotes 41 to 44, the comma 45, the space 46, "items" 47 to 53, the colon 54, the space 55,
        // the array opens at 56, 1 is 57 and the } the parser could not take 58; the 𝄞 before it is one character
        // (four bytes, two UTF-16 units)
        Problem array = problem(head + "\"中文\", \"items\": [1}}");
        assertThat(array.message()).isEqualTo("not valid JSON (line 1, column 58): unexpected closing '}': ']' was "
                + "expected here, to close the array that starts at line 1, column 56");
        assertThat(array.message(Language.ZH)).isEqualTo("不是有效的 JSON(第 1 行第 58 列):意外的结束符“}”:此处应为“]”,"
                + "以结束第 1 行第 56 列开始的列表");
        // on a later line: the line after a CR LF and a line with é (two bytes) before the error: "a":"é" is 7
        // characters, the space 8, y 9
        assertThat(problem("{\"policy\": \"p-1\",\r\n \"applicant\": {\"名\": 1,\n\"a\":\"é\" y}}").message())
                .startsWith("not valid JSON (line 3, column 9): ");
        // content after the request: {"policy":"名"} is 14 characters, the space 15, the second document at 16
        // worded for each reader of a request (evaluate, a batch's line, the service): no "file", no one command
        Problem after = problem("{\"policy\":\"名\"} {}");
        assertThat(after.message()).isEqualTo("more content after the request (line 1, column 16): one request is one "
                + "JSON object; several requests go one per line, as a batch (`ip-rules batch`, `POST /v1/batch`)");
        assertThat(after.message(Language.ZH)).isEqualTo("请求之后还有内容(第 1 行第 16 列):一个请求是一个 JSON 对象;"
                + "多个请求每行一个,作为批量提交(`ip-rules batch`、`POST /v1/batch`)");
    }

    /**
     * Broken JSON, as people type it, told in Chinese as a whole: what is wrong, where, and what was expected there;
     * no English phrase of the parser is left, and no parser feature is named in either language.
     */
    @Test
    void brokenJsonIsToldInChineseWithoutTheParsersWords() {
        String head = "{\"policy\": \"p-1\", \"applicant\": {\"name\": ";
        // head is 40 characters: the applicant's object opens at column 32, the value starts at column 41
        String[][] cases = {
                {head + "\"x\",}}", "意外的字符“}”:此处应为以双引号开始的字段名"},
                {head + "\"x\"}}}", "意外的结束符“}”:没有尚未结束的对象"},
                {head + "\"x\"}}]", "意外的结束符“]”:没有尚未结束的列表"},
                {head + "nul}}", "无法识别的“nul”:此处应为一个值(字符串、数值、列表、对象、true、false 或 null)"},
                {head + "\"x\\q\"}}", "字符串中有无法识别的转义:反斜杠之后的“q”"},
                {head + "01}}", "无效的数值:数值不能以 0 开头"},
                {"{\"policy\" \"p-1\"}", "意外的字符“\"”:此处应为分隔字段名和值的冒号"},
                {head + "\"x\" \"y\": 1}}", "意外的字符“\"”:此处应为分隔对象条目的逗号"},
                {head + "[1 2]}}", "意外的字符“2”:此处应为分隔列表条目的逗号"},
                {head + "[1,]}}", "意外的字符“]”:此处应为一个值"},
                {head + "'x'}}", "意外的字符“'”:此处应为一个值(字符串、数值、列表、对象、true、false 或 null)"},
                {head + "\"x\"]}", "意外的结束符“]”:此处应为“}”,以结束第 1 行第 32 列开始的对象"},
                {head + "[1}}", "意外的结束符“}”:此处应为“]”,以结束第 1 行第 41 列开始的列表"},
                {head + "NaN}}", "“NaN”不是 JSON 的取值"},
                {head + "1e}}", "数值中意外的字符“}”:指数符号之后应为数字"},
                {head + "-}}", "数值中意外的字符“}”:负号之后应为数字"},
                {head + "+1}}", "数值中意外的字符“+”:JSON 的数值不带加号"},
                {head + "/* x */ 1}}", "意外的字符“/”:JSON 不允许注释"},
                {head + "\"\\u12\"}}", "意外的字符“\"”:\\u 转义应有四位十六进制数字"},
                {head + "\"a\tb\"}}", "字符串中有未转义的控制字符(编码 9):须用反斜杠转义书写"},
                {head + "[{\"", "内容意外结束:字段名缺少结尾的双引号"},
                {head + "\"abc", "字符串中意外结束"},
        };
        for (String[] c : cases) {
            Problem p = problem(c[0]);
            assertThat(p.message(Language.ZH)).as(c[0]).matches("不是有效的 JSON\\(第 1 行第 \\d+ 列\\):.*")
                    .endsWith("列):" + c[1]);
            assertThat(p.message(Language.ZH).replaceAll("“[^”]*”|JSON|true|false|null|\\\\u", ""))
                    .as(c[0]).doesNotContainPattern("[A-Za-z]");
            assertThat(p.message()).as(c[0]).startsWith("not valid JSON (line 1, column ").doesNotContain("Feature")
                    .doesNotContain("enable");
        }
    }

    /**
     * The same broken JSON told in English in the contract's words, as in Chinese: where the parser stopped, what it
     * met and what was expected there; none of the parser's own phrases ("was expecting", "Unexpected close marker").
     */
    @Test
    void brokenJsonIsToldInEnglishInTheContractsWords() {
        String head = "{\"policy\": \"p-1\", \"applicant\": {\"name\": ";
        String anyValue = "a value (a string, number, array, object, true, false or null) was expected here";
        // head is 40 characters: the applicant's object opens at column 32, the value starts at column 41; the parser
        // gives the column of the character or token it could not take (a control character's: the column after it)
        String[][] cases = {
                {head + "\"x\",}}", "(line 1, column 45): unexpected character '}': a field name in double quotes "
                        + "was expected here"},
                {head + "\"x\"}}}", "(line 1, column 46): unexpected closing '}': no object is open"},
                {head + "\"x\"}}]", "(line 1, column 46): unexpected closing ']': no array is open"},
                {head + "nul}}", "(line 1, column 41): unrecognised 'nul': " + anyValue},
                {head + "\"x\\q\"}}", "an escape a string cannot have: 'q' after a backslash"},
                {head + "01}}", "not a number: a number does not start with 0"},
                {"{\"policy\" \"p-1\"}", "(line 1, column 11): unexpected character '\"': a colon between the field "
                        + "name and its value was expected here"},
                {head + "\"x\" \"y\": 1}}", "unexpected character '\"': a comma between the object's entries was "
                        + "expected here"},
                {head + "[1 2]}}", "unexpected character '2': a comma between the array's entries was expected here"},
                {head + "[1,]}}", "unexpected character ']': a value was expected here"},
                {head + "'x'}}", "unexpected character ''': " + anyValue},
                {head + "\"x\"]}", "unexpected closing ']': '}' was expected here, to close the object that starts at "
                        + "line 1, column 32"},
                {head + "[1}}", "unexpected closing '}': ']' was expected here, to close the array that starts at "
                        + "line 1, column 41"},
                {head + "NaN}}", "'NaN' is not a JSON value"},
                {head + "1e}}", "unexpected character '}' in a number: a digit must follow the exponent's e"},
                {head + "-}}", "unexpected character '}' in a number: a digit must follow the minus sign"},
                {head + "+1}}", "unexpected character '+' in a number: a JSON number has no plus sign"},
                {head + "/* x */ 1}}", "unexpected character '/': JSON has no comments"},
                {head + "\"\\u12\"}}", "unexpected character '\"': a \\u escape takes four hexadecimal digits"},
                {head + "\"a\tb\"}}", "unescaped control character (code 9) in a string: write it escaped, with a "
                        + "backslash"},
                {head + "[{\"", "the text ends early: a field name has no closing double quote"},
                {head + "\"abc", "the text ends early, in a string"},
                {head + "[1, 2", "(line 1, column 46): the text ends early: the array that starts at line 1, column 41 "
                        + "is not closed"},
                {head + "\"x\"", "(line 1, column 44): the text ends early: the object that starts at line 1, column 32 "
                        + "is not closed"},
                {"{\"policy\":", "(line 1, column 11): the text ends early, among the entries of an object"},
                {head + "\u0000\"x\"}}", "(line 1, column 42): unexpected control character (code 0): only spaces, "
                        + "tabs and line breaks may stand between JSON's names, values and punctuation"},
                {"{\"policy\": \"p-1\", \"appl\u001bicant\": {}}", "unescaped control character (code 27) in a field "
                        + "name: write it escaped, with a backslash"},
                {"0{\"policy\": \"p-1\"}", "(line 1, column 2): unexpected character '{': white space was expected "
                        + "after the top-level value"},
        };
        for (String[] c : cases) {
            String en = problem(c[0]).message(Language.EN);
            assertThat(en).as(c[0]).matches("not valid JSON \\(line 1, column \\d+\\): .*").endsWith(c[1]);
            assertThat(en).as(c[0]).doesNotContain("expecting").doesNotContain("marker").doesNotContain("token")
                    .doesNotContain("Unexpected").doesNotContain("Unrecognized");
        }
    }

    /**
     * The parser's words for a control character between tokens or in a field name, for a value after a root-level
     * number, and for a token holding U+0085 (which a regular expression's "." does not match) are told in Chinese
     * as the rest: they came out in the parser's English in a Chinese run.
     */
    @Test
    void controlCharactersAndRootLevelLeftoversAreToldInChineseToo() {
        String head = "{\"policy\": \"p-1\", \"applicant\": {\"name\": ";
        String[][] cases = {
                {head + "\u0000\"x\"}}", "(第 1 行第 42 列):意外的控制字符(编码 0):JSON 的记号之间只允许空格、制表符和换行符"},
                {head + "\f\"x\"}}", "(第 1 行第 42 列):意外的控制字符(编码 12):JSON 的记号之间只允许空格、制表符和换行符"},
                {"{\"policy\": \"p-1\", \"appl\u001bicant\": {}}", "字段名中有未转义的控制字符(编码 27):须用反斜杠转义书写"},
                {"0{\"policy\": \"p-1\"}", "(第 1 行第 2 列):意外的字符“{”:顶层的值之后应为空白"},
                {head + "tr\u0085ue}}", "无法识别的“tr\u0085ue”:此处应为一个值(字符串、数值、列表、对象、true、false 或 null)"},
        };
        for (String[] c : cases) {
            Problem p = problem(c[0]);
            assertThat(p.message(Language.ZH)).as(c[0]).startsWith("不是有效的 JSON(第 1 行第 ").endsWith(c[1]);
            assertThat(p.message(Language.ZH).replaceAll("“[^”]*”|JSON|true|false|null", ""))
                    .as(c[0]).doesNotContainPattern("[A-Za-z]");
            assertThat(p.message()).as(c[0]).startsWith("not valid JSON (line 1, column ");
        }
    }

    @Test
    void aRequestOfExactlyTheLargestSizeIsRead() {
        String request = "{\"policy\": \"p-1\", \"asOf\": \"2013-06-30\", \"applicant\": {\"name\": \"x\"}}";
        byte[] bytes = new byte[JsonContract.MAX_REQUEST_BYTES];
        Arrays.fill(bytes, (byte) ' ');
        byte[] r = request.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(r, 0, bytes, 0, r.length);
        assertThat(contract.read(bytes, TODAY).request().asOf()).isEqualTo(LocalDate.of(2013, 6, 30));
    }

    private EvaluationResult evaluate(String asOf, LocalDate override) {
        String json = "{\"policy\": \"p-1\"" + (asOf == null ? "" : ", \"asOf\": \"" + asOf + "\"")
                + ", \"applicant\": {\"name\": \"x\"}}";
        return contract.evaluate(json.getBytes(StandardCharsets.UTF_8), TODAY, override);
    }

    @Test
    void theAsOfDateIsTheOverrideElseTheRequestsElseTodaySaidInAWarning() {
        LocalDate override = LocalDate.of(2015, 1, 1);
        EvaluationResult given = evaluate("2013-06-30", null);
        assertThat(given.asOf()).isEqualTo(LocalDate.of(2013, 6, 30));
        assertThat(given.warnings()).isEmpty();
        EvaluationResult overridden = evaluate("2013-06-30", override);
        assertThat(overridden.asOf()).isEqualTo(override);
        assertThat(overridden.warnings()).isEmpty();
        EvaluationResult overriddenWithout = evaluate(null, override);
        assertThat(overriddenWithout.asOf()).isEqualTo(override);
        assertThat(overriddenWithout.warnings()).isEmpty();
        EvaluationResult defaulted = evaluate(null, null);
        assertThat(defaulted.asOf()).isEqualTo(TODAY);
        assertThat(defaulted.warnings()).extracting(w -> w.in(Language.EN))
                .containsExactly("the request gives no asOf date: evaluated as of today in China (Asia/Shanghai), 2026-11-21");
    }
}
