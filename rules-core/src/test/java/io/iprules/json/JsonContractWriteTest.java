package io.iprules.json;

import static org.assertj.core.api.Assertions.assertThat;
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
                        new BigDecimal("100000.00"), new ExclusionReason("NON_DUPLICATION", "p §7", Text.plain("NON_DUPLICATION")), "p-1 §7(1)", "p-1 §6(5)2",
                        t("不重复", "not twice")))
                .exclusion(new Exclusion("A_TWO", "ZL2", t("专利2", "patent 2"), null, null,
                        new ExclusionReason("BEFORE_IN_FORCE", "p §7", Text.plain("BEFORE_IN_FORCE")), "p-1 §7(3)", "p-1 §6(5)1", t("早", "early")))
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
                + "{\"code\":\"I_FIXED\",\"title\":\"count\",\"status\":\"MET\",\"actual\":\"52\",\"required\":\">= 45\","
                + "\"comparison\":\">=\",\"requiredValue\":\"45\",\"progress\":\"1.1555\",\"progressBasis\":\"45\","
                + "\"unit\":\"COUNT\",\"citation\":\"p-2 §3\",\"source\":\"45件以上\"},"
                + "{\"code\":\"I_REL\",\"title\":\"density\",\"status\":\"UNKNOWN\",\"actual\":\"20.1\","
                + "\"required\":\">= 2 × provinceAverage\",\"comparison\":\">=\",\"requiredValue\":null,"
                + "\"progress\":null,\"progressBasis\":null,\"unit\":\"NUMBER\","
                + "\"reference\":{\"key\":\"provinceAverage\",\"title\":\"province average\",\"factor\":\"2\",\"value\":null},"
                + "\"citation\":\"p-2 §4\",\"source\":\"2倍\",\"detail\":\"missing\"},"
                + "{\"code\":\"I_RATE\",\"title\":\"rate\",\"status\":\"NOT_MET\",\"actual\":\"0.90\",\"required\":\"> 0.90\","
                + "\"comparison\":\">\",\"requiredValue\":\"0.90\",\"progress\":\"1.0000\",\"progressBasis\":\"0.90\","
                + "\"unit\":\"RATIO\",\"citation\":\"p-2 §3\",\"source\":\"超过90%\"}],"
                + "\"indicatorSummary\":{\"met\":1,\"notMet\":1,\"unknown\":1,\"total\":3},"
                + "\"phase\":\"IMPL\","
                + "\"phaseDetail\":{\"code\":\"IMPL\",\"title\":\"implementation\",\"from\":\"2022-10-18\",\"until\":null,"
                + "\"citation\":\"p-2 §5\"},"
                + "\"total\":\"0.00\",\"undetermined\":0,\"warnings\":[]}");
    }

    @Test
    void aPhaseWithAnEndAndADecimalWrittenPlain() {
        EvaluationResult r = EvaluationResult.builder("p-2", AS_OF, "x")
                .indicator(new Indicator("I", t("i", "i"), IndicatorStatus.MET, ParameterUnit.NUMBER, Comparison.AT_LEAST,
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
                + "{\"path\":\"applicant.creditCode\",\"message\":\"check character\"},{\"path\":\"\",\"message\":\"x\"}]}}");
        assertThat(contract.writeError(problems.subList(1, 2), null))
                .isEqualTo("{\"error\":{\"problems\":[{\"path\":\"\",\"message\":\"x\"}]}}");
        assertThat(contract.writeInternalError("boom", 7)).isEqualTo("{\"line\":7,\"error\":{\"internal\":\"boom\"}}");
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
                + "\"targets\":[{\"code\":\"T_FIXED\",\"title\":\"inventions\",\"unit\":\"COUNT\",\"comparison\":\">=\","
                + "\"required\":\"45\",\"progressBasis\":null,\"maximum\":\"9\",\"citation\":\"p-1 §3\",\"source\":\"45件\","
                + "\"note\":\"reading\"},"
                + "{\"code\":\"T_REL\",\"title\":\"density\",\"unit\":\"NUMBER\",\"comparison\":\">\",\"required\":null,"
                + "\"reference\":{\"key\":\"provinceAverage\",\"title\":\"province\",\"factor\":\"2\"},"
                + "\"progressBasis\":\"20\",\"maximum\":null,\"citation\":\"p-1 §4\",\"source\":\"2倍\",\"note\":\"\"}],"
                + "\"phases\":[{\"code\":\"ONE\",\"title\":\"one\",\"from\":\"2012-11-05\",\"until\":\"2013-12-31\","
                + "\"citation\":\"p-1 §5\",\"source\":\"第一阶段\",\"note\":\"note\"},"
                + "{\"code\":\"TWO\",\"title\":\"two\",\"from\":\"2014-01-01\",\"until\":null,\"citation\":\"p-1 §5\","
                + "\"source\":\"第二阶段\",\"note\":\"\"}]}"));
        // field order is part of the contract's determinism
        assertThat(contract.writePolicies(Language.EN)).containsSubsequence("\"id\"", "\"title\"", "\"documentNumber\"",
                "\"issued\"", "\"inForce\"", "\"version\"", "\"requests\"", "\"provisions\"", "\"parameters\"",
                "\"targets\"", "\"phases\"");
        assertThat(contract.writePolicies(Language.ZH)).contains("\"title\" : \"政策\"", "\"note\" : \"理由\"")
                .doesNotContain("why not");
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
                    .isEqualTo(contract.writeError(problems, 12L, language).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(contract.writeErrorUtf8(problems.subList(0, 1), 13, language))
                    .isEqualTo(contract.writeError(problems.subList(0, 1), 13L, language)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(contract.writeLineUtf8(subsidies(), Language.EN, false, 3))
                .isEqualTo((SUBSIDIES_EN.substring(0, SUBSIDIES_EN.length() - 1) + ",\"line\":3}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
}
