package io.iprules.anning;

import io.iprules.PolicyDescription;
import io.iprules.Target;
import io.iprules.kit.Decision;
import io.iprules.spi.Evaluation;
import io.iprules.kit.Figure;
import io.iprules.kit.Figures;
import io.iprules.kit.MessageCatalog;
import io.iprules.kit.KitModule;
import io.iprules.kit.Problems;
import java.util.List;

/**
 * anning-2022: 安宁市国家知识产权强县建设试点县工作方案(2022—2025年). Assesses a county's figures against every
 * target of the plan and states the phase of the plan on the as-of date.
 *
 * <p>{@code eligible} is {@code true} only when every target is met: an indicator whose figure was not supplied is
 * not proven met, so it makes the verdict {@code false} (the result's {@code indicatorSummary} counts met, not
 * met and unknown).
 *
 * <p>Found by {@link java.util.ServiceLoader}; callers use {@link io.iprules.RulesEngine} with an
 * {@link AnningCounty} as the subject.
 */
public final class Anning2022 extends KitModule {
    /** The policy id. */
    public static final String ID = "anning-2022";

    /** The county assessed against the plan's targets (request key {@code applicant}): the typed entry point. */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static final io.iprules.PolicyKey<AnningCounty> APPLICANT =
            io.iprules.PolicyKey.of(ID, "applicant", AnningCounty.class);

    static final MessageCatalog MESSAGES = MessageCatalog.load(Anning2022.class, "messages");

    /** Made by the service loader. */
    public Anning2022() {
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * Checks the county's figures and makes its {@link CountyReport}: one fact per county, carrying its decision, in
     * which each figure is paired with its target and the pairs are grouped by clause, so that each clause's rule
     * fires once per county. The targets themselves are not facts: each travels with its figure.
     */
    @Override
    protected Prepared prepare(Evaluation evaluation) {
        AnningCounty county = (AnningCounty) evaluation.subject();
        PolicyDescription policy = evaluation.policy();
        Problems problems = Problems.root(evaluation.subjectKey());
        problems.required("name", county.name());
        List<Target> targets = policy.targets();
        List<Figure> figures = List.of();
        if (problems.required("figures", county.figures())) {
            figures = Figures.read(county.figures(), targets, problems.at("figures"));
        }
        problems.throwIfAny();

        Decision d = Decision.start(evaluation, MESSAGES);
        String name = county.name();
        // read without spaces (a no-break one too) and characters that show nothing: "安宁市\u00A0" had been warned
        // as "not 安宁市", a warning that reads as a contradiction
        if (!THE_COUNTY.contains(io.iprules.json.InvisibleCharacters.withoutSpacesOrInvisible(name))) {
            d.warn("warning.county-name", name);
        }
        CountyReport report = new CountyReport(d, clauses(targets), figures);
        return new Prepared(d, List.of(report), done -> done.result(name)
                .eligible(done.allIndicatorsMet()).build());
    }

    /**
     * §3(1) 安宁市通过实施国家知识产权强县建设试点县建设工作: the plan and its targets are Anning's; a county request under
     * another name is assessed as given, with a warning (reading the-county).
     */
    private static final java.util.Set<String> THE_COUNTY = java.util.Set.of("安宁市", "安宁", "昆明市安宁市", "云南省昆明市安宁市",
            "云南省安宁市");

    /** The clauses of the latest targets seen (an engine's description: the same list at every evaluation). */
    private volatile CountyReport.Clauses clauses;

    private CountyReport.Clauses clauses(List<Target> targets) {
        CountyReport.Clauses c = clauses;
        if (c == null || c.targets != targets) {
            c = new CountyReport.Clauses(targets);
            clauses = c;
        }
        return c;
    }

    /** No rule matches a Decision: each takes its county's from the county's {@link CountyReport}. */
    @Override
    protected boolean decisionIsAFact() {
        return false;
    }

    /** The plan's phases (§5), the same for every county: inserted once per rule session. */
    @Override
    protected List<?> sharedFacts(PolicyDescription policy) {
        return policy.phases();
    }
}
