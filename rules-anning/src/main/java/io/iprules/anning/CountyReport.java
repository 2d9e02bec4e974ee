package io.iprules.anning;

import io.iprules.Target;
import io.iprules.kit.Decision;
import io.iprules.kit.DecisionFact;
import io.iprules.kit.Figure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A county's report (填报) as the rules see it: its figures, each paired with its target, grouped by the clause the
 * targets belong to, and the county's {@link Decision}. One fact per county: each clause's rule takes its clause's
 * pairs ({@code CountyReport($d : decision, $pairs : clause("anning-2022 §3(2)4"))}) and fires once per county,
 * assessing every target of its clause; the Decision travels with the fact, so the counties of a chunk sharing one
 * rule session never meet in a rule, and no rule joins a Decision. The rules' working fact, not API.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.2.0")
public final class CountyReport implements DecisionFact {
    private final Decision decision;
    private final Clauses clauses;
    private final Figure[] figures;

    /**
     * @param figures one per target of {@code clauses}' policy, in the targets' order ({@code Figures.read})
     */
    CountyReport(Decision decision, Clauses clauses, List<Figure> figures) {
        this.decision = Objects.requireNonNull(decision, "decision");
        this.clauses = Objects.requireNonNull(clauses, "clauses");
        this.figures = figures.toArray(new Figure[0]);
        if (this.figures.length != clauses.targets.size()) {
            throw new IllegalArgumentException(this.figures.length + " figures for " + clauses.targets.size()
                    + " targets");
        }
    }

    /** The county's working record, which every rule decides into. */
    @Override
    public Decision decision() {
        return decision;
    }

    /**
     * The targets of clause {@code citation} (in the targets' order), each with the county's figure for it: a new
     * array at each call (an array, not a list, so that a rule's consequence iterates it typed).
     *
     * @throws IllegalArgumentException when the policy has no target of that clause: a rule names a clause its data
     *                                  does not have
     */
    public TargetFigure[] clause(String citation) {
        Clause c = clauses.byCitation.get(citation);
        if (c == null) {
            throw new IllegalArgumentException("no target of " + citation + " among the targets of "
                    + clauses.byCitation.keySet());
        }
        TargetFigure[] out = new TargetFigure[c.at.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = new TargetFigure(c.targets[k], figures[c.at[k]]);
        }
        return out;
    }

    @Override
    public String toString() {
        return "CountyReport" + java.util.Arrays.toString(figures);
    }

    /**
     * Where each clause's targets stand among a policy's targets: worked out once per description, not per county.
     */
    static final class Clauses {
        final List<Target> targets;
        final Map<String, Clause> byCitation;

        Clauses(List<Target> targets) {
            this.targets = targets;
            Map<String, List<Integer>> byClause = new LinkedHashMap<>();
            for (int i = 0; i < targets.size(); i++) {
                byClause.computeIfAbsent(targets.get(i).citation(), c -> new ArrayList<>()).add(i);
            }
            Map<String, Clause> out = new LinkedHashMap<>();
            byClause.forEach((c, at) -> {
                int[] positions = at.stream().mapToInt(Integer::intValue).toArray();
                Target[] ts = new Target[positions.length];
                for (int k = 0; k < ts.length; k++) {
                    ts[k] = targets.get(positions[k]);
                }
                out.put(c, new Clause(ts, positions));
            });
            this.byCitation = Collections.unmodifiableMap(out);
        }
    }

    /** One clause's targets, in the targets' order, and where each stands among all the targets. */
    private record Clause(Target[] targets, int[] at) {
    }
}
