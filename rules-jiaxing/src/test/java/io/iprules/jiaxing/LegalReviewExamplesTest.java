package io.iprules.jiaxing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.iprules.Award;
import io.iprules.EvaluationResult;
import io.iprules.Exclusion;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The five examples of the legal review, as shipped in {@code examples/requests/}, give what the revised readings
 * say (values worked out by hand from the text): each was wrong before the review.
 */
class LegalReviewExamplesTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();

    private static EvaluationResult evaluate(String file) throws Exception {
        byte[] json = Files.readAllBytes(Path.of("../examples/requests/" + file));
        return new JsonContract(ENGINE).evaluate(json, LocalDate.of(2000, 1, 1), null);
    }

    /** §6(5)2 20万元; the circulation unit is its own matter, and the claim elsewhere binds that matter only. */
    @Test
    void aPilotEnterpriseWhoseCirculationSubsidyWasTakenElsewhereGets200000() throws Exception {
        EvaluationResult r = evaluate("jiaxing-pilot-enterprise-circulation-unit-elsewhere.json");
        assertThat(r.awards()).extracting(Award::code, Award::amount)
                .containsExactly(tuple("JX_NATIONAL_IP_PILOT_ENTERPRISE", new BigDecimal("200000.00")));
        assertThat(r.excluded()).extracting(Exclusion::code, x -> x.reason().code())
                .containsExactly(tuple("JX_CIRCULATION_IP_UNIT", "OTHER_POLICY_CHOSEN"));
        assertThat(r.total()).isEqualByComparingTo("200000");
        assertThat(r.eligible()).isTrue();
    }

    /** §6(5)2 5万元 for the city demonstration enterprise; the unchosen circulation item alone is held out. */
    @Test
    void aCityDemonstrationEnterpriseWithAPendingChoiceGets50000() throws Exception {
        EvaluationResult r = evaluate("jiaxing-city-demo-circulation-choice-pending.json");
        assertThat(r.awards()).extracting(Award::code, Award::amount)
                .containsExactly(tuple("JX_CITY_PATENT_DEMO_ENTERPRISE", new BigDecimal("50000.00")));
        assertThat(r.excluded()).extracting(Exclusion::code, x -> x.reason().code())
                .containsExactly(tuple("JX_CIRCULATION_IP_UNIT", "CHOICE_REQUIRED"));
        assertThat(r.total()).isEqualByComparingTo("50000");
    }

    /** §6(5)1 前三次年费: fee 1 paid in 2013 is ALREADY_PAID; fees 2 and 3 are due, their amount open. */
    @Test
    void theSecondAndThirdAnnualFeesAreDueWhenTheFirstWasPaid() throws Exception {
        EvaluationResult r = evaluate("jiaxing-annual-fees-first-already-paid.json");
        assertThat(r.awards()).filteredOn(a -> a.code().equals("JX_SEI_ANNUITY"))
                .extracting(Award::subjectId, Award::amount, Award::undeterminedBy)
                .containsExactly(tuple("ZL201210123456.7/2", null, "JX_SEI_ANNUITY.PER_FEE"),
                        tuple("ZL201210123456.7/3", null, "JX_SEI_ANNUITY.PER_FEE"));
        assertThat(r.excluded()).extracting(Exclusion::subjectId, x -> x.reason().code())
                .containsExactly(tuple("ZL201210123456.7/1", "ALREADY_PAID"));
        assertThat(r.eligible()).isTrue();
    }

    /** §6(5)5: one mark, 浙江省著名商标 then 中国驰名商标: both evaluated, the national honour stands. */
    @Test
    void oneMarkWithTwoHonoursIsEvaluatedAndTheBetterStands() throws Exception {
        EvaluationResult r = evaluate("jiaxing-one-mark-two-honours.json");
        assertThat(r.awards()).extracting(Award::code, Award::subjectId, Award::undeterminedBy)
                .containsExactly(tuple("JX_BRAND_HONOUR", "禾城", "JX_BRAND_HONOUR.CHINA_WELL_KNOWN_TRADEMARK"));
        assertThat(r.excluded()).extracting(Exclusion::subjectId, Exclusion::date, x -> x.reason().code())
                .containsExactly(tuple("禾城", LocalDate.of(2013, 4, 10), "NON_DUPLICATION"));
    }

    /**
     * §6(5)5 with the export threshold unset: the award is listed, its eligibility open, the enterprise not eligible.
     */
    @Test
    void anExportAwardWaitingForTheThresholdDoesNotMakeTheEnterpriseEligible() throws Exception {
        EvaluationResult r = evaluate("jiaxing-export-threshold-unset.json");
        assertThat(r.awards()).extracting(Award::code, Award::undeterminedBy, Award::eligibilityUndeterminedBy)
                .containsExactly(tuple("JX_EXPORT_TRADEMARK", "JX_EXPORT_TRADEMARK.THRESHOLD",
                        "JX_EXPORT_TRADEMARK.THRESHOLD"));
        assertThat(new JsonContract(ENGINE).write(r, io.iprules.Language.EN, false))
                .containsPattern("\"eligibility\"\\s*:\\s*\"UNDETERMINED\"");
        assertThat(r.eligible()).isFalse();
    }
}
