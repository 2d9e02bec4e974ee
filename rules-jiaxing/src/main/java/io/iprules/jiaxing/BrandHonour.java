package io.iprules.jiaxing;

import java.time.LocalDate;

/**
 * A brand honour recognised by a national or provincial authority.
 *
 * @param type the honour
 * @param date the date of recognition
 * @param name the brand or trademark honoured; needed only to tell apart two honours of the same type
 */
public record BrandHonour(BrandHonourType type, LocalDate date, String name) {
}
