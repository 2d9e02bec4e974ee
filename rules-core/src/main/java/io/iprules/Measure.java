package io.iprules;

import java.util.List;
import java.util.Objects;

/**
 * An informational measure: what a provision says someone shall do (a department, the applicant), with no condition
 * to decide; shown so that a reader sees everything the text asks, not only what it pays.
 *
 * @param citation  the clause
 * @param addressee who it is addressed to, e.g. {@code 市知识产权局}
 * @param text      what it says, in words
 * @param place     the place within the addressee the sentence names (e.g. {@code 蒙东地区}), or {@code null}
 * @param scope     what that place covers where the text does not say (e.g. the five leagues and cities of 蒙东);
 *                  empty otherwise
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record Measure(String citation, String addressee, Text text, String place, List<String> scope) {
    /** Checks the parts; an absent scope is empty. */
    public Measure {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(text, "text");
        scope = scope == null ? List.of() : List.copyOf(scope);
    }

    /** A measure addressed to {@code addressee} as a whole. */
    public Measure(String citation, String addressee, Text text) {
        this(citation, addressee, text, null, List.of());
    }
}
