package io.iprules.jiaxing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.iprules.EvaluationResult;
import io.iprules.ExclusionReason;
import io.iprules.InvalidRequestException;
import io.iprules.Problem;
import io.iprules.RulesEngine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The size limit of an applicant's lists ({@link EnterpriseValidation#MAX_ENTRIES}): at the limit, even the lists
 * whose entries are all one matter (weighed against each other) evaluate quickly; one more is refused at its path.
 */
class JiaxingLimitsTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final LocalDate AS_OF = LocalDate.of(2013, 12, 31);
    private static final int MAX = EnterpriseValidation.MAX_ENTRIES;

    /**
     * Every list at the limit, the entries of each sharing one matter where they can: still an evaluation in seconds.
     */
    @Test
    void everyListAtTheLimitEvaluatesInSeconds() {
        JiaxingEnterprise.Builder b = JiaxingEnterprise.builder("嘉兴示例有限公司", "91330400MA28A0001D").sme(true);
        for (int i = 0; i < MAX; i++) {
            b.recognition(RecognitionType.values()[i % 4], LocalDate.of(2013, 1, 1).plusDays(i % 300));
            b.exportTrademark("M" + i, "US", 2013, BigDecimal.valueOf(1_000_000)); // one figure for the year (§6(5)5)
            // one matter, each day once
            b.paid("JX_CITY_PATENT_DEMO_ENTERPRISE", LocalDate.of(2013, 2, 1).plusDays(i), null);
            b.otherPolicyClaim("JX_EXPORT_TRADEMARK", "2013", "another", PolicyChoice.THIS);
            b.patent("ZL" + i, PatentKind.UTILITY_MODEL, LocalDate.of(2013, 5, 5), null, null);
            b.pledgeLoan("bank " + i, BigDecimal.TEN, 2013);
        }
        JiaxingEnterprise e = b.build();
        EvaluationResult r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> ENGINE.evaluate("jiaxing-2012", AS_OF, e));
        // nothing disappears: 1,000 patent-enterprise recognitions (the four tiers of one matter), all excluded since
        // the matter was paid
        assertThat(r.excluded()).filteredOn(x -> x.reason().code().equals("ALREADY_PAID")).hasSize(MAX);
        assertThat(r.awards()).filteredOn(a -> a.code().equals("JX_PATENT_GRANT")).hasSize(MAX);
    }

    @Test
    void oneEntryMoreIsRefusedAtThePathOfTheList() {
        JiaxingEnterprise.Builder b = JiaxingEnterprise.builder("嘉兴示例有限公司", "91330400MA28A0001D");
        for (int i = 0; i <= MAX; i++) {
            b.exportTrademark("M" + i, "US", 2013, BigDecimal.valueOf(i));
        }
        assertThatThrownBy(() -> ENGINE.evaluate("jiaxing-2012", AS_OF, b.build()))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(x -> ((InvalidRequestException) x).problems())
                .isEqualTo(java.util.List.of(new Problem("applicant.exportTrademarks",
                        "has 1,001 entries; at most 1,000 are accepted in one request")));
    }

    /**
     * An oversized list is one problem, however wrong its entries: the entries of a list that is refused whole are
     * not checked one by one (each of these entries, in a list of legal size, is a problem of its own).
     */
    @ParameterizedTest
    @ValueSource(strings = {"recognitions", "patents", "patentAwards", "brandHonours", "pledgeLoans", "standards",
            "exportTrademarks", "paidSubsidies", "otherPolicyClaims", "patentInfoPlatforms"})
    void anOversizedListIsOneProblemNotOnePerEntry(String list) {
        Consumer<JiaxingEnterprise.Builder> wrongEntry = switch (list) {
            case "recognitions" -> b -> b.recognition(null, null);
            case "patents" -> b -> b.patent(null, null, null, null, null);
            case "patentAwards" -> b -> b.patentAward(null, null, null);
            case "brandHonours" -> b -> b.brandHonour(null, null, null);
            case "pledgeLoans" -> b -> b.pledgeLoan(null, null, 2013);
            case "standards" -> b -> b.standard(null, null, null, null);
            case "exportTrademarks" -> b -> b.exportTrademark(null, null, 2013, null);
            case "paidSubsidies" -> b -> b.paid(null, null, null);
            case "otherPolicyClaims" -> b -> b.otherPolicyClaim(null, null, null, null);
            case "patentInfoPlatforms" -> b -> b.patentInfoPlatform(null, null);
            default -> throw new IllegalArgumentException(list);
        };
        JiaxingEnterprise.Builder one = JiaxingEnterprise.builder("嘉兴示例有限公司", "91330400MA28A0001D").sme(true);
        wrongEntry.accept(one);
        assertThatThrownBy(() -> ENGINE.evaluate("jiaxing-2012", AS_OF, one.build()))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(x -> assertThat(((InvalidRequestException) x).problems())
                        .allSatisfy(q -> assertThat(q.path()).startsWith("applicant." + list + "[0]")));

        JiaxingEnterprise.Builder b = JiaxingEnterprise.builder("嘉兴示例有限公司", "91330400MA28A0001D").sme(true);
        for (int i = 0; i <= MAX; i++) {
            wrongEntry.accept(b);
        }
        assertThatThrownBy(() -> ENGINE.evaluate("jiaxing-2012", AS_OF, b.build()))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(x -> ((InvalidRequestException) x).problems())
                .isEqualTo(java.util.List.of(new Problem("applicant." + list,
                        "has 1,001 entries; at most 1,000 are accepted in one request")));
    }
}
