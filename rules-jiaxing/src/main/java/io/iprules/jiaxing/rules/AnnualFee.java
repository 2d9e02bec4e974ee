package io.iprules.jiaxing.rules;

import io.iprules.jiaxing.Patent;
import io.iprules.kit.Decision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One annual fee (年费) of a strategic-emerging-industry invention patent, as a fact for the rules: each of the
 * first three fees is its own matter (§6(5)1; reading annual-fees, revised after a legal review).
 *
 * @param decision the applicant's working record (the join of the rules)
 * @param patent  the patent
 * @param number  which fee: 1 is the fee paid at grant, 2 and 3 the next two yearly fees
 * @param paid    the day it was paid: as the request gives it, or else derived from the grant date
 * @param derived whether {@code paid} was derived from the grant date (the result says so)
 */
public record AnnualFee(Decision decision, Patent patent, int number, LocalDate paid,
        boolean derived) implements io.iprules.kit.DecisionFact {

    /** The fee's subject: {@code NUMBER/k}, as awards, payments and claims name it. */
    public String subjectId() {
        return patent.number() + "/" + number;
    }

    /** The fee's matter. */
    public String matter() {
        return JiaxingAward.JX_SEI_ANNUITY.matter(subjectId());
    }

    /** For rule constraints. */
    public LocalDate getPaid() {
        return paid;
    }

    /** The first {@code fees} annual fees on the dates the request gives ({@code annualFeeDates}). */
    public static List<AnnualFee> given(Decision d, Patent p, int fees) {
        List<AnnualFee> out = new ArrayList<>();
        for (int k = 1; k <= Math.min(fees, p.annualFeeDates().size()); k++) {
            out.add(new AnnualFee(d, p, k, p.annualFeeDates().get(k - 1), false));
        }
        return out;
    }

    /**
     * The first {@code fees} of the {@code annualFeesPaid} fees, fee k taken as paid on the (k−1)th anniversary of
     * the grant (a 29 February grant falls on 28 February in other years).
     */
    public static List<AnnualFee> derived(Decision d, Patent p, int fees) {
        List<AnnualFee> out = new ArrayList<>();
        for (int k = 1; k <= Math.min(fees, p.annualFeesPaid()); k++) {
            out.add(new AnnualFee(d, p, k, p.grantDate().plusYears(k - 1L), true));
        }
        return out;
    }
}
