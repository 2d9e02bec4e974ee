package io.iprules;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A policy and one kind of subject it evaluates, typed by the subject's Java class: the typed entry point of
 * {@link RulesEngine#evaluate(PolicyKey, LocalDate, Object)}, with which a subject of the wrong type does not
 * compile. Core knows no policy: each policy module publishes its keys as constants, e.g. a module's
 * {@code APPLICANT} key for its enterprise type.
 *
 * <pre>{@code
 * EvaluationResult r = engine.evaluate(SomePolicy.APPLICANT, LocalDate.of(2013, 12, 31), enterprise);
 * }</pre>
 *
 * @param policy     the policy id, e.g. {@code example-2020}
 * @param subjectKey the request key that carries the subject, e.g. {@code applicant}
 * @param type       the subject's type, as the policy {@linkplain PolicyDescription#subjects() declares} it
 * @param <S>        the subject's type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public record PolicyKey<S>(String policy, String subjectKey, Class<S> type) {
    /** Checks the parts. */
    public PolicyKey {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(type, "type");
    }

    /** The key of {@code policy}'s subjects of {@code type} under request key {@code subjectKey}. */
    public static <S> PolicyKey<S> of(String policy, String subjectKey, Class<S> type) {
        return new PolicyKey<>(policy, subjectKey, type);
    }

    /** The request to evaluate {@code subject} under this key as of {@code asOf}. */
    public EvaluationRequest request(LocalDate asOf, S subject) {
        Objects.requireNonNull(subject, "subject");
        if (!type.isInstance(subject)) {
            // a raw or unchecked key lets any object through the compiler: refused as the engine refuses it, where
            // Class.cast threw a ClassCastException that named no request
            throw InvalidRequestException.wrongSubject(subjectKey, type, subject);
        }
        return new EvaluationRequest(policy, asOf, subjectKey, subject);
    }

    /** {@code policy/subjectKey (Type)}, e.g. {@code example-2020/applicant (Enterprise)}. */
    @Override
    public String toString() {
        return policy + "/" + subjectKey + " (" + type.getSimpleName() + ")";
    }
}
