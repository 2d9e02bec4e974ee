package io.iprules.jiaxing.rules;

import io.iprules.jiaxing.PolicyChoice;
import io.iprules.kit.Decision;

/**
 * A matter the applicant also claims under another policy line, as a fact for the rules.
 *
 * @param decision the applicant's working record (the join of the rules)
 * @param code   the award code declared
 * @param matter the matter
 * @param policy the other policy
 * @param choice the applicant's choice, or {@code null} when not made
 */
public record ClaimedElsewhere(Decision decision, String code, String matter, String policy,
        PolicyChoice choice) implements io.iprules.kit.DecisionFact {

    /** For rule constraints. */
    public String getMatter() {
        return matter;
    }

    /** For rule constraints. */
    public PolicyChoice getChoice() {
        return choice;
    }
}
