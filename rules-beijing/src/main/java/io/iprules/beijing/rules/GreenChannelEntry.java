package io.iprules.beijing.rules;

import io.iprules.beijing.GreenChannelRequest;
import io.iprules.kit.Decision;
import io.iprules.kit.DecisionFact;
import java.time.LocalDate;

/**
 * A certificate asked of the §2(4) green channel, with the {@link Decision} of the applicant that asked: the rules
 * join it on {@code decision == $d}. It carries the end a deployment set, for the rules to compare the day complete
 * with, as they compare it with the start ({@code decision.getInForce()}): a constraint of the entry itself, not a
 * join, so that without an end the rules match and fire exactly as they did before there was one.
 *
 * @param decision the applicant's working record
 * @param request  the certificate as requested
 * @param end      the end a deployment set (BJ_IN_FORCE_UNTIL), or {@code null}: none
 */
public record GreenChannelEntry(Decision decision, GreenChannelRequest request, InForceEnd end)
        implements DecisionFact {
    /** The day the application file became complete (申请文件齐备). */
    public LocalDate complete() {
        return request.complete();
    }
}
