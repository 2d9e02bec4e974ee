package io.iprules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing to evaluate: which policy, as of which date, and the subject (an enterprise, a city's application,
 * a county's figures…) under the request key that carries it.
 *
 * @param policy     the policy id, e.g. {@code example-2020}
 * @param asOf       the evaluation date; facts dated after it are not taken into account. A date of the years
 *                   0000 to 9999, as the contract writes it ({@code YYYY-MM-DD}): another is refused at
 *                   evaluation ({@link InvalidRequestException} at {@code asOf})
 * @param subjectKey the request key, e.g. {@code applicant}; {@code null} to let the engine pick the one
 *                   whose type matches the subject
 * @param subject    the subject, of one of the types the policy {@linkplain PolicyDescription#subjects() accepts}
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public record EvaluationRequest(String policy, LocalDate asOf, String subjectKey, Object subject) {
    /** Checks the required parts: the as-of date is always explicit. */
    public EvaluationRequest {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(asOf, "asOf: the evaluation date is always explicit");
        Objects.requireNonNull(subject, "subject");
    }

    /** A request whose subject key the engine picks from the subject's type. */
    public static EvaluationRequest of(String policy, LocalDate asOf, Object subject) {
        return new EvaluationRequest(policy, asOf, null, subject);
    }
}
