package io.iprules.jiaxing;

import java.time.LocalDate;

/**
 * A China Patent Award received for one of the enterprise's patents.
 *
 * @param patent the patent number
 * @param award  gold or excellence
 * @param date   the date of the award
 */
public record PatentAward(String patent, PatentAwardType award, LocalDate date) {
}
