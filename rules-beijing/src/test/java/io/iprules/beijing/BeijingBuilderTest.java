package io.iprules.beijing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.DeadlineStatus;
import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.Problem;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link BeijingEnterprise#builder()}: named setters and list entries by named arguments, each checked as it is
 * given, and {@code build()} refusing what an evaluation would, at the same paths.
 */
class BeijingBuilderTest {
    /**
     * A Haidian (110108) code, valid by hand: the first 17 characters 9 1 1 1 0 1 0 8 M(21) A(10) 0 1 A(10) 0 0 0 1
     * weighted 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 (3^i mod 31) sum to
     * 9+3+9+27+0+26+0+136+420+290+0+13+80+0+0+0+28 = 1041; 1041 mod 31 = 18; 31 − 18 = 13, the character D.
     */
    private static final String CODE = "91110108MA01A0001D";
    private static final String NAME = "北京示例科技有限公司";
    private static final LocalDate COMPLETE = LocalDate.of(2013, 9, 27);
    private static final LocalDate ISSUED = LocalDate.of(2013, 10, 10);
    private static final LocalDate AS_OF = LocalDate.of(2014, 3, 31);
    /** §3(1)'s rate is open (no default): an illustrative 0.5, as the scenario zhongguancun-any-industry-with-rate. */
    private static final RulesEngine ENGINE = RulesEngine.builder()
            .parameter(Beijing2012.ID, "BJ_PLEDGE_LOAN_INTEREST.RATE", LocalDate.of(2012, 12, 14), "0.5",
                    "test: illustrative rate, not an implementing rule")
            .build();

    /** What every valid enterprise here has: a name, registered in Beijing, one of the eight industries. */
    private static BeijingEnterprise.Builder valid() {
        return BeijingEnterprise.builder().name(NAME).registeredInBeijing(true).industry(Industry.NEXT_GENERATION_IT);
    }

    private static List<Problem> problemsOf(Runnable r) {
        try {
            r.run();
        } catch (InvalidRequestException x) {
            return x.problems();
        }
        throw new AssertionError("expected InvalidRequestException");
    }

    @Test
    void namedPartsBuildTheSameFactsAsTheRecords() {
        BeijingEnterprise e = BeijingEnterprise.builder().name(NAME).creditCode(CODE)
                .registeredInBeijing(true).zhongguancun(false)
                .industries(Industry.NEXT_GENERATION_IT, Industry.OTHER)
                .greenChannel(g -> g.certificate(Certificate.PRIORITY_EXAMINATION).subject("201310000001.1")
                        .complete(COMPLETE).issued(ISSUED))
                .greenChannel(g -> g.certificate(Certificate.NO_IP_VIOLATION).subject("上市申请").complete(COMPLETE))
                .build();
        assertThat(e).isEqualTo(new BeijingEnterprise(NAME, CODE, true, false,
                List.of(Industry.NEXT_GENERATION_IT, Industry.OTHER),
                List.of(new GreenChannelRequest(Certificate.PRIORITY_EXAMINATION, "201310000001.1", COMPLETE, ISSUED),
                        new GreenChannelRequest(Certificate.NO_IP_VIOLATION, "上市申请", COMPLETE, null)),
                List.of()));
        // the credit code is optional for beijing-2012, as in a request
        assertThat(valid().build().creditCode()).isNull();
        assertThat(valid().creditCode(null).build().creditCode()).isNull();
    }

    /**
     * Every named part of an entry returns its builder, so the parts may be given in any order: the year of a loan's
     * interest and the day a certificate was issued first, as well as last.
     */
    @Test
    void anEntrysPartsMayBeGivenInAnyOrder() {
        BeijingEnterprise e = valid().zhongguancun(true)
                .greenChannel(g -> g.issued(ISSUED).complete(COMPLETE).subject("201310000001.1")
                        .certificate(Certificate.PRIORITY_EXAMINATION))
                .pledgeLoan(l -> l.year(2013).interestPaid(new BigDecimal("12345.67")).pledge(Pledge.PATENT)
                        .bank("北京银行"))
                .build();
        assertThat(e.greenChannel()).containsExactly(
                new GreenChannelRequest(Certificate.PRIORITY_EXAMINATION, "201310000001.1", COMPLETE, ISSUED));
        assertThat(e.pledgeLoans()).containsExactly(
                new PledgeLoan("北京银行", Pledge.PATENT, new BigDecimal("12345.67"), 2013));
    }

    @Test
    void aBlankNameOrAMistypedCodeIsRefusedWhenGivenAtItsPath() {
        assertThat(problemsOf(() -> BeijingEnterprise.builder().name(" ")))
                .extracting(Problem::path, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("applicant.name", "is required"));
        assertThat(problemsOf(() -> BeijingEnterprise.builder().name(null))).extracting(Problem::path)
                .containsExactly("applicant.name");
        // CODE with its last character changed: GB 32100-2015 gives D for the first 17
        assertThat(problemsOf(() -> BeijingEnterprise.builder().creditCode("91110108MA01A0001E")))
                .extracting(Problem::path, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("applicant.creditCode",
                        "check character is 'E' but GB 32100-2015 gives 'D' for the first 17 characters: "
                                + "the code is mistyped"));
        assertThat(problemsOf(() -> BeijingEnterprise.builder().creditCode("91110108MA01A0001")))
                .extracting(Problem::path).containsExactly("applicant.creditCode");
    }

    @Test
    void interestFinerThanAFenOrNegativeIsRefusedWhenGivenNamingIt() {
        BeijingEnterprise.Builder b = valid().zhongguancun(true);
        assertThatThrownBy(() -> b.pledgeLoan(l -> l.bank("北京银行").pledge(Pledge.PATENT)
                .interestPaid(new BigDecimal("100.005")).year(2013)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interestPaid: must be whole fen (at most 2 decimals), but is 100.005");
        assertThatThrownBy(() -> b.pledgeLoan(l -> l.interestPaid(new BigDecimal("-0.01"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interestPaid: must not be negative, but is -0.01");
        assertThatThrownBy(() -> b.pledgeLoan(l -> l.year(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("year: must be positive, but is 0");
        assertThatThrownBy(() -> b.pledgeLoan(l -> l.bank(""))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bank: must not be blank");
        // nothing refused was added; to the fen with trailing zeros is whole fen
        assertThat(b.build().pledgeLoans()).isEmpty();
        assertThat(b.pledgeLoan(l -> l.bank("中关村银行").pledge(Pledge.COPYRIGHT)
                .interestPaid(new BigDecimal("100.0100")).year(2013)).build().pledgeLoans())
                .containsExactly(new PledgeLoan("中关村银行", Pledge.COPYRIGHT, new BigDecimal("100.0100"), 2013));
    }

    @Test
    void anEntryMissingARequiredArgumentNamesEveryOneMissing() {
        BeijingEnterprise.Builder b = valid();
        assertThatThrownBy(() -> b.greenChannel(g -> g.certificate(Certificate.PRIORITY_EXAMINATION)
                .subject("201310000001.1").issued(ISSUED)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("green channel request: complete not given");
        assertThatThrownBy(() -> b.greenChannel(g -> g.issued(ISSUED))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("green channel request: certificate, subject, complete not given");
        assertThatThrownBy(() -> b.greenChannel(g -> g.subject(" "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("subject: must not be blank");
        assertThatThrownBy(() -> b.greenChannel(g -> g.complete(null))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("complete: must not be null");
        assertThatThrownBy(() -> b.pledgeLoan(l -> l.bank("北京银行").interestPaid(BigDecimal.TEN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("pledge loan: pledge, year not given");
        assertThat(b.build().greenChannel()).isEmpty();
    }

    @Test
    void buildRefusesPledgeLoansWithoutZhongguancunAtTheEvaluationsPath() {
        // §3(1) is for 中关村 enterprises only: with pledge loans, whether it is one must be said
        BeijingEnterprise.Builder b = valid().pledgeLoan(l -> l.bank("北京银行").pledge(Pledge.PATENT)
                .interestPaid(new BigDecimal("12345.67")).year(2013));
        List<Problem> built = problemsOf(b::build);
        assertThat(built).extracting(Problem::path).containsExactly("applicant.zhongguancun");
        assertThat(built.get(0).message()).startsWith("is required when pledgeLoans are given");

        BeijingEnterprise same = new BeijingEnterprise(NAME, null, true, null, List.of(Industry.NEXT_GENERATION_IT),
                List.of(), List.of(new PledgeLoan("北京银行", Pledge.PATENT, new BigDecimal("12345.67"), 2013)));
        List<Problem> evaluated = problemsOf(() -> ENGINE.evaluate(Beijing2012.APPLICANT, AS_OF, same));
        assertThat(built).isEqualTo(evaluated);
        assertThat(built.get(0).message(Language.ZH)).isEqualTo(evaluated.get(0).message(Language.ZH));
    }

    /**
     * A builder has no as-of date: what an evaluation asks for beside the loans known on its as-of date only
     * (zhongguancun beside a loan whose year is over), it asks for beside every one, as an evaluation on a day when
     * every year is over would. 2030's interest needs zhongguancun here; evaluated as of 2014-03-31, its year ends
     * 2030-12-31, after it, so the loan is left out with its warning and nothing is asked: the enterprise, registered
     * in Beijing in next-generation IT, is in scope (BJ_SEI_SCOPE met, eligible), nothing due.
     */
    @Test
    void buildCountsEveryLoanHavingNoAsOfDate() {
        List<Problem> built = problemsOf(valid().pledgeLoan(l -> l.bank("北京银行").pledge(Pledge.PATENT)
                .interestPaid(new BigDecimal("100")).year(2030))::build);
        assertThat(built).extracting(Problem::path, Problem::message).containsExactly(org.assertj.core.groups.Tuple
                .tuple("applicant.zhongguancun", "is required when pledgeLoans are given (§3(1) supports Zhongguancun "
                        + "enterprises only); a loan of a year not over on the as-of date is not counted"));

        BeijingEnterprise same = new BeijingEnterprise(NAME, null, true, null, List.of(Industry.NEXT_GENERATION_IT),
                List.of(), List.of(new PledgeLoan("北京银行", Pledge.PATENT, new BigDecimal("100"), 2030)));
        EvaluationResult r = ENGINE.evaluate(Beijing2012.APPLICANT, AS_OF, same);
        assertThat(r.eligible()).isTrue();
        assertThat(r.awards()).isEmpty();
        assertThat(r.excluded()).isEmpty();
        assertThat(r.warnings()).extracting(w -> w.in(Language.EN)).containsExactly(
                "interest of 2030 at 北京银行: the year is not over on the as-of date 2014-03-31; left out");
    }

    @Test
    void buildRefusesEveryProblemAnEvaluationWouldInItsOrder() {
        // each wrong only with another fact: not said whether registered in Beijing; an industry twice; a loan
        // without zhongguancun, in 1984 (before 1985); a certificate issued the day before its file was complete
        BeijingEnterprise.Builder b = BeijingEnterprise.builder().name(NAME)
                .industries(Industry.BIOLOGY, Industry.BIOLOGY)
                .greenChannel(g -> g.certificate(Certificate.PRIORITY_EXAMINATION).subject("201310000001.1")
                        .complete(COMPLETE).issued(COMPLETE.minusDays(1)))
                .pledgeLoan(l -> l.bank("北京银行").pledge(Pledge.PATENT).interestPaid(BigDecimal.ONE).year(1984));
        List<Problem> built = problemsOf(b::build);
        assertThat(built).extracting(Problem::path).containsExactly("applicant.registeredInBeijing",
                "applicant.industries[1]", "applicant.zhongguancun", "applicant.greenChannel[0].issued",
                "applicant.pledgeLoans[0].year");
        assertThat(built.get(4).message()).isEqualTo("must be a year between 1985 and 2100, not 1984");

        BeijingEnterprise same = new BeijingEnterprise(NAME, null, null, null,
                List.of(Industry.BIOLOGY, Industry.BIOLOGY),
                List.of(new GreenChannelRequest(Certificate.PRIORITY_EXAMINATION, "201310000001.1", COMPLETE,
                        COMPLETE.minusDays(1))),
                List.of(new PledgeLoan("北京银行", Pledge.PATENT, BigDecimal.ONE, 1984)));
        assertThat(built).isEqualTo(problemsOf(() -> ENGINE.evaluate(Beijing2012.APPLICANT, AS_OF, same)));
        // nothing said at all: the name, registeredInBeijing and industries, as a request {} would be told
        assertThat(problemsOf(() -> BeijingEnterprise.builder().build())).extracting(Problem::path)
                .containsExactly("applicant.name", "applicant.registeredInBeijing", "applicant.industries");
    }

    @Test
    void aBuiltEnterpriseIsEvaluatedAsTheSameRequestReadFromJson() {
        BeijingEnterprise built = BeijingEnterprise.builder().name(NAME).creditCode(CODE)
                .registeredInBeijing(true).zhongguancun(true).industry(Industry.NEXT_GENERATION_IT)
                .greenChannel(g -> g.certificate(Certificate.PRIORITY_EXAMINATION).subject("201310000001.1")
                        .complete(COMPLETE).issued(ISSUED))
                .pledgeLoan(l -> l.bank("北京银行").pledge(Pledge.PATENT).interestPaid(new BigDecimal("12345.67"))
                        .year(2013))
                .build();
        String request = """
                {"policy": "beijing-2012", "asOf": "2014-03-31",
                 "applicant": {"name": "北京示例科技有限公司", "creditCode": "91110108MA01A0001D",
                   "registeredInBeijing": true, "zhongguancun": true, "industries": ["NEXT_GENERATION_IT"],
                   "greenChannel": [{"certificate": "PRIORITY_EXAMINATION", "subject": "201310000001.1",
                                     "complete": "2013-09-27", "issued": "2013-10-10"}],
                   "pledgeLoans": [{"bank": "北京银行", "pledge": "PATENT", "interestPaid": "12345.67",
                                    "year": 2013}]}}
                """;
        JsonContract json = new JsonContract(ENGINE);
        JsonContract.Evaluated read = json.evaluateRequest(request.getBytes(StandardCharsets.UTF_8),
                LocalDate.of(2020, 1, 1), null);
        assertThat(read.request().subject()).isEqualTo(built);

        EvaluationResult r = ENGINE.evaluate(Beijing2012.APPLICANT, AS_OF, built);
        // by hand: §1(1) registered in Beijing, one of the eight: in scope; §2(4) complete Fri 2013-09-27, issued
        // Thu 2013-10-10, the 5th working day across the 2013 National Day holiday (BeijingLimitsTest): ON_TIME;
        // §3(1) 12,345.67 × 0.5 = 6,172.835, to the fen half-up 6,172.84
        assertThat(r.eligible()).isTrue();
        assertThat(r.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeadlineStatus.ON_TIME);
            assertThat(d.deadline()).isEqualTo(ISSUED);
        });
        assertThat(r.awards()).singleElement().satisfies(a -> {
            assertThat(a.subjectId()).isEqualTo("北京银行/2013");
            assertThat(a.amount()).isEqualByComparingTo("6172.84");
        });
        assertThat(r.total()).isEqualByComparingTo("6172.84");
        // the whole result as the contract writes it, the receipt's request digest included
        assertThat(json.write(r, Language.EN, true)).isEqualTo(json.write(read.result(), Language.EN, true));
        assertThat(r.receipt().orElseThrow()).isEqualTo(read.result().receipt().orElseThrow());
    }
}
