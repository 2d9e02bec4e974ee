package io.iprules;

import io.iprules.internal.Fingerprints;

/**
 * The parts of a receipt an engine knows before any request (computed once per policy when the engine is built),
 * and the request one result was evaluated for, whose digest is computed only when the receipt is asked for.
 */
record Stamp(Engine engine, EvaluationRequest request, String subjectKey) {

    /** The per-engine, per-policy parts. */
    record Engine(String library, String policy, String policyVersion, String rules, String parameters,
                  java.util.SortedMap<String, String> data) {
        Engine {
            data = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(data == null ? java.util.Map.of()
                    : data));
        }

        /** For a policy that reads no deployment data. */
        Engine(String library, String policy, String policyVersion, String rules, String parameters) {
            this(library, policy, policyVersion, rules, parameters, null);
        }
    }

    Receipt receipt(Receipt.AsOfSource asOfSource) {
        return new Receipt(engine.library(), engine.policy(), engine.policyVersion(), engine.rules(),
                engine.parameters(), engine.data(), Fingerprints.request(request, subjectKey), request.asOf(), asOfSource);
    }
}
