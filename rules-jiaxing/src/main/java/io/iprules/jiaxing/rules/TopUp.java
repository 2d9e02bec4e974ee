package io.iprules.jiaxing.rules;

import io.iprules.kit.Decision;

/**
 * That a paid matter has had its difference topped up (variant {@code TOP_UP}), as a fact for the rules: one top-up
 * per matter.
 *
 * @param decision the applicant's working record (the join of the rules)
 * @param matter the matter
 */
public record TopUp(Decision decision, String matter) implements io.iprules.kit.DecisionFact {

    /** For rule constraints. */
    public String getMatter() {
        return matter;
    }
}
