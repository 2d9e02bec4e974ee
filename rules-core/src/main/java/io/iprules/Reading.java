package io.iprules;

import java.util.Objects;

/**
 * A reading of the text that is a choice (解释): where the words admit more than one meaning, the one a policy module
 * applies, written once in the module's data in both languages with the clause it reads. Rule files and the README
 * refer to it by id.
 *
 * @param id       the reading's id, unique in its policy, e.g. {@code recognition-one-matter}
 * @param citation the clause it reads, e.g. {@code example-2020 §3(2)}
 * @param text     the reading, in both languages
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record Reading(String id, String citation, Text text) {
    /** Checks the parts. */
    public Reading {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(text, "text");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("a reading id is lower case, digits and hyphens: " + id);
        }
    }
}
