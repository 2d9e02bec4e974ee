package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.Outcome;
import io.iprules.PolicyDescription;
import io.iprules.Problem;
import io.iprules.SubjectKind;
import io.iprules.Text;
import io.iprules.spi.Evaluation;
import io.iprules.spi.RuleBase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * How a kit module evaluates a chunk of subjects without a rule engine: a rule base that records the facts of each
 * session stands in for Drools, so that what a session holds, how a chunk is split, and what happens to an invalid
 * subject or a failing session can be read off directly.
 */
class KitModuleTest {
    private static final LocalDate AS_OF = LocalDate.of(2020, 9, 1);
    private static final PolicyDescription POLICY = new PolicyDescription("chunky-2020", Text.plain("Chunky"), null,
            AS_OF, AS_OF, null, "chunky-2020 §9", "1", List.of(), List.of(),
            List.of(new SubjectKind("applicant", String.class, Text.plain("a"))), List.of(), List.of());

    /** A subject's fact, carrying its decision as a module's facts do. */
    record Fact(Decision decision, String name) implements DecisionFact {
    }

    /** Facts every subject shares. */
    record Shared(String what) {
    }

    /** Records the facts of every session; a session holding the subject "boom" fails, as a rule with a bug would. */
    static class RecordingRules implements RuleBase {
        final List<List<Object>> sessions = new ArrayList<>();

        @Override
        public void run(Collection<?> facts) {
            sessions.add(List.copyOf(facts));
            if (facts.stream().anyMatch(f -> f instanceof Fact x && x.name().equals("boom"))) {
                throw new IllegalStateException("a rule failed on boom");
            }
        }
    }

    record Eval(Object subject, RuleBase rules) implements Evaluation {
        @Override
        public PolicyDescription policy() {
            return POLICY;
        }

        @Override
        public LocalDate asOf() {
            return AS_OF;
        }

        @Override
        public String subjectKey() {
            return "applicant";
        }
    }

    /** Prepares each subject (a name; a blank one is invalid) for a session shared with its chunk. */
    static class Chunky extends KitModule {
        @Override
        public String id() {
            return "chunky-2020";
        }

        @Override
        protected Prepared prepare(Evaluation e) {
            String name = (String) e.subject();
            Problems.refuseAtOnce(e.subjectKey(), p -> p.required("name", name));
            Decision d = Decision.start(e, MessageCatalog.kit());
            return new Prepared(d, List.of(new Fact(d, name)), decision -> decision.result(name).build());
        }

        @Override
        protected List<?> sharedFacts(PolicyDescription policy) {
            return List.of(new Shared(policy.id()));
        }
    }

    /** As {@link Chunky}, whose rules take each decision from the subject's facts only. */
    static final class NoDecisionFacts extends Chunky {
        @Override
        protected boolean decisionIsAFact() {
            return false;
        }
    }

    private static List<Evaluation> chunk(RuleBase rules, String... names) {
        List<Evaluation> out = new ArrayList<>();
        for (String n : names) {
            out.add(new Eval(n, rules));
        }
        return out;
    }

    private static String describe(Object fact) {
        if (fact instanceof Decision) {
            return "Decision";
        }
        if (fact instanceof Fact f) {
            return "Fact " + f.name();
        }
        return fact.toString();
    }

    @Test
    void aChunkIsOneSessionTheSharedFactsOnceThenEachSubjectsDecisionAndFactsInOrder() {
        RecordingRules rules = new RecordingRules();
        List<Outcome> out = new Chunky().evaluate(chunk(rules, "甲", "乙"));
        assertThat(rules.sessions).hasSize(1);
        assertThat(rules.sessions.get(0)).extracting(KitModuleTest::describe).containsExactly(
                "Shared[what=chunky-2020]", "Decision", "Fact 甲", "Decision", "Fact 乙");
        // each subject's own decision, inserted before its facts
        Fact first = (Fact) rules.sessions.get(0).get(2);
        assertThat(rules.sessions.get(0).get(1)).isSameAs(first.decision());
        assertThat(first.decision().brought(Fact.class)).as("told what its subject brought").isTrue();
        assertThat(first.recorder()).as("a rule matching the fact cites into its decision").isSameAs(first.decision());
        assertThat(out).extracting(o -> o.result().subjectName()).containsExactly("甲", "乙");
    }

    @Test
    void aModuleWhoseRulesTakeTheDecisionFromItsFactsDoesNotInsertIt() {
        RecordingRules rules = new RecordingRules();
        new NoDecisionFacts().evaluate(chunk(rules, "甲", "乙"));
        assertThat(rules.sessions.get(0)).extracting(KitModuleTest::describe)
                .containsExactly("Shared[what=chunky-2020]", "Fact 甲", "Fact 乙");
    }

    @Test
    void anInvalidSubjectIsItsOwnOutcomeAndTheOthersAreEvaluatedTogether() {
        RecordingRules rules = new RecordingRules();
        List<Outcome> out = new Chunky().evaluate(chunk(rules, "甲", " ", "丙"));
        assertThat(out.get(0).result().subjectName()).isEqualTo("甲");
        assertThat(out.get(1).evaluated()).isFalse();
        assertThat(out.get(1).problems()).containsExactly(new Problem("applicant.name", "is required"));
        assertThat(out.get(2).result().subjectName()).isEqualTo("丙");
        assertThat(rules.sessions).hasSize(1);
        assertThat(rules.sessions.get(0)).extracting(KitModuleTest::describe).containsExactly(
                "Shared[what=chunky-2020]", "Decision", "Fact 甲", "Decision", "Fact 丙");
    }

    @Test
    void aLongChunkIsSplitIntoSessionsOfAtMost64Subjects() {
        RecordingRules rules = new RecordingRules();
        String[] names = IntStream.range(0, 130).mapToObj(i -> "s" + i).toArray(String[]::new);
        List<Outcome> out = new NoDecisionFacts().evaluate(chunk(rules, names));
        // 130 = 64 + 64 + 2, each session with the shared fact once
        assertThat(rules.sessions).extracting(List::size).containsExactly(65, 65, 3);
        assertThat(describe(rules.sessions.get(1).get(1))).isEqualTo("Fact s64");
        assertThat(describe(rules.sessions.get(2).get(2))).isEqualTo("Fact s129");
        assertThat(out).extracting(o -> o.result().subjectName()).containsExactly(names);
    }

    @Test
    void whenASharedSessionFailsEachSubjectIsEvaluatedAloneAndTheOneThatFailsRaisesIt() {
        RecordingRules rules = new RecordingRules();
        assertThatThrownBy(() -> new Chunky().evaluate(chunk(rules, "甲", "boom", "丙")))
                .isInstanceOf(IllegalStateException.class).hasMessage("a rule failed on boom");
        assertThat(rules.sessions).extracting(s -> s.stream().map(KitModuleTest::describe).toList()).containsExactly(
                List.of("Shared[what=chunky-2020]", "Decision", "Fact 甲", "Decision", "Fact boom", "Decision",
                        "Fact 丙"),
                List.of("Shared[what=chunky-2020]", "Decision", "Fact 甲"),
                List.of("Shared[what=chunky-2020]", "Decision", "Fact boom"));

        RecordingRules alone = new RecordingRules();
        assertThatThrownBy(() -> new Chunky().evaluate(chunk(alone, "boom")))
                .isInstanceOf(IllegalStateException.class).hasMessage("a rule failed on boom");
        assertThat(alone.sessions).as("a session of one is not tried again").hasSize(1);
    }

    @Test
    void aFailingSessionDoesNotLoseTheResultsOfTheSessionsAroundIt() {
        // the first session of 64 fails on boom only when it is among them; the second session is evaluated as usual
        RecordingRules rules = new RecordingRules() {
            @Override
            public void run(Collection<?> facts) {
                sessions.add(List.copyOf(facts));
                if (facts.size() > 3 && facts.stream().anyMatch(f -> f instanceof Fact x && x.name().equals("s0"))) {
                    throw new IllegalStateException("fails only in company");
                }
            }
        };
        String[] names = IntStream.range(0, 66).mapToObj(i -> "s" + i).toArray(String[]::new);
        List<Outcome> out = new Chunky().evaluate(chunk(rules, names));
        assertThat(out).extracting(o -> o.result().subjectName()).containsExactly(names);
        // one failed session of 64, 64 sessions of one, then the last two subjects together
        assertThat(rules.sessions).hasSize(66);
        assertThat(rules.sessions.get(65)).extracting(KitModuleTest::describe).containsExactly(
                "Shared[what=chunky-2020]", "Decision", "Fact s64", "Decision", "Fact s65");
    }

    @Test
    void oneEvaluationIsAChunkOfOne() {
        RecordingRules rules = new RecordingRules();
        EvaluationResult r = new Chunky().evaluate(new Eval("甲", rules));
        assertThat(r.subjectName()).isEqualTo("甲");
        assertThat(r.policy()).isEqualTo("chunky-2020");
        assertThat(rules.sessions).singleElement().satisfies(s -> assertThat(s).extracting(KitModuleTest::describe)
                .containsExactly("Shared[what=chunky-2020]", "Decision", "Fact 甲"));
    }

    @Test
    void aModuleThatImplementsNeitherWaySaysSo() {
        KitModule neither = new KitModule() {
            @Override
            public String id() {
                return "neither";
            }
        };
        assertThatThrownBy(() -> neither.evaluate(new Eval("甲", new RecordingRules())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("overrides neither prepare(Evaluation) nor evaluate(Evaluation): a KitModule"
                        + " implements one of them");
    }

    @Test
    void aModuleThatCountsNoWorkingDaysDeclaresNoDataAndReadsNone() {
        Chunky m = new Chunky();
        assertThat(m.dataKinds()).isEmpty();
        assertThatThrownBy(() -> m.useData(KitModule.CALENDAR, Map.of()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(m.sharedMaterial()).as("the kit's messages explain its results too")
                .containsExactly(MessageCatalog.class);
    }
}
