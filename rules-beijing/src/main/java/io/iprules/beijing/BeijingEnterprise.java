package io.iprules.beijing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * An enterprise under beijing-2012 (the {@code applicant} of a request). A list that is absent is empty.
 *
 * @param name               the enterprise's name
 * @param creditCode         its 统一社会信用代码, optional (checked against GB 32100-2015 when given)
 * @param registeredInBeijing whether it is registered in Beijing (本市)
 * @param zhongguancun       whether it is a 中关村 enterprise; required when {@code pledgeLoans} are given, for a
 *                           loan of a year over on the as-of date (a later year's is left out, and asks for nothing)
 * @param industries         the industries it declares (§1(1))
 * @param greenChannel       certificates asked of the green channel (§2(4))
 * @param pledgeLoans        interest paid on IP-pledge loans (§3(1))
 */
public record BeijingEnterprise(String name, String creditCode, Boolean registeredInBeijing, Boolean zhongguancun,
                                List<Industry> industries, List<GreenChannelRequest> greenChannel,
                                List<PledgeLoan> pledgeLoans) {

    /** Makes absent lists empty and every list unmodifiable (a {@code null} element stays, for validation). */
    public BeijingEnterprise {
        industries = list(industries);
        greenChannel = list(greenChannel);
        pledgeLoans = list(pledgeLoans);
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(l));
    }

    /**
     * A builder that checks as it builds: {@link Builder#name} and {@link Builder#creditCode} are refused when given,
     * each list entry takes named arguments checked as they are given, and {@link Builder#build()} refuses an
     * enterprise with any problem an evaluation would report, each with its path ({@code applicant.zhongguancun}…),
     * as an {@link io.iprules.InvalidRequestException}. The record's constructor takes the facts as they are and
     * leaves every check to the evaluation (as a request read from JSON is checked).
     *
     * <pre>{@code
     * BeijingEnterprise e = BeijingEnterprise.builder()
     *         .name("北京示例科技有限公司").creditCode("91110108MA01A0001D")
     *         .registeredInBeijing(true).zhongguancun(true).industry(Industry.NEXT_GENERATION_IT)
     *         .greenChannel(g -> g.certificate(Certificate.PRIORITY_EXAMINATION).subject("201310000001.1")
     *                 .complete(LocalDate.of(2013, 9, 27)).issued(LocalDate.of(2013, 10, 10)))
     *         .pledgeLoan(l -> l.bank("北京银行").pledge(Pledge.PATENT).interestPaid(new BigDecimal("12345.67"))
     *                 .year(2013))
     *         .build();
     * }</pre>
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link BeijingEnterprise} fact by fact, checking as it builds ({@link BeijingEnterprise#builder()}).
     * What depends on more than one fact (an industry declared twice, pledge loans without {@link #zhongguancun},
     * a certificate issued before its file was complete, a loan year outside 1985 to 2100) is refused by
     * {@link #build()}.
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static final class Builder {
        private String name;
        private String creditCode;
        private Boolean registeredInBeijing;
        private Boolean zhongguancun;
        private final List<Industry> industries = new ArrayList<>();
        private final List<GreenChannelRequest> greenChannel = new ArrayList<>();
        private final List<PledgeLoan> pledgeLoans = new ArrayList<>();

        private Builder() {
        }

        /** The enterprise's name; a blank one is refused at once, at {@code applicant.name}. */
        public Builder name(String value) {
            io.iprules.kit.Problems.refuseAtOnce("applicant", p -> p.required("name", value));
            this.name = value;
            return this;
        }

        /**
         * Its 统一社会信用代码, optional for beijing-2012 ({@code null}: not given); one that is not a valid
         * GB 32100-2015 code is refused at once, at {@code applicant.creditCode}.
         */
        public Builder creditCode(String value) {
            // optional here, as in the evaluation: only a code given is checked
            io.iprules.Text problem = value == null ? null : io.iprules.kit.china.CreditCode.problemText(value);
            if (problem != null) {
                throw new io.iprules.InvalidRequestException("applicant.creditCode", problem);
            }
            this.creditCode = value;
            return this;
        }

        /** Whether it is registered in Beijing (本市); required, as the §1(1) scope depends on it. */
        public Builder registeredInBeijing(boolean value) {
            this.registeredInBeijing = value;
            return this;
        }

        /** Whether it is a 中关村 enterprise: §3(1)'s pledge-loan interest is for them only. */
        public Builder zhongguancun(boolean value) {
            this.zhongguancun = value;
            return this;
        }

        /**
         * Declares an industry (§1(1)): one of the eight 战略性新兴产业, or {@link Industry#OTHER}. At least one is
         * required.
         */
        public Builder industry(Industry value) {
            industries.add(value); // a null or one declared twice is refused by build(), at its path
            return this;
        }

        /** Declares industries (§1(1)), in the order given. */
        public Builder industries(Industry... values) {
            io.iprules.kit.Arguments.required("industries", values);
            for (Industry i : values) {
                industry(i);
            }
            return this;
        }

        /**
         * Adds a certificate asked of the green channel (绿色通道, §2(4)), its arguments named and checked as they
         * are given: {@code .greenChannel(g -> g.certificate(Certificate.PRIORITY_EXAMINATION)
         * .subject("201310000001.1").complete(…).issued(…))} ({@link GreenChannelRequest.Builder}).
         */
        public Builder greenChannel(Consumer<GreenChannelRequest.Builder> request) {
            GreenChannelRequest.Builder b = GreenChannelRequest.builder();
            request.accept(b);
            greenChannel.add(b.build());
            return this;
        }

        /**
         * Adds a year's interest on an IP-pledge loan (知识产权质押贷款, §3(1)), its arguments named and checked as
         * they are given: {@code .pledgeLoan(l -> l.bank("北京银行").pledge(Pledge.PATENT)
         * .interestPaid(new BigDecimal("12345.67")).year(2013))} ({@link PledgeLoan.Builder}).
         */
        public Builder pledgeLoan(Consumer<PledgeLoan.Builder> loan) {
            PledgeLoan.Builder b = PledgeLoan.builder();
            loan.accept(b);
            pledgeLoans.add(b.build());
            return this;
        }

        /**
         * The enterprise.
         *
         * @throws io.iprules.InvalidRequestException with every problem an evaluation would report and its path: an
         *                                            evaluation on a date when every loan's year is over, since a
         *                                            builder has no as-of date (zhongguancun is asked for beside a
         *                                            pledge loan of any year, where an evaluation asks for it beside
         *                                            one whose year is over on its as-of date only)
         */
        public BeijingEnterprise build() {
            BeijingEnterprise e = new BeijingEnterprise(name, creditCode, registeredInBeijing, zhongguancun,
                    industries, greenChannel, pledgeLoans);
            // the evaluation's own check, at the evaluation's root: the same problems at the same paths
            io.iprules.kit.Problems.refuseAtOnce("applicant", p -> Beijing2012.check(e, p));
            return e;
        }
    }

    /** The declared industries §1(1) lists among the eight (战略性新兴产业), in the order declared. */
    public List<Industry> getStrategicIndustries() {
        List<Industry> eight = new ArrayList<>(industries.size()); // a loop: read once per applicant evaluated
        for (Industry i : industries) {
            if (i != null && i.isStrategicEmerging() && !eight.contains(i)) {
                eight.add(i);
            }
        }
        return Collections.unmodifiableList(eight);
    }
}
