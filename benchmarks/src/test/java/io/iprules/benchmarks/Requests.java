package io.iprules.benchmarks;

import io.iprules.EvaluationRequest;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Boundary requests written by hand as JSON and read through the outside contract, as a caller's would be. */
final class Requests {
    private Requests() {
    }

    static EvaluationRequest json(RulesEngine engine, String json) {
        return new JsonContract(engine).read(json.getBytes(StandardCharsets.UTF_8), LocalDate.MIN).request();
    }
}
