package io.iprules.jiaxing.rules;

import io.iprules.jiaxing.BrandHonour;
import io.iprules.jiaxing.ExportTrademark;
import io.iprules.jiaxing.Patent;
import io.iprules.jiaxing.PatentKind;
import io.iprules.jiaxing.PatentInfoPlatform;
import io.iprules.jiaxing.PatentAward;
import io.iprules.jiaxing.PledgeLoan;
import io.iprules.jiaxing.Recognition;
import io.iprules.jiaxing.Standard;
import io.iprules.jiaxing.StandardLevel;
import io.iprules.kit.Amount;
import io.iprules.kit.Candidate;
import io.iprules.kit.Decision;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Builds the candidate award for a fact: code, matter, subject, amount parameter and reason. The rule files
 * decide <em>whether</em> a fact earns an award; this class only says what that award looks like, so that
 * the eligible and the not-eligible rule of a provision describe the same item.
 */
public final class Proposals {
    private Proposals() {
    }

    /** §6(5)2: the recognition's award; amount parameter = the award code. */
    public static Candidate recognition(Decision d, Recognition r) {
        String code = r.type().awardCode();
        return d.propose(code, JiaxingAward.valueOf(code).matter(null), r.type().name(),
                d.text("subject.recognition", r.type(), r.date()), r.date(), d.amount(code, r.date()),
                rank(d, "RECOGNITION", r.type(), r.date()), d.text("reason.recognition", r.type()));
    }

    /**
     * §6(5)3: recognised as a city key science and technology intermediary; amount parameter = the award code. A
     * matter of its own with no alternative, so no tie rank.
     */
    public static Candidate intermediary(Decision d, Recognition r) {
        String code = r.type().awardCode();
        return d.propose(code, JiaxingAward.valueOf(code).matter(null), r.type().name(),
                d.text("subject.recognition", r.type(), r.date()), r.date(), d.amount(code, r.date()), 0,
                d.text("reason.recognition", r.type()));
    }

    /** §6(5)3: a public patent-information platform open to the city; amount parameter = the award code. */
    public static Candidate platform(Decision d, PatentInfoPlatform p) {
        return d.propose("JX_PATENT_INFO_PLATFORM", JiaxingAward.JX_PATENT_INFO_PLATFORM.matter(p.name()), p.name(),
                d.text("subject.platform", p.name()), p.opened(), d.amount("JX_PATENT_INFO_PLATFORM", p.opened()), 0,
                d.text("reason.platform", p.name(), p.opened()));
    }

    /** §6(5)1: a granted patent; amount parameter per kind. */
    public static Candidate patentGrant(Decision d, Patent p) {
        return d.propose("JX_PATENT_GRANT", JiaxingAward.JX_PATENT_GRANT.matter(p.number()), p.number(),
                d.text("subject.patent", p.kind(), p.number()), p.grantDate(),
                d.amount(GRANT_AMOUNT_NAMES.computeIfAbsent(p.kind(), k -> "JX_PATENT_GRANT." + k.name()),
                        p.grantDate()), 0,
                d.text("reason.patent-grant", p.kind(), p.grantDate()));
    }

    /** §6(5)1: one of the first three annual fees; the per-fee parameter on the day the fee was paid. */
    public static Candidate annualFee(Decision d, AnnualFee f) {
        Patent p = f.patent();
        return d.propose("JX_SEI_ANNUITY", f.matter(), f.subjectId(),
                d.text("subject.annuity", p.number(), f.number()), f.paid(),
                d.amount("JX_SEI_ANNUITY.PER_FEE", f.paid()), 0,
                d.text(f.derived() ? "reason.annuity.derived" : "reason.annuity", p.field(), f.number(), f.paid(),
                        p.grantDate()));
    }

    /** §6(5)4: a China Patent Award; amount parameter = the award code. */
    public static Candidate patentAward(Decision d, PatentAward a) {
        String code = a.award().awardCode();
        return d.propose(code, JiaxingAward.valueOf(code).matter(a.patent()), a.patent(),
                d.text("subject.patent-award", a.patent(), a.award()), a.date(), d.amount(code, a.date()),
                rank(d, "PATENT_AWARD", a.award(), a.date()), d.text("reason.patent-award", a.award(), a.date()));
    }

    /** §6(5)5: a brand honour; amount parameter per honour; the matter is the brand or mark, across honour types. */
    public static Candidate brandHonour(Decision d, BrandHonour h) {
        String subject = Subjects.of(h);
        return d.propose("JX_BRAND_HONOUR", JiaxingAward.JX_BRAND_HONOUR.matter(subject), subject,
                Subjects.described(d, h), h.date(),
                d.amount("JX_BRAND_HONOUR." + h.type().name(), h.date()), rank(d, "BRAND_HONOUR", h.type(), h.date()),
                d.text("reason.brand", h.type(), h.date()));
    }

    /** §6(5)2: pledge-loan interest × the subsidy rate of the implementing rules. */
    public static Candidate pledgeLoan(Decision d, PledgeLoan l) {
        String subject = Subjects.of(l);
        LocalDate yearEnd = Subjects.yearEnd(l.year());
        BigDecimal rate = d.parameter("JX_PLEDGE_LOAN_INTEREST.RATE", yearEnd);
        return d.propose("JX_PLEDGE_LOAN_INTEREST", JiaxingAward.JX_PLEDGE_LOAN_INTEREST.matter(subject), subject,
                d.text("subject.pledge-loan", l.bank(), l.year()), yearEnd,
                d.share(l.interestPaid(), "JX_PLEDGE_LOAN_INTEREST.RATE", yearEnd), 0,
                // interest of 0.00: nothing whatever the rate (the kit's share), so not "the rate awaits its rules"
                l.interestPaid().signum() == 0
                        ? d.text("reason.pledge-loan.no-interest", new io.iprules.kit.Yuan(l.interestPaid()))
                        : rate == null ? d.text("reason.pledge-loan.open", new io.iprules.kit.Yuan(l.interestPaid()))
                        : d.text("reason.pledge-loan", new io.iprules.kit.Yuan(l.interestPaid()),
                                new io.iprules.kit.Percent(rate)));
    }

    /** §6(5)6: a published standard; amount parameter per tier (industry and local standards are one tier). */
    public static Candidate standard(Decision d, Standard s) {
        String subject = Subjects.of(s);
        String tier = s.level() == StandardLevel.INDUSTRY || s.level() == StandardLevel.LOCAL ? "INDUSTRY_OR_LOCAL"
                : s.level().name();
        return d.propose("JX_STANDARD_LEAD", JiaxingAward.JX_STANDARD_LEAD.matter(subject), subject,
                Subjects.described(d, s), s.published(),
                d.amount("JX_STANDARD_LEAD." + tier, s.published()), 0,
                d.text("reason.standard", s.role(), s.level(), s.published()));
    }

    /**
     * §6(5)5: a trademark registered abroad with a year's exports; the amount as the rule decided it. A year's marks
     * are one matter of equal amounts (one figure of exports, one reward): the one its award names is the first by
     * mark, then by country, as text (reading export-threshold), never the first the request lists.
     */
    public static Candidate exportTrademark(Decision d, ExportTrademark x, Amount amount, String reasonKey,
                                            Object threshold) {
        String subject = Subjects.of(x);
        Candidate c = d.propose("JX_EXPORT_TRADEMARK", JiaxingAward.JX_EXPORT_TRADEMARK.matter(subject), subject,
                d.text("subject.export-trademark", x.year(), x.mark(), x.country()), Subjects.yearEnd(x.year()),
                amount, 0, d.text(reasonKey, x.mark(), x.country(), new io.iprules.kit.Yuan(x.exports()), threshold));
        c.setTieBreak(x.mark(), x.country());
        return c;
    }

    /**
     * The order of {@code type} among alternatives of equal amount: the clause's order of listing, as the parameter
     * file {@code s7_1_tie_order.json} states it (never the Java enum's order).
     */
    private static int rank(Decision d, String list, Enum<?> type, LocalDate date) {
        return d.parameter(RANK_NAMES.computeIfAbsent(type, t -> "JX_TIE_RANK." + list + "." + t.name()), date)
                .intValueExact();
    }

    /**
     * The names of the parameters read per constant of an enum, each made once (a name made anew at every proposal
     * was hashed anew at every lookup): the tie rank of a type (its list is the type's: RECOGNITION for a recognition
     * type), and a granted patent's amount per kind.
     */
    private static final java.util.Map<Enum<?>, String> RANK_NAMES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<PatentKind, String> GRANT_AMOUNT_NAMES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * §7(1) with the variant {@code TOP_UP} (差额补足): the difference between a better item of a paid matter and
     * what was paid for that matter in all, as its own award line of the same code and subject (its own matter,
     * {@link JiaxingAward#topUpOf}, so that it competes with nothing; a claim on the matter still reaches it).
     */
    public static Candidate topUp(Decision d, Candidate better, PaidMatter paid) {
        BigDecimal difference = better.getAmount().value().subtract(paid.paidInAll());
        // one wording per case, the same arguments: only the one for several payments says how many ({7})
        io.iprules.Text reason = d.text(paid.payments() == 1 ? "reason.top-up" : "reason.top-up.several",
                better.getCode(), new io.iprules.kit.Yuan(better.getAmount().value()), paid.code(), paid.date(),
                new io.iprules.kit.Yuan(paid.paidInAll()), new io.iprules.kit.Yuan(difference), better.getCitation(),
                new io.iprules.kit.Count(paid.payments()));
        Candidate c = d.propose(better.getCode(), JiaxingAward.topUpOf(better.getMatter()), better.getSubjectId(),
                topUpSubject(d, better), better.getDate(),
                Amount.yuan(difference).withBasis(better.getAmount().basis()), 0, reason);
        c.setTieBreak(better.getTieBreak().toArray(String[]::new)); // listed beside its item, not before its year's
        return c;
    }

    /**
     * §7(1) with the variant {@code TOP_UP} where the better item's amount is open (a deployment has not set it): its
     * top-up line, amount and eligibility undetermined by that amount's parameter, since whether anything is due, and
     * how much, waits for it (undetermined eligibility is not eligibility).
     */
    public static Candidate topUpOpen(Decision d, Candidate better, PaidMatter paid) {
        String parameter = better.getAmount().waitingFor();
        io.iprules.Text reason = d.text(paid.payments() == 1 ? "reason.top-up.open" : "reason.top-up.open.several",
                better.getCode(), parameter, paid.code(), paid.date(), new io.iprules.kit.Yuan(paid.paidInAll()),
                better.getCitation(), new io.iprules.kit.Count(paid.payments()));
        Candidate c = d.propose(better.getCode(), JiaxingAward.topUpOf(better.getMatter()), better.getSubjectId(),
                topUpSubject(d, better), better.getDate(), better.getAmount(), 0, reason);
        c.setTieBreak(better.getTieBreak().toArray(String[]::new));
        c.setEligibilityUndeterminedBy(parameter);
        return c;
    }

    /**
     * What a top-up line is of: the better item, named as its top-up, so that the line, held back by a payment or cut
     * by a limit, is not read as a second listing of the item itself (same code, subject and date; its amount the
     * difference).
     */
    private static io.iprules.Text topUpSubject(Decision d, Candidate better) {
        return d.text("subject.top-up", better.getSubject());
    }

    /**
     * §7(1) once paid, not again: the exclusion naming the matter's first payment; under the variant TOP_UP it says
     * that only a better item of the matter is paid, the difference.
     */
    public static io.iprules.kit.ExclusionNote alreadyPaid(Decision d, PaidMatter paid) {
        return d.exclusion("ALREADY_PAID", paid.topUp() ? "detail.already-paid.top-up" : "detail.already-paid",
                paid.code(), paid.date());
    }

    /**
     * A figure of the deployment's that decides money without being an award's amount (a maximum limit, the export
     * threshold), as its exclusions and reasons say it: the yuan, then the parameter, the first day of the value and
     * the source the deployment gave ({@code 100,000.00 元(JX_MAXIMUM_LIMIT,自 2016-01-01 起,来源:嘉科〔2016〕1号)}), as
     * an award names the basis of its amount; the yuan alone when no deployment's value set it.
     */
    public static io.iprules.Text yuan(Decision d, BigDecimal value, io.iprules.AmountBasis basis) {
        io.iprules.kit.Yuan yuan = new io.iprules.kit.Yuan(value);
        return basis == null ? d.text("figure.yuan", yuan) : d.text("figure.yuan.basis", yuan, basis(d, basis));
    }

    /**
     * The export threshold {@code threshold} a trademark's year was held to (§6(5)5), as its award's reason and its
     * exclusion's detail say it: with the deployment's value it was read from ({@link #yuan(Decision, BigDecimal,
     * io.iprules.AmountBasis)}), on the year's last day, as the threshold itself is.
     */
    public static io.iprules.Text exportThreshold(Decision d, ExportTrademark x, BigDecimal threshold) {
        return yuan(d, threshold, d.basis("JX_EXPORT_TRADEMARK.THRESHOLD", Subjects.yearEnd(x.year())));
    }

    /** A deployment's value named as its basis: the parameter, its first day and its source; {@code null} stays so. */
    public static io.iprules.Text basis(Decision d, io.iprules.AmountBasis basis) {
        return basis == null ? null : d.text("figure.basis", basis.parameter(), basis.from(), basis.source());
    }

    /**
     * {@link #yuan(Decision, BigDecimal, io.iprules.AmountBasis)} for a figure read as in force on the as-of date, not
     * on the fact's (the maximum limit, reading maximum-limit): the basis says so, with that date ({@link
     * #basisOnAsOf}).
     */
    public static io.iprules.Text yuanOnAsOf(Decision d, BigDecimal value, io.iprules.AmountBasis basis) {
        io.iprules.kit.Yuan yuan = new io.iprules.kit.Yuan(value);
        return basis == null ? d.text("figure.yuan", yuan) : d.text("figure.yuan.basis", yuan, basisOnAsOf(d, basis));
    }

    /**
     * A deployment's value read as in force on the as-of date (the maximum limit and its period switch, reading
     * maximum-limit), named as its basis with that date ({@code JX_MAXIMUM_LIMIT,自 2016-01-01 起,按评估日期
     * 2016-06-30 适用,来源:…}): beside an item dated 2014, a first day of 2016 alone would not say why that value
     * was read, where an amount's value is the one in force on its item's date, which the line shows. {@code null}
     * stays so.
     */
    public static io.iprules.Text basisOnAsOf(Decision d, io.iprules.AmountBasis basis) {
        return basis == null ? null : d.text("figure.basis.as-of", basis.parameter(), basis.from(), basis.source(),
                d.getAsOf());
    }

    /** A candidate held back from the start by the firing rule (a condition of its provision is not met). */
    public static Candidate excluded(Decision d, Candidate c, String reason, String detailKey,
                                     Object... args) {
        c.setExclusion(d.exclusion(reason, detailKey, args));
        return c;
    }
}
