package io.iprules.beijing.rules;

import io.iprules.kit.Decision;
import io.iprules.kit.DecisionFact;
import java.time.LocalDate;

/**
 * The last day the opinions are in force, as a deployment set it (BJ_IN_FORCE_UNTIL, read on the as-of date), with
 * the source it gave: a fact of the applicant's session only when the parameter is set, so that with no end
 * (the text's) no rule sees one, and carried by each {@link GreenChannelEntry}. The rules hold back a fact dated
 * after it as they hold back one dated before the start (in_force.drl, s2_4_green_channel.drl).
 *
 * @param decision the applicant's working record
 * @param until    the last day in force
 * @param source   where the deployment took the end from (the repeal it cites)
 */
public record InForceEnd(Decision decision, LocalDate until, String source) implements DecisionFact {
    /** The open parameter holding the end (parameters/in_force.json). */
    public static final String PARAMETER = "BJ_IN_FORCE_UNTIL";
}
