package io.iprules.jiaxing;

import io.iprules.jiaxing.rules.JiaxingAward;
import io.iprules.jiaxing.rules.Subjects;
import java.time.LocalDate;

/**
 * §7(3) 本意见自印发之日起施行,原《…》(嘉政发〔2009〕66号)同时废止 with §7(1)'s "once paid" (reading once-paid): a
 * payment pays an item of the code (and subject) it names that was there on its date. When the request lists such
 * items and every one is dated before the policy took force, the payment was the repealed policy's, however late it
 * was made: no subsidy already paid under this policy. It then bars nothing, is no amount a top-up subtracts and
 * counts towards no cumulative limit; only its date had decided that before, so that a recognition of 2012-10-15 paid
 * on 2012-11-04 left the provincial tier's 100,000 due and paid on 2012-11-05 barred it.
 *
 * <p>Annual fees are left as they were: a payment naming a patent's annual fees covers the fees paid by its date, and
 * the fees are made by the rules from the patent (reading annual-fees), not listed by the request.
 */
final class RepealedPolicyPayments {
    private RepealedPolicyPayments() {
    }

    /**
     * What the items of {@code e} say of {@code paid}, found in one pass over them.
     *
     * @param ofTheRepealedPolicy the date of the latest item the payment can have paid when every such item is dated
     *     before the policy took force; {@code null} when the request lists none, or one dated on or after that day
     * @param firstAfterPayment the date of the first item of the code (and subject) the payment names, known on the
     *     as-of date, when every such item is dated after the payment; {@code null} when one is dated on or before it,
     *     or the request lists none (then the payment matches nothing, which the rules say). Such a payment still
     *     counts as paid for the matter (reading once-paid: the request may leave out an earlier item of the same
     *     code); the caller warns of it
     */
    record Items(LocalDate ofTheRepealedPolicy, LocalDate firstAfterPayment) {
        private static final Items NONE = new Items(null, null);
    }

    /** What the items of {@code e} say of {@code paid}; with {@code asOf} null, items after it are not looked at. */
    static Items of(JiaxingEnterprise e, PaidSubsidy paid, LocalDate inForce, LocalDate asOf) {
        Latest latest = items(e, paid, inForce, asOf);
        if (latest == null) {
            return Items.NONE;
        }
        return new Items(latest.ofTheRepealedPolicy ? latest.date : null,
                latest.date == null && !latest.during ? latest.firstAfter : null);
    }

    /** {@link Items#ofTheRepealedPolicy} alone. */
    static LocalDate itemOfTheRepealedPolicy(JiaxingEnterprise e, PaidSubsidy paid, LocalDate inForce) {
        return of(e, paid, inForce, null).ofTheRepealedPolicy();
    }

    private static Latest items(JiaxingEnterprise e, PaidSubsidy paid, LocalDate inForce, LocalDate asOf) {
        JiaxingAward award = JiaxingAward.byCode(paid.code());
        if (award == null || award == JiaxingAward.JX_SEI_ANNUITY) {
            return null;
        }
        Latest latest = new Latest(paid, award.perSubject(), inForce, asOf);
        for (Recognition r : e.recognitions()) {
            if (r != null && r.type() != null) {
                latest.item(r.type().awardCode(), null, r.date());
            }
        }
        for (Patent p : e.patents()) {
            if (p != null) {
                latest.item("JX_PATENT_GRANT", p.number(), p.grantDate());
            }
        }
        for (PatentAward a : e.patentAwards()) {
            if (a != null && a.award() != null) {
                latest.item(a.award().awardCode(), a.patent(), a.date());
            }
        }
        for (BrandHonour h : e.brandHonours()) {
            if (h != null && h.type() != null) {
                latest.item("JX_BRAND_HONOUR", Subjects.of(h), h.date());
            }
        }
        for (PledgeLoan l : e.pledgeLoans()) {
            if (l != null && l.year() != null) {
                latest.yearly("JX_PLEDGE_LOAN_INTEREST", Subjects.of(l), l.year());
            }
        }
        for (Standard s : e.standards()) {
            if (s != null && s.level() != null) {
                latest.item("JX_STANDARD_LEAD", Subjects.of(s), s.published());
            }
        }
        for (PatentInfoPlatform pl : e.patentInfoPlatforms()) {
            if (pl != null) {
                latest.item("JX_PATENT_INFO_PLATFORM", pl.name(), pl.opened());
            }
        }
        for (ExportTrademark x : e.exportTrademarks()) {
            if (x != null && x.year() != null) {
                latest.yearly("JX_EXPORT_TRADEMARK", Subjects.of(x), x.year());
            }
        }
        return latest;
    }

    /** The items a payment can have paid, as they are met. */
    private static final class Latest {
        private final PaidSubsidy paid;
        private final boolean perSubject;
        private final LocalDate inForce;
        private final LocalDate asOf;
        private LocalDate date;
        private LocalDate firstAfter;
        private boolean during;
        private boolean ofTheRepealedPolicy = true;

        /** {@code asOf} null: items after the payment are not looked at. */
        Latest(PaidSubsidy paid, boolean perSubject, LocalDate inForce, LocalDate asOf) {
            this.paid = paid;
            this.perSubject = perSubject;
            this.inForce = inForce;
            this.asOf = asOf;
        }

        /** An item of the request; one with a part missing (a request still to be refused) pays nothing. */
        void item(String code, String subject, LocalDate itemDate) {
            item(code, subject, itemDate, itemDate);
        }

        /**
         * An item of a year (a loan's interest, a year's exports), dated at the year's end: a payment during the year
         * is not before it, since the year's figure may be known and paid before the year is out.
         */
        void yearly(String code, String subject, int year) {
            item(code, subject, Subjects.yearEnd(year), LocalDate.of(year, 1, 1));
        }

        /** {@code earliest}: the first day the item can have been there (a year's first day for a year's item). */
        private void item(String code, String subject, LocalDate itemDate, LocalDate earliest) {
            // a recognition is one matter per enterprise: a payment of its code pays it whatever subject it names
            if (itemDate == null || !code.equals(paid.code()) || perSubject && (subject == null
                    || !subject.equals(paid.subject()))) {
                return;
            }
            if (itemDate.isAfter(paid.date())) {
                // an item after the as-of date is left out of the evaluation (warning.fact-after-as-of)
                if (asOf != null && earliest.isAfter(paid.date()) && !itemDate.isAfter(asOf)
                        && (firstAfter == null || itemDate.isBefore(firstAfter))) {
                    firstAfter = itemDate;
                }
                if (!earliest.isAfter(paid.date())) {
                    during = true; // a year's item paid during its year: the payment's own item
                }
                return;
            }
            if (!itemDate.isBefore(inForce)) {
                ofTheRepealedPolicy = false;
            }
            date = date == null || itemDate.isAfter(date) ? itemDate : date;
        }
    }
}
