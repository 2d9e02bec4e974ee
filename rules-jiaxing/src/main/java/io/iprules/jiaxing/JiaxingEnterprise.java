package io.iprules.jiaxing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An enterprise applying for the subsidies of jiaxing-2012 (the {@code applicant} of a request). A list that is
 * absent is empty: the enterprise has none of those facts.
 *
 * @param name              the enterprise's name
 * @param creditCode        its 统一社会信用代码 (checked against GB 32100-2015)
 * @param sme               whether it is a 中小企业; required when it claims pledge-loan interest
 * @param recognitions      recognitions of §6(5)2
 * @param patents           granted patents (§6(5)1)
 * @param patentAwards      China Patent Awards (§6(5)4)
 * @param brandHonours      brand honours (§6(5)5)
 * @param pledgeLoans       interest paid on patent-pledge loans (§6(5)2)
 * @param standards         standards drafted (§6(5)6)
 * @param exportTrademarks  trademarks registered abroad, with exports (§6(5)5)
 * @param paidSubsidies     subsidies already paid under this policy (§7(1) once paid, not again)
 * @param otherPolicyClaims matters also claimed under another policy line (§7(1))
 * @param patentInfoPlatforms public patent-information platforms open to the city that it built (§6(5)3)
 */
public record JiaxingEnterprise(String name, String creditCode, Boolean sme, List<Recognition> recognitions,
                                List<Patent> patents, List<PatentAward> patentAwards, List<BrandHonour> brandHonours,
                                List<PledgeLoan> pledgeLoans, List<Standard> standards,
                                List<ExportTrademark> exportTrademarks, List<PaidSubsidy> paidSubsidies,
                                List<OtherPolicyClaim> otherPolicyClaims,
                                List<PatentInfoPlatform> patentInfoPlatforms) {

    /**
     * Makes absent lists empty and every list unmodifiable (a {@code null} element stays, for validation to report).
     */
    public JiaxingEnterprise {
        recognitions = list(recognitions);
        patents = list(patents);
        patentAwards = list(patentAwards);
        brandHonours = list(brandHonours);
        pledgeLoans = list(pledgeLoans);
        standards = list(standards);
        exportTrademarks = list(exportTrademarks);
        paidSubsidies = list(paidSubsidies);
        otherPolicyClaims = list(otherPolicyClaims);
        patentInfoPlatforms = list(patentInfoPlatforms);
    }

    /** An enterprise without §6(5)3 platforms (the list most applicants leave out). */
    public JiaxingEnterprise(String name, String creditCode, Boolean sme, List<Recognition> recognitions,
                             List<Patent> patents, List<PatentAward> patentAwards, List<BrandHonour> brandHonours,
                             List<PledgeLoan> pledgeLoans, List<Standard> standards,
                             List<ExportTrademark> exportTrademarks, List<PaidSubsidy> paidSubsidies,
                             List<OtherPolicyClaim> otherPolicyClaims) {
        this(name, creditCode, sme, recognitions, patents, patentAwards, brandHonours, pledgeLoans, standards,
                exportTrademarks, paidSubsidies, otherPolicyClaims, List.of());
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(l));
    }

    /**
     * A builder that takes its facts as they are and leaves every check to the evaluation (as a request read from
     * JSON is checked); {@link #builder()} names the name and code and checks as it builds.
     */
    public static Builder builder(String name, String creditCode) {
        return new Builder(name, creditCode, false);
    }

    /**
     * A builder that checks as it builds: {@link Builder#name}, {@link Builder#creditCode} and each amount in yuan
     * are refused when given, and {@link Builder#build()} refuses an enterprise with any problem an evaluation would
     * report, each with its path ({@code applicant.creditCode}…), as an {@link io.iprules.InvalidRequestException}.
     *
     * <pre>{@code
     * JiaxingEnterprise e = JiaxingEnterprise.builder()
     *         .name("嘉兴禾城新材料科技有限公司").creditCode("91330400MA28A0001D")
     *         .recognition(RecognitionType.NATIONAL_IP_PILOT_ENTERPRISE, LocalDate.of(2013, 3, 15))
     *         .build();
     * }</pre>
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static Builder builder() {
        return new Builder(null, null, true);
    }

    /** Builds a {@link JiaxingEnterprise} fact by fact. */
    public static final class Builder {
        private String name;
        private String creditCode;
        /** Whether to check as it builds ({@link JiaxingEnterprise#builder()}). */
        private final boolean checked;
        private Boolean sme;
        private final List<Recognition> recognitions = new ArrayList<>();
        private final List<Patent> patents = new ArrayList<>();
        private final List<PatentAward> patentAwards = new ArrayList<>();
        private final List<BrandHonour> brandHonours = new ArrayList<>();
        private final List<PledgeLoan> pledgeLoans = new ArrayList<>();
        private final List<Standard> standards = new ArrayList<>();
        private final List<ExportTrademark> exportTrademarks = new ArrayList<>();
        private final List<PaidSubsidy> paidSubsidies = new ArrayList<>();
        private final List<OtherPolicyClaim> otherPolicyClaims = new ArrayList<>();
        private final List<PatentInfoPlatform> patentInfoPlatforms = new ArrayList<>();

        private Builder(String name, String creditCode, boolean checked) {
            this.name = name;
            this.creditCode = creditCode;
            this.checked = checked;
        }

        /** The enterprise's name; a blank one is refused at once by a checking builder. */
        @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
        public Builder name(String value) {
            if (checked) {
                io.iprules.kit.Problems.refuseAtOnce("applicant", p -> p.required("name", value));
            }
            this.name = value;
            return this;
        }

        /** Its 统一社会信用代码; one that is not a valid GB 32100-2015 code is refused at once by a checking builder. */
        @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
        public Builder creditCode(String value) {
            io.iprules.Text problem = io.iprules.kit.china.CreditCode.problemText(value);
            if (checked && problem != null) {
                throw new io.iprules.InvalidRequestException("applicant.creditCode", problem);
            }
            this.creditCode = value;
            return this;
        }

        /** Refuses, in a checking builder, an amount in yuan that is negative or finer than a fen, at its path. */
        private void yuan(String list, int index, String field, BigDecimal value) {
            if (checked) {
                io.iprules.kit.Problems.refuseAtOnce("applicant", p -> p.at(list).at(index).yuan(field, value));
            }
        }

        /** Whether the enterprise is a 中小企业. */
        public Builder sme(boolean value) { this.sme = value; return this; }

        /** Adds a recognition. */
        public Builder recognition(RecognitionType type, LocalDate date) { recognitions.add(new Recognition(type,
                date)); return this; }

        /**
         * Adds a granted patent, its arguments named and checked as they are given:
         * {@code .patent(p -> p.number("ZL201310001234.5").kind(PatentKind.INVENTION).grantDate(…).field(…)
         * .annualFeesPaid(2))} ({@link Patent.Builder}).
         */
        @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
        public Builder patent(java.util.function.Consumer<Patent.Builder> patent) {
            Patent.Builder b = Patent.builder();
            patent.accept(b);
            patents.add(b.build());
            return this;
        }

        /** Adds a granted patent. */
        public Builder patent(String number, PatentKind kind, LocalDate grantDate, IndustryField field,
                Integer annualFeesPaid) {
            patents.add(new Patent(number, kind, grantDate, field, annualFeesPaid));
            return this;
        }

        /** Adds a granted patent with the date each annual fee was paid, the first (paid at grant) first. */
        public Builder patentWithFeeDates(String number, PatentKind kind, LocalDate grantDate, IndustryField field,
                                          List<LocalDate> annualFeeDates) {
            patents.add(new Patent(number, kind, grantDate, field, annualFeeDates.size(), annualFeeDates));
            return this;
        }

        /** Adds a public patent-information platform open to the city (§6(5)3). */
        public Builder patentInfoPlatform(String name, LocalDate opened) {
            patentInfoPlatforms.add(new PatentInfoPlatform(name, opened));
            return this;
        }

        /** Adds a China Patent Award. */
        public Builder patentAward(String patent, PatentAwardType award,
                LocalDate date) { patentAwards.add(new PatentAward(patent, award, date)); return this; }

        /** Adds a brand honour. */
        public Builder brandHonour(BrandHonourType type, LocalDate date,
                String brand) { brandHonours.add(new BrandHonour(type, date, brand)); return this; }

        /** Adds a year of pledge-loan interest. */
        public Builder pledgeLoan(String bank, BigDecimal interestPaid, int year) {
            yuan("pledgeLoans", pledgeLoans.size(), "interestPaid", interestPaid);
            pledgeLoans.add(new PledgeLoan(bank, interestPaid, year));
            return this;
        }

        /** Adds a standard. */
        public Builder standard(StandardLevel level, StandardRole role, LocalDate published, String number) {
            standards.add(new Standard(level, role, published, number));
            return this;
        }

        /**
         * Adds a trademark registered abroad with a year's exports, its arguments named and checked as they are given:
         * {@code .exportTrademark(t -> t.mark("禾城").country("DE").year(2013).exports(new BigDecimal("2000000")))}.
         */
        @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
        public Builder exportTrademark(java.util.function.Consumer<ExportTrademark.Builder> trademark) {
            ExportTrademark.Builder b = ExportTrademark.builder();
            trademark.accept(b);
            ExportTrademark t = b.build();
            exportTrademarks.add(t);
            return this;
        }

        /**
         * Adds a trademark registered abroad with a year's exports.
         *
         * @deprecated mark and country are easily swapped: use {@link #exportTrademark(java.util.function.Consumer)}
         */
        @Deprecated(since = "0.2.0")
        public Builder exportTrademark(String mark, String country, int year, BigDecimal exports) {
            yuan("exportTrademarks", exportTrademarks.size(), "exports", exports);
            exportTrademarks.add(new ExportTrademark(mark, country, year, exports));
            return this;
        }

        /**
         * Records a subsidy already paid under this policy, its arguments named and checked as they are given:
         * {@code .paid(p -> p.code("JX_STANDARD_LEAD").date(LocalDate.of(2013, 6, 30)).subject("GB/T 1-2013"))}.
         */
        @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
        public Builder paid(java.util.function.Consumer<PaidSubsidy.Builder> payment) {
            PaidSubsidy.Builder b = PaidSubsidy.builder();
            payment.accept(b);
            paidSubsidies.add(b.build());
            return this;
        }

        /**
         * Records a subsidy already paid under this policy.
         *
         * @deprecated code and subject are easily swapped: use {@link #paid(java.util.function.Consumer)}
         */
        @Deprecated(since = "0.2.0")
        public Builder paid(String code, LocalDate date, String subject) { paidSubsidies.add(new PaidSubsidy(code, date,
                subject)); return this; }

        /**
         * Records a subsidy already paid under this policy, with the amount paid.
         *
         * @deprecated code and subject are easily swapped: use {@link #paid(java.util.function.Consumer)}
         */
        @Deprecated(since = "0.2.0")
        public Builder paid(String code, LocalDate date, String subject, BigDecimal amount) {
            paidSubsidies.add(new PaidSubsidy(code, date, subject, amount));
            return this;
        }

        /**
         * Declares a matter also claimed under another policy line, its arguments named and checked as they are
         * given: {@code .otherPolicyClaim(c -> c.code("JX_BRAND_HONOUR").subject("禾城").policy("省品牌政策")
         * .choice(PolicyChoice.THIS))}.
         */
        @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
        public Builder otherPolicyClaim(java.util.function.Consumer<OtherPolicyClaim.Builder> claim) {
            OtherPolicyClaim.Builder b = OtherPolicyClaim.builder();
            claim.accept(b);
            otherPolicyClaims.add(b.build());
            return this;
        }

        /**
         * Declares a matter also claimed under another policy line.
         *
         * @deprecated code, subject and policy are easily swapped: use
         *             {@link #otherPolicyClaim(java.util.function.Consumer)}
         */
        @Deprecated(since = "0.2.0")
        public Builder otherPolicyClaim(String code, String subject, String policy, PolicyChoice choice) {
            otherPolicyClaims.add(new OtherPolicyClaim(code, subject, policy, choice));
            return this;
        }

        /**
         * The enterprise.
         *
         * @throws io.iprules.InvalidRequestException from a checking builder, with every problem an evaluation would
         *                                            report and its path: an evaluation on a date when all its facts
         *                                            are known, since a builder has no as-of date (what is asked for
         *                                            beside known facts only, sme beside pledge loans, a name beside
         *                                            other brand honours, is asked for beside every one)
         */
        public JiaxingEnterprise build() {
            JiaxingEnterprise e = new JiaxingEnterprise(name, creditCode, sme, recognitions, patents, patentAwards,
                    brandHonours, pledgeLoans, standards, exportTrademarks, paidSubsidies, otherPolicyClaims,
                    patentInfoPlatforms);
            if (checked) {
                io.iprules.kit.Problems.refuseAtOnce("applicant", p -> EnterpriseValidation.check(e, p));
            }
            return e;
        }
    }
}
