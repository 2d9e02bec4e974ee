package io.iprules.testkit.toy;

import io.iprules.Award;
import io.iprules.EvaluationResult;
import io.iprules.ParameterInfo;
import io.iprules.ParameterUnit;
import io.iprules.Phase;
import io.iprules.PolicyDescription;
import io.iprules.SubjectKind;
import io.iprules.Text;
import io.iprules.kit.Amount;
import io.iprules.kit.Decision;
import io.iprules.spi.Evaluation;
import io.iprules.kit.MessageCatalog;
import io.iprules.kit.KitModule;
import io.iprules.kit.Problems;
import java.time.LocalDate;
import java.util.List;

/**
 * A policy for the testkit's own tests, found through the test resources' service file: eligible when the count
 * is positive (its rule cites {@code toy §1}); the result also carries the awards and warnings the request lists,
 * and phase the request gives, and, when a deployment sets the open parameter {@code TOY_BONUS}, a bonus of that
 * amount.
 */
public final class ToyPolicy extends KitModule {
    public static final String ID = "toy-2020";
    private static final LocalDate IN_FORCE = LocalDate.of(2020, 1, 1);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PolicyDescription describe() {
        return new PolicyDescription(ID, Text.bilingual("玩具", "toy"), null, IN_FORCE, IN_FORCE, null, "toy §9", "1",
                List.of(), List.of(new ParameterInfo("TOY_BONUS", ParameterUnit.YUAN, "toy §3", Text.plain("bonus"),
                true, List.of())),
                List.of(new SubjectKind("applicant", ToyApplicant.class, Text.plain("a"))));
    }

    @Override
    public EvaluationResult evaluate(Evaluation evaluation) {
        ToyApplicant a = (ToyApplicant) evaluation.subject();
        Problems p = Problems.root(evaluation.subjectKey());
        p.required("name", a.name());
        p.required("count", a.count());
        p.throwIfAny();
        Decision d = Decision.start(evaluation, MessageCatalog.kit());
        evaluation.rules().run(d, List.of(a));
        EvaluationResult.Builder b = d.result(a.name()).eligible(a.count() > 0);
        for (ToyApplicant.Award x : a.awards() == null ? List.<ToyApplicant.Award>of() : a.awards()) {
            b.award(new Award(x.code(), a.name(), Text.plain(a.name()), null, Amount.yuan(x.amount()).value(), null,
                    "toy §2", Text.bilingual("给予", "given")));
        }
        Amount bonus = d.amount("TOY_BONUS", evaluation.asOf());
        if (bonus.isDetermined()) {
            b.award(new Award("TOY_BONUS", a.name(), Text.plain(a.name()), null, bonus.value(), null, "toy §3",
                    Text.bilingual("奖励", "bonus")));
        }
        if (a.phase() != null) {
            b.phase(new Phase(a.phase(), Text.plain(a.phase()), IN_FORCE, null, "toy §4", "phase", Text.plain("")));
        }
        for (String w : a.warnings() == null ? List.<String>of() : a.warnings()) {
            b.warning(Text.plain(w));
        }
        return b.build();
    }
}
