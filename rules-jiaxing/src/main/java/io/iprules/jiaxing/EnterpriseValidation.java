package io.iprules.jiaxing;

import io.iprules.jiaxing.rules.JiaxingAward;
import io.iprules.jiaxing.rules.Subjects;
import io.iprules.kit.Count;
import io.iprules.kit.china.CreditCode;
import io.iprules.kit.china.PatentNumbers;
import io.iprules.kit.Problems;
import io.iprules.kit.Spellings;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Checks a {@link JiaxingEnterprise} before evaluation: every problem, at its JSON path. */
final class EnterpriseValidation {
    /** Patents last twenty years: no more annual fees than that. */
    private static final int MAX_ANNUAL_FEES = 20;
    /** China's patent law dates from 1985; a later year than this is a typing error. */
    private static final int FIRST_YEAR = 1985;
    private static final int LAST_YEAR = 2100;
    /**
     * The most entries one list of an applicant may have. Far above a real application (a handful of recognitions,
     * the patents of even a large enterprise in the hundreds), and low enough that no request makes an evaluation
     * slow: the entries of one matter (all recognitions, one year's export trademarks) are weighed against each
     * other, at a cost that grows with the square of their number (measured: 3,000 export trademarks of one year
     * took 5–7 s, 60,000 took 7 minutes; 1,000 take under a second).
     */
    static final int MAX_ENTRIES = 1_000;

    /** A level and day whose standards met so far all have numbers ({@link #standards}). */
    private static final Problems NUMBERED = Problems.root("");

    private EnterpriseValidation() {
    }

    /** The problems of {@code e} on its own, as a checking builder gives it: no as-of date, no {@link SubjectForms}. */
    static void check(JiaxingEnterprise e, Problems p) {
        check(e, p, null);
    }

    /**
     * Every problem of {@code e}, at its path in {@code p}, evaluated as {@code ev} says (null: on its own). A payment
     * that counts under §7(1) (Jiaxing2012.counts) and a claim are held to name their item in the form the request
     * writes it, of the items known on the as-of date ({@link SubjectForms}); a payment that does not count is left
     * out with a warning, whatever it says.
     *
     * <p>What a request must give because of its entries is asked for only because of the entries known on the
     * as-of date (reading in-force: a fact dated after it is left out with a warning, so adding one never changes a
     * decision): {@code sme} beside pledge loans, a brand honour's name beside other honours, a standard's number
     * beside another of its level and day. A fact is known as {@code Jiaxing2012.knownFacts} takes it: dated on or
     * before the as-of date, a year's figure once its year is over; an entry whose date is missing or out of range is
     * counted (its own problem is told, and is not known to be later). The other checks stay whatever the dates: an
     * entry lacking what it needs, written as no entry may be, or contradicting another (one patent listed twice, one
     * brand written two ways, a year's two export figures, an award before its patent's grant) is a mistake in the
     * request however late its fact, not a fact unknown on the day. Without {@code ev} (a checking builder, which has
     * no as-of date) every entry is counted, as an evaluation on a date when all are known counts them.
     */
    static void check(JiaxingEnterprise e, Problems p, io.iprules.spi.Evaluation ev) {
        LocalDate asOf = ev == null ? null : ev.asOf();
        boolean bounded = bounded("recognitions", e.recognitions(), p) & bounded("patents", e.patents(), p)
                & bounded("patentAwards", e.patentAwards(), p) & bounded("brandHonours", e.brandHonours(), p)
                & bounded("pledgeLoans", e.pledgeLoans(), p) & bounded("standards", e.standards(), p)
                & bounded("exportTrademarks", e.exportTrademarks(), p) & bounded("paidSubsidies", e.paidSubsidies(), p)
                & bounded("otherPolicyClaims", e.otherPolicyClaims(), p)
                & bounded("patentInfoPlatforms", e.patentInfoPlatforms(), p);
        if (!bounded) {
            return; // one problem per oversized list, not one per entry of it (its size, whatever their dates)
        }
        p.required("name", e.name());
        io.iprules.Text code = CreditCode.problemText(e.creditCode());
        if (code != null) {
            p.add("creditCode", code);
        }
        // whether it is an SME decides a loan-year's interest subsidy (§6(5)2): asked for when one is known
        if (e.sme() == null && anyLoanYearOver(e.pledgeLoans(), asOf)) {
            p.add("sme", problem("problem.sme-for-pledge"));
        }
        p.each("recognitions", e.recognitions(), (r, at) -> {
            at.required("type", r.type());
            at.required("date", r.date());
        });
        // one method per part, each compiled on its own: as one method, C2's inlining budget (DesiredMethodLimit) ran
        // out halfway and every later list's lambda was made through the method-handle slow path (no gain measured
        // beyond the noise of one machine, but no part's check is compiled worse than another's)
        Written written = new Written();
        patents(e, written.patents, p);
        brandsAndLoans(e, asOf, written, p);
        standards(e, asOf, written.standards, p);
        paymentsAndClaims(e, written, ev, p);
    }

    /**
     * §6(5)1 pays a patent's grant by its kind (发明, 实用新型, 外观设计), which the request gives beside its number; the
     * number says it too, by its kind digit (申请种类号, ZC 0006-2003: the fifth of 12 digits, the third of 8). A kind the
     * number contradicts (a utility model's ZL201320000001.X given as an invention) would be paid another kind's
     * amount: refused, naming both. A number of no known shape is taken as written.
     */
    private static void kindAsNumbered(Patent pt, Problems at) {
        io.iprules.kit.china.PatentNumbers.kindOf(pt.number())
                .map(numbered -> PatentKind.valueOf(numbered.name())) // the kit's kinds are named as this module's
                .filter(numbered -> numbered != pt.kind())
                .ifPresent(numbered -> at.add("kind", problem("problem.kind-not-as-numbered", pt.kind().name(),
                        pt.number(), numbered.name(), pt.kind(), numbered)));
    }

    /**
     * §7(3) dates a grant or an award against 2012-11-05, and a patent is granted, and a China Patent Award given for
     * it, no earlier than it was applied for, in the year its number says (申请年号, ZC 0006-2003). ZL201310001234.5
     * granted on 2012-01-01 was excluded as before the policy took force, where a slip of the date's year (or the
     * number's) moved the award across that line: refused, naming the year the number gives. A number of no known
     * shape is not checked.
     *
     * @return whether the date is not before that year (or the number gives none)
     */
    private static boolean notBeforeApplied(String number, String field, LocalDate date, String message,
            Problems at) {
        java.util.OptionalInt applied = PatentNumbers.applicationYear(number);
        if (applied.isPresent() && date.getYear() < applied.getAsInt()) {
            at.add(field, problem(message, date, applied.getAsInt(), number));
            return false;
        }
        return true;
    }

    /**
     * §6(5)4 对被国家知识产权局授予中国专利金奖和优秀奖的专利项目: a China Patent Award is given to a granted patent, so
     * one dated before the grant date the request gives its patent (ZL201310001234.5 granted 2014-05-01, its gold award
     * dated 2013-12-01) contradicts it, and had been paid 300,000: refused at the award's date, naming the patent's
     * grant date. The patent is the one of {@code patents} whose number the award writes as it is written there (a
     * number written another way is refused as such); an award for a patent the request does not list is not checked.
     */
    private static void notBeforeGranted(PatentAward a, Map<String, Integer> listedAt, List<Patent> patents,
            Problems at) {
        Integer i = listedAt.get(a.patent());
        LocalDate granted = i == null ? null : patents.get(i).grantDate();
        if (granted != null && a.date().isBefore(granted)) {
            at.add("date", problem("problem.awarded-before-granted", a.date(), granted, a.patent(), i));
        }
    }

    /** Where each patent number is first listed in {@code patents}, as written; none when no award asks. */
    private static Map<String, Integer> listedAt(List<Patent> patents, List<PatentAward> awards) {
        if (awards.isEmpty() || patents.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < patents.size(); i++) {
            Patent pt = patents.get(i);
            if (pt != null && pt.number() != null) {
                at.putIfAbsent(pt.number(), i);
            }
        }
        return at;
    }

    private static void patents(JiaxingEnterprise e, Spellings spellings, Problems p) {
        Seen patentNumbers = new Seen();
        p.each("patents", e.patents(), (pt, at) -> {
            // a patent number has no space of its own: ZL 201310000001.1 is refused, not another patent paid again
            if (at.required("number", pt.number()) && at.noSpace("number", pt.number())
                    && noFeeSeparator(pt.number(), at) && asWritten("number", pt.number(), at)
                    && spellings.oneWay("number", pt.number(), at) && !patentNumbers.firstTime(pt.number())) {
                at.add("number", problem("problem.patent-twice", pt.number()));
            }
            if (at.required("kind", pt.kind()) && pt.number() != null) {
                kindAsNumbered(pt, at);
            }
            if (at.required("grantDate", pt.grantDate()) && pt.number() != null) {
                notBeforeApplied(pt.number(), "grantDate", pt.grantDate(), "problem.granted-before-applied", at);
            }
            if (pt.kind() == PatentKind.INVENTION && pt.field() == null) {
                at.add("field", problem("problem.invention-field"));
            }
            if (pt.strategicEmergingInvention() && pt.annualFeesPaid() == null && pt.annualFeeDates().isEmpty()) {
                at.add("annualFeesPaid", problem("problem.annual-fees-required"));
            }
            feeDates(pt, at);
            if (pt.annualFeesPaid() != null && (pt.annualFeesPaid() < 0 || pt.annualFeesPaid() > MAX_ANNUAL_FEES)) {
                at.add("annualFeesPaid", problem("problem.annual-fees-range", MAX_ANNUAL_FEES, pt.annualFeesPaid()));
            }
        });
        Seen awards = new Seen();
        Map<String, Integer> listedAt = listedAt(e.patents(), e.patentAwards());
        p.each("patentAwards", e.patentAwards(), (a, at) -> {
            // one patent, one matter (§7(1)): ZL 2011… or ＺＬ2011… would be another
            if (at.required("patent", a.patent()) && at.noSpace("patent", a.patent())
                    && asWritten("patent", a.patent(), at)) {
                spellings.oneWay("patent", a.patent(), at);
            }
            at.required("award", a.award());
            // one problem of the date: an award dated before the application's year is before any grant of it too
            if (at.required("date", a.date()) && a.patent() != null
                    && notBeforeApplied(a.patent(), "date", a.date(), "problem.awarded-before-applied", at)) {
                // whatever the grant's date: an award before it contradicts the request's own date, not a later fact
                notBeforeGranted(a, listedAt, e.patents(), at);
            }
            if (a.patent() != null && a.award() != null && !awards.firstTime(a.patent().strip() + "|" + a.award())) {
                at.add(problem("problem.patent-award-twice", a.award().name(), a.patent(), a.award()));
            }
        });
    }

    /**
     * Whether a fact dated {@code date} counts as known on {@code asOf} for what it asks of the request: dated on or
     * before it, or without a date (its own problem is told); every fact when there is no as-of date (a checking
     * builder).
     */
    private static boolean known(LocalDate date, LocalDate asOf) {
        return asOf == null || date == null || !date.isAfter(asOf);
    }

    /** {@link #known} for a year's figure: its year over on {@code asOf} (Subjects.yearEnd), or no year in range. */
    private static boolean yearOver(Integer year, LocalDate asOf) {
        return asOf == null || year == null || year < FIRST_YEAR || year > LAST_YEAR
                || !Subjects.yearEnd(year).isAfter(asOf);
    }

    private static boolean anyLoanYearOver(List<PledgeLoan> loans, LocalDate asOf) {
        for (PledgeLoan l : loans) {
            if (l == null || yearOver(l.year(), asOf)) {
                return true;
            }
        }
        return false;
    }

    private static void brandsAndLoans(JiaxingEnterprise e, LocalDate asOf, Written written, Problems p) {
        Seen honours = new Seen();
        // the honours known on the as-of date: a later one is left out, and neither needs nor asks for a name
        int counted = 0;
        for (BrandHonour h : e.brandHonours()) {
            counted += h == null || known(h.date(), asOf) ? 1 : 0;
        }
        int several = counted;
        p.each("brandHonours", e.brandHonours(), (h, at) -> {
            // one brand, one matter: "禾牌 " would be another
            boolean spacedRight = at.noSpaceAround("name", h.name());
            at.required("type", h.type());
            at.required("date", h.date());
            if (Problems.blankOrNull(h.name())) { // a no-break space alone is no name either (String.isBlank: it is)
                // one brand's honours are one matter (reading brand-honours): whether two honours without a name are
                // one brand cannot be told, and taking them as two had paid one matter twice
                if (several > 1 && known(h.date(), asOf)) {
                    at.add("name", problem("problem.honour-name-required", new Count(several)));
                }
            } else if ((!spacedRight || written.brands.oneWay("name", h.name(), at)) && h.type() != null
                    && !honours.firstTime(h.type() + "|" + h.name().strip())) {
                // whatever its date: one brand holds one honour of a type, and a second is the first listed again
                // HECHENG and ＨＥＣＨＥＮＧ are one brand, told as written another way, not as listed twice as well
                at.add("name", problem("problem.honour-twice", h.name(), h.type().name(), h.type()));
            }
        });
        Seen loans = new Seen();
        p.each("pledgeLoans", e.pledgeLoans(), (l, at) -> {
            boolean spacedRight = at.required("bank", l.bank()) && at.noSpaceAround("bank", l.bank());
            at.required("interestPaid", l.interestPaid());
            at.yuan("interestPaid", l.interestPaid());
            if (at.required("year", l.year())) {
                year(l.year(), at);
            }
            // ICBC/2013 and ＩＣＢＣ/2013 are one bank's year, told as written another way, not as listed twice as well
            if (l.bank() != null && l.year() != null
                    && (!spacedRight || written.loans.oneWay("bank", Subjects.of(l), at))
                    && !loans.firstTime(l.bank().strip() + "/" + l.year())) {
                at.add(problem("problem.loan-twice", l.bank(), l.year()));
            }
        });
    }

    private static void standards(JiaxingEnterprise e, LocalDate asOf, Spellings standardSpellings, Problems p) {
        Seen standards = new Seen();
        // per level and day: the first standard of it without a number (its problems), or NUMBERED where every one met
        // has a number; a standard with a number and one without, of one level and day, cannot be told apart either
        Map<String, Problems> levelDays = new HashMap<>();
        p.each("standards", e.standards(), (s, at) -> {
            at.required("level", s.level());
            // told as one standard written another way, not as listed twice as well
            boolean oneWay = !at.noSpaceAround("number", s.number()) || Problems.blankOrNull(s.number())
                    || standardSpellings.oneWay("number", s.number(), at);
            at.required("role", s.role());
            at.required("published", s.published());
            if (!oneWay || s.level() == null || s.published() == null) {
                return;
            }
            boolean numbered = !Problems.blankOrNull(s.number()); // "\u00a0" is no number either
            // a standard published after the as-of date is left out: two of one level and day (known, or not, together)
            // need no number to be told apart until then; one number listed twice is one standard twice, whenever
            if (!numbered && !known(s.published(), asOf)) {
                return;
            }
            if (!standards.firstTime(Subjects.of(s))) {
                // a number given twice is one standard listed twice, not two standards of one level and day wanting
                // their numbers (GB/T 1-2013 as national and again as industry standard was told to give its number)
                at.add("number", numbered ? problem("problem.standard-twice", s.number()) : numberRequired(s));
                return;
            }
            // QB/T 4567-2014 and an industry standard of that day without a number were two standards, each paid
            String day = s.level().name() + "/" + s.published();
            Problems before = levelDays.get(day);
            if (before == null) {
                levelDays.put(day, numbered ? NUMBERED : at);
            } else if (!numbered) {
                at.add("number", numberRequired(s));
            } else if (before != NUMBERED) {
                before.add("number", numberRequired(s));
                levelDays.put(day, NUMBERED); // told once
            }
        });
    }

    /** The number a standard needs to be told apart from another of its level and day. */
    private static io.iprules.Text numberRequired(Standard s) {
        return problem("problem.standard-number-required", s.level().name(), s.level(), s.published());
    }

    private static void paymentsAndClaims(JiaxingEnterprise e, Written written, io.iprules.spi.Evaluation ev,
            Problems p) {
        p.each("exportTrademarks", e.exportTrademarks(), (x, at) -> {
            at.required("mark", x.mark());
            if (at.required("country", x.country()) && MAINLAND_CHINA.contains(countryKey(x.country()))) {
                at.add("country", problem("problem.export-country-mainland", x.country()));
            }
            if (at.required("year", x.year())) {
                year(x.year(), at);
            }
            at.required("exports", x.exports());
            at.yuan("exports", x.exports());
        });
        // whatever the year: two figures of one year's exports contradict each other, known on the as-of date or not
        exportsOncePerYear(e.exportTrademarks(), p);
        // before the payments and claims, which may name a platform
        Seen platforms = new Seen();
        p.each("patentInfoPlatforms", e.patentInfoPlatforms(), (pl, at) -> {
            if (at.required("name", pl.name()) && at.noSpaceAround("name", pl.name())
                    && written.platforms.oneWay("name", pl.name(), at) && !platforms.firstTime(pl.name())) {
                at.add("name", problem("problem.platform-twice", pl.name()));
            }
            at.required("opened", pl.opened());
        });
        Seen payments = new Seen();
        p.each("paidSubsidies", e.paidSubsidies(), (s, at) -> {
            boolean named = award(s.code(), s.subject(), at);
            if (at.noSpaceAround("subject", s.subject())) {
                asWrittenBefore(s.code(), s.subject(), written, at);
                // LOCAL/2013-04-01 paid, DB33/T 2-2013 of that day listed: the standard had been paid again
                if (ev != null && named && s.date() != null && SubjectForms.concerns(s.code())
                        && Jiaxing2012.counts(e, s, ev)) {
                    SubjectForms.check(e, s.code(), s.subject(), s.date(), ev.asOf(), at);
                }
            }
            at.required("date", s.date());
            // to the fen, as every amount: a top-up or a cumulative limit subtracts it (49,999.995 paid had made a
            // top-up of 250,000.01, and a cumulative limit an internal error)
            at.yuan("amount", s.amount());
            // one payment recorded twice was subtracted twice from a top-up (50,000 paid, 100,000 taken off); without
            // an amount nothing is subtracted, and a payment said twice is said once
            if (named && s.date() != null && s.amount() != null && !payments.firstTime(s.code() + "|"
                    + (s.subject() == null ? "" : s.subject().strip()) + "|" + s.date() + "|"
                    + s.amount().stripTrailingZeros().toPlainString())) {
                at.add(s.subject() == null ? problem("problem.payment-twice", s.code(), s.date())
                        : problem("problem.payment-for-subject-twice", s.code(), s.date(), s.subject()));
            }
        });
        p.each("otherPolicyClaims", e.otherPolicyClaims(), (c, at) -> {
            award(c.code(), c.subject(), at);
            if (at.noSpaceAround("subject", c.subject())) {
                asWrittenBefore(c.code(), c.subject(), written, at);
                int fee = feeNotSubsidised(c.code(), c.subject());
                if (fee > 0) {
                    at.add("subject", problem("problem.claim-fee-not-subsidised", c.subject().substring(0,
                            c.subject().indexOf('/')), fee, FeesCovered.COUNT));
                }
                if (ev != null && SubjectForms.concerns(c.code())) {
                    // a claim has no date: any item known on the as-of date may be meant
                    SubjectForms.check(e, c.code(), c.subject(), null, ev.asOf(), at);
                }
            }
            // a claim is under another policy line (其他条线政策); one naming this policy had held its own award back
            if (at.required("policy", c.policy()) && c.policy().strip().equalsIgnoreCase(Jiaxing2012.ID)) {
                at.add("policy", problem("problem.claim-under-this-policy", c.policy()));
            }
        });
        oneChoicePerMatter(e.otherPolicyClaims(), p.at("otherPolicyClaims"));
    }

    /**
     * Whether two claims of one matter choose two policies (reading other-policy-line): two choices that differ, but
     * OTHER beside none under another line (the OTHER claim's policy is the one chosen), or OTHER under two lines.
     */
    private static boolean twoPolicies(OtherPolicyClaim a, OtherPolicyClaim b) {
        boolean sameLine = sameLine(a.policy(), b.policy());
        if (a.choice() == b.choice()) {
            return a.choice() == PolicyChoice.OTHER && !sameLine;
        }
        boolean otherBesideNone = a.choice() == PolicyChoice.OTHER && b.choice() == null
                || b.choice() == PolicyChoice.OTHER && a.choice() == null;
        return !(otherBesideNone && !sameLine);
    }

    /**
     * Whether two claims name one policy line, as the module compares its other free text: width, case and spaces
     * aside (嘉政发〔２００９〕６６号 is 嘉政发〔2009〕66号, as the repealed-policy warning reads it; a trailing space is no
     * other line). A blank line is told at its own field.
     */
    private static boolean sameLine(String a, String b) {
        return a == null || b == null ? Objects.equals(a, b) : Spellings.asCompared(a).equals(Spellings.asCompared(b));
    }

    /**
     * §7(1) 同一事项涉及其他条线政策的,由企事业单位选择一个政策执行: one choice per matter (reading other-policy-line).
     * Claims whose matters meet (one matter, as JiaxingAward reads it: the four patent-enterprise tiers are one; or a
     * patent's annual fees and one of them) contradict each other where they choose two policies: THIS beside OTHER
     * (OTHER had excluded the item and the THIS claim was silently ignored), OTHER under two other policies, or a
     * choice beside none (not chosen yet) under the same policy line or where the choice is THIS (this policy over
     * one line, another line still open). OTHER beside none under another line is no contradiction: the policy
     * chosen is the OTHER claim's, which decides the item here whatever the other line's claim says. Each such
     * claim is told at its choice, naming the first claim of the matter it contradicts (a claim has no date).
     */
    private static void oneChoicePerMatter(List<OtherPolicyClaim> claims, Problems at) {
        if (claims.size() < 2) {
            return;
        }
        String[] matters = new String[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            OtherPolicyClaim c = claims.get(i);
            JiaxingAward a = c == null || c.code() == null ? null : JiaxingAward.byCode(c.code());
            // a claim whose code or subject is wanting is told so, and so is one of an annual fee this policy does not
            // pay (feeNotSubsidised): it names no matter to contradict
            matters[i] = a == null || a.perSubject() && Problems.blankOrNull(c.subject())
                    || feeNotSubsidised(c.code(), c.subject()) > 0 ? null : a.matter(c.subject());
        }
        for (int i = 1; i < claims.size(); i++) {
            for (int j = 0; matters[i] != null && j < i; j++) {
                OtherPolicyClaim c = claims.get(i);
                OtherPolicyClaim first = claims.get(j);
                if (matters[j] != null && twoPolicies(c, first) && (JiaxingAward.within(matters[i], matters[j])
                        || JiaxingAward.within(matters[j], matters[i]))) {
                    if (c.choice() == PolicyChoice.OTHER && first.choice() == PolicyChoice.OTHER) {
                        at.at(i).add("choice", problem("problem.claims-other-two-policies", c.policy(),
                                at.at(j).path(), first.code(), first.policy()));
                    } else {
                        String key = c.choice() == null ? "problem.claim-without-choice-beside-one"
                                : first.choice() == null ? "problem.claim-choice-beside-none"
                                : "problem.claim-choices-differ";
                        at.at(i).add("choice", problem(key, c.choice() == null ? "" : c.choice().name(),
                                at.at(j).path(), first.code(), first.choice() == null ? "" : first.choice().name()));
                    }
                    break;
                }
            }
        }
    }

    /**
     * The dates of a patent's annual fees, when given: one per fee paid (they must agree with annualFeesPaid when
     * both are given), none missing, and in the order they were paid.
     */
    private static void feeDates(Patent pt, Problems at) {
        List<LocalDate> dates = pt.annualFeeDates();
        if (dates.isEmpty()) {
            return;
        }
        if (dates.size() > MAX_ANNUAL_FEES) {
            at.add("annualFeeDates", problem("problem.fee-dates-too-many", new Count(dates.size()), MAX_ANNUAL_FEES));
            return;
        }
        if (pt.annualFeesPaid() != null && pt.annualFeesPaid() != dates.size()) {
            at.add("annualFeeDates", problem("problem.fee-dates-count", new Count(dates.size()),
                    new Count(pt.annualFeesPaid())));
        }
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i) == null) {
                at.at("annualFeeDates").at(i).add(problem("problem.fee-date-required", i + 1));
            } else if (i > 0 && dates.get(i - 1) != null && dates.get(i).isBefore(dates.get(i - 1))) {
                at.at("annualFeeDates").at(i).add(problem("problem.fee-date-order", i + 1, dates.get(i), i,
                        dates.get(i - 1)));
            }
        }
    }

    /**
     * The keys of one list's entries seen so far, to find an entry given twice: most lists have one entry or none,
     * and then no set is made (every applicant is checked).
     */
    private static final class Seen {
        private String first;
        private Set<String> all;

        /**
         * Whether {@code key} is seen for the first time, spaces around it aside: "北京银行 " is the bank "北京银行",
         * and two entries for it would be one matter paid twice.
         */
        boolean firstTime(String written) {
            String key = written.strip();
            if (first == null) {
                first = key;
                return true;
            }
            if (all == null) {
                all = new HashSet<>();
                all.add(first);
            }
            return all.add(key);
        }
    }

    /**
     * Mainland China as a request may name it for an export trademark's {@code country}, each written as
     * {@link #countryKey} reads it (ISO 3166 CN and CHN, English, simplified and traditional Chinese). §6(5)5 rewards a
     * mark registered 在产品出口国(地区), in the country or region the products are exported to: mainland China, where
     * the enterprise makes them, is none, and a mark registered there was rewarded as registered abroad. Hong Kong,
     * Macao and Taiwan are regions (地区) and are not on the list, nor is any name with them in it (中国香港, Taiwan,
     * China). The one place this list is written.
     */
    private static final Set<String> MAINLAND_CHINA = Set.of("CN", "CHN", "CHINA", "PRC", "PRCHINA",
            "PEOPLESREPUBLICOFCHINA", "THEPEOPLESREPUBLICOFCHINA", "MAINLANDCHINA", "CHINAMAINLAND", "CHINESEMAINLAND",
            "中国", "中国大陆", "中国内地", "大陆", "内地", "国内", "境内", "中华人民共和国", "中國", "中國大陸", "中華人民共和國");

    /**
     * A country as {@link #MAINLAND_CHINA} lists it: compatibility forms as their characters (NFKC: ＣＮ as CN), upper
     * case, letters and digits alone (P.R.C., People's Republic of China and 中国 (大陆) as PRC,
     * PEOPLESREPUBLICOFCHINA and 中国大陆).
     */
    private static String countryKey(String country) {
        return java.text.Normalizer.normalize(country, java.text.Normalizer.Form.NFKC)
                .toUpperCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * §6(5)5 年度出口达到一定数额以上的企业: the exports are the enterprise's for the year, one figure however many marks
     * and countries; two figures for one year would have it both below the threshold and reaching it.
     */
    private static void exportsOncePerYear(java.util.List<ExportTrademark> entries, Problems p) {
        if (entries.size() < 2) {
            return;
        }
        java.util.Map<Integer, Integer> firstOfYear = new java.util.HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            ExportTrademark x = entries.get(i);
            if (x == null || x.year() == null || x.exports() == null) {
                continue;
            }
            Integer first = firstOfYear.putIfAbsent(x.year(), i);
            if (first != null && entries.get(first).exports().compareTo(x.exports()) != 0) {
                p.at("exportTrademarks").at(i).add("exports", problem("problem.exports-differ", x.year(),
                        new io.iprules.kit.Yuan(entries.get(first).exports()), first));
            }
        }
    }

    private static boolean bounded(String field, java.util.List<?> list, Problems p) {
        if (list.size() > MAX_ENTRIES) {
            p.add(field, problem("problem.list-too-long", new Count(list.size()), new Count(MAX_ENTRIES)));
            return false;
        }
        return true;
    }

    private static void year(int year, Problems at) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            at.add("year", problem("problem.year-range", FIRST_YEAR, LAST_YEAR, year));
        }
    }

    /**
     * The award codes in the order the policy's provisions list them (policy.json), not an enum's declaration order:
     * read once, when a request first names an unknown code.
     */
    private static final class AwardCodes {
        static final java.util.List<String> IN_TEXT_ORDER = inTextOrder();

        private static java.util.List<String> inTextOrder() {
            java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
            for (io.iprules.Provision p : io.iprules.kit.PolicyFiles.describe(Jiaxing2012.class).provisions()) {
                for (String c : p.codes()) {
                    if (JiaxingAward.byCode(c) != null) {
                        codes.add(c);
                    }
                }
            }
            codes.addAll(JiaxingAward.codes()); // any the provisions do not list (none today) come last
            return java.util.List.copyOf(codes);
        }
    }

    /**
     * A patent number without the '/' that separates a patent from its k-th annual fee ({@code NUMBER/k}, as
     * payments and claims name a fee): ZL…/1 beside ZL… had the payment for ZL…'s fees take ZL…/1's as paid too.
     */
    private static boolean noFeeSeparator(String number, Problems at) {
        // a full-width ／ too: told as a '/' here, not turned into one by asWritten's suggestion
        int slash = Math.max(number.lastIndexOf('/'), number.lastIndexOf('\uff0f'));
        if (slash < 0) {
            return true;
        }
        at.add("number", problem("problem.patent-number-slash", number, number.substring(0, slash)));
        return false;
    }

    /**
     * A patent number as the office writes it: half-width capitals, digits and full stop. ＺＬ２０１３…, zl2013… or
     * ZL2013…。1 beside ZL2013….1 was another patent, its grant paid again although a payment for ZL2013….1 excluded
     * that one (one patent, one matter, §7(1)); so was ZL2013…·1 or ZL2013…-1, its full stop written as a middle dot
     * or a hyphen, which is told so, with the office's '.'.
     */
    private static boolean asWritten(String field, String number, Problems at) {
        String written = PatentNumbers.asTheOfficeWrites(number);
        if (written.equals(number)) {
            return true;
        }
        int stop = PatentNumbers.stopWrittenOtherwise(number);
        at.add(field, stop >= 0
                ? problem("problem.patent-number-stop", number, written, String.valueOf(number.charAt(stop)))
                : problem("problem.patent-number-width", number, written));
        return false;
    }

    /**
     * The items of a request that a number or a name identifies, each as the request first wrote it, by kind: its
     * patents, standards, brands, pledge loans (a bank's year) and patent-information platforms. Payments and claims
     * name them as the items were first written ({@link #asWrittenBefore}).
     */
    private static final class Written {
        /**
         * ZL201110000001.1, 201110000001.1 and ZL2011100000011 are one patent, whose gold and excellence awards were
         * both paid (§6(5)4, §7(1) 按最优惠一项执行), or whose grant was paid beside the payment that had paid it. A
         * number is its own key, compared in place: nothing is made for the patents of a request, which every
         * request with patents would pay.
         */
        final Spellings patents = Spellings.keyedBy(n -> n, PatentNumbers::same,
                (written, first) -> problem("problem.patent-number-another-way", written, first));
        /**
         * GB/T 30001-2013, GB/T30001-2013 and GB/T 30001—2013 are one standard (§6(5)6); its hyphen and slash are
         * its own (GB/T 3000-12013 is another number), so a standard is not compared as a name is.
         */
        final Spellings standards = Spellings.ignoringWidthCaseAndSpaces(
                (written, first) -> problem("problem.standard-number-another-way", written, first));
        /**
         * HECHENG and ＨＥＣＨＥＮＧ are one brand, and so are 禾城·HECHENG and 禾城HECHENG, whose honours are one matter
         * (reading brand-honours): both had been paid, 50,000 + 200,000 where the better one stands.
         */
        final Spellings brands = sameWritten("problem.brand-another-way");
        /**
         * A bank's year by its subject id, {@code bank/year} ({@link Subjects#of(PledgeLoan)}): ICBC/2013 and
         * ＩＣＢＣ/2013 are one matter, whose interest had been paid twice, and so are 中国银行(嘉兴分行)/2013 and
         * 中国银行嘉兴分行/2013; ＩＣＢＣ/2014 is another year.
         */
        final Spellings loans = sameWritten("problem.loan-another-way");
        /** JXIP, ＪＸＩＰ and JX-IP are one platform, one matter (§6(5)3), which had two awards. */
        final Spellings platforms = sameWritten("problem.platform-another-way");

        /**
         * The items whose subject id a payment or a claim of {@code a} names, where they are named as written:
         * none for the annual fees (a fee's NUMBER/k is a patent's, {@link #asWrittenBefore}) and the export years.
         */
        Spellings namedBy(JiaxingAward a) {
            return switch (a) {
                case JX_STANDARD_LEAD -> standards;
                case JX_BRAND_HONOUR -> brands;
                case JX_PLEDGE_LOAN_INTEREST -> loans;
                case JX_PATENT_INFO_PLATFORM -> platforms;
                default -> a.namesAPatent() ? patents : null;
            };
        }

        /**
         * Items told apart by a name: keyed with compatibility forms as their characters (NFKC: full-width ＩＣＢＣ as
         * ICBC), in upper case, without spaces, as a standard's number is, and without middle dots, dashes, slashes
         * and brackets, which say how a name was typed, not what it names (中国银行·北京分行, 中国银行-北京分行 and
         * 中国银行（北京分行） are 中国银行北京分行). Letter case aside for a brand, a bank and a platform too, as for a
         * standard: HECHENG and Hecheng read as one mark, and one applicant's two brands apart only in letter case or
         * punctuation are far rarer than one brand typed two ways.
         */
        private static Spellings sameWritten(String message) {
            return Spellings.ignoringWidthCaseSpacesAndSeparators((written, first) -> problem(message, written, first));
        }
    }

    /**
     * A payment's or a claim's patent, standard, brand, bank's year or platform written as the request writes it among
     * its items: a payment for 201320000001.1 matched no item of ZL201320000001.1, which was paid again (§7(1)
     * 不重复补助), and so did one for ＩＣＢＣ/2013 beside a loan of ICBC in 2013.
     */
    private static void asWrittenBefore(String code, String subject, Written written, Problems at) {
        JiaxingAward a = code == null ? null : JiaxingAward.byCode(code);
        if (subject == null || subject.isEmpty() || a == null) {
            return;
        }
        if (a == JiaxingAward.JX_SEI_ANNUITY) {
            // NUMBER/k names a patent's k-th annual fee. The first slash of any kind decides: ZL…/01, ZL…/1/2, ZL…／1
            // or ZL…∕1 named no fee (the fees are ZL…/1, /2, /3), and the fee it meant was paid again; so did ZL… /1,
            // whose patent has a space in it
            int fee = firstSlash(subject);
            if (fee >= 0 && (subject.charAt(fee) != '/' || !FEE_NUMBER.matcher(subject.substring(fee + 1)).matches())) {
                at.add("subject", problem("problem.fee-number", subject, subject.substring(fee)));
            } else if (at.noSpace("subject", subject)) {
                written.patents.asWrittenBefore("subject", fee > 0 ? subject.substring(0, fee) : subject, at);
            }
            return;
        }
        Spellings named = written.namedBy(a);
        if (named != null) {
            named.asWrittenBefore("subject", subject, at);
        }
    }

    /**
     * Where the first slash of {@code subject} is, or -1: '/', or one a request may write for it, full-width '／',
     * the division slash '∕', the fraction slash '⁄' or a backslash.
     */
    private static int firstSlash(String subject) {
        for (int i = 0; i < subject.length(); i++) {
            if (SLASHES.indexOf(subject.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static final String SLASHES = "/\uff0f\u2215\u2044\\";

    /** The k of NUMBER/k, an annual fee's place as the result numbers it: 1, 2, 3…, without a leading zero. */
    private static final java.util.regex.Pattern FEE_NUMBER = java.util.regex.Pattern.compile("[1-9][0-9]{0,2}");

    /**
     * The k of a claim's {@code NUMBER/k} (JX_SEI_ANNUITY) where k is a fee this policy does not pay, after the first
     * {@link FeesCovered#COUNT} (§6(5)1 授权后的前三次年费); 0 otherwise, a fee number written wrongly included (told
     * as problem.fee-number). §7(1) 同一事项涉及其他条线政策的,由企事业单位选择一个政策执行 asks for a choice where a
     * matter of this policy is also claimed under another line: fee 4 is no matter of this policy under any
     * evaluation, so a claim of it chooses nothing here. Refused, not followed with a warning: the result numbers
     * the fees after grant (1 for the fee paid at grant), and a claim numbering them by the patent's year (第N年年费)
     * names one of the first three fees as 4 or later, which a warning would leave to be paid here though the
     * applicant chose the other line for it; nor grouped with a claim of the patent's fees, which reaches only the
     * fees this policy pays (it had been refused as contradicting it, naming a matter the text does not have).
     */
    private static int feeNotSubsidised(String code, String subject) {
        if (!JiaxingAward.JX_SEI_ANNUITY.name().equals(code) || subject == null) {
            return 0;
        }
        int slash = subject.indexOf('/');
        if (slash <= 0 || firstSlash(subject) != slash || !FEE_NUMBER.matcher(subject.substring(slash + 1)).matches()) {
            return 0;
        }
        int k = Integer.parseInt(subject.substring(slash + 1));
        return k > FeesCovered.COUNT ? k : 0;
    }

    /**
     * How many annual fees after grant §6(5)1 pays: the module's parameter JX_SEI_ANNUITY.FEES_COVERED, fixed by the
     * text (前三次: 3; a deployment's value of it is refused), read once, when a request first claims a fee.
     */
    private static final class FeesCovered {
        static final int COUNT = Integer.parseInt(io.iprules.kit.PolicyFiles.describe(Jiaxing2012.class)
                .parameter("JX_SEI_ANNUITY.FEES_COVERED").orElseThrow().values().get(0).value());
    }

    private static boolean award(String code, String subject, Problems at) {
        if (!at.required("code", code)) {
            return false;
        }
        JiaxingAward a = JiaxingAward.byCode(code);
        if (a == null) {
            at.add("code", problem("problem.unknown-award-code", code, String.valueOf(AwardCodes.IN_TEXT_ORDER)));
            return false;
        } else if (a.perSubject() && Problems.blankOrNull(subject)) {
            at.add("subject", problem("problem.award-subject-required", code));
            return false;
        }
        return true;
    }

    /** A problem in both languages, from the module's messages ({@code problem.*} keys). */
    static io.iprules.Text problem(String key, Object... args) {
        return Jiaxing2012.MESSAGES.text(key, args);
    }
}
