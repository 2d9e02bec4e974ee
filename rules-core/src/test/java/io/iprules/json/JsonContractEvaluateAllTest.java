package io.iprules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.iprules.EvaluationResult;
import io.iprules.Language;
import io.iprules.Receipt;
import io.iprules.RulesEngine;
import io.iprules.fixture.ToyInstall;
import io.iprules.fixture.ToyPolicy;
import io.iprules.Outcome;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests read first and evaluated together (what a batch does): each result says where its date came from, as
 * {@link JsonContract#evaluate} one by one says it (docs/contract.md: receipt.asOfSource REQUEST, OVERRIDE, DEFAULT).
 */
class JsonContractEvaluateAllTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 2);
    private static final LocalDate OVERRIDE = LocalDate.of(2021, 3, 4);

    @TempDir
    Path tmp;

    private JsonContract contract() throws IOException {
        try (URLClassLoader l = ToyInstall.loader(ToyInstall.folder(tmp.resolve("toy"),
                ToyInstall.toy(ToyPolicy.ID)))) {
            return new JsonContract(RulesEngine.builder().classLoader(l).withoutDiscovery().module(new ToyPolicy())
                    .build());
        }
    }

    private static List<JsonContract.ParsedRequest> read(JsonContract contract, String... requests) {
        return java.util.Arrays.stream(requests)
                .map(r -> contract.read(r.getBytes(StandardCharsets.UTF_8), TODAY)).toList();
    }

    private static final String GIVEN = "{\"policy\":\"toy-2020\",\"asOf\":\"2020-06-30\","
            + "\"applicant\":{\"name\":\"甲\",\"count\":1}}";
    private static final String WITHOUT = "{\"policy\":\"toy-2020\",\"applicant\":{\"name\":\"乙\",\"count\":2}}";
    private static final String INVALID = "{\"policy\":\"toy-2020\",\"asOf\":\"2020-06-30\","
            + "\"applicant\":{\"name\":\"丙\"}}";

    @Test
    void eachResultSaysWhereItsDateCameFrom() throws IOException {
        JsonContract contract = contract();
        List<Outcome> outcomes = contract.evaluateAll(read(contract, GIVEN, WITHOUT, INVALID), null);
        assertThat(outcomes).hasSize(3);
        EvaluationResult given = outcomes.get(0).result();
        assertThat(given.asOf()).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(given.receipt().orElseThrow().asOfSource()).isEqualTo(Receipt.AsOfSource.REQUEST);
        assertThat(given.warnings()).isEmpty();
        EvaluationResult defaulted = outcomes.get(1).result();
        assertThat(defaulted.asOf()).isEqualTo(TODAY);
        assertThat(defaulted.receipt().orElseThrow().asOfSource()).isEqualTo(Receipt.AsOfSource.DEFAULT);
        assertThat(defaulted.warnings()).extracting(w -> w.in(Language.EN)).containsExactly(
                "the request gives no asOf date: evaluated as of today in China (Asia/Shanghai), 2026-01-02");
        assertThat(outcomes.get(2).evaluated()).isFalse();
        assertThat(outcomes.get(2).problems()).extracting(p -> p.path()).containsExactly("applicant.count");
        // the same results as one by one
        assertThat(contract.write(given, Language.EN, false)).isEqualTo(contract.write(
                contract.evaluate(GIVEN.getBytes(StandardCharsets.UTF_8), TODAY, null), Language.EN, false));
        assertThat(contract.write(defaulted, Language.EN, false)).isEqualTo(contract.write(
                contract.evaluate(WITHOUT.getBytes(StandardCharsets.UTF_8), TODAY, null), Language.EN, false));
    }

    @Test
    void anOverrideReplacesEveryRequestsDateAndSaysSo() throws IOException {
        JsonContract contract = contract();
        List<Outcome> outcomes = contract.evaluateAll(read(contract, GIVEN, WITHOUT, INVALID), OVERRIDE);
        for (int i = 0; i < 2; i++) {
            EvaluationResult r = outcomes.get(i).result();
            assertThat(r.asOf()).as("%d", i).isEqualTo(OVERRIDE);
            assertThat(r.receipt().orElseThrow().asOf()).isEqualTo(OVERRIDE);
            assertThat(r.receipt().orElseThrow().asOfSource()).isEqualTo(Receipt.AsOfSource.OVERRIDE);
            assertThat(r.warnings()).as("no default, no warning").isEmpty();
        }
        assertThat(outcomes.get(2).evaluated()).isFalse();
        assertThat(contract.write(outcomes.get(1).result(), Language.EN, false)).isEqualTo(contract.write(
                contract.evaluate(WITHOUT.getBytes(StandardCharsets.UTF_8), TODAY, OVERRIDE), Language.EN, false));
    }

    /** An engine that answers for fewer requests than it was given is a bug, said as one, not a shorter batch. */
    @Test
    void anEngineThatLosesAnAnswerIsAnError() throws IOException {
        List<JsonContract.ParsedRequest> parsed = read(contract(), GIVEN, WITHOUT);
        RulesEngine engine = mock(RulesEngine.class);
        when(engine.evaluateAll(anyList())).thenReturn(List.of(Outcome.invalid(List.of(new io.iprules.Problem("",
                "x")))));
        assertThatThrownBy(() -> new JsonContract(engine).evaluateAll(parsed, null))
                .isInstanceOf(IllegalStateException.class).hasMessage("the engine answered 1 outcomes for 2 requests");
        RulesEngine silent = mock(RulesEngine.class);
        when(silent.evaluateAll(anyList())).thenReturn(null);
        assertThatThrownBy(() -> new JsonContract(silent).evaluateAll(parsed, null))
                .isInstanceOf(IllegalStateException.class).hasMessage("the engine answered nothing for 2 requests");
    }
}
