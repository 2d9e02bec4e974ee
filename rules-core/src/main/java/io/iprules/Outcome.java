package io.iprules;

import java.util.List;
import java.util.Objects;

/**
 * What came of one request of many ({@link RulesEngine#evaluateAll}), or of one item of the chunk a policy module
 * evaluates: its result, or the problems of its input (nothing is evaluated for a request with problems).
 *
 * @param result   the result, or {@code null} when the item has problems
 * @param problems every problem of the item, in the order found (beyond {@link InvalidRequestException#MAX_PROBLEMS},
 *                 counted, as a refusal counts them); empty when there is a result
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record Outcome(EvaluationResult result, List<Problem> problems) {
    /** Checks that exactly one of result and problems is given. */
    public Outcome {
        // a list, empty with a result: null would be the JDK's NullPointerException from copyOf, naming nothing
        Objects.requireNonNull(problems, "problems: give List.of() with a result");
        // bounded as a refusal's are: the outcome, its resultOrThrow and its JSON error line list the same problems
        problems = problems.isEmpty() ? List.of() : InvalidRequestException.bounded(problems);
        if ((result == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("an outcome is a result or its problems, not both and not neither");
        }
    }

    /** An evaluated item. */
    public static Outcome of(EvaluationResult result) {
        return new Outcome(Objects.requireNonNull(result, "result"), List.of());
    }

    /** An item refused for its problems. */
    public static Outcome invalid(List<Problem> problems) {
        return new Outcome(null, problems);
    }

    /** Whether the item was evaluated. */
    public boolean evaluated() {
        return result != null;
    }

    /** The result; for an invalid item, throws the {@link InvalidRequestException} naming its problems. */
    public EvaluationResult resultOrThrow() {
        if (result == null) {
            throw new InvalidRequestException(problems);
        }
        return result;
    }
}
