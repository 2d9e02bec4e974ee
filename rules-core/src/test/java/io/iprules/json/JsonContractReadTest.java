package io.iprules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.PolicyDescription;
import io.iprules.Problem;
import io.iprules.RulesEngine;
import io.iprules.SubjectKind;
import io.iprules.Text;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strict reading of requests, against a policy faked with Mockito (no rules needed). */
class JsonContractReadTest {
    enum Kind { A, B }

    record Item(String label, Integer count) {
    }

    record Applicant(String name, Integer count, BigDecimal money, LocalDate date, Kind kind, Boolean flag,
                     List<Item> items) {
    }

    record Set(String province, List<Applicant> cities) {
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private final JsonContract contract;

    JsonContractReadTest() {
        PolicyDescription d = new PolicyDescription("p-1", Text.plain("P"), null, TODAY, TODAY, null, "p-1 §9", "1",
                List.of(), List.of(), List.of(new SubjectKind("applicant", Applicant.class, Text.plain("a")),
                new SubjectKind("recommendation", Set.class, Text.plain("r"))));
        RulesEngine engine = mock(RulesEngine.class);
        when(engine.policies()).thenReturn(List.of(d));
        when(engine.policy("p-1")).thenReturn(d);
        when(engine.policy("nope")).thenThrow(new IllegalArgumentException("unknown policy 'nope'"));
        contract = new JsonContract(engine);
    }

    private JsonContract.ParsedRequest read(String json) {
        return contract.read(json.getBytes(StandardCharsets.UTF_8), TODAY);
    }

    private List<Problem> problems(String json) {
        try {
            read(json);
        } catch (InvalidRequestException e) {
            return e.problems();
        }
        throw new AssertionError("expected the request to be refused: " + json);
    }

    private Problem problem(String json) {
        List<Problem> p = problems(json);
        assertThat(p).hasSize(1);
        return p.get(0);
    }

    @Test
    void bindsTheSubjectExactly() {
        var r = read("{\"policy\": \"p-1\", \"asOf\": \"2013-06-30\", \"applicant\": {\"name\": \"嘉兴\", \"count\": 3,"
                + " \"money\": \"12345.67\", \"date\": \"2013-02-28\", \"kind\": \"B\", \"flag\": true,"
                + " \"items\": [{\"label\": \"x\", \"count\": 1}]}}");
        assertThat(r.asOfDefaulted()).isFalse();
        assertThat(r.request().asOf()).isEqualTo(LocalDate.of(2013, 6, 30));
        assertThat(r.request().subjectKey()).isEqualTo("applicant");
        Applicant a = (Applicant) r.request().subject();
        assertThat(a.money()).isEqualTo(new BigDecimal("12345.67"));
        assertThat(a.items()).containsExactly(new Item("x", 1));
    }

    /** The one-pass reader takes the common shape; whatever it takes, it must read as the tree reader does. */
    @Test
    void theDirectReaderAgreesWithTheTreeReader() {
        String[] requests = {
            "{\"policy\": \"p-1\", \"asOf\": \"2013-06-30\", \"applicant\": {\"name\": \"嘉兴\", \"count\": 3,"
                    + " \"money\": \"12345.670\", \"date\": \"2013-02-28\", \"kind\": \"B\", \"flag\": true,"
                    + " \"items\": [{\"label\": \"x\", \"count\": 1}, {\"label\": null}]}}",
            "{\"policy\": \"p-1\", \"applicant\": {\"money\": 0.10}, \"asOf\": \"2013-06-30\"}",
            "{\"policy\": \"p-1\", \"applicant\": {}}",
            "{\"policy\": \"p-1\", \"asOf\": \"2017-07-01\", \"recommendation\": {\"province\": \"浙江\", \"cities\": "
            + "[{}]}}",
            "{\"applicant\": {\"name\": \"x\"}, \"policy\": \"p-1\"}",      // subject first: only the tree reader
            "{\"asOf\": \"2013-06-30\", \"policy\": \"p-1\", \"applicant\": {}}"
        };
        int direct = 0;
        for (String r : requests) {
            byte[] json = r.getBytes(StandardCharsets.UTF_8);
            JsonContract.ParsedRequest fast = contract.readDirectly(json, TODAY);
            JsonContract.ParsedRequest tree = contract.readThroughTree(json, TODAY, null);
            if (fast != null) {
                direct++;
                assertThat(fast).as(r).isEqualTo(tree);
            }
            assertThat(read(r)).as(r).isEqualTo(tree);
        }
        assertThat(direct).isEqualTo(4);
        // an invalid request is never taken by the direct reader: the tree reader words the problem
        for (String bad : new String[] {"{\"policy\": \"p-1\", \"applicant\": {\"count\": \"3\"}}",
                "{\"policy\": \"p-1\", \"applicant\": {}} x", "{\"policy\": \"p-1\", \"applicant\": {}, \"x\": 1}",
                "{\"policy\": \"p-1\", \"asOf\": \"2013-02-30\", \"applicant\": {}}",
                "{\"policy\": \"p-1\", \"applicant\": {}, \"applicant\": {}}"}) {
            assertThat(contract.readDirectly(bad.getBytes(StandardCharsets.UTF_8), TODAY)).as(bad).isNull();
        }
    }

    /** A request without asOf needs today: a caller who gives neither date is told so, naming the parameter. */
    @Test
    void evaluatingWithoutTodayOrAnOverrideIsRefusedNamingToday() {
        byte[] json = "{\"policy\": \"p-1\", \"asOf\": \"2013-06-30\", \"applicant\": {}}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> contract.evaluate(json, null, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("today: required unless override is given (the date of a request without asOf)");
    }

    @Test
    void moneyMayBeANumberAndStaysExact() {
        Applicant a = (Applicant) read("{\"policy\": \"p-1\", \"applicant\": {\"money\": 0.10}}").request().subject();
        assertThat(a.money().toPlainString()).isEqualTo("0.10");
    }

    @Test
    void aMissingAsOfIsTodayAndSaidSo() {
        var r = read("{\"policy\": \"p-1\", \"applicant\": {}}");
        assertThat(r.asOfDefaulted()).isTrue();
        assertThat(r.request().asOf()).isEqualTo(TODAY);
    }

    @Test
    void theOtherSubjectKindIsAccepted() {
        var r = read("{\"policy\": \"p-1\", \"asOf\": \"2017-07-01\", \"recommendation\": {\"province\": \"浙江\", "
                + "\"cities\": []}}");
        assertThat(r.request().subjectKey()).isEqualTo("recommendation");
    }

    @Test
    void unknownFieldsAreErrorsAtTheirPath() {
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"nmae\": \"x\"}}").path())
                .isEqualTo("applicant.nmae");
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"items\": [{}, {\"lable\": 1}]}}"))
                .isEqualTo(new Problem("applicant.items[1].lable", "unknown field; expected count or label"));
        assertThat(problems("{\"policy\": \"p-1\", \"applicant\": {}, \"extra\": 1}"))
                .extracting(Problem::path).containsExactly("extra");
    }

    @Test
    void wrongTypesAreNamed() {
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"count\": \"3\"}}").message())
                .contains("whole number");
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"count\": 1.5}}").message())
                .contains("whole number");
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"flag\": \"true\"}}").message())
                .contains("true or false");
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"name\": [1]}}").message()).contains("a string");
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"items\": {}}}").message()).contains("a list");
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"money\": \"12,3\"}}").message())
                .contains("decimal number");
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"kind\": 0}}").message())
                .isEqualTo("unknown value '0'; expected A or B");
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"kind\": \"C\"}}").message())
                .isEqualTo("unknown value 'C'; expected A or B");
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": \"x\"}"))
                .isEqualTo(new Problem("applicant", "must be a JSON object, not a string"));
    }

    @Test
    void impossibleDatesAreRefused() {
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"date\": \"2013-02-29\"}}"))
                .isEqualTo(new Problem("applicant.date", "must be a real date YYYY-MM-DD, not '2013-02-29'"));
        assertThat(problem("{\"policy\": \"p-1\", \"asOf\": \"2013-6-30\", \"applicant\": {}}").path())
                .isEqualTo("asOf");
        assertThat(problem("{\"policy\": \"p-1\", \"asOf\": 20130630, \"applicant\": {}}").message())
                .contains("date string");
    }

    @Test
    void theEnvelopeIsChecked() {
        assertThat(problem("{\"asOf\": \"2013-01-01\"}")).isEqualTo(new Problem("policy", "is required: one of p-1"));
        // policy written in another case is named beside the missing policy, as an unknown field is
        assertThat(problems("{\"Policy\": \"p-1\", \"applicant\": {}}")).extracting(Problem::path)
                .containsExactly("policy", "Policy");
        assertThat(problems("{\"Policy\": \"p-1\"}").get(1).message()).isEqualTo("unknown field; did you mean policy?");
        assertThat(problem("{\"policy\": 1}").message()).contains("must be a string");
        assertThat(problem("{\"policy\": \"nope\", \"applicant\": {}}").message())
                .contains("unknown policy 'nope'; known: p-1");
        assertThat(problem("{\"policy\": \"p-1\"}").message())
                .isEqualTo("a request of p-1 needs 'applicant' or 'recommendation'");
        // in Chinese the field names bare, without the English quotes
        assertThat(problem("{\"policy\": \"p-1\"}").message(Language.ZH))
                .isEqualTo("p-1 的请求须包含 applicant 或 recommendation");
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {}, \"recommendation\": {}}").message())
                .contains("not both");
        assertThat(problem("[]").message()).contains("must be a JSON object");
        assertThat(problem("").message()).contains("empty");
    }

    @Test
    void brokenJsonSaysWhere() {
        Problem p = problem("{\"policy\": \"p-1\",\n \"applicant\": {\"name\": }}");
        assertThat(p.path()).isEmpty();
        assertThat(p.message()).startsWith("not valid JSON").contains("line 2");
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {}} trailing").message()).contains("not valid JSON");
        Problem twice = problem("{\"policy\": \"p-1\", \"policy\": \"p-1\", \"applicant\": {}}");
        assertThat(twice.message(Language.EN)).matches("a field appears twice: 'policy' \\(line 1, column \\d+\\)");
        assertThat(twice.message(Language.ZH)).matches("同一字段出现两次:“policy”\\(第 1 行第 \\d+ 列\\)");
        // with its path, as an unknown field has, also deep in the subject
        assertThat(twice.path()).isEqualTo("policy");
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"items\": [{\"code\": \"A\"}, {\"code\": \"A\", "
                + "\"code\": \"B\"}]}}").path()).isEqualTo("applicant.items[1].code");
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"money\": NaN}}").message())
                .contains("not valid JSON");
    }

    @Test
    void sizesAreBoundedAndTheErrorSaysWhereAndWhichLimit() {
        String deep = "[".repeat(JsonContract.MAX_NESTING + 5) + "]".repeat(JsonContract.MAX_NESTING + 5);
        Problem tooDeep = problem("{\"policy\": \"p-1\", \"applicant\": {\"items\": " + deep + "}}");
        assertThat(tooDeep.message()).isEqualTo("too large: values may be nested at most 32 levels deep");
        assertThat(tooDeep.path()).startsWith("applicant.items[0][0]");
        String digits = "1".repeat(JsonContract.MAX_NUMBER + 10);
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"money\": " + digits + "}}"))
                .isEqualTo(new Problem("applicant.money", "too large: a number may have at most "
                        + JsonContract.MAX_NUMBER + " characters"));
        String longName = "x".repeat(JsonContract.MAX_STRING + 10);
        assertThat(problem("{\"policy\": \"p-1\", \"applicant\": {\"list\": [\"a\", \"" + longName + "\"]}}"))
                .isEqualTo(new Problem("applicant.list[1]", "too large: a string may have at most 100000 characters, "
                        + "counted in UTF-16 units (one beyond U+FFFF, such as 𠀀, counts as two)"));
        assertThat(problem("{\"policy\": \"" + longName + "\", \"applicant\": {}}"))
                .isEqualTo(new Problem("policy", "too large: a string may have at most 100000 characters, counted in "
                        + "UTF-16 units (one beyond U+FFFF, such as 𠀀, counts as two)"));
        byte[] huge = new byte[JsonContract.MAX_REQUEST_BYTES + 1];
        assertThatThrownBy(() -> contract.read(huge, TODAY)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("at most");
    }
}
