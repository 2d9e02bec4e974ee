package io.iprules.json;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.iprules.PolicyDescription;
import io.iprules.RulesEngine;
import io.iprules.SubjectKind;
import io.iprules.Text;
import java.time.LocalDate;
import java.util.List;

/**
 * The contract over an engine that knows one policy, {@code p-1}, whose one subject is an {@code applicant} of the
 * given type: for tests of how requests are read, which never reach a rule.
 */
final class OneSubjectContract {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private OneSubjectContract() {
    }

    static JsonContract of(Class<?> applicant) {
        return of(applicant, mock(RulesEngine.class));
    }

    /** The contract over {@code engine}, a mock that is told here which policy it knows. */
    static JsonContract of(Class<?> applicant, RulesEngine engine) {
        PolicyDescription d = new PolicyDescription("p-1", Text.plain("P"), null, TODAY, TODAY, null, "p-1 §9", "1",
                List.of(), List.of(), List.of(new SubjectKind("applicant", applicant, Text.plain("a"))));
        when(engine.policies()).thenReturn(List.of(d));
        when(engine.policy("p-1")).thenReturn(d);
        return new JsonContract(engine);
    }
}
