package io.iprules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.Outcome;
import io.iprules.Problem;
import io.iprules.RulesEngine;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * A request refused while it is read — a value of the wrong type, an unknown field — is also told what the policy's
 * own checks find in the rest of it, so that, put right, it is not refused again for what it could have been told
 * the first time. The policy's checks are the engine's: here a mock that refuses every applicant's blank name.
 */
class JsonContractPolicyChecksTest {
    record Applicant(String name, Integer staff, LocalDate founded) {
    }

    private static final LocalDate TODAY = OneSubjectContract.TODAY;
    private static final Problem BLANK_NAME = new Problem("applicant.name", "must not be blank", "不能为空");

    private final RulesEngine engine = mock(RulesEngine.class);
    private final JsonContract contract = OneSubjectContract.of(Applicant.class, engine);

    private List<Problem> refused(String request, LocalDate override) {
        byte[] json = request.getBytes(StandardCharsets.UTF_8);
        return catchThrowableOfType(() -> contract.read(json, TODAY, override), InvalidRequestException.class)
                .problems();
    }

    /** The requests the engine was asked to check, in order. */
    @SuppressWarnings("unchecked")
    private List<EvaluationRequest> checked() {
        ArgumentCaptor<List<EvaluationRequest>> asked = ArgumentCaptor.forClass(List.class);
        verify(engine).evaluateAll(asked.capture());
        return asked.getValue();
    }

    @Test
    void aWrongTypeIsToldWithWhatThePolicyFindsInTheRest() {
        when(engine.evaluateAll(anyList())).thenReturn(List.of(Outcome.invalid(List.of(BLANK_NAME))));
        List<Problem> p = refused("{\"policy\": \"p-1\", \"asOf\": \"2013-06-30\","
                + " \"applicant\": {\"name\": \" \", \"staff\": \"ten\"}}", null);
        assertThat(p).extracting(Problem::path).containsExactly("applicant.staff", "applicant.name");
        assertThat(p.get(1).message(Language.ZH)).isEqualTo("不能为空");
        // the rest of the subject, the value of the wrong type set aside, on the request's date
        EvaluationRequest asked = checked().get(0);
        assertThat(asked.asOf()).isEqualTo(LocalDate.of(2013, 6, 30));
        assertThat(asked.subject()).isEqualTo(new Applicant(" ", null, null));
    }

    @Test
    void aProblemThePolicyFindsWhereAValueWasSetAsideIsNotToldTwice() {
        // the value set aside is missing to the policy, which says so: no new problem
        when(engine.evaluateAll(anyList())).thenReturn(List.of(Outcome.invalid(List.of(
                new Problem("applicant.staff", "is required", "必须填写"), BLANK_NAME))));
        List<Problem> p = refused("{\"policy\": \"p-1\", \"applicant\": {\"name\": \" \", \"staff\": true}}", null);
        assertThat(p).extracting(Problem::path).containsExactly("applicant.staff", "applicant.name");
        assertThat(p.get(0).message()).isEqualTo("must be a whole number");
    }

    @Test
    void thePolicyChecksOnTheDateTheRequestWillBeEvaluatedOn() {
        when(engine.evaluateAll(anyList())).thenReturn(List.of(Outcome.invalid(List.of(BLANK_NAME))));
        LocalDate override = LocalDate.of(2014, 1, 1);
        refused("{\"policy\": \"p-1\", \"asOf\": \"2013-06-30\", \"applicant\": {\"name\": \" \", \"staff\": \"ten\"}}",
                override);
        assertThat(checked().get(0).asOf()).isEqualTo(override);
    }

    @Test
    void anUnknownFieldIsToldWithWhatThePolicyFindsInTheSubject() {
        when(engine.evaluateAll(anyList())).thenReturn(List.of(Outcome.invalid(List.of(BLANK_NAME))));
        List<Problem> p = refused("{\"policy\": \"p-1\", \"asof\": \"2013-06-30\", \"applicant\": {\"name\": \" \"}}",
                null);
        assertThat(p).extracting(Problem::path).containsExactly("asof", "applicant.name");
        assertThat(checked().get(0).asOf()).isEqualTo(TODAY);
    }

    /** A check of a date against a wrong as-of date would say what is not so. */
    @Test
    void aWrongAsOfDateIsNotCheckedAgainst() {
        List<Problem> p = refused("{\"policy\": \"p-1\", \"asOf\": \"2013-02-30\","
                + " \"applicant\": {\"name\": \" \", \"staff\": \"ten\"}}", null);
        assertThat(p).extracting(Problem::path).containsExactly("asOf", "applicant.staff");
        verify(engine, never()).evaluateAll(anyList());
    }

    @Test
    void aRequestReadWithoutProblemsIsNotEvaluatedWhileItIsRead() {
        byte[] json = "{\"policy\": \"p-1\", \"applicant\": {\"name\": \" \", \"staff\": 10}}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(contract.read(json, TODAY, null).request().subject()).isEqualTo(new Applicant(" ", 10, null));
        verify(engine, never()).evaluateAll(anyList());
    }

    /** A failure in the policy's checks is a bug that the request meets again once put right; it is refused anyway. */
    @Test
    void aFailureOfThePolicysChecksLeavesTheProblemsAlreadyFound() {
        when(engine.evaluateAll(anyList())).thenThrow(new IllegalStateException("a bug"));
        List<Problem> p = refused("{\"policy\": \"p-1\", \"applicant\": {\"name\": \" \", \"staff\": \"ten\"}}", null);
        assertThat(p).extracting(Problem::path).containsExactly("applicant.staff");
    }

    @Test
    void aSubjectThePolicyFindsNothingWrongWithIsToldItsWrongTypeOnly() {
        when(engine.evaluateAll(anyList())).thenAnswer(a -> List.of(Outcome.of(mock(EvaluationResult.class))));
        List<Problem> p = refused("{\"policy\": \"p-1\", \"applicant\": {\"name\": \"x\", \"founded\": 2013}}", null);
        assertThat(p).extracting(Problem::path).containsExactly("applicant.founded");
    }
}
