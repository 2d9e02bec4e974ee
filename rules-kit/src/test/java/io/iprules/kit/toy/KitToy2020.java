package io.iprules.kit.toy;

import io.iprules.EvaluationResult;
import io.iprules.kit.Decision;
import io.iprules.kit.KitModule;
import io.iprules.kit.MessageCatalog;
import io.iprules.kit.Problems;
import io.iprules.spi.Evaluation;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy module built on the kit alone, as a new module would be: its description, parameters, targets, exclusion
 * reasons and readings are data next to it ({@code io/iprules/kit/toy/}), its rules are {@link ToyRules}, its words
 * are its messages. Listed in the test resources' {@code META-INF/services/io.iprules.spi.PolicyModule}.
 */
public final class KitToy2020 extends KitModule {
    public static final String ID = "kit-toy-2020";
    static final MessageCatalog MESSAGES = MessageCatalog.load(KitToy2020.class, "messages");

    @Override
    public String id() {
        return ID;
    }

    /** §3 counts working days: the engine hands it the deployment's calendar files. */
    @Override
    protected boolean usesWorkingDayCalendar() {
        return true;
    }

    @Override
    public EvaluationResult evaluate(Evaluation evaluation) {
        ToyApplicant a = (ToyApplicant) evaluation.subject();
        Problems p = Problems.root(evaluation.subjectKey());
        p.required("name", a.name());
        p.required("patents", a.patents());
        p.notNegative("patents", a.patents());
        if (a.asked() != null && a.asked().isAfter(evaluation.asOf())) {
            p.add("asked", MESSAGES.text("problem.asked-after-as-of"));
        }
        if (a.asked() != null && a.replied() != null && a.replied().isBefore(a.asked())) {
            p.add("replied", MESSAGES.text("problem.replied-before-asked"));
        }
        p.throwIfAny();
        Decision d = Decision.start(evaluation, MESSAGES);
        List<Object> facts = new ArrayList<>(evaluation.policy().targets());
        facts.add(a);
        facts.add(workingDayCalendar());
        evaluation.rules().run(d, facts);
        return d.result(a.name()).eligible(d.hasEligibleAward()).build();
    }
}
