package io.iprules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iprules.Award;
import io.iprules.Comparison;
import io.iprules.Condition;
import io.iprules.EvaluationResult;
import io.iprules.Exclusion;
import io.iprules.ExclusionReason;
import io.iprules.FiredRule;
import io.iprules.Indicator;
import io.iprules.IndicatorStatus;
import io.iprules.Language;
import io.iprules.ParameterInfo;
import io.iprules.ParameterUnit;
import io.iprules.ParameterValue;
import io.iprules.Phase;
import io.iprules.PolicyDescription;
import io.iprules.Problem;
import io.iprules.Provision;
import io.iprules.ProvisionStatus;
import io.iprules.RulesEngine;
import io.iprules.SubjectKind;
import io.iprules.Target;
import io.iprules.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract's output, field by field and in order (docs/contract.md plus the README's additions): results, errors
 * and the policy listing. Expected texts are written out by hand from the contract.
 */
class JsonContractWriteTest {
    private static final LocalDate AS_OF = LocalDate.of(2013, 12, 31);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Text t(String zh, String en) {
        return Text.bilingual(zh, en);
    }

    /** Two awards (one waiting for a parameter), two exclusions, two conditions, no indicators. */
    private static EvaluationResult subsidies() {
        return EvaluationResult.builder("p-1", AS_OF, "禾城")
                .eligible(true)
                .award(new Award("A_ONE", "NATIONAL", t("国家", "national"), LocalDate.of(2013, 3, 15),
                        new BigDecimal("200000.00"), null, "p-1 §6(5)2", t("认定", "recognised")))
                .award(new Award("A_TWO", "ZL1", t("专利", "patent"), null, null, "A_TWO.INVENTION", "p-1 §6(5)1",
                        t("授权", "granted")))
                .exclusion(new Exclusion("A_ONE", "PROVINCIAL", t("省", "provincial"), LocalDate.of(2013, 9, 20),
                        new BigDecimal("100000.00"), new ExclusionReason("NON_DUPLICATION", "p §7",
                                Text.plain("NON_DUPLICATION")), "p-1 §7(1)", "p-1 §6(5)2",
                        t("不重复", "not twice")))
                .exclusion(new Exclusion("A_TWO", "ZL2", t("专利2", "patent 2"), null, null,
                        new ExclusionReason("BEFORE_IN_FORCE", "p §7", Text.plain("BEFORE_IN_FORCE")), "p-1 §7(3)",
                        "p-1 §6(5)1", t("早", "early")))
                .condition(new Condition("C_ONE", "city", true, "3", ">= 1", "p-1 §1", t("有", "has"), null))
                .condition(new Condition("C_TWO", "park", false, "48.39", ">= 48.4", "p-1 §2", null, "0.01"))
                .warning(t("警告", "warning"))
                .fired(new FiredRule("rule one", "p-1 §6(5)2"))
                .build();
    }

    private static final String SUBSIDIES_EN = "{\"policy\":\"p-1\",\"asOf\":\"2013-12-31\",\"applicant\":\"禾城\","
            + "\"eligible\":true,"
            + "\"awards\":["
            + "{\"code\":\"A_ONE\",\"subject\":\"national\",\"subjectId\":\"NATIONAL\",\"date\":\"2013-03-15\","
            + "\"amount\":\"200000.00\",\"citation\":\"p-1 §6(5)2\",\"reason\":\"recognised\"},"
            + "{\"code\":\"A_TWO\",\"subject\":\"patent\",\"subjectId\":\"ZL1\",\"date\":null,\"amount\":null,"
            + "\"undeterminedBy\":\"A_TWO.INVENTION\",\"citation\":\"p-1 §6(5)1\",\"reason\":\"granted\"}],"
            + "\"excluded\":["
            + "{\"code\":\"A_ONE\",\"subject\":\"provincial\",\"subjectId\":\"PROVINCIAL\",\"date\":\"2013-09-20\","
            + "\"amount\":\"100000.00\",\"reason\":\"NON_DUPLICATION\",\"citation\":\"p-1 §7(1)\","
            + "\"awardCitation\":\"p-1 §6(5)2\",\"detail\":\"not twice\"},"
            + "{\"code\":\"A_TWO\",\"subject\":\"patent 2\",\"subjectId\":\"ZL2\",\"date\":null,\"amount\":null,"
            + "\"reason\":\"BEFORE_IN_FORCE\",\"citation\":\"p-1 §7(3)\",\"awardCitation\":\"p-1 §6(5)1\","
            + "\"detail\":\"early\"}],"
            + "\"conditions\":["
            + "{\"code\":\"C_ONE\",\"subject\":\"city\",\"met\":true,\"actual\":\"3\",\"required\":\">= 1\","
            + "\"citation\":\"p-1 §1\",\"detail\":\"has\"},"
            + "{\"code\":\"C_TWO\",\"subject\":\"park\",\"met\":false,\"actual\":\"48.39\",\"required\":\">= 48.4\","
            + "\"citation\":\"p-1 §2\",\"gap\":\"0.01\"}],"
            + "\"indicators\":[],"
            + "\"deadlines\":[],\"measures\":[],"
            + "\"phase\":null,"
            + "\"total\":\"200000.00\",\"undetermined\":1,"
            + "\"warnings\":[\"warning\"]}";

    private final JsonContract contract;

    JsonContractWriteTest() {
        contract = new JsonContract(engineWith(policy()));
    }

    private static RulesEngine engineWith(PolicyDescription... policies) {
        RulesEngine engine = mock(RulesEngine.class);
        when(engine.policies()).thenReturn(List.of(policies));
        // as the engine answers: the policy, or IllegalArgumentException for an id it has not
        when(engine.policy(org.mockito.ArgumentMatchers.anyString())).thenAnswer(call -> java.util.Arrays
                .stream(policies).filter(p -> p.id().equals(call.getArgument(0))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown policy " + call.getArgument(0))));
        return engine;
    }

    @Test
    void aResultIsWrittenFieldByFieldInTheContractsOrder() {
        assertThat(contract.write(subsidies(), Language.EN, false)).isEqualTo(SUBSIDIES_EN);
    }

    @Test
    void textsAreInTheChosenLanguage() {
        String zh = contract.write(subsidies(), Language.ZH, false);
        assertThat(zh).contains("\"subject\":\"国家\"", "\"reason\":\"认定\"", "\"detail\":\"不重复\"",
                "\"detail\":\"有\"", "\"warnings\":[\"警告\"]");
        assertThat(zh).doesNotContain("national", "recognised", "not twice", "\"has\"", "\"warning\"");
    }

    @Test
    void theTraceIsWrittenOnlyWhenAskedFor() {
        String traced = contract.write(subsidies(), Language.EN, true);
        assertThat(traced).isEqualTo(SUBSIDIES_EN.substring(0, SUBSIDIES_EN.length() - 1)
                + ",\"trace\":[{\"rule\":\"rule one\",\"citation\":\"p-1 §6(5)2\"}]}");
    }

    @Test
    void thePrettyFormAndTheTreeHoldTheSameFields() throws Exception {
        JsonNode compact = JSON.readTree(SUBSIDIES_EN);
        String pretty = contract.writePretty(subsidies(), Language.EN, false);
        assertThat(pretty).contains("\n").startsWith("{");
        assertThat(JSON.readTree(pretty)).isEqualTo(compact);
        assertThat(JSON.readTree(contract.toNode(subsidies(), Language.EN, false).toString())).isEqualTo(compact);
        assertThat(contract.toNode(subsidies(), Language.EN, true).get("trace").get(0).get("rule").asText())
                .isEqualTo("rule one");
        assertThat(JSON.readTree(contract.writePretty(subsidies(), Language.EN, true)).has("trace")).isTrue();
    }

    @Test
    void indicatorsTheirSummaryAndThePhase() {
        Text avg = t("全省平均", "province average");
        EvaluationResult r = EvaluationResult.builder("p-2", AS_OF, "安宁")
                .indicator(new Indicator("I_FIXED", t("件", "count"), IndicatorStatus.MET, ParameterUnit.COUNT,
                        Comparison.AT_LEAST, new BigDecimal("45"), ">= 45", new BigDecimal("52"), new BigDecimal("45"),
                        new BigDecimal("1.1555"), null, "p-2 §3", "45件以上", null))
                .indicator(new Indicator("I_REL", t("密度", "density"), IndicatorStatus.UNKNOWN, ParameterUnit.NUMBER,
                        Comparison.AT_LEAST, null, ">= 2 × provinceAverage", new BigDecimal("20.1"), null, null,
                        new Indicator.ReferenceValue("provinceAverage", avg, new BigDecimal("2"), null), "p-2 §4",
                        "2倍", t("缺", "missing")))
                .indicator(new Indicator("I_RATE", t("率", "rate"), IndicatorStatus.NOT_MET, ParameterUnit.RATIO,
                        Comparison.MORE_THAN, new BigDecimal("0.90"), "> 0.90", new BigDecimal("0.90"),
                        new BigDecimal("0.90"), new BigDecimal("1.0000"), null, "p-2 §3", "超过90%", null))
                .phase(new Phase("IMPL", t("实施", "implementation"), LocalDate.of(2022, 10, 18), null, "p-2 §5",
                        "words", Text.plain("")))
                .build();
        assertThat(contract.write(r, Language.EN, false)).isEqualTo("{\"policy\":\"p-2\",\"asOf\":\"2013-12-31\","
                + "\"applicant\":\"安宁\",\"eligible\":false,\"awards\":[],\"excluded\":[],\"conditions\":[],"
                + "\"indicators\":["
                + "{\"code\":\"I_FIXED\",\"title\":\"count\",\"status\":\"MET\",\"actual\":\"52\",\"required\":\">= "
                + "45\",\"comparison\":\">=\",\"requiredValue\":\"45\",\"progress\":\"1.1555\","
                + "\"progressBasis\":\"45\",\"unit\":\"COUNT\",\"citation\":\"p-2 §3\",\"source\":\"45件以上\"},"
                + "{\"code\":\"I_REL\",\"title\":\"density\",\"status\":\"UNKNOWN\",\"actual\":\"20.1\","
                + "\"required\":\">= 2 × provinceAverage\",\"comparison\":\">=\",\"requiredValue\":null,"
                + "\"progress\":null,\"progressBasis\":null,\"unit\":\"NUMBER\","
                + "\"reference\":{\"key\":\"provinceAverage\",\"title\":\"province "
                + "average\",\"factor\":\"2\",\"value\":null},\"citation\":\"p-2 "
                + "§4\",\"source\":\"2倍\",\"detail\":\"missing\"},{\"code\":\"I_RATE\",\"title\":\"rate\","
                + "\"status\":\"NOT_MET\",\"actual\":\"0.90\",\"required\":\"> "
                + "0.90\",\"comparison\":\">\",\"requiredValue\":\"0.90\",\"progress\":\"1.0000\","
                + "\"progressBasis\":\"0.90\",\"unit\":\"RATIO\",\"citation\":\"p-2 "
                + "§3\",\"source\":\"超过90%\"}],\"indicatorSummary\":{\"met\":1,\"notMet\":1,\"unknown\":1,\"total\":3},"
                + "\"deadlines\":[],\"measures\":[],\"phase\":\"IMPL\","
                + "\"phaseDetail\":{\"code\":\"IMPL\",\"title\":\"implementation\",\"from\":\"2022-10-18\","
                + "\"until\":null,\"citation\":\"p-2 §5\"},"
                + "\"total\":\"0.00\",\"undetermined\":0,\"warnings\":[]}");
    }

    @Test
    void aPhaseWithAnEndAndADecimalWrittenPlain() {
        EvaluationResult r = EvaluationResult.builder("p-2", AS_OF, "x")
                .indicator(new Indicator("I", t("i", "i"), IndicatorStatus.MET, ParameterUnit.NUMBER,
                        Comparison.AT_LEAST,
                        new BigDecimal("1E+1"), ">= 10", new BigDecimal("1.0E+1"), new BigDecimal("1E+1"),
                        new BigDecimal("1.0000"), new Indicator.ReferenceValue("k", t("k", "k"), new BigDecimal("5E+0"),
                        new BigDecimal("2")), "c", "s", null))
                .phase(new Phase("ONE", t("一", "one"), LocalDate.of(2022, 8, 1), LocalDate.of(2022, 10, 17), "p-2 §5",
                        "words", Text.plain("")))
                .build();
        String json = contract.write(r, Language.ZH, false);
        assertThat(json).contains("\"actual\":\"10\"", "\"requiredValue\":\"10\"", "\"progressBasis\":\"10\"",
                "\"factor\":\"5\",\"value\":\"2\"", "\"title\":\"一\",\"from\":\"2022-08-01\",\"until\":\"2022-10-17\"",
                "\"indicatorSummary\":{\"met\":1,\"notMet\":0,\"unknown\":0,\"total\":1}");
    }

    @Test
    void errorsAreWrittenWithTheirLineWhenThereIsOne() {
        List<Problem> problems = List.of(new Problem("applicant.creditCode", "check character"), new Problem("", "x"));
        assertThat(contract.writeError(problems, 12L)).isEqualTo("{\"line\":12,\"error\":{\"problems\":["
                + "{\"path\":\"applicant.creditCode\",\"message\":\"check "
                + "character\"},{\"path\":\"\",\"message\":\"x\"}]}}");
        assertThat(contract.writeError(problems.subList(1, 2), null))
                .isEqualTo("{\"error\":{\"problems\":[{\"path\":\"\",\"message\":\"x\"}]}}");
        assertThat(contract.writeInternalError("boom", 7)).isEqualTo("{\"line\":7,\"error\":{\"internal\":\"boom\"}}");
    }

    /**
     * An error line says what is wrong: none is refused (an InvalidRequestException cannot have none either), a
     * language is required, and 600 problems are written as a refusal lists them, a hundred and a count.
     */
    @Test
    void anErrorLineHoldsTheProblemsARefusalWould() throws Exception {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> contract.writeError(List.of(), null))
                .withMessage("an error line needs at least one problem");
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> contract.writeError(List.of(new Problem("a", "x")), 1L, null))
                .withMessage("language");
        List<Problem> many = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) {
            many.add(new Problem("applicant.items[" + i + "]", "wrong"));
        }
        com.fasterxml.jackson.databind.JsonNode problems = JSON.readTree(contract.writeError(many, 3L))
                .get("error").get("problems");
        assertThat(problems).hasSize(101);
        assertThat(problems.get(100).get("message").asText()).isEqualTo("…and 500 more");
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> contract.evaluateAll(java.util.Arrays.asList((JsonContract.ParsedRequest) null),
                        null))
                .withMessage("parsed[0] is null");
    }

    private static PolicyDescription policy() {
        Target fixed = new Target("T_FIXED", t("发明", "inventions"), ParameterUnit.COUNT, Comparison.AT_LEAST,
                new BigDecimal("45"), null, null, new BigDecimal("9"), "p-1 §3", "45件", t("读法", "reading"));
        Target relative = new Target("T_REL", t("密度", "density"), ParameterUnit.NUMBER, Comparison.MORE_THAN, null,
                new Target.Reference("provinceAverage", t("全省", "province"), new BigDecimal("2")),
                new BigDecimal("20"), null, "p-1 §4", "2倍", Text.plain(""));
        return new PolicyDescription("p-1", t("政策", "policy"), "文〔2012〕1号", LocalDate.of(2012, 11, 1),
                LocalDate.of(2012, 11, 5), LocalDate.of(2016, 12, 31), "p-1 §7(3)", "0.1",
                List.of(new Provision("p-1 §6", t("补助", "subsidy"), List.of("A_ONE", "A_TWO"),
                        ProvisionStatus.NOT_FORMALISED, t("理由", "why not"))),
                List.of(new ParameterInfo("A_TWO.INVENTION", ParameterUnit.YUAN, "p-1 §6(5)1", t("发明", "invention"),
                        true, List.of(new ParameterValue(LocalDate.of(2013, 1, 1), "5000", "嘉科")))),
                List.of(new SubjectKind("applicant", String.class, t("企业", "enterprise"))),
                List.of(fixed, relative),
                List.of(new Phase("ONE", t("一", "one"), LocalDate.of(2012, 11, 5), LocalDate.of(2013, 12, 31),
                        "p-1 §5", "第一阶段", t("注", "note")),
                        new Phase("TWO", t("二", "two"), LocalDate.of(2014, 1, 1), null, "p-1 §5", "第二阶段",
                                Text.plain(""))));
    }

    @Test
    void thePolicyListingSaysEverythingAPolicyEncodes() throws Exception {
        JsonNode list = JSON.readTree(contract.writePolicies(Language.EN));
        assertThat(list).hasSize(1);
        assertThat(list.get(0)).isEqualTo(JSON.readTree("{\"id\":\"p-1\",\"title\":\"policy\","
                + "\"documentNumber\":\"文〔2012〕1号\",\"issued\":\"2012-11-01\","
                + "\"inForce\":{\"from\":\"2012-11-05\",\"until\":\"2016-12-31\",\"citation\":\"p-1 §7(3)\"},"
                + "\"version\":\"0.1\","
                + "\"requests\":[{\"key\":\"applicant\",\"description\":\"enterprise\"}],"
                + "\"provisions\":[{\"citation\":\"p-1 §6\",\"title\":\"subsidy\",\"codes\":[\"A_ONE\",\"A_TWO\"],"
                + "\"status\":\"NOT_FORMALISED\",\"note\":\"why not\"}],"
                + "\"parameters\":[{\"name\":\"A_TWO.INVENTION\",\"unit\":\"YUAN\",\"citation\":\"p-1 §6(5)1\","
                + "\"description\":\"invention\",\"open\":true,"
                + "\"values\":[{\"from\":\"2013-01-01\",\"value\":\"5000\",\"source\":\"嘉科\"}]}],"
                + "\"targets\":[{\"code\":\"T_FIXED\",\"title\":\"inventions\",\"unit\":\"COUNT\","
                + "\"comparison\":\">=\",\"required\":\"45\",\"progressBasis\":null,\"maximum\":\"9\","
                + "\"citation\":\"p-1 §3\",\"source\":\"45件\",\"note\":\"reading\"},"
                + "{\"code\":\"T_REL\",\"title\":\"density\",\"unit\":\"NUMBER\",\"comparison\":\">\","
                + "\"required\":null,\"reference\":{\"key\":\"provinceAverage\",\"title\":\"province\","
                + "\"factor\":\"2\"},\"progressBasis\":\"20\",\"maximum\":null,\"citation\":\"p-1 "
                + "§4\",\"source\":\"2倍\",\"note\":\"\"}],\"phases\":[{\"code\":\"ONE\",\"title\":\"one\","
                + "\"from\":\"2012-11-05\",\"until\":\"2013-12-31\",\"citation\":\"p-1 "
                + "§5\",\"source\":\"第一阶段\",\"note\":\"note\"},{\"code\":\"TWO\",\"title\":\"two\","
                + "\"from\":\"2014-01-01\",\"until\":null,\"citation\":\"p-1 "
                + "§5\",\"source\":\"第二阶段\",\"note\":\"\"}]}"));
        // field order is part of the contract's determinism
        assertThat(contract.writePolicies(Language.EN)).containsSubsequence("\"id\"", "\"title\"", "\"documentNumber\"",
                "\"issued\"", "\"inForce\"", "\"version\"", "\"requests\"", "\"provisions\"", "\"parameters\"",
                "\"targets\"", "\"phases\"");
        assertThat(contract.writePolicies(Language.ZH)).contains("\"title\" : \"政策\"", "\"note\" : \"理由\"")
                .doesNotContain("why not");
        // one policy: the listing's element, written alone; an unknown one is the caller's mistake at "policy"
        assertThat(JSON.readTree(contract.writePolicy("p-1", Language.EN))).isEqualTo(list.get(0));
        assertThat(contract.writePolicy("p-1", Language.ZH)).startsWith("{\n  \"id\" : \"p-1\",\n  \"title\" : \"政策\"");
        assertThatThrownBy(() -> contract.writePolicy("p-2", Language.EN))
                .isInstanceOfSatisfying(io.iprules.InvalidRequestException.class, e -> {
                    assertThat(e.problems()).extracting(io.iprules.Problem::path).containsExactly("policy");
                    assertThat(e.problems().get(0).message()).isEqualTo("unknown policy 'p-2'; known: p-1");
                });
    }

    /**
     * The batch's bytes are the line's text in UTF-8, byte for byte: a character beyond U+FFFF as one four-byte
     * sequence, control characters escaped, and a lone surrogate (half a character) as the text path writes it, "?".
     * One contract, one thread, results one after another: nothing of a line leaks into the next.
     */
    @Test
    void aLineAsBytesIsTheLineAsTextInUtf8() {
        String[] names = {"禾城", "𠀀嘉兴 𝄞", "tab\tnew\nline\u0001\u007f\u2028 \"q\" \\ /", "half \uD800 a", "low \uDC00",
                "end \uD83D", "\\uD800 written as text"};
        for (int round = 0; round < 2; round++) {
            for (String name : names) {
                EvaluationResult r = EvaluationResult.builder("p-1", AS_OF, name).eligible(false)
                        .warning(t(name, name + " en")).fired(new FiredRule("rule " + name, "p-1 §1")).build();
                for (Language language : Language.values()) {
                    for (boolean trace : new boolean[] {false, true}) {
                        byte[] expected = contract.writeLine(r, language, trace, 7L + round)
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                        assertThat(contract.writeLineUtf8(r, language, trace, 7L + round)).as(name).isEqualTo(expected);
                    }
                }
            }
        }
        List<Problem> problems = List.of(new Problem("applicant.name", "must not be blank", "不能为空"),
                new Problem("", "half \uD800 a 𝄞", "半个 \uDC00"), new Problem("x[1]", "only English"));
        for (Language language : Language.values()) {
            assertThat(contract.writeErrorUtf8(problems, 12, language))
                    .isEqualTo(contract.writeError(problems, 12L, language)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(contract.writeErrorUtf8(problems.subList(0, 1), 13, language))
                    .isEqualTo(contract.writeError(problems.subList(0, 1), 13L, language)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(contract.writeLineUtf8(subsidies(), Language.EN, false, 3))
                .isEqualTo((SUBSIDIES_EN.substring(0, SUBSIDIES_EN.length() - 1) + ",\"line\":3}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** What JSON output escapes beyond JSON's own: C1 controls, DEL, bidi controls, the line separators. */
    static final String CONTROLS = "名\u0085\u009B[2J\u007F\u202E\u2066\u2028\u2029\u200E\u200F\u061C\u0080\u009F";
    static final String ESCAPED = "名\\u0085\\u009B[2J\\u007F\\u202E\\u2066\\u2028\\u2029\\u200E\\u200F\\u061C"
            + "\\u0080\\u009F";

    /** {@code json} holds none of the characters of {@link #CONTROLS} raw, and their escapes. */
    static void escapedEveryOne(String json) {
        for (char c : CONTROLS.substring(1).toCharArray()) {
            if (c != '[' && c != '2' && c != 'J') {
                assertThat(json.indexOf(c)).as("U+%04X raw in %s", (int) c, json).isEqualTo(-1);
            }
        }
        assertThat(json).contains(ESCAPED);
    }

    /**
     * A name, a warning, a fired rule, a problem's path and message, a parameter's source: what came from input is
     * written with C1 and bidi controls, DEL and U+2028/U+2029 as {@code \\uXXXX} by every writer, the text and
     * the byte one alike, and read back as it was.
     */
    @Test
    void controlCharactersFromTheInputAreEscapedOnEveryPath() throws Exception {
        EvaluationResult r = EvaluationResult.builder("p-1", AS_OF, CONTROLS).eligible(false)
                .warning(t(CONTROLS, CONTROLS)).fired(new FiredRule(CONTROLS, "p-1 §1")).build();
        for (Language language : Language.values()) {
            for (String json : List.of(contract.write(r, language, true), contract.writePretty(r, language, true),
                    contract.writeLine(r, language, true, 3L),
                    new String(contract.writeLineUtf8(r, language, true, 3),
                            java.nio.charset.StandardCharsets.UTF_8))) {
                escapedEveryOne(json);
                JsonNode back = JSON.readTree(json);
                assertThat(back.get("applicant").asText()).isEqualTo(CONTROLS);
                assertThat(back.get("warnings").get(0).asText()).isEqualTo(CONTROLS);
                assertThat(back.get("trace").get(0).get("rule").asText()).isEqualTo(CONTROLS);
            }
            assertThat(contract.writeLineUtf8(r, language, false, 4))
                    .isEqualTo(contract.writeLine(r, language, false, 4L)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        // an unknown field's name in a problem's path, its message
        List<Problem> problems = List.of(new Problem("applicant." + CONTROLS, "unknown field " + CONTROLS,
                "未知字段 " + CONTROLS));
        for (Language language : Language.values()) {
            for (String json : List.of(contract.writeError(problems, 9L, language),
                    new String(contract.writeErrorUtf8(problems, 9, language),
                            java.nio.charset.StandardCharsets.UTF_8))) {
                escapedEveryOne(json);
                JsonNode p = JSON.readTree(json).get("error").get("problems").get(0);
                assertThat(p.get("path").asText()).isEqualTo("applicant." + CONTROLS);
                assertThat(p.get("message").asText()).endsWith(" " + CONTROLS);
            }
        }
        String internal = contract.writeInternalError(CONTROLS, 2);
        escapedEveryOne(internal);
        assertThat(JSON.readTree(internal).get("error").get("internal").asText()).isEqualTo(CONTROLS);
        // a parameter's source, as a parameter file gives it
        PolicyDescription withSource = new PolicyDescription("p-2", t("政策", "policy"), null, AS_OF, AS_OF, null,
                "p-2 §1", "1", List.of(), List.of(new ParameterInfo("X", ParameterUnit.YUAN, "p-2 §1", t("x", "x"),
                        true,
                List.of(new ParameterValue(AS_OF, "5000", CONTROLS)))),
                List.of(new SubjectKind("applicant", String.class, t("企业", "enterprise"))));
        String policies = new JsonContract(engineWith(withSource)).writePolicies(Language.ZH);
        escapedEveryOne(policies);
        assertThat(JSON.readTree(policies).get(0).get("parameters").get(0).get("values").get(0).get("source").asText())
                .isEqualTo(CONTROLS);
    }

    /**
     * Exactly these are escaped: JSON's own (the quote, the backslash, C0), and DEL, C1, U+061C, U+200E, U+200F,
     * U+2028–U+202E, U+2066–U+2069; every other character, Chinese included, is written as it is (so results
     * without them keep their bytes).
     */
    @Test
    void theEscapedCharactersAreExactlyThese() throws Exception {
        for (int c = 0; c <= 0xFFFF; c++) {
            boolean expected = c < 0x20 || c == '"' || c == '\\' || (c >= 0x7F && c <= 0x9F) || c == 0x061C
                    || c == 0x200E || c == 0x200F || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
            assertThat(JsonEscapes.escaped(c)).as("U+%04X", c).isEqualTo(expected);
        }
        // and a tree's field names as its values, in the pretty form
        com.fasterxml.jackson.databind.node.ObjectNode o = JSON.createObjectNode();
        o.put(CONTROLS, CONTROLS);
        String pretty = JsonEscapes.prettyString(o);
        assertThat(pretty).isEqualTo("{\n  \"" + ESCAPED + "\" : \"" + ESCAPED + "\"\n}");
        assertThat(JSON.readTree(pretty)).isEqualTo(o);
        o.removeAll().put("名", "安宁 \t\"x\"").putArray("a").add(1).add("二");
        assertThat(JsonEscapes.prettyString(o)).as("as toPrettyString without them").isEqualTo(o.toPrettyString());
    }

    @Test
    void aPolicyWithoutNumberOrEndWritesNulls() throws Exception {
        PolicyDescription p = new PolicyDescription("p-3", Text.plain("P"), null, AS_OF, AS_OF, null, "p-3 §9", "1",
                List.of(), List.of(), List.of(new SubjectKind("county", String.class, Text.plain("c"))));
        JsonNode n = JSON.readTree(new JsonContract(engineWith(p)).writePolicies(Language.EN)).get(0);
        assertThat(n.get("documentNumber").isNull()).isTrue();
        assertThat(n.get("inForce").get("until").isNull()).isTrue();
        assertThat(n.get("targets")).isEmpty();
        assertThat(n.get("phases")).isEmpty();
    }

    /**
     * A yes/no target (unit YES_NO) is written with true/false (or null) for its actual and required values and no
     * requiredValue, and a progress of null; a due date with whether it is overdue; a status decided exactly, with its
     * comparison and gap (docs/contract.md, indicators[]).
     */
    @Test
    void yesNoIndicatorsDueDatesAndExactDecisions() {
        EvaluationResult r = EvaluationResult.builder("p-2", AS_OF, "安宁")
                .indicator(new Indicator("Y_YES", t("领导小组", "leading group"), IndicatorStatus.MET,
                        ParameterUnit.YES_NO, Comparison.EQUAL, BigDecimal.ONE, "= yes", BigDecimal.ONE, null, null,
                        null, "p-2 §6", "成立", null, LocalDate.of(2023, 6, 30), false))
                .indicator(new Indicator("Y_NO", t("报告", "report"), IndicatorStatus.NOT_MET, ParameterUnit.YES_NO,
                        Comparison.EQUAL, BigDecimal.ONE, "= yes", BigDecimal.ZERO, null, null, null, "p-2 §6", "编制",
                        null, LocalDate.of(2013, 6, 30), true))
                .indicator(new Indicator("Y_UNKNOWN", t("考核", "assessment"), IndicatorStatus.UNKNOWN,
                        ParameterUnit.YES_NO, Comparison.EQUAL, new BigDecimal("0"), "= no", null, null, null, null,
                        "p-2 §6", "考核", t("缺", "missing")))
                .indicator(new Indicator("G_RATE", t("增速", "growth"), IndicatorStatus.MET, ParameterUnit.RATIO,
                        Comparison.MORE_THAN, new BigDecimal("0.0500"), "> 5.00%", new BigDecimal("0.0500"),
                        new BigDecimal("0.0500"), new BigDecimal("1.0000"), null, "p-2 §2", "高于", null, null, false,
                        new Indicator.DecidedExactly("120000 × 1700000 > 3000000 × 60000", new BigDecimal("0.00"))))
                .build();
        String json = contract.write(r, Language.EN, false);
        assertThat(json).contains("{\"code\":\"Y_YES\",\"title\":\"leading group\",\"status\":\"MET\","
                + "\"actual\":true,\"required\":true,\"comparison\":\"=\",\"progress\":null,\"unit\":\"YES_NO\","
                + "\"due\":\"2023-06-30\","
                + "\"overdue\":false,\"citation\":\"p-2 §6\",\"source\":\"成立\"}");
        assertThat(json).contains("{\"code\":\"Y_NO\",\"title\":\"report\",\"status\":\"NOT_MET\","
                + "\"actual\":false,\"required\":true,\"comparison\":\"=\",\"progress\":null,\"unit\":\"YES_NO\","
                + "\"due\":\"2013-06-30\","
                + "\"overdue\":true,\"citation\":\"p-2 §6\",\"source\":\"编制\"}");
        assertThat(json).contains("{\"code\":\"Y_UNKNOWN\",\"title\":\"assessment\",\"status\":\"UNKNOWN\","
                + "\"actual\":null,\"required\":false,\"comparison\":\"=\",\"progress\":null,\"unit\":\"YES_NO\","
                + "\"citation\":\"p-2 §6\","
                + "\"source\":\"考核\",\"detail\":\"missing\"}");
        assertThat(json).contains("{\"code\":\"G_RATE\",\"title\":\"growth\",\"status\":\"MET\",\"actual\":\"0.0500\","
                + "\"required\":\"> 5.00%\",\"comparison\":\">\",\"requiredValue\":\"0.0500\",\"progress\":\"1.0000\","
                + "\"progressBasis\":\"0.0500\",\"unit\":\"RATIO\",\"citation\":\"p-2 §2\",\"source\":\"高于\","
                + "\"decidedBy\":\"120000 × 1700000 > 3000000 × 60000\",\"gap\":\"0.00\"}");
        assertThat(json).contains("\"indicatorSummary\":{\"met\":2,\"notMet\":1,\"unknown\":1,\"total\":4}");
        assertThat(json).contains("\"deadlines\":[],\"measures\":[],").doesNotContain("\"variants\"");
    }

    /**
     * Deadlines (an empty list when there are none), each with met as its status says (true on time, false late or
     * overdue, else null), its dates and day counts or null, and the notices counted with (docs/contract.md,
     * deadlines[]).
     */
    @Test
    void deadlinesAreWrittenWithTheirDatesCountsAndCalendar() {
        EvaluationResult r = EvaluationResult.builder("p-4", AS_OF, "北京某公司")
                .deadline(new io.iprules.Deadline("D_ON_TIME", "证书一", io.iprules.DeadlineStatus.ON_TIME,
                        LocalDate.of(2013, 9, 27), LocalDate.of(2013, 10, 10), LocalDate.of(2013, 10, 8), 4, null, null,
                        List.of("国办发明电〔2012〕33号"), "p-4 §2(4)", t("按时", "on time")))
                .deadline(new io.iprules.Deadline("D_LATE", "证书二", io.iprules.DeadlineStatus.LATE,
                        LocalDate.of(2013, 9, 27), LocalDate.of(2013, 10, 10), LocalDate.of(2013, 10, 14), 7, 2, null,
                        List.of("国办发明电〔2012〕33号", "国办发明电〔2013〕28号"), "p-4 §2(4)", null))
                .deadline(new io.iprules.Deadline("D_PENDING", null, io.iprules.DeadlineStatus.PENDING,
                        LocalDate.of(2013, 12, 27), LocalDate.of(2014, 1, 6), null, 2, null, 3, List.of(), "p-4 §2(4)",
                        null))
                .deadline(new io.iprules.Deadline("D_OVERDUE", "x", io.iprules.DeadlineStatus.OVERDUE, null, null, null,
                        null, null, null, List.of(), "p-4 §2(4)", null))
                .build();
        String json = contract.write(r, Language.ZH, false);
        assertThat(json).contains("\"indicators\":[],\"deadlines\":["
                + "{\"code\":\"D_ON_TIME\",\"subject\":\"证书一\",\"status\":\"ON_TIME\",\"met\":true,"
                + "\"start\":\"2013-09-27\",\"deadline\":\"2013-10-10\",\"done\":\"2013-10-08\",\"workingDaysUsed\":4,"
                + "\"workingDaysLate\":null,\"workingDaysLeft\":null,\"calendar\":[\"国办发明电〔2012〕33号\"],"
                + "\"citation\":\"p-4 §2(4)\",\"detail\":\"按时\"},"
                + "{\"code\":\"D_LATE\",\"subject\":\"证书二\",\"status\":\"LATE\",\"met\":false,"
                + "\"start\":\"2013-09-27\",\"deadline\":\"2013-10-10\",\"done\":\"2013-10-14\",\"workingDaysUsed\":7,"
                + "\"workingDaysLate\":2,\"workingDaysLeft\":null,"
                + "\"calendar\":[\"国办发明电〔2012〕33号\",\"国办发明电〔2013〕28号\"],\"citation\":\"p-4 §2(4)\"},"
                + "{\"code\":\"D_PENDING\",\"subject\":null,\"status\":\"PENDING\",\"met\":null,"
                + "\"start\":\"2013-12-27\",\"deadline\":\"2014-01-06\",\"done\":null,\"workingDaysUsed\":2,"
                + "\"workingDaysLate\":null,\"workingDaysLeft\":3,\"calendar\":[],\"citation\":\"p-4 §2(4)\"},"
                + "{\"code\":\"D_OVERDUE\",\"subject\":\"x\",\"status\":\"OVERDUE\",\"met\":false,"
                + "\"start\":null,\"deadline\":null,\"done\":null,\"workingDaysUsed\":null,"
                + "\"workingDaysLate\":null,\"workingDaysLeft\":null,\"calendar\":[],\"citation\":\"p-4 §2(4)\"}],"
                + "\"measures\":[],\"phase\":null,");
        assertThat(json).doesNotContain("\"indicatorSummary\"");
    }

    /**
     * Measures (an empty list when there are none): citation, addressee and text, the place only when the sentence
     * names one, the scope only when it is not empty; and the variants of readings applied, after the warnings.
     */
    @Test
    void measuresAndVariants() throws Exception {
        EvaluationResult r = EvaluationResult.builder("p-5", AS_OF, "内蒙古自治区")
                .measure(new io.iprules.Measure("p-5 §4(1)", "省级知识产权局", t("建立机制", "set up a mechanism")))
                .measure(new io.iprules.Measure("p-5 §5(2)", "内蒙古自治区", t("支持", "support"), "蒙东地区",
                        List.of("呼伦贝尔市", "兴安盟")))
                .measure(new io.iprules.Measure("p-5 §6", "省级人民政府", t("统筹", "coordinate"), null, List.of()))
                .variant(new io.iprules.Variant("TOP_UP", "p-5 §7(1)"))
                .variant(new io.iprules.Variant("CAP", "p-5 §7(2)"))
                .build();
        String json = contract.write(r, Language.EN, false);
        assertThat(json).contains("\"measures\":["
                + "{\"citation\":\"p-5 §4(1)\",\"addressee\":\"省级知识产权局\",\"text\":\"set up a mechanism\"},"
                + "{\"citation\":\"p-5 §5(2)\",\"addressee\":\"内蒙古自治区\",\"text\":\"support\",\"place\":\"蒙东地区\","
                + "\"scope\":[\"呼伦贝尔市\",\"兴安盟\"]},"
                + "{\"citation\":\"p-5 §6\",\"addressee\":\"省级人民政府\",\"text\":\"coordinate\"}]");
        assertThat(json).endsWith("\"warnings\":[],\"variants\":[{\"code\":\"TOP_UP\",\"citation\":\"p-5 §7(1)\"},"
                + "{\"code\":\"CAP\",\"citation\":\"p-5 §7(2)\"}]}");
        assertThat(JSON.readTree(contract.write(r, Language.ZH, false)).get("measures").get(0).get("text").asText())
                .isEqualTo("建立机制");
        assertThat(json).contains("\"deadlines\":[],\"measures\":[").doesNotContain("\"indicatorSummary\"");
    }

    /**
     * A lone surrogate of any kind (high D800–DBFF, low DC00–DFFF) among text with no space or quote near it, at any
     * place in an eight-byte word, is written by the byte path as the text path writes it ("?"), byte for byte.
     */
    @Test
    void aLoneSurrogateAnywhereInALineAsBytesIsTheTextsQuestionMark() {
        String letters = "abcdefghijklmnopqrstuvwxyz";
        for (char half : new char[] {'\uD800', '\uD9AB', '\uDA00', '\uDBFF', '\uDC00', '\uDD11', '\uDE00', '\uDFFF'}) {
            for (int pad = 0; pad < 8; pad++) {
                String name = letters.substring(0, 9 + pad) + half + letters;
                EvaluationResult r = EvaluationResult.builder("p-1", AS_OF, name).eligible(false).build();
                byte[] bytes = contract.writeLineUtf8(r, Language.EN, false, 1);
                assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).as("%04X at %d", (int) half, pad)
                        .contains("\"applicant\":\"" + letters.substring(0, 9 + pad) + "?" + letters + "\"");
                assertThat(bytes).isEqualTo(contract.writeLine(r, Language.EN, false, 1L)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        // a character beyond U+FFFF is one four-byte sequence, never the escapes of its halves
        EvaluationResult r = EvaluationResult.builder("p-1", AS_OF, letters + "\uD83D\uDE00" + letters).build();
        assertThat(new String(contract.writeLineUtf8(r, Language.EN, false, 1),
                java.nio.charset.StandardCharsets.UTF_8))
                .contains(letters + "😀" + letters);
    }

    /** A line longer than the buffer a thread keeps, then short lines again: each line is whole and alone. */
    @Test
    void longLinesAndShortLinesOneAfterAnother() {
        for (int length : new int[] {10, 5_000, 70_000, 10, 300_000, 3}) {
            String name = "名".repeat(length);
            EvaluationResult r = EvaluationResult.builder("p-1", AS_OF, name).eligible(true).build();
            assertThat(contract.writeLineUtf8(r, Language.ZH, false, length)).as("%d", length)
                    .isEqualTo(contract.writeLine(r, Language.ZH, false, (long) length)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /**
     * An award whose eligibility waits for an open parameter (a threshold) says so, "eligibility": "UNDETERMINED",
     * after its reason (docs/contract.md, awards[].eligibility); an award decided has no such field.
     */
    @Test
    void anAwardWhoseEligibilityWaitsSaysSo() {
        EvaluationResult r = EvaluationResult.builder("p-1", AS_OF, "禾城")
                .award(new Award("A_WAIT", "X", t("待定", "pending"), LocalDate.of(2013, 5, 1), new BigDecimal("1000.00"),
                        null, "p-1 §6(5)4", t("门槛", "threshold"), "A_WAIT.THRESHOLD"))
                .build();
        String json = contract.write(r, Language.EN, false);
        assertThat(json).contains("\"awards\":[{\"code\":\"A_WAIT\",\"subject\":\"pending\",\"subjectId\":\"X\","
                + "\"date\":\"2013-05-01\",\"amount\":\"1000.00\",\"citation\":\"p-1 §6(5)4\",\"reason\":\"threshold\","
                + "\"eligibility\":\"UNDETERMINED\"}]");
        assertThat(contract.write(subsidies(), Language.EN, false)).doesNotContain("eligibility");
    }

    /**
     * An award whose amount is known but whose eligibility is open is not in {@code total} and is counted in
     * {@code undetermined} (docs/contract.md): 100,000.00 decided and 50,000.00 waiting on a threshold write
     * "total":"100000.00","undetermined":1, and a reader of the line gets the result's own back (BudgetTest reads it
     * as a resumed batch does).
     */
    @Test
    void anAwardWhoseEligibilityIsOpenIsWrittenOutsideTheTotalAndReadBackSo() throws Exception {
        EvaluationResult r = EvaluationResult.builder("p-1", AS_OF, "禾城").eligible(true)
                .award(new Award("A_ONE", "NATIONAL", t("国家", "national"), LocalDate.of(2013, 3, 15),
                        new BigDecimal("100000.00"), null, "p-1 §6(5)2", t("认定", "recognised")))
                .award(new Award("A_WAIT", "X", t("待定", "pending"), LocalDate.of(2013, 5, 1),
                        new BigDecimal("50000.00"), null, "p-1 §6(5)4", t("门槛", "threshold"), "A_WAIT.THRESHOLD"))
                .build();
        String json = contract.write(r, Language.EN, false);
        assertThat(json).contains("\"amount\":\"50000.00\",\"citation\":\"p-1 §6(5)4\",\"reason\":\"threshold\","
                + "\"eligibility\":\"UNDETERMINED\"}]", "\"total\":\"100000.00\",\"undetermined\":1,");
        com.fasterxml.jackson.databind.JsonNode read = JSON.readTree(json);
        assertThat(new BigDecimal(read.get("total").asText())).isEqualTo(new BigDecimal("100000.00"))
                .isEqualTo(r.total());
        assertThat(read.get("undetermined").asInt()).isEqualTo(1).isEqualTo(r.undetermined());
    }
}
