package io.iprules.jiaxing.rules;

import io.iprules.kit.Candidate;
import java.util.List;

/**
 * §7(1) 按最优惠一项执行 (the most favourable only) where a matter's candidates have no most favourable one: the amounts
 * known and the amounts still open rank them in a circle. Known against known, the larger amount is certainly the more
 * favourable; an open amount can only be weighed by the text's order (reading brand-honours). So the largest known
 * amount stands against every smaller one, and is weighed by the text's order against the open ones: of those and of
 * it, the first in the text's order stands. Where a most favourable candidate exists, it is the one this gives too.
 */
public final class MostFavourable {
    private MostFavourable() {
    }

    /**
     * The candidate that stands among {@code matter}, the candidates of one matter still standing.
     *
     * @param matter the candidates (as Drools collects them), at least one
     */
    public static Candidate inCircle(List<?> matter) {
        Candidate largestKnown = null;
        for (Object o : matter) {
            Candidate c = (Candidate) o;
            // known against known: the larger amount, then the text's order (Candidate's order, a total one here)
            if (c.getAmount().isDetermined() && (largestKnown == null || c.isMoreFavourableThan(largestKnown))) {
                largestKnown = c;
            }
        }
        Candidate standing = largestKnown;
        for (Object o : matter) {
            Candidate c = (Candidate) o;
            // an open amount against the largest known one or another open one: the text's order alone
            if (!c.getAmount().isDetermined() && (standing == null || c.isMoreFavourableThan(standing))) {
                standing = c;
            }
        }
        return standing;
    }
}
