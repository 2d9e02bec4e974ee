package io.iprules.beijing.rules;

import io.iprules.beijing.BeijingEnterprise;
import io.iprules.beijing.Industry;
import io.iprules.kit.Decision;
import io.iprules.kit.DecisionFact;
import java.util.List;

/**
 * An enterprise as the rules see it in a session shared by a chunk of applicants: the request's
 * {@link BeijingEnterprise} with its {@link Decision}, which a rule takes from it ({@code Applicant($d : decision, …)})
 * and joins the applicant's other facts on ({@code decision == $d}), so that applicants never meet in a rule. The
 * eight industries it declares are picked out once here, not at every rule.
 */
public final class Applicant implements DecisionFact {
    private final Decision decision;
    private final BeijingEnterprise enterprise;
    private final List<Industry> strategicIndustries;

    /** The enterprise {@code e} evaluated by {@code d}. */
    public Applicant(Decision d, BeijingEnterprise e) {
        this.decision = d;
        this.enterprise = e;
        this.strategicIndustries = e.getStrategicIndustries();
    }

    /** The applicant's working record, which the rules bind on this fact ({@code Applicant($d : decision, …)}). */
    @Override
    public Decision decision() {
        return decision;
    }

    /** The request's enterprise. */
    public BeijingEnterprise getEnterprise() {
        return enterprise;
    }

    /** Whether it is registered in Beijing (本市), as declared; {@code null} only for an invalid request. */
    public Boolean getRegisteredInBeijing() {
        return enterprise.registeredInBeijing();
    }

    /** Whether it is a 中关村 enterprise, as declared. */
    public Boolean getZhongguancun() {
        return enterprise.zhongguancun();
    }

    /** The declared industries §1(1) lists among the eight, in the order declared. */
    public List<Industry> getStrategicIndustries() {
        return strategicIndustries;
    }
}
