package io.iprules.beijing;

import io.iprules.PolicyDescription;
import io.iprules.Target;
import io.iprules.beijing.rules.Applicant;
import io.iprules.beijing.rules.CityFigure;
import io.iprules.beijing.rules.GreenChannelEntry;
import io.iprules.beijing.rules.InForceEnd;
import io.iprules.beijing.rules.LoanYear;
import io.iprules.beijing.rules.Loans;
import io.iprules.kit.Count;
import io.iprules.kit.Decision;
import io.iprules.kit.Figure;
import io.iprules.kit.Figures;
import io.iprules.kit.KitModule;
import io.iprules.kit.MessageCatalog;
import io.iprules.kit.Problems;
import io.iprules.kit.Spellings;
import io.iprules.kit.china.CreditCode;
import io.iprules.kit.china.PatentNumbers;
import io.iprules.spi.Evaluation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * beijing-2012: 北京市人民政府办公厅转发《关于加强知识产权工作推动战略性新兴产业发展的实施意见》(2012-12-14).
 * An enterprise ({@link BeijingEnterprise}, request key {@code applicant}): the §1(1) scope, the §2(4) green
 * channel's deadlines, §3(1) pledge-loan interest. The city ({@link BeijingCity}, key {@code city}): the §1(2)
 * targets for 2015.
 *
 * <p>A chunk of subjects shares one rule session ({@link #prepare}): every fact of a subject carries its
 * {@link Decision} and every rule joins on it, so subjects never meet in a rule. The green channel's working days
 * are counted on this engine's {@link #workingDayCalendar()}, inserted once per session for the rules: the rules
 * decide which entries run a deadline; the calendar only counts.
 */
public final class Beijing2012 extends KitModule {
    /** The policy id. */
    public static final String ID = "beijing-2012";

    /**
     * An enterprise: its §1(1) scope, §2(4) green-channel certificates and §3(1) pledge loans (request key
     * {@code applicant}): the typed entry point.
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static final io.iprules.PolicyKey<BeijingEnterprise> APPLICANT =
            io.iprules.PolicyKey.of(ID, "applicant", BeijingEnterprise.class);

    /** The city assessed against its 2015 targets of §1(2) (request key {@code city}). */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static final io.iprules.PolicyKey<BeijingCity> CITY = io.iprules.PolicyKey.of(ID, "city", BeijingCity.class);

    static final MessageCatalog MESSAGES = MessageCatalog.load(Beijing2012.class, "messages");

    /**
     * The most entries one list of an applicant may have: far above a real application, low enough that no
     * request makes an evaluation slow.
     */
    static final int MAX_ENTRIES = 1_000;
    /** Pledge-loan years: IP-pledge lending in China dates from the 1990s; a later year than this is a typo. */
    private static final int FIRST_YEAR = 1985;
    private static final int LAST_YEAR = 2100;

    /** Made by the service loader. */
    public Beijing2012() {
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * The end a deployment sets (BJ_IN_FORCE_UNTIL, the last day in force: reading in-force) cannot come before the
     * day the opinions took force: every fact would then be both before the start and after the end. Refused when the
     * engine starts, naming the value, rather than deciding every applicant out of force. Then the deployment's other
     * values ({@link #afterTheEnd}).
     */
    @Override
    public void checkParameters(PolicyDescription deployed) {
        List<io.iprules.ParameterValue> values = deployed.parameters().stream()
                .filter(p -> p.name().equals(InForceEnd.PARAMETER)).findFirst().orElseThrow().values();
        for (int i = 0; i < values.size(); i++) {
            io.iprules.ParameterValue v = values.get(i);
            LocalDate until = (LocalDate) io.iprules.ParameterUnit.DATE.parse(v.value());
            if (until.isBefore(deployed.inForceFrom())) {
                String at = ID + "." + InForceEnd.PARAMETER + "[" + i + "].value: ";
                throw new io.iprules.ConfigurationException(io.iprules.Text.bilingual(
                        at + until + " 早于本实施意见施行之日 " + deployed.inForceFrom() + "(" + deployed.inForceCitation()
                                + "):最后有效日不能早于施行之日",
                        at + until + " is before " + deployed.inForceFrom() + ", the day the opinions took force ("
                                + deployed.inForceCitation() + "): the last day in force cannot come before it"),
                        null, true);
            }
        }
        afterTheEnd(deployed, values);
    }

    /**
     * A value of another open parameter (the §3(1) rate: each is read on its fact's date) cannot take effect after
     * the opinions' last day in force (最后有效日, reading in-force): one from a day after every end an as-of date from
     * that day on reads (the end in force on that day and every later one) is read by no award, as a fact is known
     * only on an as-of date on or after it and one dated after the end is held back (AFTER_IN_FORCE); it would only
     * price an item held back, at a rate the opinions never had. A value from the end day itself is read (a year's
     * interest is dated at the year's end), and so is one from before the end's own {@code from} (an as-of date
     * before it reads no end), or one a later, moved end covers. The end's own values are read on the as-of date,
     * where a day after the end is meaningful: they are not held to it.
     *
     * @param ends BJ_IN_FORCE_UNTIL's values, oldest first (none set: nothing ends, nothing to check)
     */
    private static void afterTheEnd(PolicyDescription deployed, List<io.iprules.ParameterValue> ends) {
        for (io.iprules.ParameterInfo p : deployed.parameters()) {
            if (!p.open() || p.name().equals(InForceEnd.PARAMETER)) {
                continue;
            }
            for (int i = 0; i < p.values().size(); i++) {
                LocalDate from = p.values().get(i).from();
                int latest = -1; // the latest end any as-of date from `from` on reads
                LocalDate until = null;
                for (int k = 0; k < ends.size(); k++) {
                    boolean read = k + 1 == ends.size() || ends.get(k + 1).from().isAfter(from);
                    LocalDate end = (LocalDate) io.iprules.ParameterUnit.DATE.parse(ends.get(k).value());
                    if (read && (until == null || end.isAfter(until))) {
                        latest = k;
                        until = end;
                    }
                }
                if (latest < 0 || ends.get(0).from().isAfter(from) || !from.isAfter(until)) {
                    continue;
                }
                io.iprules.ParameterValue end = ends.get(latest);
                String at = ID + "." + p.name() + "[" + i + "].from: " + from;
                String which = InForceEnd.PARAMETER + "[" + latest + "]";
                throw new io.iprules.ConfigurationException(io.iprules.Text.bilingual(
                        at + " 晚于本实施意见最后有效日 " + until + "(" + which + ",自 " + end.from() + " 起,依据:"
                                + end.source() + "):取值不能在本实施意见终止之后生效,终止日之后的事项均不予补助;"
                                + "请删除该取值,如终止日已推迟,请为 " + InForceEnd.PARAMETER + " 设定推迟后的终止日",
                        at + " is after " + until + ", the last day the opinions are in force (" + which + ", from "
                                + end.from() + ", source: " + end.source() + "): a value cannot take effect after "
                                + "the opinions end, as nothing dated after the end is subsidised; remove it, or, if "
                                + "the end was moved, give " + InForceEnd.PARAMETER + " the later end"),
                        null, true);
            }
        }
    }

    /** §2(4)'s five working days are counted on the State Council's notices, a deployment's added years included. */
    @Override
    protected boolean usesWorkingDayCalendar() {
        return true;
    }

    /**
     * Validates the subject and prepares its facts for a rule session shared by a chunk of subjects: each fact
     * carries the subject's {@link Decision} ({@link Applicant}, {@link GreenChannelEntry}, {@link LoanYear},
     * {@link CityFigure}), which its rules take from it, and the calendar is given once per session
     * ({@link #sharedFacts}).
     */
    @Override
    protected Prepared prepare(Evaluation evaluation) {
        if (evaluation.subject() instanceof BeijingCity city) {
            return assess(city, evaluation);
        }
        BeijingEnterprise e = (BeijingEnterprise) evaluation.subject();
        Problems problems = Problems.root(evaluation.subjectKey());
        check(e, problems, evaluation.asOf());
        problems.throwIfAny();

        Decision d = Decision.start(evaluation, MESSAGES);
        InForceEnd end = end(d, evaluation);
        inForce(d, evaluation, end);
        // eligible: BJ_SEI_SCOPE met or an award due (readings.json: eligible)
        return new Prepared(d, knownFacts(e, evaluation.asOf(), d, end), r -> r.result(e.name())
                .eligible(r.conditionMet("BJ_SEI_SCOPE") || r.hasEligibleAward()).build());
    }

    /**
     * No rule of an enterprise matches the Decision itself: each takes it from its first fact ({@code $d : decision},
     * {@link io.iprules.kit.DecisionFact}). A city's Decision is a fact of its own ({@link #assess}).
     */
    @Override
    protected boolean decisionIsAFact() {
        return false;
    }

    /**
     * China's working-day calendar, which §2(4)'s deadlines are counted on: a constant of the engine, inserted once
     * per session and matched without a join to any applicant.
     */
    @Override
    protected List<?> sharedFacts(PolicyDescription policy) {
        return List.of(workingDayCalendar());
    }

    /**
     * The as-of date outside the period in force: before the start (policy.json), or after the end a deployment set
     * (BJ_IN_FORCE_UNTIL, {@code end}), the warning then naming the end and its source (reading in-force).
     */
    private static void inForce(Decision d, Evaluation evaluation, InForceEnd end) {
        PolicyDescription policy = evaluation.policy();
        d.warnIfNotInForce();
        if (policy.inForceOn(evaluation.asOf()) && end != null && evaluation.asOf().isAfter(end.until())) {
            d.warn("warning.after-in-force", evaluation.asOf(), policy.inForceFrom(), end.until(),
                    policy.inForceCitation(), end.source());
        }
    }

    /**
     * The end a deployment set (BJ_IN_FORCE_UNTIL, open: the text sets none), read on the as-of date with the source
     * it gave; {@code null} when not set, then nothing ends (reading in-force).
     */
    private static InForceEnd end(Decision d, Evaluation evaluation) {
        LocalDate until = d.getParameters().date(InForceEnd.PARAMETER, evaluation.asOf());
        if (until == null) {
            return null;
        }
        String source = d.getParameters().info(InForceEnd.PARAMETER).valueOn(evaluation.asOf()).orElseThrow().source();
        return new InForceEnd(d, until, source);
    }

    /**
     * §1(2) 本市战略性新兴产业……: the targets are Beijing's; a city request under another name is assessed as given,
     * with a warning (reading targets), as northeast-2017 says of a unit named as another province.
     */
    private static final java.util.Set<String> THE_CITY = java.util.Set.of("北京市", "北京");

    /**
     * §1(2): the city's figures against the 2015 targets, each figure paired with its target before the rules see
     * it; eligible only when all three are met.
     */
    private static Prepared assess(BeijingCity city, Evaluation evaluation) {
        Problems problems = Problems.root(evaluation.subjectKey());
        problems.required("name", city.name());
        List<Target> targets = evaluation.policy().targets();
        List<Figure> figures = List.of();
        if (problems.required("figures", city.figures())) {
            figures = Figures.read(city.figures(), targets, problems.at("figures"));
        }
        problems.throwIfAny();

        Decision d = Decision.start(evaluation, MESSAGES);
        inForce(d, evaluation, end(d, evaluation));
        if (!THE_CITY.contains(city.name().strip())) {
            d.warn("warning.city-name", city.name());
        }
        List<Object> facts = new ArrayList<>(figures.size() + 1);
        facts.add(d); // §1(2)'s 到2015年 warning is said once per city, on its Decision, not once per figure
        for (int i = 0; i < figures.size(); i++) {
            facts.add(new CityFigure(d, targets.get(i), figures.get(i))); // Figures.read: one per target, in order
        }
        return new Prepared(d, facts,
                r -> r.result(city.name()).eligible(r.allIndicatorsMet()).build());
    }

    /**
     * The facts known on the as-of date: a certificate whose file became complete after the as-of date, and a
     * loan year not over on it, are left out with a warning (adding a future fact never changes a decision); a
     * certificate issued after the as-of date is counted as not yet issued. The end a deployment set, when set, is a
     * fact of its own, for the rules to hold back what is dated after it. A Zhongguancun enterprise declared as not
     * registered in Beijing is warned of and evaluated as declared (reading pledge-loans).
     */
    private static List<Object> knownFacts(BeijingEnterprise e, LocalDate asOf, Decision d, InForceEnd end) {
        List<Object> facts = new ArrayList<>(2 + e.greenChannel().size() + e.pledgeLoans().size());
        facts.add(new Applicant(d, e));
        if (Boolean.TRUE.equals(e.zhongguancun()) && Boolean.FALSE.equals(e.registeredInBeijing())) {
            d.warn("warning.zhongguancun-not-in-beijing"); // reading pledge-loans: evaluated as declared
        }
        if (end != null) {
            facts.add(end);
        }
        for (GreenChannelRequest g : e.greenChannel()) {
            if (g.complete().isAfter(asOf)) {
                d.warn("warning.complete-after-as-of", g.subject(), g.complete(), asOf);
                continue;
            }
            if (g.issued() != null && g.issued().isAfter(asOf)) {
                d.warn("warning.issued-after-as-of", g.subject(), g.issued(), asOf);
            }
            facts.add(new GreenChannelEntry(d, g, end));
        }
        for (int i = 0; i < e.pledgeLoans().size(); i++) {
            PledgeLoan l = e.pledgeLoans().get(i);
            if (!yearOver(l, asOf)) { // the test check() asks zhongguancun by: the two cannot disagree
                d.warn("warning.loan-year-not-over", l.year(), l.bank(), asOf);
            } else {
                facts.add(new LoanYear(d, l));
            }
            // 每家银行每年 (reading pledge-loans): a name inside another of the same year may be one bank, a branch or
            // the bank's full name, whose year's interest listed under both would be subsidised twice
            Spellings.eachEarlierInsideAnother(e.pledgeLoans(), i, PledgeLoan::year, PledgeLoan::bank,
                    (earlier, loan) -> d.warn("warning.banks-alike", earlier.bank(), loan.bank(), loan.year()));
        }
        return facts;
    }

    /**
     * Every problem of the applicant, at its JSON path, as a checking builder finds them ({@link
     * BeijingEnterprise.Builder#build()}): it has no as-of date, so every pledge loan is counted, as an evaluation on a
     * date when every loan's year is over counts them (pledge loans of any year ask for zhongguancun).
     */
    static void check(BeijingEnterprise e, Problems p) {
        check(e, p, null);
    }

    /**
     * Every problem of the applicant, at its JSON path, evaluated as of {@code asOf}. Whether it is a Zhongguancun
     * enterprise is asked for only beside a loan-year {@link #knownFacts} takes, its year over on the as-of date
     * ({@link Loans#yearEnd}): a later year's interest is left out with a warning, and a fact not yet known never makes
     * a request an input error (reading in-force). A loan without a year, or with one outside 1985 to 2100, is counted
     * (its own problem is told, and it is not known to be later). The other checks stay whatever the dates: an entry
     * lacking what it needs, or contradicting another (one certificate or loan-year listed twice, written two ways, a
     * certificate issued before its file was complete), is a mistake in the request however late its fact, not a fact
     * unknown on the day.
     *
     * @param asOf the evaluation's as-of date; {@code null} for a checking builder, which counts every loan
     */
    static void check(BeijingEnterprise e, Problems p, LocalDate asOf) {
        boolean bounded = bounded("industries", e.industries(), p) & bounded("greenChannel", e.greenChannel(), p)
                & bounded("pledgeLoans", e.pledgeLoans(), p);
        if (!bounded) {
            return;
        }
        p.required("name", e.name());
        io.iprules.Text code = e.creditCode() == null ? null : CreditCode.problemText(e.creditCode()); // optional here
        if (code != null) {
            p.add("creditCode", code);
        }
        p.required("registeredInBeijing", e.registeredInBeijing());
        if (e.industries().isEmpty()) { // left out or [] (one to Java): "is required" read as if [] were not given
            p.add("industries", MESSAGES.text("problem.industries-required"));
        }
        Set<Industry> declared = EnumSet.noneOf(Industry.class);
        for (int i = 0; i < e.industries().size(); i++) {
            Industry industry = e.industries().get(i);
            if (industry == null) {
                p.at("industries").at(i).add(MESSAGES.text("problem.industry-required"));
            } else if (!declared.add(industry)) {
                p.at("industries").at(i).add(MESSAGES.text("problem.industry-twice", industry.name(), industry));
            }
        }
        // §3(1) is for Zhongguancun enterprises only: asked for when a loan-year is known on the as-of date
        if (e.zhongguancun() == null && anyLoanYearOver(e.pledgeLoans(), asOf)) {
            p.add("zhongguancun", MESSAGES.text("problem.zhongguancun-required"));
        }
        Set<CertificateFor> certificates = new HashSet<>();
        Spellings applications = applicationSpellings();
        // whatever its date: a certificate whose file is complete after the as-of date is left out by knownFacts, but
        // one lacking a part, listed twice or contradicting itself is a mistake in the request, and asks nothing else
        p.each("greenChannel", e.greenChannel(), (g, at) -> {
            at.required("certificate", g.certificate());
            if (at.required("subject", g.subject())) {
                if (g.certificate() != Certificate.PRIORITY_EXAMINATION) {
                    at.noSpaceAround("subject", g.subject());
                } else if (at.noSpace("subject", g.subject()) && stopAsTheOfficeWrites(g.subject(), at)) {
                    // an application number has no space of its own: ZL 2013 1 0000001.1, as a certificate prints
                    // it, is 201310000001.1 again, not another application with a certificate of its own (§2(4))
                    applications.oneWay("subject", g.subject(), at);
                    notAnInvention(g.subject(), at);
                }
            }
            at.required("complete", g.complete());
            if (g.complete() != null && g.issued() != null && g.issued().isBefore(g.complete())) {
                at.add("issued", MESSAGES.text("problem.issued-before-complete", g.complete()));
            }
            if (g.certificate() == Certificate.PRIORITY_EXAMINATION && g.subject() != null) {
                notBeforeApplied(g, at);
            }
            if (g.certificate() != null && g.subject() != null
                    && !certificates.add(new CertificateFor(g.certificate(), g.subject().strip()))) {
                at.add(MESSAGES.text("problem.certificate-twice", g.certificate().name(), g.subject(),
                        g.certificate()));
            }
        });
        Set<LoanOf> loans = new HashSet<>();
        Spellings banks = Spellings.ignoringWidthCaseSpacesAndSeparators(
                (written, first) -> MESSAGES.text("problem.loan-another-way", written, first));
        p.each("pledgeLoans", e.pledgeLoans(), (l, at) -> {
            // one bank's year, one matter: "北京银行 " would be another, and so would ＩＣＢＣ beside ICBC, or
            // 中国银行·北京分行 and 中国银行(北京分行) beside 中国银行北京分行, whose year had been subsidised twice
            boolean named = at.required("bank", l.bank());
            boolean oneWay = !(named && at.noSpaceAround("bank", l.bank())) || l.year() == null
                    || banks.oneWay("bank", l.bank() + "/" + l.year(), at); // told once: not as listed twice too
            at.required("pledge", l.pledge());
            at.required("interestPaid", l.interestPaid());
            // to the fen, as jiaxing-2012's: the subsidy is worked out from it
            at.yuan("interestPaid", l.interestPaid());
            if (at.required("year", l.year()) && (l.year() < FIRST_YEAR || l.year() > LAST_YEAR)) {
                at.add("year", MESSAGES.text("problem.year-range", FIRST_YEAR, LAST_YEAR, l.year()));
            }
            // a name with a space around it is the same bank ("北京银行 "): one matter per bank and year, not two
            if (named && oneWay && l.year() != null && !loans.add(new LoanOf(l.bank().strip(), l.year()))) {
                at.add(MESSAGES.text("problem.loan-twice", l.bank(), l.year()));
            }
        });
    }

    /**
     * Whether a loan's interest is known on {@code asOf}, as {@link #knownFacts} takes it: its year is over
     * ({@link Loans#yearEnd}, 31 December, on or before the as-of date). The year is given and in range (validated).
     */
    private static boolean yearOver(PledgeLoan l, LocalDate asOf) {
        return !Loans.yearEnd(l).isAfter(asOf);
    }

    /**
     * Whether any loan asks for zhongguancun on {@code asOf}: one whose year is over ({@link #yearOver}), or one with
     * no year in 1985 to 2100 (or none at all: its own problem is told); every loan when there is no as-of date (a
     * checking builder).
     */
    private static boolean anyLoanYearOver(List<PledgeLoan> loans, LocalDate asOf) {
        for (PledgeLoan l : loans) {
            if (asOf == null || l == null || l.year() == null || l.year() < FIRST_YEAR || l.year() > LAST_YEAR
                    || yearOver(l, asOf)) {
                return true;
            }
        }
        return false;
    }

    private record CertificateFor(Certificate certificate, String subject) {
    }

    /**
     * One application, one priority-examination certificate (§2(4) 出具发明专利优先审查证明): its number written two
     * ways (201310000001.1 and 2013100000011, or with the office's ZL, in full width; a middle dot or a hyphen for its
     * full stop is refused before, {@link #stopAsTheOfficeWrites}) had two certificates reported,
     * one kept in time and one late. Only this certificate's subject is an application number by its nature; the
     * other certificate's subject is compared as written. One written twice the same way is told as listed twice.
     */
    private static Spellings applicationSpellings() {
        return Spellings.keyedBy(n -> n, PatentNumbers::same,
                (written, first) -> MESSAGES.text("problem.application-another-way", written, first));
    }

    /**
     * §2(4) 出具发明专利优先审查证明: an application's number has the office's full stop before its check character;
     * 201310000001·1 or 201310000001-1, a middle dot or a hyphen where it stands ({@link
     * PatentNumbers#stopWrittenOtherwise}), had been another application beside 201310000001.1, its certificate
     * reported late beside the one on time. Refused, saying the office writes '.', as a space in it is; alone too, as
     * the number is not written as the office writes it (width and letter case are not asked of it here).
     *
     * @return whether {@code subject} has no full stop written otherwise
     */
    private static boolean stopAsTheOfficeWrites(String subject, Problems at) {
        int stop = PatentNumbers.stopWrittenOtherwise(subject);
        if (stop < 0) {
            return true;
        }
        at.add("subject", MESSAGES.text("problem.application-stop", subject,
                subject.substring(0, stop) + '.' + subject.substring(stop + 1), String.valueOf(subject.charAt(stop))));
        return false;
    }

    private record LoanOf(String bank, int year) {
    }

    private static boolean bounded(String field, List<?> list, Problems p) {
        if (list.size() > MAX_ENTRIES) {
            p.add(field, MESSAGES.text("problem.list-too-long", new Count(list.size()), new Count(MAX_ENTRIES)));
            return false;
        }
        return true;
    }
    /**
     * §2(4) 在企业申请文件齐备的条件下…出具发明专利优先审查证明: the file asks priority examination of an application
     * already filed, so it is complete, and its certificate issued, no earlier than the year the application's number
     * says it was filed (申请年号, ZC 0006-2003). Application 201310000001.1 complete on 2012-12-13 had no deadline (before
     * the opinions took force) where a slip of one year gave it one: refused at complete, naming the year the number
     * gives; at issued where no completion date is given (one is before its completion date otherwise, and told so).
     * A number of no known shape is not checked.
     */
    private static void notBeforeApplied(GreenChannelRequest g, Problems at) {
        java.util.OptionalInt applied = PatentNumbers.applicationYear(g.subject());
        if (applied.isEmpty()) {
            return;
        }
        if (g.complete() != null) {
            if (g.complete().getYear() < applied.getAsInt()) {
                at.add("complete", MESSAGES.text("problem.complete-before-applied", g.complete(), applied.getAsInt(),
                        g.subject()));
            }
        } else if (g.issued() != null && g.issued().getYear() < applied.getAsInt()) {
            at.add("issued", MESSAGES.text("problem.issued-before-applied", g.issued(), applied.getAsInt(),
                    g.subject()));
        }
    }

    /**
     * §2(4) 出具发明专利优先审查证明: the certificate is an invention application's; an application number whose kind
     * digit says a utility model or a design ({@code 201320000001.5}, {@code 201330000001.X}; ZC 0006-2003) cannot have
     * one, and its deadline would be counted for nothing the clause covers. A number of no known shape is taken as
     * written.
     */
    private static void notAnInvention(String subject, Problems at) {
        PatentNumbers.kindOf(subject)
                .filter(k -> k != PatentNumbers.Kind.INVENTION)
                .ifPresent(k -> at.add("subject", MESSAGES.text("problem.priority-examination-not-invention", subject,
                        k == PatentNumbers.Kind.DESIGN
                                ? io.iprules.Text.bilingual("外观设计", "design")
                                : io.iprules.Text.bilingual("实用新型", "utility model"))));
    }
}
