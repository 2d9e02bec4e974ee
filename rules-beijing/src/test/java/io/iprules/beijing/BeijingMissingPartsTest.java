package io.iprules.beijing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.iprules.InvalidRequestException;
import io.iprules.Problem;
import io.iprules.RulesEngine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An entry with a part missing is refused at that part, and only there: what is missing is not compared with
 * anything (an issue date with a missing completion date, two entries whose certificate or year is missing), so the
 * request is refused with every problem at its path, never failed on, and no entry is called a second one of the
 * same matter on the strength of a part that is not there. The records take the facts as they are, as a request
 * read from JSON does, and leave the checks to the evaluation.
 */
class BeijingMissingPartsTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final LocalDate AS_OF = LocalDate.of(2014, 3, 31);
    private static final LocalDate COMPLETE = LocalDate.of(2013, 9, 27);
    private static final LocalDate ISSUED = LocalDate.of(2013, 10, 10);
    private static final String SUBJECT = "201310000001.1";

    private static BeijingEnterprise enterprise(List<GreenChannelRequest> green, List<PledgeLoan> loans) {
        return new BeijingEnterprise("北京示例科技有限公司", null, true, loans.isEmpty() ? null : true,
                List.of(Industry.NEXT_GENERATION_IT), green, loans);
    }

    private static List<Problem> problems(BeijingEnterprise e) {
        InvalidRequestException x = catchThrowableOfType(InvalidRequestException.class,
                () -> ENGINE.evaluate(Beijing2012.ID, AS_OF, e));
        assertThat(x).as("refused").isNotNull();
        return x.problems();
    }

    @Test
    void anIssueDateWithoutTheDayTheFileWasCompleteIsRefusedAtTheMissingDayOnly() {
        GreenChannelRequest g = new GreenChannelRequest(Certificate.PRIORITY_EXAMINATION, SUBJECT, null, ISSUED);
        assertThat(problems(enterprise(List.of(g), List.of()))).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("applicant.greenChannel[0].complete", "is required"));
    }

    @Test
    void twoRequestsWithoutACertificateAreEachRefusedForItNotCalledTheSameCertificateTwice() {
        GreenChannelRequest g = new GreenChannelRequest(null, SUBJECT, COMPLETE, ISSUED);
        assertThat(problems(enterprise(List.of(g, g), List.of()))).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("applicant.greenChannel[0].certificate", "is required"),
                        tuple("applicant.greenChannel[1].certificate", "is required"));
    }

    @Test
    void aRequestWithoutItsSubjectIsRefusedAtTheSubject() {
        GreenChannelRequest g = new GreenChannelRequest(Certificate.NO_IP_VIOLATION, null, COMPLETE, null);
        assertThat(problems(enterprise(List.of(g), List.of()))).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("applicant.greenChannel[0].subject", "is required"));
    }

    @Test
    void twoLoansOfOneBankWithoutTheirYearAreEachRefusedForItNotCalledTheSameYearTwice() {
        PledgeLoan l = new PledgeLoan("北京银行", Pledge.PATENT, new BigDecimal("1000.00"), null);
        assertThat(problems(enterprise(List.of(), List.of(l, l)))).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("applicant.pledgeLoans[0].year", "is required"),
                        tuple("applicant.pledgeLoans[1].year", "is required"));
    }

    @Test
    void aLoanWithoutItsBankIsRefusedAtTheBank() {
        PledgeLoan l = new PledgeLoan(null, Pledge.PATENT, new BigDecimal("1000.00"), 2013);
        assertThat(problems(enterprise(List.of(), List.of(l)))).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("applicant.pledgeLoans[0].bank", "is required"));
    }

    /**
     * No industry declared, left out or an empty list (the contract: at least one), is told as what to write, not
     * only "is required", which read as wrong to a request that gave {@code "industries": []} (a metamorphic probe).
     */
    @Test
    void noIndustryDeclaredIsToldToDeclareOneOrOther() {
        BeijingEnterprise e = new BeijingEnterprise("北京示例科技有限公司", null, true, null, List.of(), List.of(),
                List.of());
        assertThat(problems(e)).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("applicant.industries", "is required, at least one: the strategic emerging "
                        + "industries of §1(1) the applicant declares, or OTHER when none of the eight"));
    }

    /**
     * §1(1)'s eight industries among those declared, each once, in the order declared: an industry declared twice
     * is one industry, one left empty and one outside the eight (OTHER) are none of them. The record keeps what it
     * is given, for the evaluation to refuse.
     */
    @Test
    void theStrategicIndustriesAreTheEightDeclaredEachOnce() {
        BeijingEnterprise e = new BeijingEnterprise("北京示例科技有限公司", null, true, null,
                Arrays.asList(null, Industry.NEXT_GENERATION_IT, Industry.OTHER, Industry.NEXT_GENERATION_IT),
                List.of(), List.of());
        assertThat(e.getStrategicIndustries()).containsExactly(Industry.NEXT_GENERATION_IT);
    }
}
