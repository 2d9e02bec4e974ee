package io.iprules;

import java.util.Objects;

/**
 * A kind of thing a policy evaluates, and the request key that carries it: {@code applicant} for an enterprise
 * applying for subsidies, {@code county} for a county assessed against a plan's targets, and so on.
 *
 * @param key         the request's top-level field, e.g. {@code applicant}
 * @param type        the Java type it binds to
 * @param description what it is, in words
 */
public record SubjectKind(String key, Class<?> type, Text description) {
    /** Checks the parts. */
    public SubjectKind {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }
}
