package io.iprules.jiaxing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder's named-argument forms: the same facts as the records, each argument checked as it is given. */
class JiaxingNamedArgumentsTest {
    static final LocalDate GRANTED = LocalDate.of(2013, 5, 5);

    @Test
    void namedArgumentsBuildTheSameFactsAsTheRecords() {
        JiaxingEnterprise e = JiaxingEnterprise.builder("嘉兴示例有限公司", "91330400MA28A0001D")
                .patent(p -> p.number("ZL201310001234.5").kind(PatentKind.INVENTION).grantDate(GRANTED)
                        .field(IndustryField.NEW_ENERGY).annualFeesPaid(2))
                .patent(p -> p.number("ZL201320000002.2").kind(PatentKind.UTILITY_MODEL).grantDate(GRANTED)
                        .annualFeeDates(List.of(GRANTED, GRANTED.plusYears(1))))
                .exportTrademark(t -> t.mark("禾城").country("DE").year(2013).exports(new BigDecimal("2000000")))
                .paid(p -> p.code("JX_STANDARD_LEAD").date(LocalDate.of(2013, 6, 30)).subject("GB/T 1-2013"))
                .paid(p -> p.code("JX_BRAND_HONOUR").date(LocalDate.of(2013, 7, 1)).amount(new BigDecimal("100000.5")))
                .otherPolicyClaim(c -> c.code("JX_BRAND_HONOUR").subject("禾城").policy("省品牌政策")
                        .choice(PolicyChoice.THIS))
                .build();
        assertThat(e.patents()).containsExactly(
                new Patent("ZL201310001234.5", PatentKind.INVENTION, GRANTED, IndustryField.NEW_ENERGY, 2),
                new Patent("ZL201320000002.2", PatentKind.UTILITY_MODEL, GRANTED, null, 2,
                        List.of(GRANTED, GRANTED.plusYears(1))));
        assertThat(e.exportTrademarks()).containsExactly(
                new ExportTrademark("禾城", "DE", 2013, new BigDecimal("2000000")));
        assertThat(e.paidSubsidies()).containsExactly(
                new PaidSubsidy("JX_STANDARD_LEAD", LocalDate.of(2013, 6, 30), "GB/T 1-2013"),
                new PaidSubsidy("JX_BRAND_HONOUR", LocalDate.of(2013, 7, 1), null, new BigDecimal("100000.5")));
        assertThat(e.otherPolicyClaims()).containsExactly(
                new OtherPolicyClaim("JX_BRAND_HONOUR", "禾城", "省品牌政策", PolicyChoice.THIS));
    }

    @Test
    void aNullBlankOrNegativeArgumentFailsWhereItIsGivenNamingIt() {
        JiaxingEnterprise.Builder b = JiaxingEnterprise.builder("甲", null);
        assertThatThrownBy(() -> b.patent(p -> p.number(" "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("number: must not be blank");
        assertThatThrownBy(() -> b.patent(p -> p.number("ZL1").kind(null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("kind: must not be null");
        assertThatThrownBy(() -> b.patent(p -> p.annualFeesPaid(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("annualFeesPaid: must not be negative, but is -1");
        assertThatThrownBy(() -> b.exportTrademark(t -> t.exports(new BigDecimal("-0.01"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("exports: must not be negative, but is -0.01");
        assertThatThrownBy(() -> b.paid(p -> p.amount(new BigDecimal("1.005"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("amount: must be whole fen");
        assertThatThrownBy(() -> b.otherPolicyClaim(c -> c.policy("")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("policy: must not be blank");
        // An entry left without a required argument names every one missing.
        assertThatThrownBy(() -> b.patent(p -> p.number("ZL1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("patent: kind, grantDate not given");
        assertThatThrownBy(() -> b.exportTrademark(t -> t.mark("禾城").year(2013)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("export trademark: country, exports not given");
        assertThatThrownBy(() -> b.paid(p -> p.subject("GB/T 1-2013"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("paid subsidy: code, date not given");
        assertThatThrownBy(() -> b.otherPolicyClaim(c -> c.code("JX_BRAND_HONOUR")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("other policy claim: policy not given");
        // Nothing refused was added.
        assertThat(b.build().patents()).isEmpty();
    }

    /** Each named argument gives back its builder, so that any argument may come first and be followed by another. */
    @Test
    void everyNamedArgumentChainsInAnyOrder() {
        JiaxingEnterprise e = JiaxingEnterprise.builder("嘉兴示例有限公司", "91330400MA28A0001D")
                .patent(p -> p.annualFeeDates(List.of(GRANTED)).annualFeesPaid(1).number("ZL201310001234.5")
                        .kind(PatentKind.INVENTION).grantDate(GRANTED).field(IndustryField.IOT))
                .exportTrademark(t -> t.exports(new BigDecimal("2000000")).year(2013).mark("禾城").country("DE"))
                .paid(p -> p.amount(new BigDecimal("5000")).subject("ZL201310001234.5/1").code("JX_SEI_ANNUITY")
                        .date(LocalDate.of(2013, 6, 30)))
                .otherPolicyClaim(c -> c.choice(PolicyChoice.OTHER).code("JX_BRAND_HONOUR").subject("禾城")
                        .policy("省品牌政策"))
                .build();
        assertThat(e.patents()).containsExactly(new Patent("ZL201310001234.5", PatentKind.INVENTION, GRANTED,
                IndustryField.IOT, 1, List.of(GRANTED)));
        assertThat(e.exportTrademarks()).containsExactly(new ExportTrademark("禾城", "DE", 2013,
                new BigDecimal("2000000")));
        assertThat(e.paidSubsidies()).containsExactly(new PaidSubsidy("JX_SEI_ANNUITY", LocalDate.of(2013, 6, 30),
                "ZL201310001234.5/1", new BigDecimal("5000")));
        assertThat(e.otherPolicyClaims()).containsExactly(
                new OtherPolicyClaim("JX_BRAND_HONOUR", "禾城", "省品牌政策", PolicyChoice.OTHER));
    }

    /** The positional forms chain too, each adding its entry. */
    @Test
    void positionalFormsChain() {
        LocalDate opened = LocalDate.of(2013, 3, 1);
        @SuppressWarnings("deprecation")
        JiaxingEnterprise e = JiaxingEnterprise.builder("嘉兴示例有限公司", "91330400MA28A0001D")
                .patentWithFeeDates("ZL1", PatentKind.INVENTION, GRANTED, IndustryField.IOT, List.of(GRANTED))
                .patentInfoPlatform("嘉兴专利信息平台", opened)
                .paid("JX_SEI_ANNUITY", GRANTED, "ZL1/1", new BigDecimal("5000"))
                .paid("JX_PATENT_INFO_PLATFORM", opened, "嘉兴专利信息平台")
                .build();
        assertThat(e.patents()).containsExactly(new Patent("ZL1", PatentKind.INVENTION, GRANTED, IndustryField.IOT, 1,
                List.of(GRANTED)));
        assertThat(e.patentInfoPlatforms()).containsExactly(new PatentInfoPlatform("嘉兴专利信息平台", opened));
        assertThat(e.paidSubsidies()).containsExactly(new PaidSubsidy("JX_SEI_ANNUITY", GRANTED, "ZL1/1",
                new BigDecimal("5000")), new PaidSubsidy("JX_PATENT_INFO_PLATFORM", opened, "嘉兴专利信息平台"));
    }

    /** A missing fee date among named annual-fee dates is refused where it is given, naming its place. */
    @Test
    void aMissingAnnualFeeDateIsNamedByItsPlace() {
        java.util.List<LocalDate> dates = new java.util.ArrayList<>(List.of(GRANTED));
        dates.add(null);
        assertThatThrownBy(() -> Patent.builder().annualFeeDates(dates)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("annualFeeDates[1]: must not be null");
    }
}
