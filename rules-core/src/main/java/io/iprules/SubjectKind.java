package io.iprules;

import java.util.List;
import java.util.Objects;

/**
 * A kind of thing a policy evaluates, and the request key that carries it: {@code applicant} for an enterprise
 * applying for subsidies, {@code county} for a county assessed against a plan's targets, and so on.
 *
 * @param key          the request's top-level field, e.g. {@code applicant}
 * @param type         the Java type it binds to
 * @param description  what it is, in words
 * @param identifiedBy the subject's text fields that tell one subject from another, most telling first (a module
 *                     declares them, e.g. a registration code and then the name; one or two): a batch flags two
 *                     lines equal in the first of these fields both give as the same subject applying twice (a
 *                     field the request requires need not be followed by another: every valid line gives it)
 * @param label        what the officer's text calls such a subject in its header, in few words (评估对象 for a
 *                     county or a province assessed against targets, 申报城市, 推荐省份); {@code null} for an
 *                     applicant (申请人), which most policies evaluate
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public record SubjectKind(String key, Class<?> type, Text description, List<String> identifiedBy,
                          @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL,
                                  since = "0.2.0") Text label) {
    /** What identifies a subject when its module says nothing: its {@code name}. */
    public static final List<String> BY_NAME = List.of("name");

    /** Checks the parts. */
    public SubjectKind {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        identifiedBy = List.copyOf(identifiedBy == null ? BY_NAME : identifiedBy);
        if (identifiedBy.isEmpty() || identifiedBy.size() > 2) {
            // two lines are compared by the first field both give: with three, two lines that give the first and the
            // third, and the second and the third, would need every pair of fields kept apart
            throw new IllegalArgumentException("subject " + key + ": identifiedBy names one or two fields (a code, "
                    + "then a name), not " + identifiedBy.size() + ": " + identifiedBy);
        }
    }

    /** A subject identified by {@code identifiedBy}, called an applicant (申请人). */
    public SubjectKind(String key, Class<?> type, Text description, List<String> identifiedBy) {
        this(key, type, description, identifiedBy, null);
    }

    /** A subject identified by its {@code name}, called an applicant (申请人). */
    public SubjectKind(String key, Class<?> type, Text description) {
        this(key, type, description, BY_NAME);
    }
}
