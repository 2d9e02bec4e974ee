package io.iprules.kit.calendar;

import io.iprules.Language;
import io.iprules.Text;
import java.util.Objects;

/**
 * A calendar year file cannot be used: unreadable, not JSON, or not in the format (an unknown field, a date twice,
 * a day without its notice, a date outside the year's window…). A deployment's file is the caller's input: a
 * command line maps this to exit code 2, like a wrong parameter file.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class CalendarFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String path;
    private final transient Text problem;

    CalendarFileException(String source, String path, Text problem) {
        this(source, path, problem, null);
    }

    CalendarFileException(String source, String path, Text problem, Throwable cause) {
        super(source + ": " + (path.isEmpty() ? "" : path + ": ") + problem.in(Language.EN), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.path = Objects.requireNonNull(path, "path");
        this.problem = problem;
    }

    /** The file (or the name given to the bytes) that is wrong. */
    public String source() {
        return source;
    }

    /** The JSON path of the wrong value, e.g. {@code days[3].date}; empty for the file as a whole. */
    public String path() {
        return path;
    }

    /** What is wrong, in plain words, in both languages. */
    public Text problem() {
        return problem;
    }

    /** The whole message in one language: file, path and problem. */
    public String message(Language language) {
        return source + ": " + (path.isEmpty() ? "" : path + ": ") + problem.in(language);
    }
}
