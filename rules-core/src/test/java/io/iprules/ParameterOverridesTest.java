package io.iprules;

import static io.iprules.fixture.Chinese.assertNoEnglishBut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterOverridesTest {
    private static final LocalDate FROM = LocalDate.of(2012, 11, 5);

    private static final PolicyDescription POLICY = new PolicyDescription("p-1", Text.plain("P"), null, FROM, FROM,
            null, "p-1 §9", "1", List.of(), List.of(
                    new ParameterInfo("FIXED", ParameterUnit.YUAN, "p-1 §1", Text.plain("fixed"), false,
                            List.of(new ParameterValue(FROM, "300000", "p-1 §1"))),
                    new ParameterInfo("OPEN", ParameterUnit.YUAN, "p-1 §2", Text.plain("open"), true, List.of()),
                    new ParameterInfo("RATE", ParameterUnit.RATIO, "p-1 §3", Text.plain("rate"), true, List.of())),
            List.of(new SubjectKind("applicant", String.class, Text.plain("a"))));

    private static Map<String, PolicyDescription> apply(String json) {
        return ParameterOverrides.apply(Map.of("p-1", POLICY),
                List.of(ParameterOverrides.Source.json("params.json", json.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void anOpenParameterGetsTheDeploymentsValues() {
        PolicyDescription d = apply("""
                {"p-1": {"OPEN": [ {"from": "2013-01-01", "value": "5000", "source": "rule 1"},
                                   {"from": "2015-01-01", "value": 6000.50, "source": "rule 2"} ]}}""").get("p-1");
        ParameterInfo open = d.parameter("OPEN").orElseThrow();
        assertThat(open.values()).extracting(ParameterValue::value).containsExactly("5000", "6000.50");
        assertThat(open.valueOn(LocalDate.of(2014, 6, 1)).orElseThrow().source()).isEqualTo("rule 1");
        assertThat(d.parameter("FIXED").orElseThrow().values()).hasSize(1);
    }

    @Test
    void theTextsOwnFiguresCannotBeOverridden() {
        assertThatThrownBy(() -> apply("{\"p-1\": {\"FIXED\": [ {\"from\": \"2013-01-01\", \"value\": \"1\", "
                + "\"source\": \"s\"} ]}}"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("params.json: p-1.FIXED: is fixed by the text (p-1 §1)")
                .matches(e -> ((ConfigurationException) e).inParameters());
    }

    @Test
    void unknownPoliciesParametersAndFieldsAreNamed() {
        assertThatThrownBy(() -> apply("{\"p-2\": {}}")).hasMessageContaining("p-2: no such policy");
        assertThatThrownBy(() -> apply("{\"p-1\": {\"OPN\": [ {\"from\": \"2013-01-01\", \"value\": \"1\", \"source\": "
                + "\"s\"} ]}}"))
                .hasMessageContaining("p-1.OPN: no such parameter").hasMessageContaining("OPEN");
        assertThatThrownBy(() -> apply("{\"p-1\": {\"OPEN\": [ {\"from\": \"2013-01-01\", \"value\": \"1\", "
                + "\"source\": \"s\", \"note\": 1} ]}}"))
                .hasMessageContaining("p-1.OPEN[0].note: unknown field");
    }

    @Test
    void valuesAreCheckedAgainstTheUnit() {
        assertThatThrownBy(() -> apply("{\"p-1\": {\"RATE\": [ {\"from\": \"2013-01-01\", \"value\": \"1.5\", "
                + "\"source\": \"s\"} ]}}"))
                .hasMessageContaining("p-1.RATE[0].value: is a share between 0 and 1");
        assertThatThrownBy(() -> apply("{\"p-1\": {\"OPEN\": [ {\"from\": \"2013-02-30\", \"value\": \"1\", "
                + "\"source\": \"s\"} ]}}"))
                .hasMessageContaining("p-1.OPEN[0].from: must be a real date YYYY-MM-DD, not '2013-02-30'");
        assertThat(refusal("{\"p-1\": {\"OPEN\": [ {\"from\": \"2013-02-30\", \"value\": \"1\", \"source\": \"s\"} ]}}",
                Language.ZH)).isEqualTo("params.json: p-1.OPEN[0].from: 必须是有效日期 YYYY-MM-DD,而不是“2013-02-30”");
        // a year with a sign or more than four digits, which java.time reads, is not the form YYYY-MM-DD
        assertThatThrownBy(() -> apply("{\"p-1\": {\"OPEN\": [ {\"from\": \"+10000-01-01\", \"value\": \"1\", "
                + "\"source\": \"s\"} ]}}"))
                .hasMessageContaining("p-1.OPEN[0].from: must be a real date YYYY-MM-DD, not '+10000-01-01'");
        assertThatThrownBy(() -> ParameterUnit.DATE.parse("-2013-06-30"))
                .hasMessageContaining("must be a real date YYYY-MM-DD, not '-2013-06-30'");
        assertThatThrownBy(() -> apply("{\"p-1\": {\"OPEN\": [ {\"from\": \"2013-01-01\", \"value\": \"1\"} ]}}"))
                .hasMessageContaining("p-1.OPEN[0].source: is required");
        assertThatThrownBy(() -> apply("{\"p-1\": {\"OPEN\": [ {\"from\": \"2014-01-01\", \"value\": \"1\", "
                + "\"source\": \"s\"}, {\"from\": \"2013-01-01\", \"value\": \"2\", \"source\": \"s\"} ]}}"))
                .hasMessageContaining("p-1.OPEN[1].from: values must be listed in increasing date order");
        assertThatThrownBy(() -> apply("{\"p-1\": {\"OPEN\": []}}")).hasMessageContaining("non-empty list");
    }

    @Test
    void aBrokenFileSaysWhere() {
        assertThatThrownBy(() -> apply("{\"p-1\": ")).hasMessageContaining("params.json: not valid JSON")
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> apply("[1]")).hasMessageContaining("must be a JSON object");
    }

    /** A Chinese run reads a parameter file's problems in Chinese, the parser's and the unit's too. */
    @Test
    void aFilesProblemsAreWordedInChinese() {
        assertThat(chinese("{\"p-1\": {\"OPEN\": [1,]}}"))
                .isEqualTo("params.json: 不是有效的 JSON(第 1 行第 21 列):意外的字符“]”:此处应为一个值");
        assertThat(chinese("{\"p-1\": {\"RATE\": [ {\"from\": \"2013-01-01\", \"value\": \"1.5\", \"source\": \"s\"} "
                + "]}}"))
                .isEqualTo("params.json: p-1.RATE[0].value: 应为 0 到 1 之间的比例(0.5 为一半),现为 1.5");
        assertThat(chinese("{\"p-1\": {\"OPEN\": [ {\"from\": \"2013-01-01\", \"value\": \"12.345\", \"source\": "
                + "\"s\"} ]}}"))
                .isEqualTo("params.json: p-1.OPEN[0].value: 应为元,最多两位小数(分),现为 12.345");
    }

    /**
     * A field given twice is told as every other problem of the file is, {@code file: path: what is wrong}, in both
     * languages alike: at the field's own path, where the Chinese had said 参数文件 before the file and no path.
     * The column is the one after the second "from"'s closing quote (at 47), where the parser stops: 48.
     */
    @Test
    void aFieldGivenTwiceIsToldAtItsPath() {
        String twice = "{\"p-1\": {\"OPEN\": [{\"from\": \"2013-01-01\", \"from\": \"2014-01-01\", \"value\": \"1\", "
                + "\"source\": \"s\"}]}}";
        assertThat(refusal(twice, Language.EN))
                .isEqualTo("params.json: p-1.OPEN[0].from: a field appears twice: 'from' (line 1, column 48)");
        assertThat(refusal(twice, Language.ZH))
                .isEqualTo("params.json: p-1.OPEN[0].from: 同一字段出现两次:“from”(第 1 行第 48 列)");
    }

    /** A count is an int: 2147483647 is the largest, one more is refused in plain words, not an arithmetic error. */
    @Test
    void aCountTooLargeIsRefusedInPlainWords() {
        assertThat(ParameterUnit.COUNT.parse("2147483647")).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> ParameterUnit.COUNT.parse("2147483648"))
                .isInstanceOf(ParameterUnit.InvalidValueException.class)
                .hasMessage("must be at most 2147483647, not 2147483648");
        assertThat(((ParameterUnit.InvalidValueException) org.assertj.core.api.Assertions.catchThrowable(
                () -> ParameterUnit.COUNT.parse("10000000000"))).text().in(Language.ZH))
                .isEqualTo("最大为 2147483647,现为 10000000000");
    }

    /**
     * A value is held to the shape a request's decimal is held to (^-?[0-9]+(\.[0-9]+)?$): Java's BigDecimal would
     * read each of these, and a deployment would not see that its file says something other than it meant.
     */
    @Test
    void aValueIsWrittenInPlainDigitsAsInARequest() {
        for (String v : new String[] {"5e3", "5E+3", "+5000", " 5000", "5000 ", "５０００", "5000.", ".5"}) {
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> ParameterUnit.YUAN.parse(v));
            assertThat(t).as(v).isInstanceOf(ParameterUnit.InvalidValueException.class);
            assertThat(t).as(v).hasMessage("must be written in plain digits (such as 5000 or 0.5: no exponent, plus "
                    + "sign, space or full-width digit), not '" + v + "'");
        }
        assertThat(chinese("{\"p-1\": {\"OPEN\": [ {\"from\": \"2013-01-01\", \"value\": \"5e3\", \"source\": \"s\"} "
                + "]}}"))
                .isEqualTo("params.json: p-1.OPEN[0].value: 必须以数字写出(如 5000 或 0.5,不用指数、正号、空格或全角数字),"
                        + "而不是“5e3”");
        // an exponent past an int: not a decimal on every Java (Java 25's BigDecimal reads the first two, 17's does
        // not)
        for (String v : new String[] {"1e2147483648", "0.1e2147483648", "1e-2147483649"}) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ParameterUnit.YUAN.parse(v))).as(v)
                    .hasMessage("must be a decimal number, not '" + v + "'");
        }
        // a JSON number is JSON's to read: 5e3 written as a number is 5000
        assertThat(ParameterUnit.YUAN.parse("5000")).isEqualTo(new java.math.BigDecimal("5000"));
        assertThat(ParameterUnit.RATIO.parse("0.5")).isEqualTo(new java.math.BigDecimal("0.5"));
        assertThat(ParameterUnit.COUNT.parse("12")).isEqualTo(12);
    }

    /** Each unit's range, its bounds included: zero, a ratio of exactly 1, yuan to the fen, yes and no. */
    @Test
    void eachUnitTakesItsWholeRangeAndNothingBeyond() {
        assertThat(ParameterUnit.YUAN.parse("0")).isEqualTo(java.math.BigDecimal.ZERO);
        assertThat(ParameterUnit.YUAN.parse("12.34")).isEqualTo(new java.math.BigDecimal("12.34"));
        assertThatThrownBy(() -> ParameterUnit.YUAN.parse("-0.01")).hasMessage("must not be negative, but is -0.01")
                .isInstanceOfSatisfying(ParameterUnit.InvalidValueException.class,
                        e -> assertThat(e.text().in(io.iprules.Language.ZH)).isEqualTo("不能为负数,现为 -0.01"));
        assertThat(ParameterUnit.COUNT.parse("0")).isEqualTo(0);
        assertThat(ParameterUnit.RATIO.parse("1")).isEqualTo(java.math.BigDecimal.ONE);
        assertThat(ParameterUnit.RATIO.parse("0")).isEqualTo(java.math.BigDecimal.ZERO);
        assertThatThrownBy(() -> ParameterUnit.RATIO.parse("1.01"))
                .hasMessage("is a share between 0 and 1 (0.5 is half), not 1.01");
        assertThat(ParameterUnit.NUMBER.parse("9.6")).isEqualTo(new java.math.BigDecimal("9.6"));
        assertThat(ParameterUnit.DATE.parse("2013-06-30")).isEqualTo(java.time.LocalDate.of(2013, 6, 30));
        assertThat(ParameterUnit.YES_NO.parse("1")).isEqualTo(java.math.BigDecimal.ONE);
        assertThat(ParameterUnit.YES_NO.parse("0")).isEqualTo(java.math.BigDecimal.ZERO);
        assertThat(ParameterUnit.YES_NO.parse("1.0")).isEqualTo(new java.math.BigDecimal("1.0"));
        assertThatThrownBy(() -> ParameterUnit.YES_NO.parse("0.5")).hasMessage("is yes (1) or no (0), not 0.5");
        assertThat(((ParameterUnit.InvalidValueException) org.assertj.core.api.Assertions.catchThrowable(
                () -> ParameterUnit.YES_NO.parse("2"))).text().in(Language.ZH)).isEqualTo("应为是(1)或否(0),现为 2");
    }

    private static String chinese(String json) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> apply(json));
        assertThat(t).as(json).isInstanceOf(ConfigurationException.class);
        return ((ConfigurationException) t).message(Language.ZH);
    }

    @Test
    void aParameterSetTwiceIsAnError() {
        byte[] one = "{\"p-1\": {\"OPEN\": [ {\"from\": \"2013-01-01\", \"value\": \"1\", \"source\": \"s\"} ]}}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ParameterOverrides.apply(Map.of("p-1", POLICY), List.of(
                ParameterOverrides.Source.json("a.json", one), ParameterOverrides.Source.json("b.json", one))))
                .hasMessageContaining("b.json: p-1.OPEN: already set by a.json");
    }

    /**
     * A value cannot take effect before the policy does (p-1 takes force on 2012-11-05, cited p-1 §9): the day before
     * is refused at its {@code from}, in both languages, naming the day to write, whether the value comes from a file
     * or from Java; the day itself is accepted. A file's later value before that day is named at its own index. The
     * words after the path are {@link ParameterValue#beforeInForce}'s, which the engine's start and the policy kit
     * give a module's own value too.
     */
    @Test
    void aValueCannotTakeEffectBeforeThePolicy() {
        String dayBefore = "{\"p-1\": {\"OPEN\": [ {\"from\": \"2012-11-04\", \"value\": \"1\", \"source\": \"s\"} ]}}";
        assertThat(refusal(dayBefore, Language.EN)).isEqualTo("params.json: p-1.OPEN[0].from: 2012-11-04 is before "
                + "2012-11-05, the day the policy took force (p-1 §9): nothing reads a value before that day; for a "
                + "value that applies from the start, write 2012-11-05, and name an older document it comes from in "
                + "its source");
        assertThat(refusal(dayBefore, Language.ZH)).isEqualTo("params.json: p-1.OPEN[0].from: 2012-11-04 早于本政策施行"
                + "之日 2012-11-05(p-1 §9):施行之日前的取值不会被读取;自施行之日起适用的取值,from 应写为 2012-11-05,其所依据的"
                + "更早文件写在其 source 中");
        assertNoEnglishBut(refusal(dayBefore, Language.ZH), "params.json", "p-1.OPEN[0].from", "p-1 §9", "from",
                "source");
        assertThatThrownBy(() -> apply(dayBefore)).matches(e -> ((ConfigurationException) e).inParameters());
        assertThat(apply(dayBefore.replace("2012-11-04", "2012-11-05")).get("p-1").parameter("OPEN").orElseThrow()
                .values()).extracting(ParameterValue::from).containsExactly(FROM);
        // two values, both before: the first, which nothing would ever read, is named
        assertThat(refusal("{\"p-1\": {\"OPEN\": [ {\"from\": \"2000-01-01\", \"value\": \"1\", \"source\": \"s\"},"
                + " {\"from\": \"2010-01-01\", \"value\": \"2\", \"source\": \"s\"} ]}}", Language.EN))
                .startsWith("params.json: p-1.OPEN[0].from: 2000-01-01 is before 2012-11-05");
        assertThatThrownBy(() -> ParameterOverrides.apply(Map.of("p-1", POLICY), List.of(ParameterOverrides.Source
                .single("p-1", "OPEN", new ParameterValue(LocalDate.of(2012, 11, 4), "1", "s")))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("builder parameter(p-1, OPEN): p-1.OPEN[0].from: 2012-11-04 is before "
                        + "2012-11-05");
    }

    /** The one wording of a value before its policy: none from the day itself on, the day before told with its day. */
    @Test
    void aValueBeforeThePolicyIsWordedOnce() {
        LocalDate day = LocalDate.of(2012, 11, 5);
        assertThat(new ParameterValue(day, "1", "s").beforeInForce(day, "p-1 §9")).isNull();
        assertThat(new ParameterValue(day.plusDays(1), "1", "s").beforeInForce(day, "p-1 §9")).isNull();
        Text early = new ParameterValue(day.minusDays(1), "1", "s").beforeInForce(day, "p-1 §9");
        assertThat(early.in(Language.EN)).isEqualTo("2012-11-04 is before 2012-11-05, the day the policy took force "
                + "(p-1 §9): nothing reads a value before that day; for a value that applies from the start, write "
                + "2012-11-05, and name an older document it comes from in its source");
        assertThat(early.in(Language.ZH)).isEqualTo("2012-11-04 早于本政策施行之日 2012-11-05(p-1 §9):施行之日前的取值不会被"
                + "读取;自施行之日起适用的取值,from 应写为 2012-11-05,其所依据的更早文件写在其 source 中");
    }

    private static String withSource(String sourceJson) {
        return "{\"p-1\": {\"OPEN\": [ {\"from\": \"2013-01-01\", \"value\": \"1\", \"source\": " + sourceJson
                + "} ]}}";
    }

    private static String refusal(String json, Language lang) {
        try {
            apply(json);
        } catch (ConfigurationException e) {
            return e.message(lang);
        }
        throw new AssertionError("accepted: " + json);
    }

    /**
     * A source that shows nothing ({@code "\u200B"}, {@code "\u001B"}, a no-break space) was taken as a source, where
     * {@code ""} and {@code "\u3000"} were refused; a control character in one made the listing's line two. Refused as
     * the calendar reader refuses a notice's title that holds one, with the path, in both languages; a file and a
     * value set in Java alike.
     */
    @Test
    void aSourceShowsSomethingAndHoldsNoControlCharacter() {
        assertThat(refusal(withSource("\"\\u200b\""), Language.EN)).isEqualTo("params.json: p-1.OPEN[0].source: holds "
                + "nothing visible (U+200B): write the source itself, such as the implementing rule's document number");
        assertThat(refusal(withSource("\" \\u001b \""), Language.ZH)).isEqualTo(
                "params.json: p-1.OPEN[0].source: 没有可见的字符(U+001B):请写出来源本身,如实施细则的文号");
        assertThat(refusal(withSource("\"\\u00a0\""), Language.EN))
                .isEqualTo("params.json: p-1.OPEN[0].source: is required (a string)");
        assertThat(refusal(withSource("\"\\u3000\""), Language.EN))
                .isEqualTo("params.json: p-1.OPEN[0].source: is required (a string)");
        for (String control : List.of("\\n", "\\r", "\\t", "\\u001b[2J", "\\u0085")) {
            assertThat(refusal(withSource("\"嘉科" + control + "结论:不符合\""), Language.EN))
                    .startsWith("params.json: p-1.OPEN[0].source: contains a control character (U+00");
        }
        assertThat(refusal(withSource("\"嘉科\\n结论\""), Language.ZH))
                .isEqualTo("params.json: p-1.OPEN[0].source: 含有控制字符(U+000A)");
        // a character that shows nothing beside one that shows is the listing's to escape, not a refusal
        assertThat(apply(withSource("\"嘉科\\u202e号\"")).get("p-1").parameter("OPEN").orElseThrow().values().get(0)
                .source()).isEqualTo("嘉科\u202e号");
        assertThatThrownBy(() -> ParameterOverrides.apply(Map.of("p-1", POLICY), List.of(ParameterOverrides.Source
                .single("p-1", "OPEN", new ParameterValue(FROM, "1", "\u200b")))))
                .hasMessage("builder parameter(p-1, OPEN): p-1.OPEN[0].source: holds nothing visible (U+200B): write "
                        + "the source itself, such as the implementing rule's document number");
    }

    /**
     * A yes-or-no switch given "yes" read "must be a decimal number", and given JSON's true "is required (a string)",
     * where "2" read "is yes (1) or no (0)": each is told how a yes or no is written.
     */
    @Test
    void aSwitchIsToldItIsOneOrZero() {
        ParameterInfo sw = new ParameterInfo("SWITCH", ParameterUnit.YES_NO, "p-1 §4", Text.plain("switch"), true,
                List.of());
        PolicyDescription policy = POLICY.withParameters(List.of(sw));
        java.util.function.Function<String, ConfigurationException> refused = value -> (ConfigurationException)
                org.assertj.core.api.Assertions.catchThrowable(() -> ParameterOverrides.apply(Map.of("p-1", policy),
                        List.of(ParameterOverrides.Source.json("params.json", ("{\"p-1\": {\"SWITCH\": [ {\"from\": "
                                + "\"2013-01-01\", \"value\": " + value + ", \"source\": \"s\"} ]}}")
                                .getBytes(StandardCharsets.UTF_8)))));
        assertThat(refused.apply("\"yes\"").message(Language.EN))
                .isEqualTo("params.json: p-1.SWITCH[0].value: is yes (1) or no (0), not 'yes'");
        assertThat(refused.apply("\"是\"").message(Language.ZH))
                .isEqualTo("params.json: p-1.SWITCH[0].value: 应为是(1)或否(0),而不是“是”");
        assertThat(refused.apply("\"2\"").message(Language.EN))
                .isEqualTo("params.json: p-1.SWITCH[0].value: is yes (1) or no (0), not 2");
        assertThat(refused.apply("true").message(Language.EN))
                .isEqualTo("params.json: p-1.SWITCH[0].value: yes or no is written 1 (yes) or 0 (no), not true");
        assertThat(refused.apply("false").message(Language.ZH))
                .isEqualTo("params.json: p-1.SWITCH[0].value: 是或否写作 1(是)或 0(否),而不是 false");
        assertThat(refused.apply("{}").message(Language.EN))
                .isEqualTo("params.json: p-1.SWITCH[0].value: must be a string or a number, not an object");
        // a yuan amount given a word is still told it must be a number
        assertThatThrownBy(() -> apply("{\"p-1\": {\"OPEN\": [ {\"from\": \"2013-01-01\", \"value\": \"yes\", "
                + "\"source\": \"s\"} ]}}")).hasMessageContaining("must be a decimal number, not 'yes'");
    }

    /**
     * An unknown parameter was told with every parameter of the policy, the fixed ones too, which a deployment cannot
     * set, and a policy without any read "has []": only the open ones are offered now, or that there are none.
     */
    @Test
    void anUnknownParameterIsToldTheOnesADeploymentSets() {
        String unknown = "{\"p-1\": {\"OPN\": [ {\"from\": \"2013-01-01\", \"value\": \"1\", \"source\": \"s\"} ]}}";
        assertThat(refusal(unknown, Language.EN)).isEqualTo(
                "params.json: p-1.OPN: no such parameter; those of 'p-1' a deployment sets are OPEN, RATE");
        assertThat(refusal(unknown, Language.ZH)).isEqualTo("params.json: p-1.OPN: 没有这个参数;“p-1”可由部署设置的参数有:OPEN、RATE");
        PolicyDescription fixedOnly = POLICY.withParameters(List.of(POLICY.parameter("FIXED").orElseThrow()));
        ConfigurationException none = (ConfigurationException) org.assertj.core.api.Assertions.catchThrowable(
                () -> ParameterOverrides.apply(Map.of("p-1", fixedOnly), List.of(ParameterOverrides.Source.json(
                        "params.json", unknown.getBytes(StandardCharsets.UTF_8)))));
        assertThat(none.message(Language.EN))
                .isEqualTo("params.json: p-1.OPN: no such parameter; 'p-1' has no parameter a deployment sets");
        assertThat(none.message(Language.ZH)).isEqualTo("params.json: p-1.OPN: 没有这个参数;“p-1”没有可由部署设置的参数");
    }

    /**
     * Zero written with a minus sign ({@code "-0"}, {@code "-0.00"}, the JSON number {@code -0.0}) was kept as written
     * and shown as "-0" in a result's amountBasis: it is the number 0 (a negative value is refused), kept as 0.
     */
    @Test
    void zeroWrittenWithAMinusSignIsZero() {
        PolicyDescription d = apply("""
                {"p-1": {"OPEN": [ {"from": "2013-01-01", "value": "-0", "source": "a"},
                                   {"from": "2014-01-01", "value": "-0.00", "source": "b"},
                                   {"from": "2015-01-01", "value": -0.0, "source": "c"} ],
                         "RATE": [ {"from": "2013-01-01", "value": "-0.0", "source": "d"} ]}}""").get("p-1");
        assertThat(d.parameter("OPEN").orElseThrow().values()).extracting(ParameterValue::value)
                .containsExactly("0", "0.00", "0.0");
        assertThat(d.parameter("RATE").orElseThrow().values()).extracting(ParameterValue::value).containsExactly("0.0");
        assertThat(ParameterOverrides.apply(Map.of("p-1", POLICY), List.of(ParameterOverrides.Source.single("p-1",
                "OPEN", new ParameterValue(FROM, "-0", "s")))).get("p-1").parameter("OPEN").orElseThrow().values()
                .get(0).value()).isEqualTo("0");
        assertThatThrownBy(() -> apply("{\"p-1\": {\"OPEN\": [ {\"from\": \"2013-01-01\", \"value\": \"-1\", "
                + "\"source\": \"s\"} ]}}")).hasMessageContaining("p-1.OPEN[0].value: must not be negative, but is -1");
        // a string with an exponent is refused, the JSON number 5e3 is the number 5000 (a request's decimals alike)
        assertThatThrownBy(() -> apply("{\"p-1\": {\"OPEN\": [ {\"from\": \"2013-01-01\", \"value\": \"5e3\", "
                + "\"source\": \"s\"} ]}}")).hasMessageContaining("must be written in plain digits");
        assertThat(apply("{\"p-1\": {\"OPEN\": [ {\"from\": \"2013-01-01\", \"value\": 5e3, \"source\": \"s\"} ]}}")
                .get("p-1").parameter("OPEN").orElseThrow().values().get(0).value()).isEqualTo("5000");
    }
}
