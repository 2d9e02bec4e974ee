package io.iprules.jiaxing.rules;

import io.iprules.jiaxing.PolicyChoice;

/**
 * A matter the applicant also claims under another policy line, as a fact for the rules.
 *
 * @param code   the award code declared
 * @param matter the matter
 * @param policy the other policy
 * @param choice the applicant's choice, or {@code null} when not made
 */
public record ClaimedElsewhere(String code, String matter, String policy, PolicyChoice choice) {
    /** For rule constraints. */
    public String getMatter() {
        return matter;
    }

    /** For rule constraints. */
    public PolicyChoice getChoice() {
        return choice;
    }
}
