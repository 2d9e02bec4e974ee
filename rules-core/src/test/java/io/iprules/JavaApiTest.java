package io.iprules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.fixture.ToyApplicant;
import io.iprules.fixture.ToyCounty;
import io.iprules.fixture.ToyInstall;
import io.iprules.fixture.ToyPolicy;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java API as a caller meets it (#17 item 7): typed keys, an unknown policy as an empty optional, results that
 * print readably, and awards and exclusions read the same way.
 */
class JavaApiTest {
    private static final LocalDate D = LocalDate.of(2020, 6, 30);
    /** What a policy module publishes: its keys, typed by subject. */
    private static final PolicyKey<ToyApplicant> APPLICANT = PolicyKey.of(ToyPolicy.ID, "applicant",
            ToyApplicant.class);
    private static final PolicyKey<ToyCounty> COUNTY = PolicyKey.of(ToyPolicy.ID, "county", ToyCounty.class);

    @TempDir
    Path tmp;
    private URLClassLoader loader;

    @BeforeEach
    void install() throws IOException {
        loader = ToyInstall.loader(ToyInstall.folder(tmp.resolve("toy"), ToyInstall.toy(ToyPolicy.ID)));
    }

    @AfterEach
    void close() throws IOException {
        loader.close();
    }

    private RulesEngine engine() {
        return RulesEngine.builder().classLoader(loader).withoutDiscovery().module(new ToyPolicy()).build();
    }

    @Test
    void aTypedKeyEvaluatesUnderItsRequestKeyAndGivesWhatTheGenericEntryGives() {
        RulesEngine engine = engine();
        EvaluationResult typed = engine.evaluate(APPLICANT, D, new ToyApplicant("a", 3));
        EvaluationResult generic = engine.evaluate(ToyPolicy.ID, D, new ToyApplicant("a", 3));
        assertThat(typed.eligible()).isTrue();
        assertThat(typed.conditions()).isEqualTo(generic.conditions());
        assertThat(typed.receipt().orElseThrow().request()).isEqualTo(generic.receipt().orElseThrow().request());
        assertThat(engine.evaluate(COUNTY, D, new ToyCounty("c")).subjectName()).isEqualTo("c");
        // engine.evaluate(APPLICANT, D, new ToyCounty("c")) does not compile; a raw key is still checked at run time
        @SuppressWarnings({"unchecked", "rawtypes"})
        PolicyKey<Object> raw = (PolicyKey) APPLICANT;
        // as the engine refuses a wrong subject (RulesEngine.evaluate's @throws), not a ClassCastException
        assertThatThrownBy(() -> engine.evaluate(raw, D, new ToyCounty("c")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem("applicant", "must be a ToyApplicant, not a ToyCounty",
                                "必须是 ToyApplicant,而不是 ToyCounty")));
        assertThat(APPLICANT).hasToString("toy-2020/applicant (ToyApplicant)");
    }

    @Test
    void aKeyOfAPolicyNoModuleProvidesIsRefusedAsTheRequestWouldBe() {
        PolicyKey<ToyApplicant> nope = PolicyKey.of("nope-2020", "applicant", ToyApplicant.class);
        assertThatThrownBy(() -> engine().evaluate(nope, D, new ToyApplicant("a", 1)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("unknown policy 'nope-2020'");
    }

    @Test
    void anUnknownPolicyIsAnEmptyOptionalForAJavaCaller() {
        RulesEngine engine = engine();
        assertThat(engine.findPolicy(ToyPolicy.ID)).get().extracting(PolicyDescription::id).isEqualTo(ToyPolicy.ID);
        assertThat(engine.findPolicy("nope")).isEmpty();
        assertThat(engine.findPolicy(null)).isEmpty();
    }

    @Test
    void theInterfacesOwnFindPolicyReadsThePolicyList() {
        RulesEngine engine = engine();
        RulesEngine plain = new RulesEngine() {
            @Override public List<PolicyDescription> policies() { return engine.policies(); }
            @Override public PolicyDescription policy(String id) { return engine.policy(id); }
            @Override public EvaluationResult evaluate(EvaluationRequest request) { return engine.evaluate(request); }
            @Override public List<Outcome> evaluateAll(List<EvaluationRequest> r) { return List.of(); }
        };
        assertThat(plain.findPolicy(ToyPolicy.ID)).isPresent();
        assertThat(plain.findPolicy("nope")).isEmpty();
    }

    private static final ExclusionReason CAP = new ExclusionReason("CAP", "p §7", Text.bilingual("限额", "cap"));

    private static EvaluationResult result() {
        return EvaluationResult.builder("p-1", D, "禾城\u0007公司")
                .eligible(true)
                .award(new Award("A_ONE", "x", Text.plain("x"), D, new BigDecimal("100.00"), null, "p §1",
                        Text.bilingual("因为", "because")))
                .award(new Award("A_TWO", "y", Text.plain("y"), D, null, "A_TWO.AMOUNT", "p §2", Text.plain("r")))
                .exclusion(new Exclusion("A_ONE", "z", Text.plain("z"), D, new BigDecimal("50.00"), CAP, "p §7",
                        "p §1", Text.bilingual("超过限额", "over the cap")))
                .warning(Text.plain("w"))
                .build();
    }

    @Test
    void aResultPrintsItsVerdictTotalAndEveryItemWithItsCitation() {
        assertThat(result().toString()).isEqualTo("""
                EvaluationResult[p-1 as of 2020-06-30, 禾城\\u0007公司: eligible, total 100.00 + 1 undetermined
                  + A_ONE x 100.00 [p §1]
                  + A_TWO y ? (waits for A_TWO.AMOUNT) [p §2]
                  - A_ONE z 50.00 CAP [p §7]
                  warnings: 1]""");
    }

    /**
     * The problems of one refusal merged with a caller's own: those the first list counted ("…and 500 more") are
     * counted again, not taken for one problem and cut, and the count is said last, once.
     */
    @Test
    void mergedProblemsKeepTheirCount() {
        List<Problem> six = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) {
            six.add(new Problem("applicant.items[" + i + "]", "wrong"));
        }
        InvalidRequestException big = new InvalidRequestException(six);
        assertThat(big.problems()).hasSize(101).last().isEqualTo(InvalidRequestException.more(500));
        List<Problem> merged = new java.util.ArrayList<>(big.problems());
        merged.add(new Problem("applicant.mine", "my own check"));
        List<Problem> kept = new InvalidRequestException(merged).problems();
        assertThat(kept).hasSize(101).last().isEqualTo(InvalidRequestException.more(501));
        assertThat(kept.get(99).path()).isEqualTo("applicant.items[99]");
        List<Problem> mineFirst = new java.util.ArrayList<>(List.of(new Problem("applicant.mine", "my own check")));
        mineFirst.addAll(big.problems());
        assertThat(new InvalidRequestException(mineFirst).problems()).hasSize(101).last()
                .isEqualTo(InvalidRequestException.more(501));
        // a few, with a count and the rest not checked: both said, after the problems
        List<Problem> few = List.of(new Problem("a", "x"), InvalidRequestException.more(3),
                InvalidRequestException.notCheckedFurther(), new Problem("b", "y"));
        assertThat(new InvalidRequestException(few).problems()).containsExactly(new Problem("a", "x"),
                new Problem("b", "y"), InvalidRequestException.more(3), InvalidRequestException.notCheckedFurther());
        // an outcome lists what its refusal would
        Outcome invalid = Outcome.invalid(six);
        assertThat(invalid.problems()).isEqualTo(big.problems());
        org.assertj.core.api.Assertions.assertThatThrownBy(invalid::resultOrThrow)
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .isEqualTo(big.problems()));
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> new InvalidRequestException(java.util.Arrays.asList(new Problem("a", "x"), null)))
                .withMessage("problems[1] is null");
    }

    /** An amount is yuan to the fen: one finer, or negative, is refused when the item is made, naming it. */
    @Test
    void anAmountFinerThanAFenOrNegativeIsRefusedWhenTheItemIsMade() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Award("C", "s", Text.plain("s"), null, new BigDecimal("1.005"), null, "c",
                        Text.plain("r")))
                .withMessage("C: the amount 1.005 is finer than a fen (分): yuan have at most two decimals");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Exclusion("C", "s", Text.plain("s"), D, new BigDecimal("-0.01"), CAP, "p §7",
                        "p §1", Text.plain("x")))
                .withMessage("C: the amount -0.01 is negative");
        // trailing zeros are no finer: 1.500 is 1.50
        assertThat(new Award("C", "s", Text.plain("s"), null, new BigDecimal("1.500"), null, "c", Text.plain("r"))
                .amount()).isEqualByComparingTo("1.5");
    }

    /** An outcome is a result or its problems; a null list is told as what to give, not as a JDK NPE naming nothing. */
    @Test
    void anOutcomeSaysWhatToGiveForItsProblems() {
        EvaluationResult r = result();
        assertThat(new Outcome(r, List.of()).evaluated()).isTrue();
        org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> new Outcome(r, null))
                .withMessage("problems: give List.of() with a result");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Outcome(null, List.of()))
                .withMessage("an outcome is a result or its problems, not both and not neither");
    }

    @Test
    void awardsAndExclusionsAreReadTheSameWay() {
        EvaluationResult r = result();
        assertThat(r.items()).extracting(ResultItem::code, ResultItem::citation, i -> i.explanation().in(Language.EN),
                        ResultItem::awarded)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A_ONE", "p §1", "because", true),
                        org.assertj.core.groups.Tuple.tuple("A_TWO", "p §2", "r", true),
                        org.assertj.core.groups.Tuple.tuple("A_ONE", "p §7", "over the cap", false));
        assertThat(r.awards().get(0).explanation()).isSameAs(r.awards().get(0).reason());
        assertThat(r.excluded().get(0).explanation()).isSameAs(r.excluded().get(0).detail());
    }

    @Test
    void aResultWithOnlyAnExclusionPrintsAndListsJustThat() {
        EvaluationResult r = EvaluationResult.builder("p-1", D, "甲")
                .exclusion(new Exclusion("A_ONE", "z", Text.plain("z"), D, new BigDecimal("50.00"), CAP, "p §7",
                        "p §1", Text.plain("x")))
                .build();
        assertThat(r.toString()).isEqualTo("""
                EvaluationResult[p-1 as of 2020-06-30, 甲: not eligible, total 0.00
                  - A_ONE z 50.00 CAP [p §7]]"""); // nothing undetermined: not "+ 0 undetermined"
        assertThat(r.items()).extracting(ResultItem::code, ResultItem::awarded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A_ONE", false));
        assertThat(CAP).hasToString("CAP");
    }
}
