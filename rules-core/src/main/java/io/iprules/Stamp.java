package io.iprules;

import io.iprules.internal.EngineReceipts;
import io.iprules.internal.Fingerprints;

/**
 * The parts of a receipt an engine knows before any request (computed once per policy when the engine is built),
 * and the request one result was evaluated for, whose digest is computed only when the receipt is asked for.
 */
record Stamp(EngineReceipts.Parts engine, EvaluationRequest request, String subjectKey) {

    Receipt receipt(Receipt.AsOfSource asOfSource) {
        return new Receipt(engine.library(), engine.policy(), engine.policyVersion(), engine.rules(),
                engine.parameters(), engine.data(), Fingerprints.request(request, subjectKey), request.asOf(),
                asOfSource);
    }
}
