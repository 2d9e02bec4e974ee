package io.iprules;

import java.util.List;
import java.util.Objects;

/**
 * One provision of a policy text and what the module does with it.
 *
 * @param citation the provision, e.g. {@code example-2020 §3(2)}
 * @param title    what it is about, in words
 * @param codes    the award, condition or indicator codes it produces
 * @param status   implemented, or not formalised
 * @param note     the reading chosen where the text is ambiguous, or why it is not formalised; may be empty
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public record Provision(String citation, Text title, List<String> codes, ProvisionStatus status, Text note) {
    /** Checks the required parts. */
    public Provision {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(title, "title");
        codes = List.copyOf(codes);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
    }
}
