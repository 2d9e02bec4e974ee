package io.iprules.kit.toy;

import java.time.LocalDate;

/**
 * The kit toy's request: an enterprise's granted patents (§1), whether its work plan is issued (§2), and the day it
 * asked for a reply and the day it got one (§3: 5 working days).
 *
 * @param name        the enterprise
 * @param patents     granted patents
 * @param planIssued  whether the work plan is issued, or {@code null} when the request does not say
 * @param asked       the day it asked (not counted), or {@code null}
 * @param replied     the day it got the reply, or {@code null} when not (yet)
 */
public record ToyApplicant(String name, Integer patents, Boolean planIssued, LocalDate asked, LocalDate replied) {
    /** Without a question asked. */
    public ToyApplicant(String name, Integer patents, Boolean planIssued) {
        this(name, patents, planIssued, null, null);
    }
}
