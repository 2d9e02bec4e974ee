package io.iprules.northeast;

import io.iprules.Condition;
import io.iprules.EvaluationResult;
import io.iprules.Indicator;
import io.iprules.PolicyDescription;
import io.iprules.Target;
import io.iprules.Text;
import io.iprules.kit.Decision;
import io.iprules.kit.KitModule;
import io.iprules.kit.MessageCatalog;
import io.iprules.kit.Problems;
import io.iprules.kit.china.ProvincialUnit;
import io.iprules.northeast.rules.AssessedUnit;
import io.iprules.northeast.rules.GrowthFigures;
import io.iprules.northeast.rules.KindLeftOut;
import io.iprules.northeast.rules.Measure;
import io.iprules.northeast.rules.Measures;
import io.iprules.northeast.rules.NortheastScope;
import io.iprules.northeast.rules.PerCapitaFigures;
import io.iprules.northeast.rules.PopulationLeftOut;
import io.iprules.spi.Evaluation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The Northeast or a province of it, assessed against §2(2) (request key {@code applicant}); no city or county. */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static final io.iprules.PolicyKey<NortheastRegion> APPLICANT =
            io.iprules.PolicyKey.of(ID, "applicant", NortheastRegion.class);

    static final MessageCatalog MESSAGES = MessageCatalog.load(Northeast2017.class, "messages");
    static final NortheastScope SCOPE = NortheastScope.load();
    private static final Measures MEASURES = Measures.load();

    /** Made by the service loader. */
    public Northeast2017() {
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * Validates the unit and prepares its facts for a rule session shared by a chunk of units: each fact carries
     * the unit's {@link Decision}, and each figure comes paired with its target; the scope and the measures, the
     * same for every unit, are given once per session ({@link #sharedFacts}).
     */
    @Override
    protected Prepared prepare(Evaluation evaluation) {
        NortheastRegion r = (NortheastRegion) evaluation.subject();
        Problems problems = Problems.root(evaluation.subjectKey());
        NortheastValidation.check(r, SCOPE, problems);
        problems.throwIfAny();

        Decision d = Decision.start(evaluation, MESSAGES);
        // in force from the notice's date, 2017-02-27, with no end (northeast-2017 通知; reading in-force): an
        // as-of date before it is still evaluated, with the kit's warning citing the notice, as in every module
        d.warnIfNotInForce();
        warnIfNamedAfterAnotherUnit(d, r);
        List<Target> targets = evaluation.policy().targets();
        List<Object> facts = new ArrayList<>(1 + 2 * IpKind.values().length);
        facts.add(new AssessedUnit(d, r.name(), r.level(), r.province(), r.period().to()));
        for (IpKind kind : IpKind.values()) {
            Target growth = target(targets, "NE_" + kind.name() + "_GROWTH");
            Target perCapita = target(targets, "NE_" + kind.name() + "_PER_CAPITA");
            KindFigures f = r.figures().of(kind);
            if (f == null) {
                facts.add(new KindLeftOut(d, kind, growth, perCapita));
                continue;
            }
            facts.add(GrowthFigures.of(d, growth, kind, f, r.period().years()));
            facts.add(r.population() == null ? new PopulationLeftOut(d, kind, perCapita)
                    : PerCapitaFigures.of(d, perCapita, kind, f, r.population()));
        }
        return new Prepared(d, facts, x -> result(x, r, targets.size()));
    }

    /**
     * The kit's messages, and the kit's table of China's provincial-level units ({@link ProvincialUnit},
     * {@code io/iprules/kit/china/provinces.json}), which decides what a {@code province} or a {@code name} names: both
     * are covered by the receipts' rules digest.
     */
    @Override
    public List<Class<?>> sharedMaterial() {
        return kitMaterialAnd(ProvincialUnit.class);
    }

    /** The scope (scope.json) and the measures (measures.json): constants, inserted once per rule session. */
    @Override
    protected List<?> sharedFacts(PolicyDescription policy) {
        return SHARED;
    }

    private static final List<Object> SHARED = shared();

    private static List<Object> shared() {
        List<Object> all = new ArrayList<>(1 + MEASURES.measures().size());
        all.add(SCOPE);
        all.addAll(MEASURES.measures());
        return List.copyOf(all);
    }

    /** The target of {@code code} among the policy's targets (targets/s2_2_indicators.json). */
    private static Target target(List<Target> targets, String code) {
        for (Target t : targets) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        throw new IllegalStateException("northeast-2017: no target " + code + " in targets/s2_2_indicators.json");
    }

    private static EvaluationResult result(Decision d, NortheastRegion r, int targets) {
        d.orderMeasures(Comparator.comparingInt(Northeast2017::fileOrder));
        boolean scope = !d.conditions().isEmpty() && d.conditions().stream().allMatch(Condition::met);
        List<Indicator> indicators = d.indicators();
        boolean allMet = indicators.size() == targets && indicators.stream().allMatch(Indicator::met);
        return d.result(r.name()).eligible(scope && allMet).build();
    }

    /** Each measure's first place in measures.json, by clause, addressee and text. */
    private static final Map<List<String>, Integer> FILE_ORDER = fileOrders();

    private static Map<List<String>, Integer> fileOrders() {
        Map<List<String>, Integer> order = new HashMap<>();
        List<Measure> all = MEASURES.measures();
        for (int i = 0; i < all.size(); i++) {
            Measure e = all.get(i);
            order.putIfAbsent(List.of(e.citation(), e.addressee(), e.text()), i);
        }
        return Map.copyOf(order);
    }

    /**
     * {@code name} is free (a province's office may write its own), but a name that is another provincial-level unit
     * (吉林省 for 辽宁省's figures, 辽宁省 for the four together), by its full or its short name (吉林), or the four
     * together (东北地区 for 辽宁省's figures), an area named after a province (辽宁地区), or a part of the region
     * that is no unit (东北三省, without Inner Mongolia; §5(1)'s 蒙东地区; a city cluster the text names, 长吉图), a
     * place below a province (呼伦贝尔市; a city the text names, with or without its 市: 哈尔滨) would head a result
     * about a unit it does not name: warned of, not refused. A one-character abbreviation (吉) is warned of whatever
     * the unit (reading name). The name is read without spaces and characters that show nothing ({@code " 吉林省 "}
     * is 吉林省).
     */
    private static void warnIfNamedAfterAnotherUnit(Decision d, NortheastRegion r) {
        String read = NortheastScope.nameAsRead(r.name()); // once: the scope's lookups read it as it is
        if (r.level() == Level.PROVINCE && SCOPE.namesTheRegion(read)) {
            d.warn("warning.name-the-northeast-for-a-province", r.name(), r.province());
            return;
        }
        NortheastScope.Part part = SCOPE.partNamed(read);
        if (part != null) {
            Text what = Text.bilingual(part.zh(), part.en());
            if (r.level() == Level.PROVINCE) {
                d.warn("warning.name-a-part-for-a-province", r.name(), what, r.province());
            } else {
                d.warn("warning.name-a-part-for-the-northeast", r.name(), what);
            }
            return;
        }
        String named = SCOPE.provinceNamed(read);
        if (named == null && read.length() > 2 && read.endsWith("地区")) {
            named = SCOPE.provinceNamed(read.substring(0, read.length() - 2)); // 辽宁地区 names 辽宁省
        }
        if (named == null) {
            java.util.Optional<ProvincialUnit> abbreviated = ProvincialUnit.abbreviatedAs(read);
            if (abbreviated.isPresent()) {
                // 吉 (reading name): shorthand for 吉林省, or a name cut short; warned whichever unit is assessed, not
                // read as the unit it abbreviates
                String unit = abbreviated.get().fullName();
                if (r.level() == Level.PROVINCE) {
                    d.warn("warning.name-an-abbreviation-for-a-province", r.name(), unit, r.province());
                } else {
                    d.warn("warning.name-an-abbreviation-for-the-northeast", r.name(), unit);
                }
                return;
            }
            if (namesAPlaceBelowAProvince(read) || SCOPE.cityNamed(read) != null) {
                // RULES.md: cities and counties are not units (no target is set for them); a result headed 呼伦贝尔市
                // would be 内蒙古自治区's figures, or the four provinces', under a city's name
                if (r.level() == Level.PROVINCE) {
                    d.warn("warning.name-a-place-below-a-province", r.name(), r.province());
                } else {
                    d.warn("warning.name-a-place-for-the-northeast", r.name());
                }
            }
            return;
        }
        if (r.level() == Level.NORTHEAST) {
            d.warn("warning.name-a-province-for-the-northeast", r.name());
        } else if (!named.equals(r.province())) {
            d.warn("warning.name-another-province", r.name(), r.province());
        }
    }

    /**
     * Whether {@code read}, a name as the scope reads names ({@link NortheastScope#nameAsRead}), ends as the name of
     * a place below a province does (a city 市, league 盟, prefecture 州, county 县, banner 旗 or district 区): a name
     * the provinces' table does not know. An area 地区 (辽宁地区, 蒙东地区), an autonomous region 自治区 or the
     * region's 三省一区 / 四省区 is none.
     */
    private static boolean namesAPlaceBelowAProvince(String read) {
        if (read.isEmpty() || read.endsWith("地区") || read.endsWith("自治区") || read.endsWith("一区")
                || read.endsWith("省区")) {
            return false;
        }
        return "市盟州县旗区".indexOf(read.charAt(read.length() - 1)) >= 0;
    }

    /** A recorded measure's place in measures.json: by province as the notice addresses them, then as the text runs. */
    private static int fileOrder(io.iprules.Measure m) {
        Integer i = FILE_ORDER.get(List.of(m.citation(), m.addressee(), m.text().in(io.iprules.Language.ZH)));
        return i == null ? Integer.MAX_VALUE : i;
    }
}
