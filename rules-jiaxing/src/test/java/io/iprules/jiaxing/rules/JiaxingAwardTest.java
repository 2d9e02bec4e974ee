package io.iprules.jiaxing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.jiaxing.Jiaxing2012;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The matters payments and claims reach (reading one-matter, other-policy-line): a patent's annual fees have parts,
 * its fees {@code NUMBER/k} (§6(5)1 前三次年费, each its own matter); nothing else has.
 */
class JiaxingAwardTest {
    private static final String FEES = JiaxingAward.JX_SEI_ANNUITY.matter("ZL201210001234.5");
    private static final String FEE_2 = JiaxingAward.JX_SEI_ANNUITY.matter("ZL201210001234.5/2");

    @Test
    void aPatentsFeesHoldEachFeeAndNothingElse() {
        assertThat(JiaxingAward.within(FEE_2, FEES)).isTrue();
        assertThat(JiaxingAward.within(FEE_2, FEE_2)).isTrue();
        assertThat(JiaxingAward.within(FEES, FEE_2)).isFalse();
        // another patent whose number begins with this one's is no part of it
        assertThat(JiaxingAward.within(JiaxingAward.JX_SEI_ANNUITY.matter("ZL201210001234.51/2"), FEES)).isFalse();
        // a standard's number or a loan's bank/year merely contains a '/'
        assertThat(JiaxingAward.within(JiaxingAward.JX_STANDARD_LEAD.matter("GB/T 30001-2013"),
                JiaxingAward.JX_STANDARD_LEAD.matter("GB"))).isFalse();
        assertThat(JiaxingAward.within(JiaxingAward.JX_PLEDGE_LOAN_INTEREST.matter("嘉兴银行/2013"),
                JiaxingAward.JX_PLEDGE_LOAN_INTEREST.matter("嘉兴银行"))).isFalse();
    }

    /**
     * A fee's top-up line (variant TOP_UP) is its own matter, no part of the patent's fees: a payment of them is dated
     * before the fee it is made for, so only a claim reaches it, as of the fee it tops up (§7(1) 由企事业单位选择一个政策
     * 执行: the choice is for the matter, the difference included). Taken as a part it had matched nothing either way.
     */
    @Test
    void aFeesTopUpLineIsReachedByAClaimNotAsAPartOfThePatentsFees() {
        String topUp = JiaxingAward.topUpOf(FEE_2);
        assertThat(JiaxingAward.within(topUp, FEES)).isFalse();
        assertThat(JiaxingAward.within(topUp, FEE_2)).isFalse();
        assertThat(JiaxingAward.claimReaches(topUp, FEES)).isTrue();
        assertThat(JiaxingAward.claimReaches(topUp, FEE_2)).isTrue();
        assertThat(JiaxingAward.claimReaches(topUp, JiaxingAward.JX_SEI_ANNUITY.matter("ZL201210001234.5/3")))
                .isFalse();
    }

    /**
     * The schema of a claim holds its fee to the fees §6(5)1 pays, as the reader does from the parameter fixed by the
     * text (前三次年费: JX_SEI_ANNUITY.FEES_COVERED): NUMBER/1 to NUMBER/3.
     */
    @Test
    void theClaimsSchemaAllowsTheFeesThePolicyPays() throws IOException {
        String covered = new Jiaxing2012().describe().parameter("JX_SEI_ANNUITY.FEES_COVERED").orElseThrow()
                .values().get(0).value();
        String schema;
        try (InputStream in = Jiaxing2012.class.getResourceAsStream(
                "/META-INF/ip-rules/schema/io.iprules.jiaxing.OtherPolicyClaim.json")) {
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(schema).contains("(/[1-" + covered + "])?$");
    }
}
