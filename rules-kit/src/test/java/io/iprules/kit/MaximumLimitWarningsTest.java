package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.Language;
import io.iprules.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The two warnings of a maximum limit (最高限额) that a report reads, as declared values: what one says is read back
 * whole from the warning the kit writes of it, and a text of another shape is not taken for one (its arguments had
 * been read by position, a shape nothing declared).
 */
class MaximumLimitWarningsTest {
    private static final Text UTILITY = Text.plain("实用新型专利 ZL2");
    private static final Text INVENTION = Text.plain("发明专利 ZL1");
    private static final BigDecimal LIMIT = new BigDecimal("500000.00");

    /**
     * A utility model worth 1,000.00 after an invention whose amount is open (P_GRANT.INVENTION): at most 1,000.00,
     * waiting for the invention.
     */
    @Test
    void aKnownAmountWaitingForAnEarlierOneIsReadBackWhole() {
        Decision.CapAwaits says = new Decision.CapAwaits(UTILITY, new BigDecimal("1000.00"), INVENTION,
                "P_GRANT.INVENTION");
        Text warning = says.warning();
        assertThat(warning.key()).isEqualTo(Decision.CAP_AWAITS);
        assertThat(warning.in(Language.ZH)).isEqualTo("实用新型专利 ZL2:最高限额从结果中排在最后的补助起扣减超出部分,"
                + "排在其前的 发明专利 ZL1 金额待定(P_GRANT.INVENTION),该项可得多少(至多 1,000.00 元)须待其确定");
        assertThat(Decision.CapAwaits.of(warning)).contains(says);
        // another warning, or the key with arguments of another shape, is not one
        assertThat(Decision.CapAwaits.of(MessageCatalog.kit().text(Decision.CAP_AWAITS, UTILITY, "1000.00",
                INVENTION, "P_GRANT.INVENTION"))).isEmpty();
        assertThat(Decision.CapAwaits.of(Text.plain(Decision.CAP_AWAITS))).isEmpty();
        assertThatThrownBy(() -> new Decision.CapAwaits(UTILITY, null, INVENTION, "P")).hasMessage("most");
    }

    /**
     * The utility model's award held open by the limit: its reason is its own, then the limit's clause (p-1 §7(1)) and
     * what it waits for, read back whole; a reason of another shape is not one.
     */
    @Test
    void anAwardHeldOpenByTheLimitNamesTheLimitsClauseInItsReason() {
        Text own = Text.bilingual("实用新型授权", "utility model granted");
        Decision.CapHeld says = new Decision.CapHeld(own, INVENTION, "P_GRANT.INVENTION", "p-1 §7(1)");
        Text reason = says.reason();
        assertThat(reason.key()).isEqualTo(Decision.CAP_HELD);
        assertThat(reason.in(Language.ZH)).isEqualTo("实用新型授权;本项金额已确定,但按最高限额(p-1 §7(1)),应付多少须待 "
                + "P_GRANT.INVENTION 设定后方能核定:排在其前的 发明专利 ZL1 的金额有待该参数");
        assertThat(reason.in(Language.EN)).isEqualTo("utility model granted; its own amount is known, but the maximum "
                + "limit (p-1 §7(1)) holds what it is paid open until P_GRANT.INVENTION is set, which the amount of "
                + "发明专利 ZL1, before it in the result's order, awaits");
        assertThat(Decision.CapHeld.of(reason)).contains(says);
        assertThat(Decision.CapHeld.of(own)).isEmpty();
        assertThat(Decision.CapHeld.of(MessageCatalog.kit().text(Decision.CAP_HELD, own, INVENTION,
                "P_GRANT.INVENTION"))).isEmpty();
        assertThatThrownBy(() -> new Decision.CapHeld(own, INVENTION, "P", null)).hasMessage("citation");
    }

    /**
     * A limit of 500,000.00, all of it for this evaluation: with nothing left, choosing this policy adds nothing (the
     * key {@code CAP_AND_CHOICE_USED_UP}); with 50,000.00 left, it adds at most that ({@code CAP_AND_CHOICE}).
     */
    @Test
    void aChoiceUnderALimitSaysWhetherTheLimitIsUsedUp() {
        Decision.CapAndChoice usedUp = new Decision.CapAndChoice(LIMIT, LIMIT, new BigDecimal("0.00"),
                "§7(1) 最高限额");
        assertThat(usedUp.usedUp()).isTrue();
        assertThat(usedUp.warning().key()).isEqualTo(Decision.CAP_AND_CHOICE_USED_UP);
        assertThat(usedUp.warning().in(Language.ZH)).isEqualTo("待申请人选择的补助按其金额列出,未计入合计;但最高限额 "
                + "500,000.00 元(本次评估可用 500,000.00 元)已用尽:即使选择本政策,也不增加补助(§7(1) 最高限额)");
        assertThat(Decision.CapAndChoice.of(usedUp.warning())).contains(usedUp);

        Decision.CapAndChoice room = new Decision.CapAndChoice(LIMIT, LIMIT, new BigDecimal("50000.00"),
                "§7(1) 最高限额");
        assertThat(room.usedUp()).isFalse();
        assertThat(room.warning().key()).isEqualTo(Decision.CAP_AND_CHOICE);
        assertThat(room.warning().in(Language.ZH)).endsWith("若选择本政策,合计仍受最高限额 500,000.00 元约束(本次评估"
                + "可用 500,000.00 元),至多再增加 50,000.00 元(§7(1) 最高限额)");
        assertThat(Decision.CapAndChoice.of(room.warning())).contains(room);

        // a key that says the opposite of its arguments is no warning the kit wrote
        Yuan none = new Yuan(BigDecimal.ZERO);
        assertThat(Decision.CapAndChoice.of(MessageCatalog.kit().text(Decision.CAP_AND_CHOICE, none, none, none,
                "§7(1)"))).isEmpty();
        assertThat(Decision.CapAndChoice.of(Text.plain(Decision.CAP_AND_CHOICE_USED_UP))).isEmpty();
        assertThat(Decision.CapAndChoice.of(new Decision.CapAwaits(UTILITY, BigDecimal.ONE, INVENTION, "P")
                .warning())).isEmpty();
    }
}
