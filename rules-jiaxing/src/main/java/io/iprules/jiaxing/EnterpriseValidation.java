package io.iprules.jiaxing;

import io.iprules.jiaxing.rules.JiaxingAward;
import io.iprules.jiaxing.rules.Subjects;
import io.iprules.kit.china.CreditCode;
import io.iprules.kit.Problems;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
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

    private EnterpriseValidation() {
    }

    static void check(JiaxingEnterprise e, Problems p) {
        boolean bounded = bounded("recognitions", e.recognitions(), p) & bounded("patents", e.patents(), p)
                & bounded("patentAwards", e.patentAwards(), p) & bounded("brandHonours", e.brandHonours(), p)
                & bounded("pledgeLoans", e.pledgeLoans(), p) & bounded("standards", e.standards(), p)
                & bounded("exportTrademarks", e.exportTrademarks(), p) & bounded("paidSubsidies", e.paidSubsidies(), p)
                & bounded("otherPolicyClaims", e.otherPolicyClaims(), p)
                & bounded("patentInfoPlatforms", e.patentInfoPlatforms(), p);
        if (!bounded) {
            return; // one problem per oversized list, not one per entry of it
        }
        p.required("name", e.name());
        String code = CreditCode.problem(e.creditCode());
        if (code != null) {
            p.add("creditCode", code);
        }
        if (!e.pledgeLoans().isEmpty() && e.sme() == null) {
            p.add("sme", "is required when pledgeLoans are given: the interest subsidy is for SMEs only (§6(5)2)");
        }
        p.each("recognitions", e.recognitions(), (r, at) -> {
            at.required("type", r.type());
            at.required("date", r.date());
        });
        Set<String> patentNumbers = new HashSet<>();
        p.each("patents", e.patents(), (pt, at) -> {
            if (at.required("number", pt.number()) && !patentNumbers.add(pt.number())) {
                at.add("number", "patent " + pt.number() + " is listed twice");
            }
            at.required("kind", pt.kind());
            at.required("grantDate", pt.grantDate());
            if (pt.kind() == PatentKind.INVENTION && pt.field() == null) {
                at.add("field", "is required for an invention patent: it decides the annual-fee subsidy (§6(5)1)");
            }
            if (pt.strategicEmergingInvention() && pt.annualFeesPaid() == null && pt.annualFeeDates().isEmpty()) {
                at.add("annualFeesPaid", "is required for an invention patent in a strategic emerging industry "
                        + "(or annualFeeDates): the number of annual fees paid since grant (§6(5)1 subsidises the first "
                        + "three)");
            }
            feeDates(pt, at);
            if (pt.annualFeesPaid() != null && (pt.annualFeesPaid() < 0 || pt.annualFeesPaid() > MAX_ANNUAL_FEES)) {
                at.add("annualFeesPaid", "must be between 0 and " + MAX_ANNUAL_FEES + " (a patent lasts at most "
                        + "twenty years), not " + pt.annualFeesPaid());
            }
        });
        Set<String> awards = new HashSet<>();
        p.each("patentAwards", e.patentAwards(), (a, at) -> {
            at.required("patent", a.patent());
            at.required("award", a.award());
            at.required("date", a.date());
            if (a.patent() != null && a.award() != null && !awards.add(a.patent() + "|" + a.award())) {
                at.add("the " + a.award() + " of patent " + a.patent() + " is listed twice");
            }
        });
        Set<String> honours = new HashSet<>();
        p.each("brandHonours", e.brandHonours(), (h, at) -> {
            at.required("type", h.type());
            at.required("date", h.date());
            if (h.type() != null && !honours.add(h.type() + "|" + Subjects.of(h))) {
                at.add("name", h.name() == null || h.name().isBlank()
                        ? "is required to tell apart two honours of type " + h.type()
                        : "brand " + h.name() + " is listed twice as " + h.type() + "; one brand holds one honour "
                        + "of a type (two honours of different types need no other name)");
            }
        });
        Set<String> loans = new HashSet<>();
        p.each("pledgeLoans", e.pledgeLoans(), (l, at) -> {
            at.required("bank", l.bank());
            at.required("interestPaid", l.interestPaid());
            at.yuan("interestPaid", l.interestPaid());
            if (at.required("year", l.year())) {
                year(l.year(), at);
            }
            if (l.bank() != null && l.year() != null && !loans.add(Subjects.of(l))) {
                at.add("the interest of " + l.bank() + " for " + l.year() + " is listed twice; give the year's total once");
            }
        });
        Set<String> standards = new HashSet<>();
        p.each("standards", e.standards(), (s, at) -> {
            at.required("level", s.level());
            at.required("role", s.role());
            at.required("published", s.published());
            if (s.level() != null && s.published() != null && !standards.add(Subjects.of(s))) {
                at.add("number", "is required to tell apart two " + s.level() + " standards published on "
                        + s.published() + " (and two numbers must differ)");
            }
        });
        p.each("exportTrademarks", e.exportTrademarks(), (x, at) -> {
            at.required("mark", x.mark());
            at.required("country", x.country());
            if (at.required("year", x.year())) {
                year(x.year(), at);
            }
            at.required("exports", x.exports());
            at.yuan("exports", x.exports());
        });
        p.each("paidSubsidies", e.paidSubsidies(), (s, at) -> {
            award(s.code(), s.subject(), at);
            at.required("date", s.date());
            at.notNegative("amount", s.amount());
        });
        Set<String> platforms = new HashSet<>();
        p.each("patentInfoPlatforms", e.patentInfoPlatforms(), (pl, at) -> {
            if (at.required("name", pl.name()) && !platforms.add(pl.name())) {
                at.add("name", "platform " + pl.name() + " is listed twice");
            }
            at.required("opened", pl.opened());
        });
        p.each("otherPolicyClaims", e.otherPolicyClaims(), (c, at) -> {
            award(c.code(), c.subject(), at);
            at.required("policy", c.policy());
        });
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
            at.add("annualFeeDates", "has " + dates.size() + " dates; a patent lasts at most twenty years, so at most "
                    + MAX_ANNUAL_FEES + " annual fees");
            return;
        }
        if (pt.annualFeesPaid() != null && pt.annualFeesPaid() != dates.size()) {
            at.add("annualFeeDates", "gives " + dates.size() + " dates but annualFeesPaid is " + pt.annualFeesPaid()
                    + "; give the date of every fee paid, or the count alone");
        }
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i) == null) {
                at.at("annualFeeDates").at(i).add("is required: the day annual fee " + (i + 1)
                        + " was paid");
            } else if (i > 0 && dates.get(i - 1) != null && dates.get(i).isBefore(dates.get(i - 1))) {
                at.at("annualFeeDates").at(i).add("annual fee " + (i + 1) + " (" + dates.get(i)
                        + ") is dated before fee " + i + " (" + dates.get(i - 1) + "); list the fees in the order paid");
            }
        }
    }

    private static boolean bounded(String field, java.util.List<?> list, Problems p) {
        if (list.size() > MAX_ENTRIES) {
            p.add(field, "has " + list.size() + " entries; at most " + MAX_ENTRIES + " are accepted in one request");
            return false;
        }
        return true;
    }

    private static void year(int year, Problems at) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            at.add("year", "must be a year between " + FIRST_YEAR + " and " + LAST_YEAR + ", not " + year);
        }
    }

    private static void award(String code, String subject, Problems at) {
        if (!at.required("code", code)) {
            return;
        }
        JiaxingAward a = JiaxingAward.byCode(code);
        if (a == null) {
            at.add("code", "unknown award code '" + code + "'; jiaxing-2012 has " + JiaxingAward.codes());
        } else if (a.perSubject() && (subject == null || subject.isBlank())) {
            at.add("subject", "is required for " + code + ": which patent, honour, loan, standard or year "
                    + "(the subjectId of the award)");
        }
    }
}
