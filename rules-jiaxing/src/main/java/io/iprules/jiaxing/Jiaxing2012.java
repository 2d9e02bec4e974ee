package io.iprules.jiaxing;

import io.iprules.Target;
import io.iprules.jiaxing.rules.BrandHonourFact;
import io.iprules.jiaxing.rules.ClaimedElsewhere;
import io.iprules.jiaxing.rules.ExportTrademarkFact;
import io.iprules.jiaxing.rules.JiaxingAward;
import io.iprules.jiaxing.rules.MaximumLimit;
import io.iprules.jiaxing.rules.PaidMatter;
import io.iprules.jiaxing.rules.PatentAwardFact;
import io.iprules.jiaxing.rules.PatentFact;
import io.iprules.jiaxing.rules.PlatformFact;
import io.iprules.jiaxing.rules.PledgeLoanFact;
import io.iprules.jiaxing.rules.RecognitionFact;
import io.iprules.jiaxing.rules.StandardFact;
import io.iprules.jiaxing.rules.Subjects;
import io.iprules.jiaxing.rules.TargetFigure;
import io.iprules.jiaxing.rules.VariantTopUp;
import io.iprules.kit.Decision;
import io.iprules.spi.Evaluation;
import io.iprules.kit.Figure;
import io.iprules.kit.Figures;
import io.iprules.kit.MessageCatalog;
import io.iprules.kit.KitModule;
import io.iprules.kit.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * jiaxing-2012: 嘉兴市人民政府《加强知识产权工作促进经济转型发展的若干意见》(2012-11-05). Subsidies for
 * enterprises (§6(5)), decided between by §7(1) and dated by §7(3); and the city's 2013 targets (§1(2)),
 * assessed as indicators.
 *
 * <p>Found by {@link java.util.ServiceLoader}; callers use {@link io.iprules.RulesEngine} with a
 * {@link JiaxingEnterprise} (request key {@code applicant}) or a {@link JiaxingCity} (request key {@code city})
 * as the subject.
 */
public final class Jiaxing2012 extends KitModule {
    /** The policy id. */
    public static final String ID = "jiaxing-2012";

    /** An enterprise applying for the §6(5) subsidies (request key {@code applicant}): the typed entry point. */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static final io.iprules.PolicyKey<JiaxingEnterprise> APPLICANT =
            io.iprules.PolicyKey.of(ID, "applicant", JiaxingEnterprise.class);

    /** The city assessed against its 2013 targets of §1(2) (request key {@code city}). */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static final io.iprules.PolicyKey<JiaxingCity> CITY = io.iprules.PolicyKey.of(ID, "city", JiaxingCity.class);

    static final MessageCatalog MESSAGES = MessageCatalog.load(Jiaxing2012.class, "messages");

    /** Made by the service loader. */
    public Jiaxing2012() {
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * Validates one enterprise or city and prepares its facts for a rule session shared with the rest of its chunk:
     * every fact carries the subject's {@link Decision}, and every rule joins on it.
     */
    @Override
    protected Prepared prepare(Evaluation evaluation) {
        if (evaluation.subject() instanceof JiaxingCity city) {
            return assess(city, evaluation);
        }
        JiaxingEnterprise e = (JiaxingEnterprise) evaluation.subject();
        Problems problems = Problems.root(evaluation.subjectKey());
        EnterpriseValidation.check(e, problems, evaluation);
        Decision d = Decision.start(evaluation, MESSAGES);
        Settings settings = new Settings(d);
        amountsPaid(e, evaluation, settings, problems);
        problems.throwIfAny();

        d.warnIfNotInForce();
        // an award whose eligibility waits for an open parameter, or one wholly cut by a maximum limit, is not due
        return new Prepared(d, knownFacts(e, evaluation, d, settings),
                decision -> decision.result(e.name()).eligible(decision.hasEligibleAward()).build());
    }

    /** No rule matches the Decision itself: each takes it from its first fact ({@code $d : decision}). */
    @Override
    protected boolean decisionIsAFact() {
        return false;
    }

    /**
     * The §7(1) switches of the deployment on the as-of date, read once per applicant (the rules see them as the
     * facts {@link VariantTopUp} and {@link MaximumLimit}, inserted only when set).
     */
    private static final class Settings {
        final boolean topUp;
        final BigDecimal cap;
        final boolean cumulative;

        Settings(Decision d) {
            topUp = on(d, TOP_UP);
            cap = d.parameter(MAXIMUM_LIMIT, d.getAsOf());
            cumulative = cap != null && on(d, CUMULATIVE);
        }
    }

    /** The §7(1) switches, read on the as-of date (readings maximum-limit and top-up). */
    private static final String TOP_UP = "JX_VARIANT.TOP_UP";
    private static final String MAXIMUM_LIMIT = "JX_MAXIMUM_LIMIT";
    private static final String CUMULATIVE = "JX_MAXIMUM_LIMIT.CUMULATIVE";

    /**
     * The variant TOP_UP and a cumulative maximum limit both rest on the amounts already paid: when the deployment
     * applies either, a payment without its amount is an input error, not a guess (readings top-up and maximum-limit).
     * Only a payment that counts needs its amount: one dated before the policy or after the as-of date is left out
     * with a warning, whatever it says.
     */
    private static void amountsPaid(JiaxingEnterprise e, Evaluation ev, Settings settings, Problems problems) {
        boolean topUp = settings.topUp;
        boolean cumulative = settings.cumulative;
        if (!topUp && !cumulative) {
            return;
        }
        io.iprules.Text why = MESSAGES.text(topUp ? "problem.paid-amount-top-up" : "problem.paid-amount-cumulative");
        for (int i = 0; i < e.paidSubsidies().size(); i++) {
            PaidSubsidy s = e.paidSubsidies().get(i);
            if (s != null && s.amount() == null && (s.date() == null || s.code() == null || counts(e, s, ev))) {
                problems.at("paidSubsidies").at(i).add("amount", why);
            }
        }
    }

    /**
     * Whether a payment counts under §7(1): dated on or after the policy took force, known on the as-of date, and
     * not for an item of the repealed policy alone (§7(3), RepealedPolicyPayments).
     */
    static boolean counts(JiaxingEnterprise e, PaidSubsidy s, Evaluation ev) {
        LocalDate inForce = ev.policy().inForceFrom();
        return !s.date().isAfter(ev.asOf()) && !s.date().isBefore(inForce)
                && RepealedPolicyPayments.itemOfTheRepealedPolicy(e, s, inForce) == null;
    }

    /** Whether a switch parameter (0 or unset: off) is on as of the evaluation date. */
    private static boolean on(Decision d, String name) {
        BigDecimal v = d.parameter(name, d.getAsOf());
        return v != null && v.signum() > 0;
    }

    /**
     * §1(2): the city's 2013 figures against the targets. {@code eligible} is {@code true} only when every target
     * is met (an unknown figure is not proven met).
     */
    private static Prepared assess(JiaxingCity city, Evaluation evaluation) {
        Problems problems = Problems.root(evaluation.subjectKey());
        problems.required("name", city.name());
        List<Figure> figures = List.of();
        if (problems.required("figures", city.figures())) {
            figures = Figures.read(city.figures(), evaluation.policy().targets(), problems.at("figures"));
            if (problems.isEmpty()) {
                partOf(figures, "JX_2013_INVENTION_APPLICATIONS", "JX_2013_PATENT_APPLICATIONS",
                        problems.at("figures"));
                partOf(figures, "JX_2013_INVENTION_GRANTS", "JX_2013_PATENT_GRANTS", problems.at("figures"));
            }
        }
        problems.throwIfAny();

        Decision d = Decision.start(evaluation, MESSAGES);
        d.warnIfNotInForce();
        if (evaluation.asOf().isBefore(CITY_TARGETS_YEAR_END)) {
            d.warn("warning.targets-not-final", evaluation.asOf());
        }
        if (!THE_CITY.contains(city.name().strip())) {
            d.warn("warning.city-name", city.name());
        }
        // one figure per target, in the targets' order (Figures.read): each paired with its target here
        List<Target> targets = evaluation.policy().targets();
        List<Object> facts = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            facts.add(new TargetFigure(d, targets.get(i), figures.get(i)));
        }
        return new Prepared(d, facts,
                decision -> decision.result(city.name()).eligible(decision.allIndicatorsMet())
                        .build());
    }

    /**
     * §1(2) 2013年,全市专利申请量达到13000件……: the targets are the 2013 figures, final once the year has ended (reading
     * city-targets-2013); assessed before then, the result says they are not final yet, as beijing-2012's do.
     */
    private static final LocalDate CITY_TARGETS_YEAR_END = LocalDate.of(2013, 12, 31);

    /**
     * §1(2) 全市专利申请量……: the targets are Jiaxing's; a city request under another name is assessed as given, with a
     * warning (reading city-targets-2013).
     */
    private static final java.util.Set<String> THE_CITY = java.util.Set.of("嘉兴市", "嘉兴");

    /** 其中: a figure that is part of another cannot exceed it. */
    private static void partOf(List<Figure> figures, String part, String whole, Problems at) {
        BigDecimal p = actual(figures, part);
        BigDecimal w = actual(figures, whole);
        if (p != null && w != null && p.compareTo(w) > 0) {
            at.at(part).add(MESSAGES.text("problem.part-exceeds-whole", whole, w));
        }
    }

    private static BigDecimal actual(List<Figure> figures, String code) {
        for (Figure f : figures) {
            if (f.code().equals(code)) {
                return f.actual();
            }
        }
        return null;
    }

    /**
     * The facts known on the as-of date: anything dated after it is left out, with a warning, so that adding a
     * future fact never changes a decision. Payments and claims become the matters the rules decide on. Indexed
     * loops: most of the ten lists are empty, and each for-each made an iterator per applicant.
     */
    private static List<Object> knownFacts(JiaxingEnterprise e, Evaluation ev, Decision d, Settings settings) {
        LocalDate asOf = ev.asOf();
        List<Object> facts = new ArrayList<>();
        for (int i = 0; i < e.recognitions().size(); i++) {
            Recognition r = e.recognitions().get(i);
            if (known(r.date(), asOf, d, () -> d.text("subject.recognition", r.type(), r.date()))) {
                facts.add(new RecognitionFact(d, r));
            }
        }
        for (int i = 0; i < e.patents().size(); i++) {
            Patent p = e.patents().get(i);
            if (known(p.grantDate(), asOf, d, () -> d.text("subject.patent", p.kind(), p.number()))) {
                facts.add(new PatentFact(d, p));
            }
        }
        for (int i = 0; i < e.patentAwards().size(); i++) {
            PatentAward a = e.patentAwards().get(i);
            if (known(a.date(), asOf, d, () -> d.text("subject.patent-award", a.patent(), a.award()))) {
                facts.add(new PatentAwardFact(d, a));
            }
        }
        for (int i = 0; i < e.brandHonours().size(); i++) {
            BrandHonour h = e.brandHonours().get(i);
            if (known(h.date(), asOf, d, () -> Subjects.described(d, h))) {
                facts.add(new BrandHonourFact(d, h));
            }
        }
        brandsAlike(e.brandHonours(), d);
        for (int i = 0; i < e.pledgeLoans().size(); i++) {
            PledgeLoan l = e.pledgeLoans().get(i);
            if (yearOver(l.year(), asOf, d, () -> d.text("subject.pledge-loan", l.bank(), l.year()))) {
                facts.add(new PledgeLoanFact(d, l, e.sme()));
            }
            // one bank's year, one matter (reading one-matter): a name inside another of the same year may be one
            // bank, a branch or the bank's full name, whose year's interest listed under both would be paid twice
            io.iprules.kit.Spellings.eachEarlierInsideAnother(e.pledgeLoans(), i, PledgeLoan::year, PledgeLoan::bank,
                    (earlier, loan) -> d.warn("warning.banks-alike", earlier.bank(), loan.bank(), loan.year()));
        }
        for (int i = 0; i < e.standards().size(); i++) {
            Standard s = e.standards().get(i);
            if (known(s.published(), asOf, d, () -> Subjects.described(d, s))) {
                facts.add(new StandardFact(d, s));
            }
        }
        for (int i = 0; i < e.patentInfoPlatforms().size(); i++) {
            PatentInfoPlatform pl = e.patentInfoPlatforms().get(i);
            if (known(pl.opened(), asOf, d, () -> d.text("subject.platform", pl.name()))) {
                facts.add(new PlatformFact(d, pl));
            }
        }
        for (int i = 0; i < e.exportTrademarks().size(); i++) {
            ExportTrademark x = e.exportTrademarks().get(i);
            if (yearOver(x.year(), asOf, d,
                    () -> d.text("subject.export-trademark", x.year(), x.mark(), x.country()))) {
                facts.add(new ExportTrademarkFact(d, x));
            }
        }
        // one fact per matter, naming its first payment: it is what "once paid" refers to, and the rule then matches
        // each candidate once (a history listing one matter many times would otherwise cost payments × candidates);
        // the fact also carries what was paid for the matter in all, which a top-up subtracts (reading top-up).
        // A payment naming a patent's annual fees reaches the fees paid by its date, so each such payment counts.
        Map<String, PaidMatter> paid = new LinkedHashMap<>();
        Map<String, PaidMatter> byMatter = null; // an annuity's payments of every date, for paid in all
        BigDecimal paidTotal = BigDecimal.ZERO;
        RepealedPolicyPayments.Items items;
        for (int i = 0; i < e.paidSubsidies().size(); i++) {
            PaidSubsidy s = e.paidSubsidies().get(i);
            if (s.date().isAfter(asOf)) {
                d.warn("warning.fact-after-as-of", s.code(), s.date(), asOf);
            } else if (s.date().isBefore(ev.policy().inForceFrom())) {
                d.warn("warning.paid-before-in-force", s.code(), s.date());
            } else if ((items = RepealedPolicyPayments.of(e, s, ev.policy().inForceFrom(), asOf))
                    .ofTheRepealedPolicy() != null) {
                d.warn("warning.paid-for-repealed-policy", s.code(), s.date(), items.ofTheRepealedPolicy(),
                        ev.policy().inForceFrom());
            } else {
                if (items.firstAfterPayment() != null) {
                    // still paid for the matter (reading once-paid): an earlier item may be left out of the request
                    d.warn(settings.topUp ? "warning.paid-before-item.top-up" : "warning.paid-before-item",
                            s.code(), s.date(), items.firstAfterPayment());
                }
                if (s.amount() != null && s.amount().signum() == 0) {
                    // strict: a record of a payment is a payment, whatever its amount (reading once-paid); TOP_UP
                    // pays a later item the difference, here all of it, and the items of then nothing
                    d.warn(settings.topUp ? "warning.paid-nothing.top-up" : "warning.paid-nothing", s.code(), s.date());
                }
                PaidMatter m = PaidMatter.of(d, s.code(), JiaxingAward.byCode(s.code()).matter(s.subject()), s.date(),
                        s.amount(), settings.topUp);
                String key = s.code().equals("JX_SEI_ANNUITY") ? m.matter() + "@" + m.date() : m.matter();
                paid.merge(key, m, PaidMatter::and);
                if (!key.equals(m.matter())) {
                    byMatter = byMatter == null ? new java.util.HashMap<>() : byMatter;
                    byMatter.merge(m.matter(), m, PaidMatter::and);
                }
                if (s.amount() != null) {
                    paidTotal = paidTotal.add(s.amount());
                }
            }
        }
        // each names the deployment's value that set it, its first day and source (an amount names its basis so)
        if (settings.topUp) {
            facts.add(new VariantTopUp(d, d.basis(TOP_UP, asOf)));
        }
        if (settings.cap != null) {
            facts.add(new MaximumLimit(d, settings.cap, settings.cumulative, paidTotal, d.basis(MAXIMUM_LIMIT, asOf),
                    settings.cumulative ? d.basis(CUMULATIVE, asOf) : null));
        }
        for (PaidMatter m : paid.values()) {
            // an annuity's payments are one fact per date (each covers the fees paid by it), paid in all per matter
            PaidMatter all = byMatter == null ? null : byMatter.get(m.matter());
            facts.add(all == null ? m : coveredByItsPatentsFees(m.paidInAll(all), byMatter));
        }
        for (int i = 0; i < e.otherPolicyClaims().size(); i++) {
            OtherPolicyClaim c = e.otherPolicyClaims().get(i);
            if (REPEALED_POLICY.matcher(c.policy()).find()) {
                // followed as given (reading other-policy-line): a policy line is free text, and the claim may be
                // a slip for another; said, since the repealed policy can have paid nothing this one pays
                d.warn("warning.claim-under-repealed-policy", c.code(), c.policy(), ev.policy().inForceFrom());
            }
            facts.add(new ClaimedElsewhere(d, c.code(), JiaxingAward.byCode(c.code()).matter(c.subject()), c.policy(),
                    c.choice()));
        }
        return facts;
    }

    /**
     * A payment of one annual fee ({@code NUMBER/k}) with the payments naming its patent's fees ({@code NUMBER}),
     * each of which covers the fees paid by its date: a fee is weighed once against all its payments, so one covered
     * by a payment of its patent's fees is no later item to top up (variant TOP_UP, reading top-up).
     */
    private static PaidMatter coveredByItsPatentsFees(PaidMatter fee, Map<String, PaidMatter> byMatter) {
        PaidMatter out = fee;
        for (PaidMatter patentsFees : byMatter.values()) {
            if (!patentsFees.matter().equals(fee.matter()) && JiaxingAward.within(fee.matter(), patentsFees.matter())) {
                out = out.coveredBy(patentsFees);
            }
        }
        return out;
    }

    /**
     * One brand's honours, one matter (reading one-matter, §7(1) 按最优惠一项执行): two names one inside the other, 禾城
     * and 禾城牌, may be one brand, whose honours listed under both were each paid (20,000 and 100,000 where the
     * better alone stands), or two brands; short of a register of marks, said as two banks so named are, once per
     * pair of names, the earlier name first. Nothing is made for a request with one honour or none.
     */
    private static void brandsAlike(List<BrandHonour> honours, Decision d) {
        if (honours.size() < 2) {
            return;
        }
        List<String> names = new ArrayList<>(honours.size()); // each once: one brand may hold several honours
        for (int i = 0; i < honours.size(); i++) {
            String name = honours.get(i).name();
            if (!Problems.blankOrNull(name) && !names.contains(name)) {
                names.add(name);
            }
        }
        for (int i = 1; i < names.size(); i++) {
            // one group: a brand's name is compared with every other brand's, whatever its honours' dates
            io.iprules.kit.Spellings.eachEarlierInsideAnother(names, i, name -> Boolean.TRUE, name -> name,
                    (earlier, brand) -> d.warn("warning.brands-alike", earlier, brand));
        }
    }

    /**
     * §7(3) 原《…》(嘉政发〔2009〕66号)同时废止: the repealed policy's document number as a claim's free text may write
     * it: its brackets in any of the forms in use (〔〕, ﹝﹞, 〖〗, [], ［］, 【】, parentheses half or full width) or none,
     * 2009年 or 2009, 发 and 号 in simplified or traditional characters, 第 before the number or not, its digits half or
     * full width, spaces (an ideographic one too) aside.
     */
    private static final java.util.regex.Pattern REPEALED_POLICY = java.util.regex.Pattern.compile(
            "嘉政[发發]\\s*[\u3014\ufe5d\u3016\\[\uff3b\u3010(\uff08]?\\s*[2\uff12][0\uff10][0\uff10][9\uff19]\\s*年?"
            + "\\s*[\u3015\ufe5e\u3017\\]\uff3d\u3011)\uff09]?\\s*第?\\s*[6\uff16][6\uff16]\\s*[号號]",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /** Whether a fact dated {@code date} is known on the as-of date; if not, the warning names it. */
    private static boolean known(LocalDate date, LocalDate asOf, Decision d, Supplier<io.iprules.Text> what) {
        if (date.isAfter(asOf)) {
            d.warn("warning.fact-after-as-of", what.get(), date, asOf);
            return false;
        }
        return true;
    }

    /**
     * Whether a year's fact (a year's interest, a year's registrations abroad) is known on the as-of date: it is once
     * its year is over (Subjects.yearEnd); if not, the warning says the year is not over, not that the fact is dated
     * on the year's last day.
     */
    private static boolean yearOver(int year, LocalDate asOf, Decision d, Supplier<io.iprules.Text> what) {
        if (Subjects.yearEnd(year).isAfter(asOf)) {
            d.warn("warning.year-not-over", what.get(), year, asOf);
            return false;
        }
        return true;
    }
}
