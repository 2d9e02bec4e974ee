package io.iprules.kit;

import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.PolicyDescription;
import io.iprules.spi.Evaluation;
import io.iprules.spi.Outcome;
import io.iprules.spi.PolicyModule;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy module built on the kit: described by its data files ({@link PolicyFiles}, next to the subclass), and
 * evaluated one subject at a time by {@link #evaluate(Evaluation)}, which reports a subject's input problems by
 * throwing {@link InvalidRequestException} (as {@link Problems#throwIfAny()} does). A chunk's items are evaluated in
 * order, each in its own rule session; a problem of one item does not stop the others.
 *
 * <pre>{@code
 * public final class Toy2020 extends KitModule {
 *     static final MessageCatalog MESSAGES = MessageCatalog.load(Toy2020.class, "messages");
 *     public String id() { return "toy-2020"; }
 *     public EvaluationResult evaluate(Evaluation e) {
 *         ToyApplicant a = (ToyApplicant) e.subject();
 *         Problems p = Problems.root(e.subjectKey());
 *         p.required("name", a.name());
 *         p.throwIfAny();
 *         Decision d = Decision.start(e, MESSAGES);
 *         e.rules().run(d, List.of(a));
 *         return d.result(a.name()).eligible(d.standing().size() > 0).build();
 *     }
 * }
 * }</pre>
 */
public abstract class KitModule implements PolicyModule {

    /** For subclasses, which the service loader makes. */
    protected KitModule() {
    }

    /** The description read from {@code policy.json} and the files it lists, next to the subclass. */
    @Override
    public PolicyDescription describe() {
        return PolicyFiles.describe(getClass());
    }

    /**
     * Validates and evaluates one subject. Must be thread-safe.
     *
     * @throws InvalidRequestException naming each problem of the subject with its JSON path
     */
    public abstract EvaluationResult evaluate(Evaluation evaluation);

    /** Evaluates each item with {@link #evaluate(Evaluation)}, in order; an item's problems become its outcome. */
    @Override
    public List<Outcome> evaluate(List<Evaluation> chunk) {
        List<Outcome> out = new ArrayList<>(chunk.size());
        for (Evaluation e : chunk) {
            try {
                out.add(Outcome.of(evaluate(e)));
            } catch (InvalidRequestException x) {
                out.add(Outcome.invalid(x.problems()));
            }
        }
        return out;
    }

    /** The kit's messages, which explanations fall back to, are part of the module's rules material. */
    @Override
    public List<Class<?>> sharedMaterial() {
        return List.of(MessageCatalog.class);
    }
}
