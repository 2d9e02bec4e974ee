package io.iprules.spi;

import java.util.Collection;

/** A policy's compiled rules, loaded once per engine. Thread-safe. */
public interface RuleBase {

    /**
     * Runs the rules over {@code facts} and the {@code decision}, which is inserted too and collects what the
     * rules decide. Every rule that fires is recorded in the decision's trace with its citation.
     */
    void run(Decision decision, Collection<?> facts);
}
