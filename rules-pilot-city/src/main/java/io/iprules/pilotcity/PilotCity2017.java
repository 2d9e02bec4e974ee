package io.iprules.pilotcity;

import io.iprules.Condition;
import io.iprules.EvaluationResult;
import io.iprules.PolicyDescription;
import io.iprules.pilotcity.rules.ApplyingCity;
import io.iprules.pilotcity.rules.ApplyingPark;
import io.iprules.pilotcity.rules.CallFigures;
import io.iprules.pilotcity.rules.ProvinceSet;
import io.iprules.kit.Decision;
import io.iprules.spi.Evaluation;
import io.iprules.kit.MessageCatalog;
import io.iprules.kit.PolicyFiles;
import io.iprules.kit.KitModule;
import io.iprules.kit.Problems;
import io.iprules.kit.china.ProvincialUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * pilot-city-2017: 国知办发管字〔2017〕30号《关于开展中小企业知识产权战略推进工程试点城市申报工作的通知》. Checks a
 * city's application ({@link CityApplicant}, request key {@code applicant}) or a province's set of recommendations
 * ({@link ProvinceRecommendation}, request key {@code recommendation}) condition by condition.
 *
 * <p>The result lists every condition, met or not, grouped by whom it is about, in the order of the request: a city,
 * then each of its parks (in a province's set, a park is named {@code "city / park"}), then, for a set, the
 * province's quota. {@code eligible} is {@code true} only when every condition is met. Found by
 * {@link java.util.ServiceLoader}; keeps no state between evaluations.
 */
public final class PilotCity2017 extends KitModule {
    /** The policy id. */
    public static final String ID = "pilot-city-2017";

    /** A city's application (request key {@code applicant}): the typed entry point. */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static final io.iprules.PolicyKey<CityApplicant> APPLICANT =
            io.iprules.PolicyKey.of(ID, "applicant", CityApplicant.class);

    /** A province's set of recommendations (request key {@code recommendation}). */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static final io.iprules.PolicyKey<ProvinceRecommendation> RECOMMENDATION =
            io.iprules.PolicyKey.of(ID, "recommendation", ProvinceRecommendation.class);

    static final MessageCatalog MESSAGES = MessageCatalog.load(PilotCity2017.class, "messages");

    /** Separates a city's name and a park's in a province's set. */
    static final String PARK_OF = " / ";

    /** Whom each condition is about, from the module's data: how many conditions each result must have. */
    private static final ConditionSubjects CONDITIONS = ConditionSubjects.read(PilotCity2017.class,
            PolicyFiles.describe(PilotCity2017.class));

    /** Made by the service loader. */
    public PilotCity2017() {
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * The call's figures, read once per description (the engine's description is the same object for every
     * evaluation; deployment parameters make another).
     */
    private record Ready(PolicyDescription policy, CallFigures.Table figures) {
        static Ready of(PolicyDescription policy) {
            return new Ready(policy, new CallFigures.Table(policy));
        }
    }

    private volatile Ready ready;

    private Ready ready(PolicyDescription policy) {
        Ready r = ready;
        if (r == null || r.policy() != policy) {
            r = Ready.of(policy);
            ready = r;
        }
        return r;
    }

    /**
     * The kit's messages, and the kit's table of China's provincial-level units ({@link ProvincialUnit},
     * {@code io/iprules/kit/china/provinces.json}), which decides whether a city's province is its set's (§2(2)): both
     * are covered by the receipts' rules digest.
     */
    @Override
    public List<Class<?>> sharedMaterial() {
        return kitMaterialAnd(ProvincialUnit.class);
    }

    /**
     * No rule matches the Decision itself: each takes it from the city, park or set it decides ({@code $d : decision}).
     */
    @Override
    protected boolean decisionIsAFact() {
        return false;
    }

    /**
     * Validates a city's application or a province's set and makes its facts, each carrying the request's
     * {@link Decision} and the figures in force on its as-of date: a chunk of requests shares one rule session.
     */
    @Override
    protected Prepared prepare(Evaluation evaluation) {
        Problems problems = Problems.root(evaluation.subjectKey());
        List<Object> facts = new ArrayList<>();
        Map<String, Integer> subjects = new HashMap<>();
        String name;
        int expected;
        Decision d;
        Ready r;
        if (evaluation.subject() instanceof ProvinceRecommendation set) {
            ApplicationValidation.recommendation(set, problems);
            problems.throwIfAny();
            d = Decision.start(evaluation, MESSAGES);
            r = ready(evaluation.policy());
            CallFigures figures = r.figures().on(evaluation.asOf());
            name = set.province();
            int places = 0;
            for (CityApplicant c : set.cities()) {
                addCity(d, figures, c, true, facts, subjects);
                places += c.type().takesProvincePlace() ? 1 : 0;
            }
            facts.add(new ProvinceSet(d, set.province(), set.cities().size(), places, figures));
            subjects.putIfAbsent(set.province(), subjects.size());
            expected = CONDITIONS.province().codes().size()
                    + set.cities().stream().mapToInt(PilotCity2017::conditionsOf).sum();
        } else {
            CityApplicant c = (CityApplicant) evaluation.subject();
            ApplicationValidation.city(c, problems, null);
            problems.throwIfAny();
            d = Decision.start(evaluation, MESSAGES);
            r = ready(evaluation.policy());
            name = c.name();
            addCity(d, r.figures().on(evaluation.asOf()), c, false, facts, subjects);
            expected = conditionsOf(c);
        }
        d.warnIfNotInForce();
        warnIfNoProvince(d, evaluation.subject());
        // Inserted last first: a rule whose one pattern matches these facts fires them in the reverse of insertion
        // order (Drools stages each new match at the head of the rule's list), so a rule fires a set's cities in the
        // request's order, which is the order of their warnings. ChunkedOutputsTest holds the order.
        Collections.reverse(facts);
        return new Prepared(d, facts, done -> result(done, name, expected, subjects));
    }

    /**
     * A province named otherwise than a provincial-level unit (浙江省 or 浙江; not 浙, Zhejiang or 浙汀省) is evaluated
     * under that name, so a set's quota (§2(2)) is counted for it as written, apart from the province it means: said,
     * not refused, since the notice is addressed to others beside the provinces (计划单列市, 新疆生产建设兵团) and
     * whether they recommend is not settled by §2(2).
     */
    private static void warnIfNoProvince(Decision d, Object subject) {
        if (subject instanceof CityApplicant c) { // one name: no set to make
            String province = c.province().strip();
            if (!Provinces.known(province)) {
                warnOfProvince(d, province);
            }
            return;
        }
        ProvinceRecommendation set = (ProvinceRecommendation) subject;
        java.util.LinkedHashSet<String> named = new java.util.LinkedHashSet<>();
        named.add(set.province().strip());
        for (CityApplicant c : set.cities()) {
            if (c.province() != null && !c.province().isBlank()) {
                named.add(c.province().strip());
            }
        }
        for (String province : named) {
            if (!Provinces.known(province)) {
                warnOfProvince(d, province);
            }
        }
    }

    /**
     * The warning of a province named otherwise than a provincial-level unit; a one-character abbreviation (浙) names
     * the unit it abbreviates, still read as written (reading quota).
     */
    private static void warnOfProvince(Decision d, String province) {
        java.util.Optional<io.iprules.kit.china.ProvincialUnit> abbreviated =
                io.iprules.kit.china.ProvincialUnit.abbreviatedAs(province);
        if (abbreviated.isPresent()) {
            d.warn("warning.province-an-abbreviation", province, abbreviated.get().fullName(),
                    abbreviated.get().shortName());
        } else {
            d.warn("warning.province-not-a-unit", province);
        }
    }

    private static int conditionsOf(CityApplicant c) {
        return CONDITIONS.ofCity(c.parks().size());
    }

    private static void addCity(Decision d, CallFigures figures, CityApplicant c, boolean inSet, List<Object> facts,
                                Map<String, Integer> subjects) {
        facts.add(new ApplyingCity(d, c, c.name(), figures));
        subjects.putIfAbsent(c.name(), subjects.size());
        for (Park p : c.parks()) {
            String subject = inSet ? c.name() + PARK_OF + p.name() : p.name();
            facts.add(new ApplyingPark(d, p, subject, figures));
            subjects.putIfAbsent(subject, subjects.size());
        }
    }

    /**
     * The result: the conditions by subject in the request's order, and within a subject in the policy's order of
     * codes (stable: the rest keep the order recorded), whatever order the rules fired in. The verdict: eligible when
     * there are conditions and all are met.
     *
     * @throws IllegalStateException when fewer or more conditions were recorded than the text sets
     */
    private static EvaluationResult result(Decision done, String name, int expected, Map<String, Integer> subjects) {
        List<Condition> recorded = done.conditions();
        if (recorded.size() != expected) {
            // a verdict over fewer conditions than the text sets would be a silent pass
            throw new IllegalStateException(ID + " recorded " + recorded.size() + " conditions where "
                    + expected + " are due: a rule did not fire (a figure missing from the parameter files?)");
        }
        boolean allMet = !recorded.isEmpty();
        for (Condition c : recorded) {
            allMet &= c.met();
        }
        done.orderConditions(c -> place(c, subjects, done));
        return done.result(name).eligible(allMet).build();
    }

    /** A condition's place in the result: by subject in the request's order, then by the policy's order of codes. */
    private static int place(Condition c, Map<String, Integer> subjects, Decision done) {
        Integer subject = subjects.get(c.subject());
        int code = done.codePosition(c.code());
        if (subject == null || code >= CONDITIONS.codes()) {
            throw new IllegalStateException(ID + " recorded " + c.code() + " for " + c.subject()
                    + ", which the request or policy.json does not name");
        }
        return Math.addExact(Math.multiplyExact(subject, CONDITIONS.codes()), code);
    }
}
