package io.iprules.jiaxing;

import java.time.LocalDate;

/**
 * A brand honour recognised by a national or provincial authority (§6(5)5).
 *
 * @param type the honour
 * @param date the date of recognition
 * @param name the brand or trademark honoured. One named brand or mark holding several honours (浙江省著名商标, later
 *             中国驰名商标) is one matter: the most favourable honour stands. Required where several honours are
 *             listed (whether two unnamed honours are one brand cannot be told); an honour listed alone may go
 *             without one.
 */
public record BrandHonour(BrandHonourType type, LocalDate date, String name) {
}
