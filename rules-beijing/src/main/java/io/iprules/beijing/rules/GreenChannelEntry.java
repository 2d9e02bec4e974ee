package io.iprules.beijing.rules;

import io.iprules.beijing.GreenChannelRequest;
import io.iprules.kit.Decision;
import io.iprules.kit.DecisionFact;
import java.time.LocalDate;

/**
 * A certificate asked of the §2(4) green channel, with the {@link Decision} of the applicant that asked: the rules
 * join it on {@code decision == $d}.
 *
 * @param decision the applicant's working record
 * @param request  the certificate as requested
 */
public record GreenChannelEntry(Decision decision, GreenChannelRequest request) implements DecisionFact {
    /** The day the application file became complete (申请文件齐备). */
    public LocalDate complete() {
        return request.complete();
    }
}
