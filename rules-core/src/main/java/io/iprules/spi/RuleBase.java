package io.iprules.spi;

import java.util.Collection;

/** A policy's compiled rules, loaded once per engine. Thread-safe. */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.1.0")
public interface RuleBase {

    /**
     * Runs the rules over {@code facts} in one session. Every rule that fires with a {@link RuleRecorder}, or a
     * {@linkplain RuleRecorder.Carrier fact carrying} one, in its match is reported to that recorder with its name and
     * citation. The facts of several applicants may share one session, each with its own recorder, as long as the rules
     * join an applicant's facts to its recorder.
     */
    void run(Collection<?> facts);

    /** Runs the rules over {@code recorder} and {@code facts}: one applicant's session. */
    default void run(RuleRecorder recorder, Collection<?> facts) {
        java.util.List<Object> all = new java.util.ArrayList<>(facts.size() + 1);
        all.add(recorder);
        all.addAll(facts);
        run(all);
    }
}
