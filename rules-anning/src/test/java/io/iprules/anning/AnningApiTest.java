package io.iprules.anning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.iprules.EvaluationResult;
import io.iprules.Indicator;
import io.iprules.IndicatorStatus;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.PolicyDescription;
import io.iprules.ProvisionStatus;
import io.iprules.RulesEngine;
import io.iprules.Target;
import io.iprules.json.JsonContract;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Java API as an embedding system uses it, on the Anning module; the issue's done criterion. */
class AnningApiTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();

    /** anning-2022's table of targets, in its order, written out here (not read from the module's files). */
    private static final List<String> SPECIFIED_CODES = List.of("AN_INVENTION_GRANTS_ANNUAL",
            "AN_UTILITY_MODELS_ANNUAL",
            "AN_DESIGNS_ANNUAL", "AN_SOFTWARE_COPYRIGHTS", "AN_TRADEMARKS", "AN_ADVANTAGE_ENTERPRISES",
            "AN_DEMO_CONVERSION_RATE", "AN_STANDARD_CERTIFIED", "AN_TALENT", "AN_PATENT_PROJECTS_10M",
            "AN_PATENT_PROJECTS_100M", "AN_CASE_CLOSURE_RATE", "AN_PUBLIC_AWARENESS", "AN_RIGHTS_HOLDER_SATISFACTION",
            "AN_INVENTION_DENSITY", "AN_TRADEMARK_ENTERPRISE_SHARE", "AN_PATENT_ENTERPRISE_SHARE",
            "AN_ACADEMIC_INVENTIONS", "AN_IP_ADVANTAGE_CULTIVATED", "AN_LIAISON_TEAM", "AN_PUBLICITY_EVENTS",
            "AN_PUBLICITY_REACH", "AN_IP_BUDGET_SHARE", "AN_RIGHTS_STATIONS",
            // added after a legal review
            "AN_SERVICE_PLATFORM", "AN_PLATFORM_PORTS", "AN_LEADING_GROUP", "AN_PILOT_OFFICE", "AN_ANNUAL_ASSESSMENT",
            "AN_PATENT_ANALYSIS_REPORT");

    /** Every figure exactly at its target, as the text gives them (worked out by hand, not read back). */
    static AnningCounty everyFigureAtItsTarget() {
        return AnningCounty.builder("安宁市")
                .figure("AN_INVENTION_GRANTS_ANNUAL", 45)
                .figure("AN_UTILITY_MODELS_ANNUAL", 500)
                .figure("AN_DESIGNS_ANNUAL", 35)
                .figure("AN_SOFTWARE_COPYRIGHTS", 700)
                .figure("AN_TRADEMARKS", 6500)
                .figure("AN_ADVANTAGE_ENTERPRISES", 25)
                .figure("AN_DEMO_CONVERSION_RATE", "0.30")
                .figure("AN_STANDARD_CERTIFIED", 5)
                .figure("AN_TALENT", 30)
                .figure("AN_PATENT_PROJECTS_10M", 2)
                .figure("AN_PATENT_PROJECTS_100M", 1)
                .figure("AN_CASE_CLOSURE_RATE", "1")
                .figure("AN_PUBLIC_AWARENESS", "0.85")
                .figure("AN_RIGHTS_HOLDER_SATISFACTION", "0.90")
                .inventionDensity(new BigDecimal("19.2"), new BigDecimal("9.6"))
                .figure("AN_TRADEMARK_ENTERPRISE_SHARE", "0.30")
                .figure("AN_PATENT_ENTERPRISE_SHARE", "0.10")
                .figure("AN_ACADEMIC_INVENTIONS", 20)
                .figure("AN_IP_ADVANTAGE_CULTIVATED", 5)
                .figure("AN_LIAISON_TEAM", 18)
                .figure("AN_RIGHTS_STATIONS", 9)
                .figure("AN_PUBLICITY_EVENTS", 10)
                .figure("AN_PUBLICITY_REACH", 1500)
                .figure("AN_IP_BUDGET_SHARE", new BigDecimal("0.0012"))
                .figure("AN_SERVICE_PLATFORM", 1)
                .figure("AN_PLATFORM_PORTS", 2)
                .figure("AN_LEADING_GROUP", true)
                .figure("AN_PILOT_OFFICE", true)
                .figure("AN_ANNUAL_ASSESSMENT", true)
                .figure("AN_PATENT_ANALYSIS_REPORT", true)
                .build();
    }

    @Test
    void doneCriterionEveryTargetMetExceptSatisfactionAtExactlyNinetyPercent() {
        EvaluationResult r = ENGINE.evaluate("anning-2022", LocalDate.of(2025, 7, 31), everyFigureAtItsTarget());
        assertThat(r.indicators()).hasSize(30);
        assertThat(r.indicators()).filteredOn(i -> i.status() != IndicatorStatus.MET)
                .extracting(Indicator::code, Indicator::status, Indicator::requiredText, Indicator::progress,
                        Indicator::citation)
                .containsExactly(tuple("AN_RIGHTS_HOLDER_SATISFACTION", IndicatorStatus.NOT_MET, "> 0.90",
                        new BigDecimal("1.0000"), "anning-2022 §3(2)4"));
        assertThat(r.indicatorSummary().met()).isEqualTo(29);
        assertThat(r.indicatorSummary().notMet()).isEqualTo(1);
        assertThat(r.indicatorSummary().unknown()).isZero();
        assertThat(r.eligible()).isFalse();
        assertThat(r.phase()).hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("ACCEPTANCE"));
        assertThat(r.awards()).isEmpty();
        assertThat(r.warnings()).isEmpty();

        Indicator density = r.indicators().stream().filter(i -> i.code().equals("AN_INVENTION_DENSITY")).findFirst()
                .orElseThrow();
        assertThat(density.requiredText()).isEqualTo(">= 2 × 9.6 = 19.2");
        assertThat(density.required()).isEqualByComparingTo("19.2");
        assertThat(density.status()).isEqualTo(IndicatorStatus.MET);
        assertThat(density.citation()).isEqualTo("anning-2022 §4(1)1");
        Indicator liaison = r.indicators().stream().filter(i -> i.code().equals("AN_LIAISON_TEAM")).findFirst()
                .orElseThrow();
        assertThat(liaison.progress()).isEqualTo(new BigDecimal("0.9000")); // 18 ÷ 20
        assertThat(liaison.status()).isEqualTo(IndicatorStatus.MET);
    }

    @Test
    void aSatisfactionJustOverNinetyPercentMakesEveryTargetMet() {
        AnningCounty c = everyFigureAtItsTarget();
        java.util.Map<String, Object> figures = new java.util.LinkedHashMap<>(c.figures());
        figures.put("AN_RIGHTS_HOLDER_SATISFACTION", "0.9001");
        EvaluationResult r = ENGINE.evaluate("anning-2022", LocalDate.of(2025, 7, 31),
                new AnningCounty("安宁市", figures));
        assertThat(r.indicatorSummary().met()).isEqualTo(30);
        assertThat(r.eligible()).isTrue();
    }

    /**
     * A result's receipt vouches for the county as it was evaluated: a caller who reuses its density object for the
     * next county (its actual changed from 19.2 to 1) changes neither the county kept nor the first result's
     * receipt, whose request digest is worked out when it is first read.
     */
    @Test
    void aCallerReusingItsFiguresChangesNoReceiptAlreadyMade() {
        java.util.Map<String, Object> density = new java.util.HashMap<>(java.util.Map.of("actual", "19.2",
                "provinceAverage", "9.6"));
        AnningCounty county = new AnningCounty("安宁市", java.util.Map.of("AN_INVENTION_DENSITY", density));
        EvaluationResult first = ENGINE.evaluate(Anning2022.APPLICANT, LocalDate.of(2025, 7, 31), county);
        density.put("actual", "1");
        AnningCounty next = new AnningCounty("安宁市", java.util.Map.of("AN_INVENTION_DENSITY", density));
        EvaluationResult second = ENGINE.evaluate(Anning2022.APPLICANT, LocalDate.of(2025, 7, 31), next);
        assertThat(first.indicators()).filteredOn(i -> i.code().equals("AN_INVENTION_DENSITY")).singleElement()
                .extracting(Indicator::status).isEqualTo(IndicatorStatus.MET); // 19.2 is twice 9.6
        assertThat(second.indicators()).filteredOn(i -> i.code().equals("AN_INVENTION_DENSITY")).singleElement()
                .extracting(Indicator::status).isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(first.receipt().orElseThrow().request()).isNotEqualTo(second.receipt().orElseThrow().request());
        assertThat(first.receipt()).isNotEqualTo(second.receipt());
    }

    /**
     * A figure given from Java as a whole BigDecimal replays from the JSON request that gives it as a number: the
     * same value digests the same (it had digested as the string "52", which no count accepts).
     */
    @Test
    void aWholeBigDecimalFigureReplaysFromItsJsonNumber() {
        AnningCounty county = AnningCounty.builder("安宁市").figure("AN_TRADEMARKS", new BigDecimal("52"))
                .inventionDensity(new BigDecimal("19"), new BigDecimal("9.6")).build();
        EvaluationResult r = ENGINE.evaluate(Anning2022.APPLICANT, LocalDate.of(2025, 7, 31), county);
        String line = new JsonContract(ENGINE).write(r, Language.EN, false);
        String json = "{\"policy\": \"anning-2022\", \"asOf\": \"2025-07-31\", \"applicant\": {\"name\": \"安宁市\", "
                + "\"figures\": {\"AN_TRADEMARKS\": 52, \"AN_INVENTION_DENSITY\": {\"actual\": 19, "
                + "\"provinceAverage\": \"9.6\"}}}}";
        io.iprules.json.Replay.Report report = new io.iprules.json.Replay(ENGINE).check(
                json.getBytes(StandardCharsets.UTF_8), line.getBytes(StandardCharsets.UTF_8));
        assertThat(report.differences()).isEmpty();
        assertThat(report.verdict()).isEqualTo(io.iprules.json.Replay.Verdict.IDENTICAL);
    }

    @Test
    void theDoneCriterionRequestShippedInExamplesGivesTheSame() throws Exception {
        byte[] json = Files.readAllBytes(Path.of("../examples/requests/anning-every-target-exactly-reached.json"));
        EvaluationResult r = new JsonContract(ENGINE).evaluate(json, LocalDate.of(2000, 1, 1), null);
        assertThat(r.indicatorSummary().met()).isEqualTo(29);
        assertThat(r.indicatorSummary().notMet()).isEqualTo(1);
        assertThat(r.indicators()).filteredOn(i -> !i.met()).extracting(Indicator::code)
                .containsExactly("AN_RIGHTS_HOLDER_SATISFACTION");
    }

    @Test
    void unsuppliedFiguresAreUnknownNeverMetOrFailed() {
        EvaluationResult r = ENGINE.evaluate("anning-2022", LocalDate.of(2023, 12, 31),
                AnningCounty.builder("安宁市").figure("AN_TALENT", 31).build());
        assertThat(r.indicatorSummary().met()).isEqualTo(1);
        assertThat(r.indicatorSummary().notMet()).isZero();
        assertThat(r.indicatorSummary().unknown()).isEqualTo(29);
        assertThat(r.eligible()).isFalse();
        assertThat(r.indicators()).filteredOn(i -> i.status() == IndicatorStatus.UNKNOWN)
                .allSatisfy(i -> {
                    assertThat(i.actual()).isNull();
                    assertThat(i.progress()).isNull();
                    assertThat(i.detail()).isNotNull();
                });
    }

    @Test
    void invalidFiguresAreRefusedWithTheirPaths() {
        AnningCounty c = AnningCounty.builder("安宁市")
                .figure("AN_TALENT", -1)
                .figure("AN_DEMO_CONVERSION_RATE", "31")
                .figure("AN_TALLENT", 3)
                .build();
        assertThatThrownBy(() -> ENGINE.evaluate("anning-2022", LocalDate.of(2023, 12, 31), c))
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> assertThat(x.problems())
                        .extracting(p -> p.path()).containsExactlyInAnyOrder("applicant.figures.AN_TALLENT",
                                "applicant.figures.AN_TALENT", "applicant.figures.AN_DEMO_CONVERSION_RATE"));
    }

    @Test
    void theResultOrderIsThePoliciesOrderOfTargets() {
        EvaluationResult r = ENGINE.evaluate("anning-2022", LocalDate.of(2025, 7, 31), everyFigureAtItsTarget());
        assertThat(r.indicators()).extracting(Indicator::code)
                .containsExactlyElementsOf(ENGINE.policy("anning-2022").targets().stream().map(Target::code).toList());
    }

    /** The table written out above: every code is a target, implemented by some provision of the module. */
    @Test
    void everySpecifiedCodeIsATargetOfAnImplementedProvision() {
        PolicyDescription d = ENGINE.policy("anning-2022");
        assertThat(d.targets()).extracting(Target::code).containsExactlyInAnyOrderElementsOf(SPECIFIED_CODES);
        Set<String> implemented = d.provisions().stream().filter(p -> p.status() == ProvisionStatus.IMPLEMENTED)
                .flatMap(p -> p.codes().stream()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(implemented).containsExactlyInAnyOrderElementsOf(SPECIFIED_CODES);
        for (Target t : d.targets()) {
            assertThat(d.provisions()).as(t.code() + " is listed under its own clause")
                    .anyMatch(p -> p.citation().equals(t.citation()) && p.codes().contains(t.code()));
        }
        d.provisions().stream().filter(p -> p.status() == ProvisionStatus.NOT_FORMALISED)
                .forEach(p -> assertThat(p.note().in(Language.EN)).as(p.citation()).isNotBlank());
        assertThat(d.phases()).extracting(p -> p.code())
                .containsExactly("OPTIMISATION", "IMPLEMENTATION", "ACCEPTANCE", "CONSOLIDATION");
        // the notes that place the phases' ends give the days as every date is written, YYYY-MM-DD
        assertThat(d.phases().get(0).note().in(Language.ZH)).isEqualTo("2022年10月同时出现在第一、二阶段。本阶段的工作是"
                + "优化并印发工作方案,方案于 2022-10-18 印发,故本阶段至 2022-10-17 止,自 2022-10-18 起进入组织实施阶段。");
        assertThat(d.phases().get(0).note().in(Language.EN)).endsWith("which was issued on 2022-10-18: so it ends on "
                + "2022-10-17 and implementation starts on 2022-10-18.");
        assertThat(d.phases().get(1).note().in(Language.ZH)).isEqualTo("自方案印发之日(2022-10-18)起,至2025年4月最后一日"
                + "(2025-04-30)止。");
        assertThat(d.phases().get(1).note().in(Language.EN)).isEqualTo("From the day the plan was issued (2022-10-18) "
                + "to the last day of April 2025 (2025-04-30).");
        assertThat(d.version()).doesNotContain("${");
    }

    /** The README's example, as written there. */
    @Test
    void theReadmeExample() {
        EvaluationResult a = ENGINE.evaluate("anning-2022", LocalDate.of(2025, 7, 31), AnningCounty.builder("安宁市")
                .figure("AN_RIGHTS_HOLDER_SATISFACTION", "0.90")
                .inventionDensity(new BigDecimal("19.2"), new BigDecimal("9.6"))
                .build());
        assertThat(a.indicatorSummary()).isEqualTo(new io.iprules.IndicatorSummary(1, 1, 28));
        assertThat(a.phase().orElseThrow().code()).isEqualTo("ACCEPTANCE");
        assertThat(a.phase().orElseThrow().citation()).isEqualTo("anning-2022 §5");
    }

    /**
     * The annual assessment (§6(2)) and the patent analysis report (§4(6)) have no date in the text: answered no,
     * even long after the pilot period, they are not met and carry no due date, so the JSON has neither {@code due}
     * nor {@code overdue} (the scenarios cannot say a field is absent). The leading group, due 2022-10-17, has both.
     */
    @Test
    void yesNoTargetsWithoutADateInTheTextHaveNoDueDateAndAreNeverOverdue() throws Exception {
        byte[] request = ("{\"policy\": \"anning-2022\", \"asOf\": \"2030-12-31\", \"applicant\": {\"name\": \"安宁市\","
                + " \"figures\": {\"AN_ANNUAL_ASSESSMENT\": false, \"AN_PATENT_ANALYSIS_REPORT\": false,"
                + " \"AN_LEADING_GROUP\": false}}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        JsonContract contract = new JsonContract(ENGINE);
        EvaluationResult r = ENGINE.evaluate(contract.read(request, LocalDate.of(2000, 1, 1)).request());
        var indicators = contract.toNode(r, Language.EN, false).get("indicators");
        for (var i : indicators) {
            String code = i.get("code").asText();
            if (code.equals("AN_ANNUAL_ASSESSMENT") || code.equals("AN_PATENT_ANALYSIS_REPORT")) {
                assertThat(i.get("status").asText()).as(code).isEqualTo("NOT_MET");
                assertThat(i.has("due")).as(code + " due").isFalse();
                assertThat(i.has("overdue")).as(code + " overdue").isFalse();
            } else if (code.equals("AN_LEADING_GROUP")) {
                assertThat(i.get("due").asText()).isEqualTo("2022-10-17");
                assertThat(i.get("overdue").asBoolean()).isTrue();
            }
        }
        assertThat(r.indicators()).filteredOn(i -> i.due() == null && i.yesNo() && !i.met()).extracting(Indicator::code)
                .containsExactlyInAnyOrder("AN_ANNUAL_ASSESSMENT", "AN_PATENT_ANALYSIS_REPORT");
    }

    @Test
    void everyMessageExistsInBothLanguages() {
        assertThat(Anning2022.MESSAGES.keys()).contains("warning.before-plan");
    }
}
