package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Award;
import io.iprules.EvaluationResult;
import io.iprules.Language;
import io.iprules.Text;
import io.iprules.batch.BatchSummary;
import io.iprules.batch.Budget;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The batch summary's budget line promises no money whose eligibility is open: an award with a known amount whose
 * eligibility waits for a threshold (资格待定) is counted as undetermined, named as such, and not summed.
 */
class BatchBudgetEligibilityTest {
    private static final LocalDate D = LocalDate.of(2013, 12, 31);

    private static Award decided(String code, String amount) {
        return new Award(code, "s", Text.plain("s"), D, amount == null ? null : new BigDecimal(amount),
                amount == null ? code + ".AMOUNT" : null, "p §1", Text.plain("r"));
    }

    /** 50,000.00 known, its eligibility waiting for {@code B.THRESHOLD}. */
    private static final Award WAITING = new Award("B", "t", Text.plain("t"), D, new BigDecimal("50000.00"), null,
            "p §2", Text.plain("r"), "B.THRESHOLD");

    private static String summary(Language lang, EvaluationResult... results) {
        Budget b = new Budget();
        for (EvaluationResult r : results) {
            b.add(r);
        }
        return BatchCommand.summary(new BatchSummary(results.length, results.length, 0, 0, b, 0), lang);
    }

    /**
     * 100,000.00 decided (A) and 50,000.00 waiting on a threshold (B): 100,000.00 in all, one determined, one with its
     * eligibility open, and B's line 0.00 with nothing determined. It had read 150,000.00, two determined.
     */
    @Test
    void anAwardWhoseEligibilityIsOpenIsNotInTheBudget() {
        EvaluationResult r = EvaluationResult.builder("p", D, "甲").eligible(true).award(decided("A", "100000.00"))
                .award(WAITING).build();
        String zh = summary(Language.ZH, r);
        assertThat(zh).contains("预算合计:100,000.00 元(已定金额 1 项,资格待定 1 项)\n",
                "  A  100,000.00 元  已定 1 项  待定 0 项\n", "  B        0.00 元  已定 0 项  待定 1 项\n")
                .doesNotContain("150,000.00", "金额待定");
        assertThat(summary(Language.EN, r)).contains(
                "Budget: 100,000.00 yuan in all (1 award(s) determined, 1 with eligibility undetermined)\n",
                "  B        0.00 yuan  determined 0  undetermined 1\n");
    }

    /** With an amount open as well (C): two undetermined, one of them in its eligibility, each named for what it is. */
    @Test
    void anEligibilityOpenAmongAmountsOpenIsCountedApart() {
        EvaluationResult r = EvaluationResult.builder("p", D, "甲").eligible(true).award(decided("A", "100000.00"))
                .award(WAITING).award(decided("C", null)).build();
        assertThat(summary(Language.ZH, r)).contains("预算合计:100,000.00 元(已定金额 1 项,待定 2 项,其中 1 项资格待定)\n");
        assertThat(summary(Language.EN, r)).contains("Budget: 100,000.00 yuan in all (1 award(s) determined, "
                + "2 undetermined, 1 of them with eligibility undetermined)\n");
        // amounts open alone: as before
        EvaluationResult amounts = EvaluationResult.builder("p", D, "乙").eligible(true)
                .award(decided("A", "100000.00")).award(decided("C", null)).build();
        assertThat(summary(Language.ZH, amounts)).contains("预算合计:100,000.00 元(已定金额 1 项,金额待定 1 项)\n");
        assertThat(summary(Language.EN, amounts))
                .contains("Budget: 100,000.00 yuan in all (1 award(s) determined, 1 undetermined)\n");
    }
}
