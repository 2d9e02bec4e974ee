package io.iprules.jiaxing;

import java.time.LocalDate;

/**
 * A recognition of the enterprise (被认定为…).
 *
 * @param type what it was recognised as
 * @param date the date of recognition
 */
public record Recognition(RecognitionType type, LocalDate date) {
}
