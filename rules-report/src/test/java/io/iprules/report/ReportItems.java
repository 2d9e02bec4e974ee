package io.iprules.report;

import io.iprules.Award;
import io.iprules.Exclusion;
import io.iprules.ExclusionReason;
import io.iprules.Text;
import java.math.BigDecimal;

/**
 * Items of policy p-1 that the text and the page are both worked out for: an award whose amount waits for a
 * parameter, an item held out until the applicant chooses, one not awarded because it was paid before (its detail
 * repeating the reason's words), and the part over a cap, without amount or detail.
 */
final class ReportItems {
    private ReportItems() {
    }

    /** 出口 (p-1 §6): amount undetermined until P_EXPORT.AMOUNT is set. */
    static final Award EXPORT = new Award("P_EXPORT", "2019", Text.plain("出口"), null, null, "P_EXPORT.AMOUNT",
            "p-1 §6", Text.plain("出口额达标"));

    /** 金奖, 300,000.00 yuan, held out by p-1 §7(1) until the applicant chooses one policy line. */
    static final Exclusion GOLD_AWAITING = new Exclusion("P_GOLD", "ZL1", Text.plain("金奖"), null,
            new BigDecimal("300000.00"), new ExclusionReason("CHOICE_REQUIRED", "p-1 §7(1)", Text.plain("待选择"), true),
            "p-1 §7(1)", "p-1 §5", Text.plain("请申请人选择一项政策"));

    /** 省示范, would be 100,000.00 yuan, not awarded under p-1 §7(2): the same matter was paid before. */
    static final Exclusion PROVINCE_PAID = new Exclusion("P_PROVINCE", null, Text.plain("省示范"), null,
            new BigDecimal("100000.00"), new ExclusionReason("ALREADY_PAID", "p-1 §7(2)", Text.plain("同一事项已获补助")),
            "p-1 §7(2)", "p-1 §5", Text.plain("同一事项已获补助,不再重复补助"));

    /** 超限部分 over the cap of p-1 §8, {@code amount} yuan or no amount, with no detail. */
    static Exclusion overCap(BigDecimal amount) {
        return new Exclusion("P_CAP", null, Text.plain("超限部分"), null, amount,
                new ExclusionReason("CAP", "p-1 §8", Text.plain("超过上限")), "p-1 §8", "p-1 §5", Text.plain(""));
    }
}
