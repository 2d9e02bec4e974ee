package io.iprules.beijing.rules;

import io.iprules.beijing.PledgeLoan;
import io.iprules.kit.Candidate;
import io.iprules.kit.Decision;
import io.iprules.kit.Percent;
import io.iprules.kit.Yuan;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a §3(1) pledge-loan candidate looks like; the rule files decide whether it is owed. One matter per bank
 * and year; a year's interest is a fact dated at the year's end.
 */
public final class Loans {
    /** The open parameter: the share of the interest subsidised. */
    public static final String RATE = "BJ_PLEDGE_LOAN_INTEREST.RATE";

    private Loans() {
    }

    /** The day a year's interest is known: the last day of the year. */
    public static LocalDate yearEnd(PledgeLoan l) {
        return LocalDate.of(l.year(), 12, 31);
    }

    /** The subject id, {@code bank/year}. */
    public static String subjectId(PledgeLoan l) {
        return l.bank() + "/" + l.year();
    }

    /**
     * The candidate: interest × the open rate, undetermined while the rate is not set. Interest of 0.00 yuan is
     * 0.00 × any rate, nothing whether or not the rate is set (the kit's share; the kit then lists it as excluded,
     * NOT_ELIGIBLE, and it makes no one eligible): its reason says there is no interest to subsidise, not that the rate
     * is awaited.
     */
    public static Candidate propose(Decision d, PledgeLoan l) {
        LocalDate end = yearEnd(l);
        BigDecimal rate = d.parameter(RATE, end);
        String id = subjectId(l);
        return d.propose("BJ_PLEDGE_LOAN_INTEREST", "pledge-loan/" + id, id,
                d.text("subject.pledge-loan", l.bank(), l.year()), end, d.share(l.interestPaid(), RATE, end), 0,
                l.interestPaid().signum() == 0
                        ? d.text("reason.pledge-loan.no-interest", new Yuan(l.interestPaid()), l.pledge())
                        : rate == null ? d.text("reason.pledge-loan.open", new Yuan(l.interestPaid()), l.pledge())
                        : d.text("reason.pledge-loan", new Yuan(l.interestPaid()), l.pledge(), new Percent(rate)));
    }

    /**
     * The candidate held back from the start by the firing rule, recorded on the decision; not a fact, as no rule
     * weighs a candidate already held back.
     */
    public static Candidate excluded(Decision d, PledgeLoan l, String reason, String detailKey) {
        Candidate c = propose(d, l);
        c.setExclusion(d.exclusion(reason, detailKey));
        return c;
    }
}
