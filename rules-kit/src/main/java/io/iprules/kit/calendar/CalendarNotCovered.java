package io.iprules.kit.calendar;

import io.iprules.DeadlineStatus;
import io.iprules.Text;
import io.iprules.kit.MessageCatalog;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a working-day count could not count for want of a year's State Council holiday notice (国务院节假日安排通知
 * not loaded, {@code CALENDAR_NOT_COVERED}), as a module's warning says it and a report reads it. The warning's words,
 * which the JSON result carries, tell a deployment how to add the year (the command's {@code --calendar FILE}, Java's
 * {@code dataFile("calendar", FILE)}) and give the codes; an officer's report, reading it through this type, says it
 * in an officer's words instead and names the deadline, which two certificates of one application had left alike.
 * The deadline entry's own detail is the kit's too ({@link #detail}).
 *
 * @param deadline    the code of the deadline entry the count is for (beijing-2012's
 *                    {@code BJ_GREEN_CHANNEL_PRIORITY_EXAM}): the warning's words leave it to that entry, a report
 *                    names it in the policy's words
 * @param subject     the deadline's subject, as the entry names it (an application number)
 * @param year        the year whose notice the count needed and is not loaded
 * @param status      what is decided all the same ({@link DeadlineStatus#UNKNOWN} where the missing notice leaves it
 *                    open), its code in the warning's words
 * @param consequence what the missing notice leaves uncounted and what is decided all the same, in the module's words
 *                    and without the status's code (工作日无法全部计算,是否按期无法判定)
 * @since 0.2.0
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record CalendarNotCovered(String deadline, String subject, int year, DeadlineStatus status, Text consequence) {

    /** The key of the warning {@link #warning()} writes, the kit's. */
    public static final String WARNING = "warning.calendar-not-covered";

    /** The key of a deadline entry's detail that {@link #detail} writes, the kit's. */
    public static final String DETAIL = "detail.calendar-not-covered";

    /** Every part is required. */
    public CalendarNotCovered {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(consequence, "consequence");
    }

    /** The warning that says this, in the kit's words (the deadline's code is an argument they do not show). */
    public Text warning() {
        return MessageCatalog.kit().text(WARNING, subject, year, consequence, status.name(), deadline);
    }

    /** What {@code warning} says, when it is a {@link #WARNING} written by {@link #warning()}. */
    public static Optional<CalendarNotCovered> of(Text warning) {
        List<Object> a = warning.args();
        if (!WARNING.equals(warning.key()) || a.size() != 5 || !(a.get(0) instanceof String subject)
                || !(a.get(1) instanceof Integer year) || !(a.get(2) instanceof Text consequence)
                || !(a.get(3) instanceof String status) || !(a.get(4) instanceof String deadline)) {
            return Optional.empty();
        }
        for (DeadlineStatus s : DeadlineStatus.values()) {
            if (s.name().equals(status)) {
                return Optional.of(new CalendarNotCovered(deadline, subject, year, s, consequence));
            }
        }
        return Optional.empty();
    }

    /**
     * The detail of a deadline entry whose count needs the notice of {@code year}, not loaded: why its figures are
     * not given, in the kit's words, the code after them.
     */
    public static Text detail(int year) {
        return MessageCatalog.kit().text(DETAIL, year);
    }

    /** The year a detail written by {@link #detail} names, when {@code detail} is one. */
    public static Optional<Integer> yearOf(Text detail) {
        List<Object> a = detail.args();
        return DETAIL.equals(detail.key()) && a.size() == 1 && a.get(0) instanceof Integer year ? Optional.of(year)
                : Optional.empty();
    }
}
