package io.iprules.kit;

import io.iprules.spi.RuleRecorder;

/**
 * A module's fact that carries its applicant's {@link Decision}: a rule matching it cites into that decision, so the
 * rule binds {@code $d : decision} on the fact instead of matching the Decision as a pattern of its own. A record
 * with a {@code decision} component implements it as it stands.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public interface DecisionFact extends RuleRecorder.Carrier {

    /** The applicant's working record. */
    Decision decision();

    @Override
    default RuleRecorder recorder() {
        return decision();
    }
}
