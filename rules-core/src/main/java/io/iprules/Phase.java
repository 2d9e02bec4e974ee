package io.iprules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A phase (阶段) of a policy's plan, kept as data with the clause that sets it. Phases follow one another
 * without gap or overlap; the last may have no end.
 *
 * @param code     the phase's code in results, e.g. {@code IMPLEMENTATION}
 * @param title    its name, e.g. 组织实施
 * @param from     its first day
 * @param until    its last day, or {@code null} when it has no end (…及以后)
 * @param citation the clause that sets it, e.g. {@code example-2020 §5}
 * @param source   the words of the clause, quoted
 * @param note     the reading chosen where the text is ambiguous (a month named in two phases); may be empty
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public record Phase(String code, Text title, LocalDate from, LocalDate until, String citation, String source,
                    Text note) {
    /** Checks the parts and that the phase does not end before it starts. */
    public Phase {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException(code + ": ends " + until + " before it starts " + from);
        }
    }

    /** Whether {@code date} falls in this phase, first and last day included. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }
}
