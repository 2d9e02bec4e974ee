package io.iprules.northeast;

import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.PolicyDescription;
import io.iprules.Problem;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.iprules.kit.PolicyFiles;
import io.iprules.kit.Problems;
import io.iprules.northeast.rules.NortheastScope;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads northeast-2017 requests through the real JSON contract and validates them, without a rule engine (for
 * the validation tests): an engine that knows the policy's description and evaluates nothing.
 */
final class ContractOnly {
    static final PolicyDescription POLICY = PolicyFiles.describe(NortheastRegion.class);
    static final NortheastScope SCOPE = NortheastScope.load();

    private static final JsonContract CONTRACT = new JsonContract(new RulesEngine() {
        @Override
        public List<PolicyDescription> policies() {
            return List.of(POLICY);
        }

        @Override
        public PolicyDescription policy(String id) {
            if (!POLICY.id().equals(id)) {
                throw new IllegalArgumentException("unknown policy " + id);
            }
            return POLICY;
        }

        @Override
        public EvaluationResult evaluate(EvaluationRequest request) {
            throw new UnsupportedOperationException("no rules yet");
        }

        @Override
        public List<io.iprules.Outcome> evaluateAll(List<EvaluationRequest> requests) {
            throw new UnsupportedOperationException("no rules yet");
        }
    });

    private ContractOnly() {
    }

    /** The request bound by the contract (binding problems throw). */
    static EvaluationRequest read(String json) {
        return CONTRACT.read(json.getBytes(StandardCharsets.UTF_8), LocalDate.of(2021, 6, 30)).request();
    }

    /** Every problem of {@code json}: the contract's binding problems, else the module's validation's. */
    static List<Problem> problems(String json) {
        EvaluationRequest request;
        try {
            request = read(json);
        } catch (InvalidRequestException e) {
            return e.problems();
        }
        Problems p = Problems.root(request.subjectKey());
        NortheastValidation.check((NortheastRegion) request.subject(), SCOPE, p);
        return p.list();
    }
}
