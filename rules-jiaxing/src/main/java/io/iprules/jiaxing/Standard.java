package io.iprules.jiaxing;

import java.time.LocalDate;

/**
 * A standard the enterprise helped draft or revise.
 *
 * @param level     international, national, industry or local
 * @param role      lead, main drafter or participant
 * @param published the date it was published (完成发布)
 * @param number    the standard's number, e.g. {@code GB/T 12345-2013}; needed only to tell apart two standards
 *                  of the same level published on the same day
 */
public record Standard(StandardLevel level, StandardRole role, LocalDate published, String number) {
}
