package io.iprules.kit.calendar;

import java.util.List;

/**
 * One year file as read: the notices for the year and the days they set, sorted by date.
 *
 * @param source  where it was read from ("bundled cn/2013.json" or the deployment's file name)
 * @param bundled whether it is part of the library's own data
 */
record YearData(int year, List<Notice> notices, List<AdjustedDay> days, String source, boolean bundled) {
    YearData {
        notices = List.copyOf(notices);
        days = List.copyOf(days);
    }

    /** An empty file (no notice, like an upstream year not yet published) covers nothing. */
    boolean hasNotice() {
        return !notices.isEmpty();
    }
}
