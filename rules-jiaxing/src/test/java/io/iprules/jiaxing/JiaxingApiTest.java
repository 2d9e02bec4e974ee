package io.iprules.jiaxing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.Award;
import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.Exclusion;
import io.iprules.ExclusionReason;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.ProvisionStatus;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Java API as an embedding system uses it, on the Jiaxing module. */
class JiaxingApiTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final LocalDate AS_OF = LocalDate.of(2013, 12, 31);
    private static final String CODE = "91330400MA28A0001D";

    private static JiaxingEnterprise pilotAndProvincial() {
        return JiaxingEnterprise.builder("嘉兴示例有限公司", CODE)
                .recognition(RecognitionType.NATIONAL_IP_PILOT_ENTERPRISE, LocalDate.of(2013, 3, 15))
                .recognition(RecognitionType.PROVINCIAL_PATENT_DEMO_ENTERPRISE, LocalDate.of(2013, 9, 20))
                .build();
    }

    /**
     * Every named variant a rule records has its reading, found by its {@code Variant.readingId()}: the officer's
     * text and page show the reading, and showed the bare code TOP_UP while the
     * reading was there under top-up.
     */
    @Test
    void everyVariantARuleRecordsHasItsReading() throws Exception {
        java.util.regex.Pattern recorded = java.util.regex.Pattern.compile("\\.variant\\(\"([A-Z_]+)\"[,)]");
        List<String> codes = new ArrayList<>();
        java.nio.file.Path rules = java.nio.file.Path.of("src/main/resources/io/iprules/jiaxing/rules");
        try (var files = java.nio.file.Files.list(rules)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                java.util.regex.Matcher m = recorded.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        PolicyDescription jiaxing = ENGINE.policy("jiaxing-2012");
        assertThat(codes).contains("TOP_UP").allSatisfy(code -> assertThat(
                jiaxing.reading(new io.iprules.Variant(code, "jiaxing-2012 §7(1)").readingId())).as(code).isPresent());
    }

    @Test
    void evaluatesAnEnterpriseBuiltInJava() {
        EvaluationResult r = ENGINE.evaluate("jiaxing-2012", AS_OF, pilotAndProvincial());
        assertThat(r.eligible()).isTrue();
        assertThat(r.total()).isEqualByComparingTo("200000");
        assertThat(r.awards()).extracting(Award::code, Award::amount, Award::citation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("JX_NATIONAL_IP_PILOT_ENTERPRISE",
                        new BigDecimal("200000.00"), "jiaxing-2012 §6(5)2"));
        assertThat(r.excluded()).extracting(Exclusion::code, (Exclusion x) -> x.reason().code(), Exclusion::citation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE",
                        "NON_DUPLICATION", "jiaxing-2012 §7(1)"));
        assertThat(r.trace()).extracting(f -> f.citation()).contains("jiaxing-2012 §6(5)2", "jiaxing-2012 §7(1)");
        assertThat(r.awards().get(0).reason().in(Language.ZH)).isEqualTo("被认定为国家知识产权试点企业");
        assertThat(r.awards().get(0).reason().in(Language.EN)).isEqualTo("recognised as national IP pilot enterprise");
    }

    /**
     * With only a count of fees paid, fee k's date is derived from the grant, on its (k−1)th anniversary (reading
     * annual-fees): the reason says so in words an officer reads, with no formula in k. Granted 2013-04-01, three
     * fees: the third is taken as paid on 2015-04-01.
     */
    @Test
    void aFeeDateDerivedFromTheGrantIsExplainedInWords() {
        JiaxingEnterprise e = JiaxingEnterprise.builder("嘉兴示例有限公司", CODE)
                .patent("ZL201210123456.7", PatentKind.INVENTION, LocalDate.of(2013, 4, 1), IndustryField.BIOLOGY, 3)
                .build();
        Award third = ENGINE.evaluate("jiaxing-2012", LocalDate.of(2015, 12, 31), e).awards().stream()
                .filter(a -> a.subjectId().equals("ZL201210123456.7/3")).findFirst().orElseThrow();
        assertThat(third.date()).isEqualTo(LocalDate.of(2015, 4, 1));
        assertThat(third.reason().in(Language.ZH)).isEqualTo("属战略性新兴产业(生物)的发明专利,授权后第 3 次年费;"
                + "请求未给出缴费日期,按授权日 2013-04-01 推定于 2015-04-01 缴纳(推定第 1 次年费于授权当日缴纳,以后每年一次,"
                + "于授权日的周年日缴纳)");
        assertThat(third.reason().in(Language.EN)).isEqualTo("invention patent in a strategic emerging industry "
                + "(biology): annual fee 3 after grant; the request gives no payment date, so it is taken as paid on "
                + "2015-04-01, derived from the grant date 2013-04-01 (the first fee taken as paid on the grant date, "
                + "each later one on the next anniversary of the grant)");
    }

    @Test
    void aDeploymentSetsAnOpenAmountFromJavaWithoutRebuilding() {
        JiaxingEnterprise e = JiaxingEnterprise.builder("嘉兴示例有限公司", CODE)
                .patent("ZL201320000002.2", PatentKind.UTILITY_MODEL, LocalDate.of(2013, 6, 1), null, null).build();
        assertThat(ENGINE.evaluate("jiaxing-2012", AS_OF, e).awards().get(0).undeterminedBy())
                .isEqualTo("JX_PATENT_GRANT.UTILITY_MODEL");

        RulesEngine deployed = RulesEngine.builder()
                .parameter("jiaxing-2012", "JX_PATENT_GRANT.UTILITY_MODEL", LocalDate.of(2013, 1, 1), "1000",
                        "嘉科〔2013〕1号")
                .build();
        EvaluationResult r = deployed.evaluate("jiaxing-2012", AS_OF, e);
        assertThat(r.awards().get(0).amount()).isEqualByComparingTo("1000");
        assertThat(r.undetermined()).isZero();
        assertThat(deployed.policy("jiaxing-2012").parameter("JX_PATENT_GRANT.UTILITY_MODEL").orElseThrow()
                .values().get(0).source()).isEqualTo("嘉科〔2013〕1号");
    }

    /**
     * §7(1)'s maximum limit is read on the as-of date (reading maximum-limit), not on the item's: its CAP line says so,
     * with that date, beside the value's first day and source. A national pilot recognition of 2014-03-01 (§6(5)2,
     * 200,000) under a limit of 300,000 from 2012-11-05 and 100,000 from 2016-01-01: as of 2016-06-30 the later value
     * cuts 200,000 − 100,000 = 100,000, though the recognition is dated in the earlier value's period; as of 2015-12-31
     * the 300,000 leaves it whole.
     */
    @Test
    void theMaximumLimitsLineNamesTheAsOfDateThatChoseItsValue() {
        RulesEngine deployed = RulesEngine.builder()
                .parameter("jiaxing-2012", "JX_MAXIMUM_LIMIT", LocalDate.of(2012, 11, 5), "300000", "嘉科〔2012〕9号")
                .parameter("jiaxing-2012", "JX_MAXIMUM_LIMIT", LocalDate.of(2016, 1, 1), "100000", "嘉科〔2016〕1号")
                .build();
        JiaxingEnterprise e = JiaxingEnterprise.builder("嘉兴示例有限公司", CODE)
                .recognition(RecognitionType.NATIONAL_IP_PILOT_ENTERPRISE, LocalDate.of(2014, 3, 1)).build();
        EvaluationResult r = deployed.evaluate("jiaxing-2012", LocalDate.of(2016, 6, 30), e);
        assertThat(r.total()).isEqualByComparingTo("100000");
        Exclusion cap = r.excluded().get(0);
        assertThat(cap.reason().code()).isEqualTo("CAP");
        assertThat(cap.amount()).isEqualByComparingTo("100000");
        assertThat(cap.detail().in(Language.ZH)).isEqualTo("补助合计超过最高限额 100,000.00 元(JX_MAXIMUM_LIMIT,自 2016-01-01 起,"
                + "按评估日期 2016-06-30 适用,来源:嘉科〔2016〕1号),超出部分不予补助");
        assertThat(cap.detail().in(Language.EN)).isEqualTo("the total exceeds the maximum limit of 100,000.00 yuan "
                + "(JX_MAXIMUM_LIMIT, from 2016-01-01, as in force on the as-of date 2016-06-30, source: 嘉科〔2016〕1号); "
                + "the excess is not paid");
        EvaluationResult before = deployed.evaluate("jiaxing-2012", LocalDate.of(2015, 12, 31), e);
        assertThat(before.total()).isEqualByComparingTo("200000");
        assertThat(before.excluded()).isEmpty();
    }

    /**
     * A parameter set twice in Java gets two dated values, as a file lists them: a utility model granted in 2014 is
     * paid the 1,000 of 嘉科〔2013〕1号, one granted in 2015 the 1,500 of a later rule. Values a file could not hold
     * are refused as the file's would be.
     */
    @Test
    void aParameterSetTwiceInJavaHasTwoDatedValues() {
        RulesEngine deployed = RulesEngine.builder()
                .parameter("jiaxing-2012", "JX_PATENT_GRANT.UTILITY_MODEL", LocalDate.of(2013, 1, 1), "1000",
                        "嘉科〔2013〕1号")
                .parameter("jiaxing-2012", "JX_PATENT_GRANT.UTILITY_MODEL", LocalDate.of(2015, 1, 1), "1500", "a later "
                        + "rule")
                .build();
        assertThat(deployed.policy("jiaxing-2012").parameter("JX_PATENT_GRANT.UTILITY_MODEL").orElseThrow().values())
                .extracting(io.iprules.ParameterValue::value).containsExactly("1000", "1500");
        for (int year : new int[] {2014, 2015}) {
            JiaxingEnterprise e = JiaxingEnterprise.builder("嘉兴示例有限公司", CODE)
                    .patent("ZL201320000002.2", PatentKind.UTILITY_MODEL, LocalDate.of(year, 6, 1), null, null).build();
            assertThat(deployed.evaluate("jiaxing-2012", LocalDate.of(year, 12, 31), e).awards().get(0).amount())
                    .as("granted in %d", year).isEqualByComparingTo(year == 2014 ? "1000" : "1500");
        }
        String name = "builder parameter(jiaxing-2012, JX_PATENT_GRANT.UTILITY_MODEL): "
                + "jiaxing-2012.JX_PATENT_GRANT.UTILITY_MODEL";
        assertThatThrownBy(() -> RulesEngine.builder()
                .parameter("jiaxing-2012", "JX_PATENT_GRANT.UTILITY_MODEL", LocalDate.of(2015, 1, 1), "1500", "r")
                .parameter("jiaxing-2012", "JX_PATENT_GRANT.UTILITY_MODEL", LocalDate.of(2013, 1, 1), "1000", "r")
                .build()).hasMessage(name + "[1].from: values must be listed in increasing date order, no date twice");
        assertThatThrownBy(() -> RulesEngine.builder()
                .parameter("jiaxing-2012", "JX_PATENT_GRANT.UTILITY_MODEL", LocalDate.of(2013, 1, 1), "1000", " ")
                .build()).hasMessage(name + "[0].source: is required (a string)");
        assertThatThrownBy(() -> RulesEngine.builder()
                .parameter("jiaxing-2012", "JX_PATENT_GRANT.UTILITY_MODEL", LocalDate.of(10000, 1, 1), "1000", "r")
                .build()).hasMessage(name + "[0].from: must be a real date YYYY-MM-DD, not '+10000-01-01'");
    }

    /**
     * The pledge-loan subsidy rate a deployment sets is a share (0.3) in its parameter file, and a percentage where
     * an officer reads it: 10,000.00 yuan of interest at 30% is 3,000.00.
     */
    @Test
    void aSubsidyRateReadsAsAPercentage() {
        JiaxingEnterprise e = JiaxingEnterprise.builder("嘉兴示例有限公司", CODE).sme(true)
                .pledgeLoan("嘉兴银行", new BigDecimal("10000"), 2013).build();
        RulesEngine deployed = RulesEngine.builder()
                .parameter("jiaxing-2012", "JX_PLEDGE_LOAN_INTEREST.RATE", LocalDate.of(2012, 11, 5), "0.3", "办法")
                .build();
        Award a = deployed.evaluate("jiaxing-2012", LocalDate.of(2014, 3, 31), e).awards().get(0);
        assertThat(a.amount()).isEqualByComparingTo("3000.00");
        assertThat(a.reason().in(Language.ZH)).isEqualTo("中小企业以专利权质押向银行贷款,支付利息 10,000.00 元,贴息比例 30%");
        assertThat(a.reason().in(Language.EN))
                .isEqualTo("an SME paid 10,000.00 yuan interest on a bank loan secured by "
                + "a patent pledge; subsidy rate 30%");
    }

    @Test
    void invalidInputFromJavaIsReportedWithPaths() {
        JiaxingEnterprise e = JiaxingEnterprise.builder(" ", "91330400MA28A0001E")
                .pledgeLoan("嘉兴银行", new BigDecimal("-5"), 2013).build();
        assertThatThrownBy(() -> ENGINE.evaluate("jiaxing-2012", AS_OF, e))
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> assertThat(x.problems())
                        .extracting(p -> p.path()).containsExactly("applicant.name", "applicant.creditCode",
                                "applicant.sme", "applicant.pledgeLoans[0].interestPaid"));
    }

    @Test
    void theWrongSubjectOrPolicyIsRefused() {
        assertThatThrownBy(() -> ENGINE.evaluate("jiaxing-2012", AS_OF, "an enterprise"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("evaluates applicant (JiaxingEnterprise) or city (JiaxingCity)");
        assertThatThrownBy(() -> ENGINE.evaluate("jiaxing-2099", AS_OF, pilotAndProvincial()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("unknown policy 'jiaxing-2099'");
        assertThatThrownBy(() -> ENGINE.evaluate(new EvaluationRequest("jiaxing-2012", AS_OF, "county",
                pilotAndProvincial())))
                .hasMessageContaining("does not take 'county'");
        assertThatThrownBy(() -> ENGINE.evaluate(new EvaluationRequest("jiaxing-2012", AS_OF, "city",
                pilotAndProvincial())))
                .hasMessageContaining("must be a JiaxingCity, not a JiaxingEnterprise");
        assertThatThrownBy(() -> EvaluationRequest.of("jiaxing-2012", null, pilotAndProvincial()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("explicit");
    }

    @Test
    void describesThePolicy() {
        PolicyDescription d = ENGINE.policy("jiaxing-2012");
        assertThat(d.inForceFrom()).isEqualTo(LocalDate.of(2012, 11, 5));
        assertThat(d.inForceCitation()).isEqualTo("jiaxing-2012 §7(3)");
        assertThat(d.version()).doesNotContain("${");
        assertThat(d.parameter("JX_NATIONAL_IP_DEMO_ENTERPRISE").orElseThrow().valueOn(LocalDate.of(2012, 11, 5))
                .orElseThrow().value()).isEqualTo("300000");
        assertThat(d.parameter("JX_MAXIMUM_LIMIT").orElseThrow().open()).isTrue();
        assertThat(d.parameter("JX_MAXIMUM_LIMIT").orElseThrow().values()).isEmpty();
    }

    /**
     * jiaxing-2012's codes, written out here (not read from the module's files): every code is implemented by some
     * provision of the module.
     */
    @Test
    void everySpecifiedCodeIsImplemented() {
        Set<String> specified = Set.of("JX_PATENT_GRANT", "JX_SEI_ANNUITY", "JX_NATIONAL_IP_DEMO_ENTERPRISE",
                "JX_NATIONAL_IP_PILOT_ENTERPRISE", "JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE",
                "JX_CITY_PATENT_DEMO_ENTERPRISE", "JX_CIRCULATION_IP_UNIT", "JX_PLEDGE_LOAN_INTEREST",
                "JX_CHINA_PATENT_GOLD", "JX_CHINA_PATENT_EXCELLENCE", "JX_BRAND_HONOUR", "JX_EXPORT_TRADEMARK",
                "JX_STANDARD_LEAD", "JX_2013_PATENT_APPLICATIONS", "JX_2013_PATENT_GRANTS",
                "JX_2013_INVENTION_APPLICATIONS", "JX_2013_INVENTION_GRANTS", "JX_2013_PATENT_DEMO_ENTERPRISES",
                "JX_2013_TRADEMARKS", "JX_2013_WELL_KNOWN_TRADEMARKS", "JX_2013_STANDARDS");
        Set<String> implemented = ENGINE.policy("jiaxing-2012").provisions().stream()
                .filter(p -> p.status() == ProvisionStatus.IMPLEMENTED)
                .flatMap(p -> p.codes().stream()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(implemented).containsAll(specified);
        for (Provision p : ENGINE.policy("jiaxing-2012").provisions()) {
            if (p.status() == ProvisionStatus.NOT_FORMALISED) {
                assertThat(p.note().in(Language.EN)).as(p.citation() + " says why it is not formalised").isNotBlank();
            }
        }
    }

    /** §1(2): the same engine assesses the city's 2013 figures, with the indicator capability of the core. */
    @Test
    void assessesTheCitysTargetsFromJava() {
        JiaxingCity city = JiaxingCity.builder("嘉兴市")
                .figure("JX_2013_PATENT_APPLICATIONS", 13000)
                .figure("JX_2013_PATENT_GRANTS", 9999)
                .figure("JX_2013_INVENTION_APPLICATIONS", 1500)
                .build();
        EvaluationResult r = ENGINE.evaluate("jiaxing-2012", AS_OF, city);
        assertThat(r.indicators()).hasSize(8);
        assertThat(r.indicators().get(0).status()).isEqualTo(io.iprules.IndicatorStatus.MET);
        assertThat(r.indicators().get(1).status()).isEqualTo(io.iprules.IndicatorStatus.NOT_MET);
        assertThat(r.indicators().get(1).progress()).isEqualTo(new BigDecimal("0.9999"));
        assertThat(r.indicators()).allSatisfy(i -> assertThat(i.citation()).isEqualTo("jiaxing-2012 §1(2)"));
        assertThat(r.indicatorSummary()).isEqualTo(new io.iprules.IndicatorSummary(2, 1, 5));
        assertThat(r.eligible()).isFalse();
        assertThat(r.awards()).isEmpty();
        assertThat(ENGINE.policy("jiaxing-2012").provisions().stream()
                .filter(p -> p.citation().equals("jiaxing-2012 §1(2)")).findFirst().orElseThrow().status())
                .isEqualTo(ProvisionStatus.IMPLEMENTED);
    }

    @Test
    void everyMessageExistsInBothLanguages() {
        // MessageCatalog.load refuses a key in one language only; loading is the check.
        assertThat(Jiaxing2012.MESSAGES.keys()).contains("reason.recognition", "detail.non-duplication");
    }

    @Test
    void manyThreadsOnOneEngineGiveTheSerialResults() throws Exception {
        JsonContract json = new JsonContract(ENGINE);
        List<JiaxingEnterprise> applicants = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            JiaxingEnterprise.Builder b = JiaxingEnterprise.builder("企业" + i, CODE).sme(i % 2 == 0);
            RecognitionType[] types = RecognitionType.values();
            b.recognition(types[i % types.length], LocalDate.of(2013, 1 + i % 12, 1));
            if (i % 3 == 0) {
                b.recognition(types[(i + 1) % types.length], LocalDate.of(2012, 11, 4 + i % 3));
            }
            if (i % 5 == 0) {
                b.patentAward("ZL" + i, PatentAwardType.values()[i % 2], LocalDate.of(2013, 11, 20));
                b.paid("JX_CHINA_PATENT_EXCELLENCE", LocalDate.of(2013, 1, 1), "ZL" + i);
            }
            if (i % 7 == 0) {
                b.pledgeLoan("嘉兴银行", new BigDecimal(i * 100), 2012);
            }
            applicants.add(b.build());
        }
        List<String> serial = applicants.stream()
                .map(a -> json.write(ENGINE.evaluate("jiaxing-2012", AS_OF, a), Language.ZH, true)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<String>> futures = new ArrayList<>();
                for (JiaxingEnterprise a : applicants) {
                    futures.add(pool.submit(() -> json.write(ENGINE.evaluate("jiaxing-2012", AS_OF, a), Language.ZH,
                            true)));
                }
                for (int i = 0; i < futures.size(); i++) {
                    assertThat(futures.get(i).get()).as("applicant %d, round %d", i, round).isEqualTo(serial.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theJsonOfOneRequestIsTheSameBytesEveryTime() {
        JsonContract json = new JsonContract(ENGINE);
        byte[] request = ("{\"policy\": \"jiaxing-2012\", \"asOf\": \"2013-12-31\", \"applicant\": {\"name\": \"x\", "
                + "\"creditCode\": \"" + CODE + "\", \"recognitions\": [{\"type\": \"CITY_PATENT_DEMO_ENTERPRISE\", "
                + "\"date\": \"2013-01-01\"}, {\"type\": \"PROVINCIAL_CIRCULATION_IP_DEMO\", \"date\": "
                + "\"2013-01-01\"}]}}")
                .getBytes(StandardCharsets.UTF_8);
        String first = json.write(json.evaluate(request, AS_OF, null), Language.EN, false);
        for (int i = 0; i < 20; i++) {
            assertThat(json.write(json.evaluate(request, AS_OF, null), Language.EN, false)).isEqualTo(first);
        }
        assertThat(first).startsWith("{\"policy\":\"jiaxing-2012\",\"asOf\":\"2013-12-31\",\"applicant\":\"x\","
                + "\"eligible\":true,\"awards\":[");
    }

    /**
     * A request refused for a value of the wrong type is told, at once, what the policy's own checks find in the
     * rest of it (a blank name, a credit code of the wrong length): put right, it is not refused again.
     */
    @Test
    void aWrongTypeIsToldWithThePolicysOwnProblems() {
        JsonContract json = new JsonContract(ENGINE);
        byte[] request = ("{\"policy\": \"jiaxing-2012\", \"asOf\": \"2013-12-31\", \"applicant\": {\"name\": \" \", "
                + "\"creditCode\": \"91330400\", \"sme\": \"no\"}}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> json.read(request, AS_OF))
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> assertThat(x.problems())
                        .extracting(p -> p.path() + ": " + p.message(Language.EN))
                        .containsExactly("applicant.sme: must be true or false", "applicant.name: is required",
                                "applicant.creditCode: must be the 18-character 统一社会信用代码, "
                                        + "but has 8 characters"));
    }
}
