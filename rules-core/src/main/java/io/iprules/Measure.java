package io.iprules;

import java.util.Objects;

/**
 * An informational measure: what a provision says someone shall do (a department, the applicant), with no condition
 * to decide; shown so that a reader sees everything the text asks, not only what it pays.
 *
 * @param citation  the clause
 * @param addressee who it is addressed to, e.g. {@code 市知识产权局}
 * @param text      what it says, in words
 */
public record Measure(String citation, String addressee, Text text) {
    /** Checks the parts. */
    public Measure {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(text, "text");
    }
}
