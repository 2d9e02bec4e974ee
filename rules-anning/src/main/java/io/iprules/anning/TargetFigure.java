package io.iprules.anning;

import io.iprules.Target;
import io.iprules.kit.Decision;
import io.iprules.kit.Figure;
import java.util.Objects;

/**
 * One target of the plan (目标) with the county's figure for it (实绩), as a fact for the rules: paired in Java before
 * the rules see it, so that a rule only picks the targets of its clause ({@code citation == "anning-2022 §3(2)4"})
 * and never joins figures to targets. It carries its county's {@link Decision}: every rule joins it to that one
 * ({@code $d : Decision()  $a : TargetFigure(decision == $d, …)}), so the counties of a chunk sharing one rule
 * session never meet in a rule. The rules' working fact, not API.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.2.0")
public final class TargetFigure {
    private final Decision decision;
    private final Target target;
    private final Figure figure;

    TargetFigure(Decision decision, Target target, Figure figure) {
        this.decision = Objects.requireNonNull(decision, "decision");
        this.target = Objects.requireNonNull(target, "target");
        this.figure = Objects.requireNonNull(figure, "figure");
        if (!target.code().equals(figure.code())) {
            throw new IllegalArgumentException("figure " + figure.code() + " is not for target " + target.code());
        }
    }

    /** The county's working record, which every rule joins this fact to. */
    public Decision getDecision() {
        return decision;
    }

    /** The target's clause, which a rule selects its targets by. */
    public String getCitation() {
        return target.citation();
    }

    /** The target. */
    public Target getTarget() {
        return target;
    }

    /** The county's figure for it ({@code actual} {@code null} when not supplied). */
    public Figure getFigure() {
        return figure;
    }

    /**
     * A yes/no answer as the rules read it: {@code true} for yes, {@code false} for no, {@code null} when the county
     * did not say.
     */
    public Boolean getYes() {
        return figure.actual() == null ? null : figure.actual().signum() > 0;
    }

    @Override
    public String toString() {
        return target.code() + "=" + figure.actual();
    }
}
