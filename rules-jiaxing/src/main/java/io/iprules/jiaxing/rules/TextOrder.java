package io.iprules.jiaxing.rules;

import io.iprules.kit.Candidate;

/**
 * The text's order among the candidates of one matter, amounts aside: the clause's order of listing (the tie rank of
 * {@code parameters/s7_1_tie_order.json}, as the candidate's priority), then the earlier fact, then the subject, then
 * the code. §7(1) decides a matter by it when the amounts known and the amounts still open rank its candidates in a
 * circle (reading brand-honours), so that one of them, never all, stands.
 */
public final class TextOrder {
    private TextOrder() {
    }

    /** Whether {@code a} comes before {@code b} in the text's order. */
    public static boolean precedes(Candidate a, Candidate b) {
        if (a.getPriority() != b.getPriority()) {
            return a.getPriority() < b.getPriority();
        }
        if (a.getDate() != null && b.getDate() != null && !a.getDate().equals(b.getDate())) {
            return a.getDate().isBefore(b.getDate());
        }
        int c = a.getSubjectId().compareTo(b.getSubjectId());
        if (c != 0) {
            return c < 0;
        }
        return a.getCode().compareTo(b.getCode()) < 0;
    }
}
