package io.iprules.anning;

import io.iprules.Target;
import io.iprules.kit.Figure;
import java.util.Objects;

/**
 * One target of the plan (目标) with the county's figure for it (实绩), paired in Java before the rules see it, so that
 * a rule never joins figures to targets. A rule takes the pairs of its clause from the county's
 * {@link CountyReport}. The rules' working value, not API.
 *
 * @param target the target
 * @param figure the county's figure for it ({@code actual} {@code null} when not supplied)
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.2.0")
public record TargetFigure(Target target, Figure figure) {

    /** Checks both are given and that the figure is the target's. */
    public TargetFigure {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(figure, "figure");
        if (!target.code().equals(figure.code())) {
            throw new IllegalArgumentException("figure " + figure.code() + " is not for target " + target.code());
        }
    }

    /**
     * A yes/no answer as the rules read it: {@code true} for yes, {@code false} for no, {@code null} when the county
     * did not say.
     */
    public Boolean yes() {
        return figure.actual() == null ? null : figure.actual().signum() > 0;
    }

    @Override
    public String toString() {
        return target.code() + "=" + figure.actual();
    }
}
