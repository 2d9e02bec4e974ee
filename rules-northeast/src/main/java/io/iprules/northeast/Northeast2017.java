package io.iprules.northeast;

import io.iprules.Condition;
import io.iprules.EvaluationResult;
import io.iprules.Indicator;
import io.iprules.PolicyDescription;
import io.iprules.kit.Decision;
import io.iprules.kit.KitModule;
import io.iprules.kit.MessageCatalog;
import io.iprules.kit.PolicyFiles;
import io.iprules.kit.Problems;
import io.iprules.spi.Evaluation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * northeast-2017: 九部门《关于支持东北老工业基地全面振兴 深入实施东北地区知识产权战略的若干意见》. Assesses the
 * Northeast, or one of its provinces, against the six indicators of §2(2), decided exactly by the rules on figures
 * prepared with their cross-multiplied comparison ({@link GrowthFigures}, {@link PerCapitaFigures}), and reports the
 * measures of §4–§6 addressed to the unit.
 *
 * <p>{@code eligible} is {@code true} only when {@code NE_SCOPE} is met and all six indicators are {@code MET} (an
 * unknown one is not proven met).
 *
 * <p>Found by {@link java.util.ServiceLoader}; callers use {@link io.iprules.RulesEngine} with a
 * {@link NortheastRegion} as the subject.
 */
public final class Northeast2017 extends KitModule {
    /** The policy id. */
    public static final String ID = "northeast-2017";
    static final MessageCatalog MESSAGES = MessageCatalog.load(Northeast2017.class, "messages");
    private static final NortheastScope SCOPE = NortheastScope.load();
    private static final Measures MEASURES = Measures.load();

    /** Made by the service loader. */
    public Northeast2017() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PolicyDescription describe() {
        return PolicyFiles.describe(Northeast2017.class);
    }

    @Override
    public EvaluationResult evaluate(Evaluation evaluation) {
        NortheastRegion r = (NortheastRegion) evaluation.subject();
        Problems problems = Problems.root(evaluation.subjectKey());
        NortheastValidation.check(r, SCOPE, problems);
        problems.throwIfAny();

        Decision d = Decision.start(evaluation, MESSAGES);
        List<Object> facts = new ArrayList<>(evaluation.policy().targets());
        facts.add(SCOPE);
        facts.add(new AssessedUnit(r.name(), r.level(), r.province(), r.period().to()));
        facts.addAll(MEASURES.measures());
        for (IpKind kind : IpKind.values()) {
            KindFigures f = r.figures().of(kind);
            if (f == null) {
                facts.add(KindLeftOut.of(kind));
                continue;
            }
            facts.add(GrowthFigures.of(kind, f, r.period().years()));
            facts.add(r.population() == null ? PopulationLeftOut.of(kind) : PerCapitaFigures.of(kind, f, r.population()));
        }
        evaluation.rules().run(d, facts);
        d.orderMeasures(Comparator.comparingInt(Northeast2017::fileOrder));
        boolean scope = !d.conditions().isEmpty() && d.conditions().stream().allMatch(Condition::met);
        List<Indicator> indicators = d.indicators();
        boolean allMet = indicators.size() == evaluation.policy().targets().size() && indicators.stream().allMatch(Indicator::met);
        return d.result(r.name()).eligible(scope && allMet).build();
    }

    /** A recorded measure's place in measures.json: by province as the notice addresses them, then as the text runs. */
    private static int fileOrder(io.iprules.Measure m) {
        List<Measure> all = MEASURES.measures();
        for (int i = 0; i < all.size(); i++) {
            Measure e = all.get(i);
            if (e.citation().equals(m.citation()) && e.addressee().equals(m.addressee())
                    && m.text().in(io.iprules.Language.ZH).equals(e.text())) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
