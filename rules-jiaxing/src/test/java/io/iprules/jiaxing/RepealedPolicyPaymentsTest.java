package io.iprules.jiaxing;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.EvaluationResult;
import io.iprules.Language;
import io.iprules.RulesEngine;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * §7(3) 本意见自印发之日起施行,原《…》(嘉政发〔2009〕66号)同时废止 with §7(1)'s "once paid" (reading once-paid), for every
 * kind of item a payment can name: a payment whose items, of the code and subject it names, are all dated before
 * 2012-11-05 was the repealed policy's; one dated before every such item still counts, with a warning. The
 * scenarios of s7_1_non_duplication cover recognitions, brand honours and pledge loans; here each other kind.
 * Every date below is worked out from the request as written, not from the code.
 */
class RepealedPolicyPaymentsTest {
    private static final LocalDate IN_FORCE = LocalDate.of(2012, 11, 5);
    private static final LocalDate AS_OF = LocalDate.of(2013, 12, 31);
    /** Before the policy took force (an item of the repealed policy). */
    private static final LocalDate BEFORE = LocalDate.of(2012, 10, 1);
    /** After the policy took force, when every payment below is made. */
    private static final LocalDate PAID = LocalDate.of(2012, 12, 1);
    private static final LocalDate LATER = LocalDate.of(2013, 3, 1);

    private static RepealedPolicyPayments.Items of(JiaxingEnterprise e) {
        return RepealedPolicyPayments.of(e, e.paidSubsidies().get(0), IN_FORCE, AS_OF);
    }

    private static JiaxingEnterprise.Builder enterprise() {
        return JiaxingEnterprise.builder("嘉兴示例有限公司", "91330400MA28A0001D").sme(true);
    }

    @Test
    void aPaymentForAPatentGrantedBeforeThePolicyWasTheRepealedPolicys() {
        JiaxingEnterprise e = enterprise().patent("ZL201210000001.1", PatentKind.INVENTION, BEFORE, null, null)
                .paid("JX_PATENT_GRANT", PAID, "ZL201210000001.1").build();
        assertThat(of(e)).isEqualTo(new RepealedPolicyPayments.Items(BEFORE, null));
        assertThat(RepealedPolicyPayments.itemOfTheRepealedPolicy(e, e.paidSubsidies().get(0), IN_FORCE))
                .isEqualTo(BEFORE);
    }

    @Test
    void aPaymentForAnotherPatentIsNotThisOnes() {
        JiaxingEnterprise e = enterprise().patent("ZL201210000002.1", PatentKind.INVENTION, BEFORE, null, null)
                .paid("JX_PATENT_GRANT", PAID, "ZL201210000001.1").build();
        assertThat(of(e)).isEqualTo(new RepealedPolicyPayments.Items(null, null));
    }

    @Test
    void aPaymentMadeBeforeThePatentWasGrantedStillCountsAndNamesTheGrant() {
        JiaxingEnterprise e = enterprise().patent("ZL201310000001.1", PatentKind.INVENTION, LATER, null, null)
                .paid("JX_PATENT_GRANT", PAID, "ZL201310000001.1").build();
        assertThat(of(e)).isEqualTo(new RepealedPolicyPayments.Items(null, LATER));
    }

    @Test
    void aPatentGrantedAfterTheAsOfDateIsNotAnItemThePaymentPrecedes() {
        JiaxingEnterprise e = enterprise().patent("ZL201410000001.1", PatentKind.INVENTION, LocalDate.of(2014, 2, 1),
                null, null)
                .paid("JX_PATENT_GRANT", PAID, "ZL201410000001.1").build();
        assertThat(of(e)).isEqualTo(new RepealedPolicyPayments.Items(null, null));
    }

    @Test
    void aPatentAwardOfThePatentTheRepealedPolicyHadAwarded() {
        JiaxingEnterprise e = enterprise().patentAward("ZL201010000001.1", PatentAwardType.CHINA_PATENT_GOLD, BEFORE)
                .paid("JX_CHINA_PATENT_GOLD", PAID, "ZL201010000001.1").build();
        assertThat(of(e)).isEqualTo(new RepealedPolicyPayments.Items(BEFORE, null));

        JiaxingEnterprise later = enterprise().patentAward("ZL201010000001.1", PatentAwardType.CHINA_PATENT_GOLD, LATER)
                .paid("JX_CHINA_PATENT_GOLD", PAID, "ZL201010000001.1").build();
        assertThat(of(later)).isEqualTo(new RepealedPolicyPayments.Items(null, LATER));
    }

    @Test
    void aStandardPublishedBeforeThePolicy() {
        JiaxingEnterprise e = enterprise().standard(StandardLevel.NATIONAL, StandardRole.LEAD, BEFORE, "GB/T 1-2012")
                .paid("JX_STANDARD_LEAD", PAID, "GB/T 1-2012").build();
        assertThat(of(e)).isEqualTo(new RepealedPolicyPayments.Items(BEFORE, null));

        JiaxingEnterprise later = enterprise().standard(StandardLevel.NATIONAL, StandardRole.LEAD, LATER, "GB/T 1-2013")
                .paid("JX_STANDARD_LEAD", PAID, "GB/T 1-2013").build();
        assertThat(of(later)).isEqualTo(new RepealedPolicyPayments.Items(null, LATER));
    }

    @Test
    void aPatentInformationPlatformOpenedBeforeThePolicy() {
        JiaxingEnterprise e = enterprise().patentInfoPlatform("嘉兴专利信息公益服务平台", BEFORE)
                .paid("JX_PATENT_INFO_PLATFORM", PAID, "嘉兴专利信息公益服务平台").build();
        assertThat(of(e)).isEqualTo(new RepealedPolicyPayments.Items(BEFORE, null));

        JiaxingEnterprise later = enterprise().patentInfoPlatform("嘉兴专利信息公益服务平台", LATER)
                .paid("JX_PATENT_INFO_PLATFORM", PAID, "嘉兴专利信息公益服务平台").build();
        assertThat(of(later)).isEqualTo(new RepealedPolicyPayments.Items(null, LATER));
    }

    /**
     * A tier recognised twice (市专利示范企业 again): of two recognitions before the policy the payment is said to have
     * paid the later (2012-10-15), of two after the payment the earlier (2013-03-01) is the one it precedes, in
     * whichever order the request lists them.
     */
    @Test
    void ofSeveralItemsTheLatestBeforeAndTheFirstAfterThePaymentAreNamed() {
        JiaxingEnterprise before = enterprise()
                .recognition(RecognitionType.CITY_PATENT_DEMO_ENTERPRISE, LocalDate.of(2012, 5, 1))
                .recognition(RecognitionType.CITY_PATENT_DEMO_ENTERPRISE, LocalDate.of(2012, 10, 15))
                .paid("JX_CITY_PATENT_DEMO_ENTERPRISE", PAID, null).build();
        assertThat(of(before)).isEqualTo(new RepealedPolicyPayments.Items(LocalDate.of(2012, 10, 15), null));

        JiaxingEnterprise after = enterprise()
                .recognition(RecognitionType.CITY_PATENT_DEMO_ENTERPRISE, LocalDate.of(2013, 9, 20))
                .recognition(RecognitionType.CITY_PATENT_DEMO_ENTERPRISE, LATER)
                .paid("JX_CITY_PATENT_DEMO_ENTERPRISE", PAID, null).build();
        assertThat(of(after)).isEqualTo(new RepealedPolicyPayments.Items(null, LATER));
    }

    /**
     * A year's exports are dated at the year's end: 2011's (2011-12-31) were the repealed policy's; 2013's are not
     * preceded by a payment made during 2013, but are by one made in 2012 (dated 2013-12-31, the as-of date).
     */
    @Test
    void aYearsExportsAreDatedAtTheYearsEnd() {
        JiaxingEnterprise e = enterprise().exportTrademark("禾城", "DE", 2011, new BigDecimal("2000000"))
                .paid("JX_EXPORT_TRADEMARK", PAID, "2011").build();
        assertThat(of(e)).isEqualTo(new RepealedPolicyPayments.Items(LocalDate.of(2011, 12, 31), null));

        JiaxingEnterprise during = enterprise().exportTrademark("禾城", "DE", 2013, new BigDecimal("2000000"))
                .paid("JX_EXPORT_TRADEMARK", LocalDate.of(2013, 6, 30), "2013").build();
        assertThat(of(during)).isEqualTo(new RepealedPolicyPayments.Items(null, null));

        JiaxingEnterprise before = enterprise().exportTrademark("禾城", "DE", 2013, new BigDecimal("2000000"))
                .paid("JX_EXPORT_TRADEMARK", PAID, "2013").build();
        assertThat(of(before)).isEqualTo(new RepealedPolicyPayments.Items(null, LocalDate.of(2013, 12, 31)));
    }

    /**
     * Under TOP_UP a payment that counts must state its amount (reading top-up); one for the repealed policy's
     * recognition (2012-10-15, before 2012-11-05) does not count, so its amount is not asked for: the request is
     * evaluated, the payment told as the repealed policy's, and the provincial tier of 2013 paid in full, 100,000.
     */
    @Test
    void underTopUpThePaymentOfTheRepealedPolicyNeedsNoAmount() {
        RulesEngine engine = RulesEngine.builder()
                .parameter("jiaxing-2012", "JX_VARIANT.TOP_UP", IN_FORCE, "1", "a deployment's variant").build();
        JiaxingEnterprise e = enterprise()
                .recognition(RecognitionType.CITY_PATENT_DEMO_ENTERPRISE, LocalDate.of(2012, 10, 15))
                .recognition(RecognitionType.PROVINCIAL_PATENT_DEMO_ENTERPRISE, LocalDate.of(2013, 9, 20))
                .paid("JX_CITY_PATENT_DEMO_ENTERPRISE", PAID, null).build();
        EvaluationResult r = engine.evaluate("jiaxing-2012", AS_OF, e);
        assertThat(r.total()).isEqualByComparingTo("100000");
        assertThat(r.warnings()).extracting(w -> w.in(Language.EN))
                .anySatisfy(w -> assertThat(w).contains("2012-10-15"));
    }
}
