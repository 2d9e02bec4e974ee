package io.iprules;

import java.util.Objects;

/**
 * One condition of eligibility, checked for one subject (the applicant, or a named part of it such as a park).
 *
 * @param code     the condition code, e.g. {@code EX_PATENT_DENSITY}
 * @param subject  whom it is about: the applicant's name or, e.g., the park's name
 * @param met      whether it holds
 * @param actual   the actual value as shown to a reader (e.g. {@code 47.9}), or {@code null} for a plain yes/no fact
 * not given
 * @param required what the text requires (e.g. {@code >= 48.4})
 * @param citation the provision
 * @param detail   an explanation, including the shortfall when unmet; may be {@code null}
 * @param gap      for an unmet threshold, how far short the actual value is (in the actual value's unit), else
 * {@code null}
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public record Condition(String code, String subject, boolean met, String actual, String required,
                        String citation, Text detail, String gap) {
    /** Checks the required parts. */
    public Condition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(citation, "citation");
    }
}
