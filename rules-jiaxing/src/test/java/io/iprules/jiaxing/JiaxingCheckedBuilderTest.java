package io.iprules.jiaxing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.InvalidRequestException;
import io.iprules.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The builder that names its arguments and checks as it builds (#17 item 7), not at evaluation. */
class JiaxingCheckedBuilderTest {
    private static final String CODE = "91330400MA28A0001D";

    @Test
    void aValidEnterpriseIsBuiltFromNamedParts() {
        JiaxingEnterprise e = JiaxingEnterprise.builder().name("嘉兴禾城新材料科技有限公司").creditCode(CODE)
                .sme(true).pledgeLoan("嘉兴银行", new BigDecimal("48650.12"), 2013)
                .recognition(RecognitionType.NATIONAL_IP_PILOT_ENTERPRISE, LocalDate.of(2013, 3, 15)).build();
        assertThat(e.name()).isEqualTo("嘉兴禾城新材料科技有限公司");
        assertThat(e.creditCode()).isEqualTo(CODE);
        assertThat(e.pledgeLoans()).hasSize(1);
    }

    @Test
    void aMistypedCodeIsRefusedWhenGivenWithItsPath() {
        // the last character of 91330400MA28A0001D changed: the GB 32100-2015 check character no longer matches
        assertThatThrownBy(() -> JiaxingEnterprise.builder().creditCode("91330400MA28A0001E"))
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> assertThat(x.problems())
                        .extracting(Problem::path).containsExactly("applicant.creditCode"));
        assertThatThrownBy(() -> JiaxingEnterprise.builder().name(" "))
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> assertThat(x.problems())
                        .extracting(Problem::path).containsExactly("applicant.name"));
    }

    @Test
    void anAmountFinerThanAFenOrNegativeIsRefusedWhenGivenAtItsPath() {
        JiaxingEnterprise.Builder b = JiaxingEnterprise.builder().name("嘉兴示例有限公司").creditCode(CODE).sme(true)
                .pledgeLoan("嘉兴银行", new BigDecimal("100.00"), 2013);
        assertThatThrownBy(() -> b.pledgeLoan("嘉兴农商银行", new BigDecimal("48650.129"), 2013))
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> assertThat(x.problems())
                        .extracting(Problem::path, Problem::message).singleElement().satisfies(t -> {
                            assertThat(t.toList().get(0)).isEqualTo("applicant.pledgeLoans[1].interestPaid");
                            assertThat((String) t.toList().get(1)).contains("at most two decimals");
                        }));
        assertThatThrownBy(() -> b.exportTrademark("禾城", "US", 2013, new BigDecimal("-1")))
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> assertThat(x.problems())
                        .extracting(Problem::path).containsExactly("applicant.exportTrademarks[0].exports"));
    }

    @Test
    void buildRefusesWhatAnEvaluationWouldWithEveryPath() {
        // pledge-loan interest without saying whether it is an SME (§6(5)2 is for SMEs only), and no name
        assertThatThrownBy(() -> JiaxingEnterprise.builder().creditCode(CODE)
                .pledgeLoan("嘉兴银行", new BigDecimal("100"), 2013).build())
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> assertThat(x.problems())
                        .extracting(Problem::path).containsExactly("applicant.name", "applicant.sme"));
    }

    /**
     * A builder has no as-of date: what an evaluation asks for beside the facts known on its as-of date only (sme
     * beside a pledge loan whose year is over, a name beside other brand honours), it asks for beside every one, as an
     * evaluation on a day when all are known would. 2100's interest still needs sme here, and the unnamed honour of
     * 2013 beside one of 2099 its name (evaluated as of 2014-12-31, neither is asked for).
     */
    @Test
    void buildCountsEveryFactHavingNoAsOfDate() {
        assertThatThrownBy(() -> JiaxingEnterprise.builder().name("嘉兴示例有限公司").creditCode(CODE)
                .pledgeLoan("嘉兴银行", new BigDecimal("100"), 2100).build())
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> assertThat(x.problems())
                        .extracting(Problem::path).containsExactly("applicant.sme"));
        assertThatThrownBy(() -> JiaxingEnterprise.builder().name("嘉兴示例有限公司").creditCode(CODE)
                .brandHonour(BrandHonourType.ZHEJIANG_FAMOUS_TRADEMARK, LocalDate.of(2013, 2, 1), null)
                .brandHonour(BrandHonourType.CHINA_WELL_KNOWN_TRADEMARK, LocalDate.of(2099, 6, 1), "禾城").build())
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> assertThat(x.problems())
                        .extracting(Problem::path).containsExactly("applicant.brandHonours[0].name"));
    }

    @Test
    void thePositionalBuilderStillLeavesTheChecksToTheEvaluation() {
        JiaxingEnterprise e = JiaxingEnterprise.builder(" ", "91330400MA28A0001E")
                .pledgeLoan("嘉兴银行", new BigDecimal("48650.129"), 2013).build();
        assertThat(e.pledgeLoans().get(0).interestPaid()).isEqualByComparingTo("48650.129");
    }
}
