package io.iprules.jiaxing;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Award;
import io.iprules.EvaluationResult;
import io.iprules.Exclusion;
import io.iprules.ExclusionReason;
import io.iprules.Language;
import io.iprules.RulesEngine;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Every kind of fact of an applicant built in Java in one chain, with a deployment's amounts set in Java, and the
 * result worked out by hand from the policy.
 */
class JiaxingBuilderTest {
    private static final LocalDate FROM = LocalDate.of(2012, 11, 5);

    @Test
    void everyKindOfFactBuiltInJavaIsDecided() {
        RulesEngine engine = RulesEngine.builder()
                .parameter("jiaxing-2012", "JX_BRAND_HONOUR.CHINA_WELL_KNOWN_TRADEMARK", FROM, "100000", "illustrative")
                .parameter("jiaxing-2012", "JX_STANDARD_LEAD.NATIONAL", FROM, "50000", "illustrative")
                .parameter("jiaxing-2012", "JX_EXPORT_TRADEMARK.THRESHOLD", FROM, "1000000", "illustrative")
                .parameter("jiaxing-2012", "JX_EXPORT_TRADEMARK", FROM, "20000", "illustrative")
                .build();
        JiaxingEnterprise e = JiaxingEnterprise.builder("嘉兴示例有限公司", "91330400MA28A0001D")
                .sme(true)
                .recognition(RecognitionType.NATIONAL_IP_DEMO_ENTERPRISE, LocalDate.of(2013, 3, 1))
                .patentAward("ZL201310000001.1", PatentAwardType.CHINA_PATENT_GOLD, LocalDate.of(2013, 11, 1))
                .brandHonour(BrandHonourType.CHINA_WELL_KNOWN_TRADEMARK, LocalDate.of(2013, 4, 10), "禾城")
                .standard(StandardLevel.NATIONAL, StandardRole.LEAD, LocalDate.of(2013, 5, 1), "GB/T 1-2013")
                .exportTrademark("禾城", "DE", 2013, new BigDecimal("2000000"))
                .paid("JX_STANDARD_LEAD", LocalDate.of(2013, 6, 30), "GB/T 1-2013")
                .otherPolicyClaim("JX_BRAND_HONOUR", "禾城", "省品牌政策", PolicyChoice.THIS)
                .build();
        EvaluationResult r = engine.evaluate("jiaxing-2012", LocalDate.of(2013, 12, 31), e);

        // §6(5)2 national demonstration 300,000 (fixed by the text); §6(5)4 gold award 300,000 (fixed by the text);
        // §6(5)5 well-known trademark 100,000 and the export reward 20,000 (2,000,000 >= 1,000,000) from the
        // deployment; §6(5)6 the national standard's 50,000 was already paid (§7(1)): 720,000 in all
        assertThat(r.awards()).extracting(Award::code, Award::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("JX_NATIONAL_IP_DEMO_ENTERPRISE", new BigDecimal("300000.00")),
                org.assertj.core.groups.Tuple.tuple("JX_CHINA_PATENT_GOLD", new BigDecimal("300000.00")),
                org.assertj.core.groups.Tuple.tuple("JX_BRAND_HONOUR", new BigDecimal("100000.00")),
                org.assertj.core.groups.Tuple.tuple("JX_EXPORT_TRADEMARK", new BigDecimal("20000.00")));
        assertThat(r.excluded()).extracting(Exclusion::code, (Exclusion x) -> x.reason().code(), Exclusion::amount)
                .containsExactly(
                org.assertj.core.groups.Tuple.tuple("JX_STANDARD_LEAD", "ALREADY_PAID",
                        new BigDecimal("50000.00")));
        assertThat(r.total()).isEqualByComparingTo("720000");
        // the standard is named by its number, in both languages, where an officer reads which one was paid before
        assertThat(r.excluded().get(0).subject().in(Language.ZH)).endsWith(" GB/T 1-2013");
        assertThat(r.excluded().get(0).subject().in(Language.EN)).endsWith(" GB/T 1-2013");
        // the brand claimed under another line too, this policy chosen: paid here, and said so
        assertThat(r.warnings()).extracting(w -> w.in(Language.EN))
                .containsExactly("China Well-known Trademark 禾城 is also claimed under 省品牌政策; the applicant chose this "
                        + "policy");
    }
}
