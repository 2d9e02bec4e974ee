package io.iprules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request the engine refuses to evaluate, with every problem found and where it is. Nothing is evaluated
 * for an invalid request: a misspelt field must not turn into a missing subsidy.
 */
public final class InvalidRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /** @param problems at least one problem */
    public InvalidRequestException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid request needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** A request with a single problem. */
    public InvalidRequestException(String path, String message) {
        this(List.of(new Problem(path, message)));
    }

    /** Every problem found, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
