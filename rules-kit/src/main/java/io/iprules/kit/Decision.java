package io.iprules.kit;

import io.iprules.Award;
import io.iprules.Condition;
import io.iprules.Deadline;
import io.iprules.DeadlineStatus;
import io.iprules.EvaluationResult;
import io.iprules.Exclusion;
import io.iprules.ExclusionReason;
import io.iprules.FiredRule;
import io.iprules.Indicator;
import io.iprules.IndicatorStatus;
import io.iprules.Measure;
import io.iprules.Phase;
import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.Target;
import io.iprules.Text;
import io.iprules.Variant;
import io.iprules.spi.Evaluation;
import io.iprules.spi.RuleRecorder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working record of one evaluation, inserted into working memory with the facts: rules read the context
 * from it (as-of date, parameters) and write what they decide into it (candidates, conditions, indicators,
 * warnings). Each entry takes the {@code @citation} of the rule that is firing, so a rule cannot decide
 * without citing its clause.
 *
 * <p>One per evaluation; not thread-safe, and never shared.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class Decision implements RuleRecorder {
    private final Evaluation evaluation;
    private final MessageCatalog messages;
    private final List<Candidate> candidates = new ArrayList<>();
    /** The first candidate proposed for each matter: a later one makes the matter contested. */
    private final Map<String, Candidate> firstOfMatter = new HashMap<>();
    private final List<Condition> conditions = new ArrayList<>();
    private final List<Indicator> indicators;
    /** Where each of {@link #indicators} stands among the policy's targets: the order a result lists them in. */
    private int[] indicatorPlaces;
    /** How many of {@link #indicators} are not met (not met or unknown). */
    private int indicatorsNotMet;
    private final List<Text> warnings = new ArrayList<>();
    private final List<FiredRule> trace = new ArrayList<>();
    private final List<Exclusion> extraExclusions = new ArrayList<>();
    private final List<Deadline> deadlines = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();
    private final List<Variant> variants = new ArrayList<>();
    private Phase phase;
    /** The facts the subject brought to its session (a handful). */
    private List<?> brought = List.of();
    private String rule;
    private String citation;

    private final PolicyIndex index;
    private final Parameters parameters;

    private Decision(Evaluation evaluation, MessageCatalog messages) {
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.index = PolicyIndex.of(evaluation.policy());
        this.parameters = index.parameters();
        this.indicators = new ArrayList<>(index.targets().size()); // about one per target, where there are any
        this.indicatorPlaces = new int[index.targets().size()];
    }

    /**
     * What every decision of a policy reads from its description, worked out once per description rather than at
     * every evaluation: its parameters, parsed, and its codes and targets by position (the order results follow).
     */
    record PolicyIndex(PolicyDescription policy, Parameters parameters, Map<String, Integer> codes,
                       Map<String, Integer> targets, Map<Target, TargetPlace> targetPlaces,
                       Map<String, ExclusionReason> exclusionReasons, Comparator<Deadline> deadlineOrder) {
        /**
         * How many descriptions of one policy are kept, the latest first: engines that live side by side (one with a
         * deployment's parameters, one without, or one per deployment a service answers for) each keep theirs,
         * instead of rebuilding it at every call when used in turn; an older one is dropped, and rebuilt should its
         * engine come back. Four had been kept: a probe with seven engines of one policy used in turn rebuilt the
         * index on most calls. Sixteen cost a scan of sixteen identities at most, a few nanoseconds.
         */
        static final int KEPT = 16;
        /** Each policy's latest descriptions (by identity), the latest first. */
        private static final Map<String, PolicyIndex[]> LATEST = new ConcurrentHashMap<>();

        static PolicyIndex of(PolicyDescription policy) {
            PolicyIndex[] kept = LATEST.get(policy.id());
            if (kept != null) {
                for (PolicyIndex k : kept) {
                    if (k.policy() == policy) {
                        return k;
                    }
                }
            }
            PolicyIndex made = build(policy);
            // a new array each time (never changed once published), so a reader scans a consistent one
            LATEST.compute(policy.id(), (id, old) -> {
                if (old == null) {
                    return new PolicyIndex[] {made};
                }
                PolicyIndex[] next = new PolicyIndex[Math.min(KEPT, old.length + 1)];
                next[0] = made;
                System.arraycopy(old, 0, next, 1, next.length - 1);
                return next;
            });
            return made;
        }

        private static PolicyIndex build(PolicyDescription policy) {
            Map<String, Integer> codes = new java.util.HashMap<>();
            for (Provision p : policy.provisions()) {
                for (String c : p.codes()) {
                    // interned as the codes written in rules and modules are: a lookup then matches by identity
                    codes.putIfAbsent(c.intern(), codes.size());
                }
            }
            Map<String, Integer> targets = new java.util.HashMap<>();
            // each target of the description by identity: its position, and the required value in words where it
            // is fixed (the same at every assessment, so written once); a target made elsewhere is looked up by
            // its code and written when assessed
            Map<Target, TargetPlace> places = new java.util.IdentityHashMap<>();
            for (Target t : policy.targets()) {
                targets.putIfAbsent(t.code(), targets.size());
                places.put(t, new TargetPlace(targets.get(t.code()),
                        t.reference() == null && t.required() != null ? fixedRequiredText(t) : null));
            }
            Map<String, ExclusionReason> reasons = new java.util.HashMap<>();
            for (ExclusionReason r : policy.exclusionReasons()) {
                reasons.put(r.code(), r);
            }
            Map<String, Integer> codesRead = java.util.Collections.unmodifiableMap(codes);
            // the policy's order of codes, then start, then subject: one comparator per policy, not per result
            Comparator<Deadline> deadlineOrder = Comparator
                    .comparingInt((Deadline t) -> codesRead.getOrDefault(t.code(), Integer.MAX_VALUE))
                    .thenComparing(Deadline::start, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Deadline::subject, Comparator.nullsLast(Comparator.naturalOrder()));
            return new PolicyIndex(policy, new Parameters(policy), codesRead,
                    Map.copyOf(targets), java.util.Collections.unmodifiableMap(places), Map.copyOf(reasons),
                    deadlineOrder);
        }
    }

    /**
     * A target of the description: where it stands among the targets, and its required value in words where that
     * is fixed ({@code null} otherwise).
     */
    private record TargetPlace(int position, String fixedRequiredText) {
    }

    /** Records {@code i}, the assessment of {@code target}, with its place in the targets' order. */
    private void addIndicator(Target target, TargetPlace place, Indicator i) {
        int k = indicators.size();
        if (k == indicatorPlaces.length) {
            indicatorPlaces = java.util.Arrays.copyOf(indicatorPlaces, Math.max(4, 2 * k));
        }
        indicatorPlaces[k] = place != null ? place.position()
                : index.targets().getOrDefault(target.code(), Integer.MAX_VALUE);
        indicators.add(i);
        if (i.status() != IndicatorStatus.MET) {
            indicatorsNotMet++;
        }
    }

    /**
     * The indicators in the targets' order: each put in its target's slot when every target was assessed at most
     * once (the usual case, with no sorting), else sorted by place, stably.
     */
    private List<Indicator> indicatorsInPlace() {
        int n = indicators.size();
        Indicator[] slots = new Indicator[index.targets().size()];
        boolean placed = true;
        for (int k = 0; k < n && placed; k++) {
            int at = indicatorPlaces[k];
            placed = at < slots.length && slots[at] == null;
            if (placed) {
                slots[at] = indicators.get(k);
            }
        }
        List<Indicator> out = new ArrayList<>(n);
        if (placed) {
            for (Indicator i : slots) {
                if (i != null) {
                    out.add(i);
                }
            }
        } else {
            for (long p : byPlace(n, k -> indicatorPlaces[k])) {
                out.add(indicators.get((int) p));
            }
        }
        return out;
    }

    /** The required value in words of a target with a fixed one, e.g. {@code >= 45}. */
    private static String fixedRequiredText(Target target) {
        return target.comparison().symbol() + " " + target.required().toPlainString();
    }

    /** A new decision for {@code evaluation}, whose texts come from {@code messages}. */
    public static Decision start(Evaluation evaluation, MessageCatalog messages) {
        return new Decision(evaluation, messages);
    }

    // ---------------------------------------------------------------- context, for rules

    /** The evaluation date. */
    public LocalDate getAsOf() {
        return evaluation.asOf();
    }

    /** The first day the policy applies. */
    public LocalDate getInForce() {
        return evaluation.policy().inForceFrom();
    }

    /** The clause that says when the policy takes force. */
    public String getInForceCitation() {
        return evaluation.policy().inForceCitation();
    }

    /**
     * Warns when the as-of date lies outside the policy's period in force (施行期), naming its first day and the
     * clause that sets it (the kit's {@code warning.not-in-force}): the request is still evaluated, on the facts given.
     */
    public void warnIfNotInForce() {
        if (!evaluation.policy().inForceOn(evaluation.asOf())) {
            warn(MessageCatalog.kit().text("warning.not-in-force", evaluation.asOf(), getInForce(),
                    getInForceCitation()));
        }
    }

    /** The policy's parameters. */
    public Parameters getParameters() {
        return parameters;
    }

    /**
     * A yuan parameter in force on {@code date} (the date of the fact that grounds the award), undetermined when
     * the deployment has not set it. A date before the policy took force reads the value in force on the day it
     * took force, so that an item excluded as {@code BEFORE_IN_FORCE} still shows what it would have been worth
     * (undetermined where a deployment's first value takes effect later).
     */
    public Amount amount(String parameter, LocalDate date) {
        return parameters.amount(parameter, notBeforeInForce(date));
    }

    /**
     * {@code base} times a rate parameter in force on {@code date} (read as {@link #amount} does), rounded half-up to
     * the fen; undetermined while the rate is not set, and based on the deployment's value when the text leaves the
     * rate open.
     */
    public Amount share(BigDecimal base, String rateParameter, LocalDate date) {
        return parameters.share(base, rateParameter, notBeforeInForce(date));
    }

    /** A decimal parameter on {@code date} (read as {@link #amount} does), or {@code null} when undetermined. */
    public BigDecimal parameter(String name, LocalDate date) {
        return parameters.decimal(name, notBeforeInForce(date));
    }

    /**
     * What the deployment set for the open parameter {@code name} on {@code date} (read as {@link #amount} does): its
     * first day, value and source; {@code null} when unset (or fixed by the text). For a limit, a threshold or a
     * switch, which decide an award without being its amount, to name it as an amount names its basis.
     */
    public io.iprules.AmountBasis basis(String name, LocalDate date) {
        return parameters.basis(name, notBeforeInForce(date));
    }

    private LocalDate notBeforeInForce(LocalDate date) {
        LocalDate inForce = evaluation.policy().inForceFrom();
        return date.isBefore(inForce) ? inForce : date;
    }

    /** A text from the module's messages. */
    public Text text(String key, Object... args) {
        return messages.text(key, args);
    }

    // ---------------------------------------------------------------- decisions, from rules

    /**
     * Proposes an award, citing the firing rule. Insert the returned candidate into working memory.
     *
     * @param code      the award code
     * @param matter    the matter it is for (alternatives share one)
     * @param subjectId what it is for, as the request names it
     * @param subject   what it is for, in words
     * @param date      the date of the fact it rests on
     * @param amount    the would-be amount
     * @param priority  order among alternatives of equal amount (lower is more favourable)
     * @param reason    why it is owed
     */
    public Candidate propose(String code, String matter, String subjectId, Text subject, LocalDate date,
                             Amount amount, int priority, Text reason) {
        Candidate c = new Candidate(this, code, matter, subjectId, subject, date, amount, currentCitation(), reason,
                priority, candidates.size(), codePosition(code));
        Candidate first = firstOfMatter.putIfAbsent(matter, c);
        if (first != null) {
            first.contestedBy(c);
        }
        candidates.add(c);
        return c;
    }

    /**
     * The exclusion reason of a candidate that no rule held back but whose amount works out to 0.00 yuan: a subsidy
     * of nothing is no subsidy, so the result lists it as excluded (cited to its granting clause), not as an award,
     * and it does not make the applicant eligible. A module that proposes awards declares this reason in
     * {@code exclusionReasons}.
     */
    public static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";

    /** Whether {@code c} stands but is worth exactly nothing (see {@link #NOT_ELIGIBLE}). */
    private static boolean nothingDue(Candidate c) {
        return c.getExclusion() == null && c.getCapCut() == null && c.getAmount().isDetermined()
                && c.getAmount().value().signum() == 0;
    }

    /**
     * A note holding a candidate back, citing the firing rule; pass it to {@link Candidate#setExclusion} in a
     * {@code modify}.
     *
     * @param reason the code of an exclusion reason the module declares in its data ({@code exclusionReasons})
     * @throws IllegalStateException when the policy declares no such reason
     */
    public ExclusionNote exclusion(String reason, Text detail) {
        return new ExclusionNote(reason(reason), currentCitation(), detail);
    }

    /** As {@link #exclusion(String, Text)}, with a message key of the module. */
    public ExclusionNote exclusion(String reason, String detailKey, Object... args) {
        return exclusion(reason, text(detailKey, args));
    }

    /** The exclusion reason with {@code code}, as the module's data declares it. */
    private ExclusionReason reason(String code) {
        ExclusionReason r = index.exclusionReasons().get(code);
        if (r == null) {
            throw new IllegalStateException((rule == null ? "" : "rule '" + rule + "': ") + "exclusion reason " + code
                    + " is not declared by " + evaluation.policy().id()
                    + ": add it to exclusionReasons in the module's policy.json");
        }
        return r;
    }

    /** Adds a warning from the module's messages. */
    public void warn(String key, Object... args) {
        warnings.add(text(key, args));
    }

    /** Adds a warning. */
    public void warn(Text warning) {
        warnings.add(Objects.requireNonNull(warning));
    }

    /** Records a checked condition, citing the firing rule. */
    public void condition(String code, String subject, boolean met, String actual, String required, Text detail,
                          String gap) {
        conditions.add(new Condition(code, subject, met, actual, required, currentCitation(), detail, gap));
    }

    /**
     * Assesses a target against the request's figure, citing the firing rule, and records the indicator: the
     * required value (fixed, or the target's factor times the reference supplied), the status by the target's
     * comparison, compared exactly ({@code UNKNOWN} when the figure or its reference is not supplied), and the
     * progress ({@link Indicator#progress(BigDecimal, BigDecimal)}) against the target's progress basis or else
     * the required value.
     *
     * @throws IllegalStateException when the target belongs to another clause than the firing rule's: a rule
     *                               assesses the targets of the provision it cites
     */
    public Indicator assess(Target target, Figure figure) {
        String cite = currentCitation();
        if (!target.citation().equals(cite)) {
            throw new IllegalStateException("rule '" + rule + "' cites " + cite + " but assesses " + target.code()
                    + ", a target of " + target.citation());
        }
        if (!target.code().equals(figure.code())) {
            throw new IllegalArgumentException("figure " + figure.code() + " is not for target " + target.code());
        }
        BigDecimal actual = figure.actual();
        BigDecimal reference = figure.reference();
        BigDecimal required = target.requiredWith(reference);
        IndicatorStatus status = actual == null || required == null ? IndicatorStatus.UNKNOWN
                : target.comparison().holds(actual, required) ? IndicatorStatus.MET : IndicatorStatus.NOT_MET;
        BigDecimal basis = target.progressBasis() != null ? target.progressBasis() : required;
        String symbol = target.comparison().symbol();
        String requiredText;
        Indicator.ReferenceValue referenceValue = null;
        Text detail = null;
        TargetPlace place = index.targetPlaces().get(target);
        if (target.reference() == null) {
            requiredText = place == null ? null : place.fixedRequiredText();
            if (requiredText == null) {
                requiredText = fixedRequiredText(target);
            }
        } else {
            Target.Reference r = target.reference();
            referenceValue = new Indicator.ReferenceValue(r.key(), r.title(), r.factor(), reference);
            requiredText = symbol + " " + r.factor().toPlainString() + " × "
                    + (reference == null ? r.key() : reference.toPlainString() + " = " + required.toPlainString());
            if (reference == null) {
                detail = actual == null ? MessageCatalog.kit().text("indicator.no-figure-no-reference", r.title())
                        : MessageCatalog.kit().text("indicator.no-reference", r.title(), r.factor());
            }
        }
        if (actual == null && detail == null) {
            detail = MessageCatalog.kit().text("indicator.no-figure");
        }
        if (looksWrittenAsPerCent(target, actual, required)) {
            warn("warning.share-written-as-per-cent", target.code(), actual.toPlainString(), new Percent(actual),
                    new Percent(required), actual.movePointLeft(2).toPlainString());
        }
        Indicator i = new Indicator(target.code(), target.title(), status, target.unit(), target.comparison(),
                required, requiredText, actual, basis, Indicator.progress(actual, basis), referenceValue, cite,
                target.source(), detail);
        addIndicator(target, place, i);
        return i;
    }

    /** A share required below 1% (0.12% is 0.0012). */
    private static final BigDecimal ONE_PER_CENT = new BigDecimal("0.01");
    /**
     * From how many times the requirement such a share is said: a per cent written as a share is 100 times what was
     * meant, and a real share ten times a requirement below 1% is rare.
     */
    private static final BigDecimal SAID_FROM_TIMES_REQUIRED = BigDecimal.TEN;

    /**
     * Whether {@code actual} is a share that may be a per cent written as a share: the target requires less than 1%,
     * where a per cent's figure is below 1 too and passes the check that a share is at most 1 (anning-2022 §6(3)'s
     * 不低于0.12% written 0.12 is 12%, and a real 0.10% written 0.10 is 10%, met 80 times over), and the figure is at
     * least ten times the requirement. Only said (a warning): such a share may be real.
     */
    private static boolean looksWrittenAsPerCent(Target target, BigDecimal actual, BigDecimal required) {
        return target.unit() == io.iprules.ParameterUnit.RATIO && actual != null && required != null
                && required.signum() > 0 && required.compareTo(ONE_PER_CENT) < 0
                && actual.compareTo(required.multiply(SAID_FROM_TIMES_REQUIRED)) >= 0;
    }

    /**
     * Records an indicator whose status was decided exactly elsewhere, citing the firing rule, for a target that is
     * a multiple of a reference (e.g. {@code > 1 × national}) whose values are shown only rounded: two growth rates
     * are roots never taken, so they are compared by cross-multiplying whole numbers and shown to 0.01%, where a
     * higher rate can look equal. The status is the caller's; the values shown may tie but never contradict it
     * ({@link Indicator.DecidedExactly}).
     *
     * @param status     the status decided exactly; {@code UNKNOWN} when a figure is not supplied (then
     *                   {@code actual}, {@code required} and {@code exact} are {@code null})
     * @param actual     the subject's value as shown
     * @param required   the reference's value as shown (the required value is {@code factor ×} it)
     * @param progress   the progress worked out exactly from the underlying figures, or {@code null}
     * @param exact      the exact comparison that decided, in figures, e.g. {@code 120000 × 1700000 > 3000000 × 60000}
     * @param gap        {@code actual − required} as shown, or {@code null}
     * @param detail     the decision in words
     * @throws IllegalStateException when the target belongs to another clause than the firing rule's
     */
    public Indicator assessExactly(Target target, IndicatorStatus status, BigDecimal actual, BigDecimal required,
                                   BigDecimal progress, String exact, BigDecimal gap, Text detail) {
        String cite = currentCitation();
        if (!target.citation().equals(cite)) {
            throw new IllegalStateException("rule '" + rule + "' cites " + cite + " but assesses " + target.code()
                    + ", a target of " + target.citation());
        }
        Target.Reference r = target.reference();
        if (r == null) {
            throw new IllegalArgumentException(target.code() + " is not a multiple of a reference");
        }
        boolean known = status != IndicatorStatus.UNKNOWN;
        BigDecimal requiredValue = known ? r.factor().multiply(required) : null;
        String symbol = target.comparison().symbol();
        String factor = r.factor().compareTo(BigDecimal.ONE) == 0 ? "" : r.factor().toPlainString() + " × ";
        String requiredText = symbol + " " + factor + (known ? required.toPlainString() : r.key());
        Indicator i = new Indicator(target.code(), target.title(), status, target.unit(), target.comparison(),
                requiredValue, requiredText, known ? actual : null, requiredValue, known ? progress : null,
                new Indicator.ReferenceValue(r.key(), r.title(), r.factor(), known ? required : null), cite,
                target.source(), detail, null, false, known ? new Indicator.DecidedExactly(exact, gap) : null);
        addIndicator(target, index.targetPlaces().get(target), i);
        return i;
    }

    /**
     * Assesses a yes/no target ({@link io.iprules.ParameterUnit#YES_NO}, required 1 for yes or 0 for no) against
     * what the request says, citing the firing rule: {@code UNKNOWN} when the request does not say; with a due date,
     * overdue when the as-of date is after it and the target is known not to be met.
     *
     * @param actual whether it is so, or {@code null} when not known
     * @param due    the date by which it is to be so, or {@code null}
     */
    public Indicator assessYesNo(Target target, Boolean actual, LocalDate due) {
        String cite = currentCitation();
        if (!target.citation().equals(cite)) {
            throw new IllegalStateException("rule '" + rule + "' cites " + cite + " but assesses " + target.code()
                    + ", a target of " + target.citation());
        }
        if (target.unit() != io.iprules.ParameterUnit.YES_NO || target.required() == null) {
            throw new IllegalArgumentException(target.code() + " is not a yes/no target");
        }
        BigDecimal required = target.required();
        BigDecimal value = actual == null ? null : actual ? BigDecimal.ONE : BigDecimal.ZERO;
        IndicatorStatus status = value == null ? IndicatorStatus.UNKNOWN
                : target.comparison().holds(value, required) ? IndicatorStatus.MET : IndicatorStatus.NOT_MET;
        // overdue only when known to be not so: an answer not given is unknown, not late (still false)
        boolean overdue = due != null && status == IndicatorStatus.NOT_MET && getAsOf().isAfter(due);
        Indicator i = new Indicator(target.code(), target.title(), status, target.unit(), target.comparison(),
                required, target.comparison().symbol() + " " + (required.signum() != 0 ? "yes" : "no"), value, null,
                null, null, cite, target.source(), value == null ? MessageCatalog.kit().text("indicator.no-figure")
                : null, due, overdue);
        addIndicator(target, index.targetPlaces().get(target), i);
        return i;
    }

    /**
     * Records a time limit and where it stands, citing the firing rule. The days are counted by the caller with
     * the working-day calendar; {@code calendar} names the official notices used.
     */
    public Deadline deadline(String code, String subject, DeadlineStatus status, LocalDate start, LocalDate deadline,
                             LocalDate done, Integer workingDaysUsed, Integer workingDaysLate, Integer workingDaysLeft,
                             List<String> calendar, Text detail) {
        Deadline d = new Deadline(code, subject, status, start, deadline, done, workingDaysUsed, workingDaysLate,
                workingDaysLeft, calendar, currentCitation(), detail);
        deadlines.add(d);
        return d;
    }

    /** Records an informational measure of the firing rule's clause: what it asks of {@code addressee}. */
    public void measure(String addressee, Text text) {
        measures.add(new Measure(currentCitation(), addressee, text));
    }

    /**
     * Records an informational measure of the firing rule's clause addressed to {@code place} within
     * {@code addressee}, with what the place covers where the text does not say ({@code scope}, may be empty).
     */
    public void measure(String addressee, String place, List<String> scope, Text text) {
        measures.add(new Measure(currentCitation(), addressee, text, place, scope));
    }

    /**
     * Puts the measures recorded so far in {@code order} (stable), for a module whose measures have an order of their
     * own (e.g. as its data file lists them) rather than the order the rules happened to fire in.
     */
    public void orderMeasures(Comparator<? super Measure> order) {
        measures.sort(order);
    }

    /**
     * Puts the conditions recorded so far in the order of their {@code place} (ascending, stable: conditions of equal
     * place keep the order recorded), for a module whose conditions have an order of their own (e.g. by whom they are
     * about, then by code) rather than the order the rules happened to fire in. Each condition's place is worked out
     * once, not at every comparison.
     */
    public void orderConditions(java.util.function.ToIntFunction<? super Condition> place) {
        long[] placed = byPlace(conditions.size(), k -> place.applyAsInt(conditions.get(k)));
        Condition[] recorded = conditions.toArray(new Condition[0]);
        for (int k = 0; k < placed.length; k++) {
            conditions.set(k, recorded[(int) placed[k]]);
        }
    }

    /**
     * Records that the firing rule applies the named variant {@code code} of its clause's reading (shown in the
     * result and its receipt).
     */
    public void variant(String code) {
        variant(code, null);
    }

    /**
     * Records that the firing rule applies the named variant {@code code} of its clause's reading, switched on by the
     * deployment's parameter value {@code basis} (its first day and source: {@link #basis}); {@code null} when no
     * parameter switched it on.
     */
    public void variant(String code, io.iprules.AmountBasis basis) {
        Variant v = new Variant(code, currentCitation(), basis);
        if (!variants.contains(v)) {
            variants.add(v);
        }
    }

    /** The deadlines recorded so far. */
    public List<Deadline> deadlines() {
        return List.copyOf(deadlines);
    }

    /**
     * Whether any standing candidate is an award the applicant is eligible for: one whose eligibility waits for an
     * open parameter does not count, whatever its amount.
     */
    public boolean hasEligibleAward() {
        for (Candidate c : candidates) {
            if (c.getExclusion() == null && c.getEligibilityUndeterminedBy() == null && !nothingDue(c)
                    && (c.getCapCut() == null || !c.getAmount().isDetermined()
                    || c.getAmount().value().compareTo(c.getCapCut()) > 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Records the phase of the plan on the as-of date, citing the firing rule.
     *
     * @throws IllegalStateException when the phase is set by another clause than the firing rule's
     */
    public void phase(Phase value) {
        String cite = currentCitation();
        if (!value.citation().equals(cite)) {
            throw new IllegalStateException("rule '" + rule + "' cites " + cite + " but sets phase " + value.code()
                    + " of " + value.citation());
        }
        this.phase = value;
    }

    /**
     * The key of the warning {@link #capTotal} gives a known amount that waits, under the limit, for an earlier amount
     * still open: its award's {@code undeterminedBy} names the <em>earlier</em> item's parameter, so a report reads
     * this warning to say so. Its arguments are {@link CapAwaits}'s: write and read it through that type.
     */
    public static final String CAP_AWAITS = "warning.cap-awaits";

    /**
     * The key of the reason {@link #result} gives a known amount that waits, under a maximum limit, for an earlier
     * amount still open: its own reason, then that the limit's clause holds what it is paid open until the earlier
     * item's parameter is set. Its arguments are {@link CapHeld}'s: write and read it through that type.
     */
    public static final String CAP_HELD = "reason.cap-held";

    /**
     * What the reason {@link #CAP_HELD} says (最高限额, an award whose own amount is known held open by the limit), as
     * the kit writes it and a report reads it: the award cites the clause that grants it, and its reason names the one
     * that holds its amount open, which decided it too.
     *
     * @param own       the award's own reason (why it is owed)
     * @param before    the earlier item whose amount is still open, named as the result names it
     * @param parameter the parameter that earlier item waits for (the award's {@code undeterminedBy})
     * @param citation  the limit's clause, as the module's rule cites it (jiaxing-2012 §7(1))
     * @since 0.2.0
     */
    public record CapHeld(Text own, Text before, String parameter, String citation) {
        /** Every part is required. */
        public CapHeld {
            Objects.requireNonNull(own, "own");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(citation, "citation");
        }

        /** The award's reason that says this, in the kit's words. */
        public Text reason() {
            return MessageCatalog.kit().text(CAP_HELD, own, before, parameter, citation);
        }

        /** What {@code reason} says, when it is a {@link #CAP_HELD} reason written by {@link #reason()}. */
        public static Optional<CapHeld> of(Text reason) {
            List<Object> a = reason.args();
            return CAP_HELD.equals(reason.key()) && a.size() == 4 && a.get(0) instanceof Text own
                    && a.get(1) instanceof Text before && a.get(2) instanceof String parameter
                    && a.get(3) instanceof String citation
                    ? Optional.of(new CapHeld(own, before, parameter, citation))
                    : Optional.empty();
        }
    }

    /**
     * The key of the warning a module gives when items await the applicant's choice
     * ({@link io.iprules.ExclusionReason#awaitsApplicant()}) under a maximum limit that has no room left: choosing this
     * policy adds nothing, so a report does not count them as money awaiting a choice. Its arguments are
     * {@link CapAndChoice}'s, which picks this key or {@link #CAP_AND_CHOICE}: write and read it through that type.
     */
    public static final String CAP_AND_CHOICE_USED_UP = "warning.cap-and-choice.used-up";

    /**
     * The key of the warning a module gives when items await the applicant's choice under a maximum limit with room
     * left: choosing this policy adds at most what is left (the arguments of {@link CapAndChoice}).
     */
    public static final String CAP_AND_CHOICE = "warning.cap-and-choice";

    /**
     * What the warning {@link #CAP_AWAITS} says (最高限额, a known amount waiting for an earlier one still open), as the
     * kit writes it and a report reads it: its arguments had been read by position.
     *
     * @param subject   the award whose own amount is known, named as the result names it
     * @param most      the most the limit lets it be paid, yuan
     * @param before    the earlier item whose amount is still open, named as the result names it
     * @param parameter the parameter that earlier item waits for (the award's {@code undeterminedBy} names it too)
     * @since 0.2.0
     */
    public record CapAwaits(Text subject, BigDecimal most, Text before, String parameter) {
        /** Every part is required. */
        public CapAwaits {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(most, "most");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(parameter, "parameter");
        }

        /** The warning that says this, in the kit's words. */
        public Text warning() {
            return MessageCatalog.kit().text(CAP_AWAITS, subject, new Yuan(most), before, parameter);
        }

        /** What {@code warning} says, when it is a {@link #CAP_AWAITS} warning written by {@link #warning()}. */
        public static Optional<CapAwaits> of(Text warning) {
            List<Object> a = warning.args();
            return CAP_AWAITS.equals(warning.key()) && a.size() == 4 && a.get(0) instanceof Text subject
                    && a.get(1) instanceof Yuan most && a.get(2) instanceof Text before
                    && a.get(3) instanceof String parameter
                    ? Optional.of(new CapAwaits(subject, most.value(), before, parameter))
                    : Optional.empty();
        }
    }

    /**
     * What the warning a module gives when items await the applicant's choice under a maximum limit (最高限额, with
     * 由企事业单位选择一个政策执行) says, as a module writes it and a report reads it: {@link #CAP_AND_CHOICE_USED_UP}
     * when nothing is left, where choosing this policy adds nothing, else {@link #CAP_AND_CHOICE}.
     *
     * @param limit             the maximum limit, yuan
     * @param forThisEvaluation what the limit leaves for this evaluation (less what was paid before, if cumulative)
     * @param left              what is left of it after the amounts due: the most a choice of this policy adds
     * @param clause            the clause as the module names it, with its policy (jiaxing-2012 §7(1) 最高限额)
     * @since 0.2.0
     */
    public record CapAndChoice(BigDecimal limit, BigDecimal forThisEvaluation, BigDecimal left, String clause) {
        /** Every part is required. */
        public CapAndChoice {
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(forThisEvaluation, "forThisEvaluation");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(clause, "clause");
        }

        /** Whether nothing is left: choosing this policy adds nothing. */
        public boolean usedUp() {
            return left.signum() == 0;
        }

        /** The warning that says this, in the kit's words, under the key {@link #usedUp} picks. */
        public Text warning() {
            return MessageCatalog.kit().text(usedUp() ? CAP_AND_CHOICE_USED_UP : CAP_AND_CHOICE, new Yuan(limit),
                    new Yuan(forThisEvaluation), new Yuan(left), clause);
        }

        /**
         * What {@code warning} says, when it is a warning written by {@link #warning()}: not one whose key says the
         * limit is used up and whose arguments leave room, or the other way round.
         */
        public static Optional<CapAndChoice> of(Text warning) {
            List<Object> a = warning.args();
            if (!(CAP_AND_CHOICE_USED_UP.equals(warning.key()) || CAP_AND_CHOICE.equals(warning.key()))
                    || a.size() != 4 || !(a.get(0) instanceof Yuan limit) || !(a.get(1) instanceof Yuan forThis)
                    || !(a.get(2) instanceof Yuan left) || !(a.get(3) instanceof String clause)) {
                return Optional.empty();
            }
            CapAndChoice said = new CapAndChoice(limit.value(), forThis.value(), left.value(), clause);
            return said.usedUp() == CAP_AND_CHOICE_USED_UP.equals(warning.key()) ? Optional.of(said)
                    : Optional.empty();
        }
    }

    /**
     * Applies a maximum limit to the total of the standing candidates, citing the firing rule: when their amounts add
     * up to more than {@code limit}, the excess is cut from the last ones in the result's order, and each cut part is
     * reported as an exclusion with reason {@code CAP}, which the module declares. An amount still open takes an
     * unknown part of the limit: a known amount after it is not cut and not paid in full either, but awaits it (its
     * award's amount waits for the open one's parameter, with {@code warning.cap-awaits}, at most what the limit
     * would leave it were every open amount before it set to nothing); each candidate keeps the most the limit can
     * leave it ({@link Candidate#getCapRoom}), so that an open amount that meets none left can be held back whatever
     * it is set to. A known amount that meets none left is cut whole, whatever the open amounts before it are set to.
     */
    public void capTotal(BigDecimal limit, Text detail) {
        String cite = currentCitation();
        ExclusionReason cap = null;
        List<Exclusion> cuts = new ArrayList<>();
        // in the result's order, each pays what the limit leaves after the amounts before it: the excess is cut from
        // the last ones. An amount still open takes an unknown part, so from it on nothing is certain: a later known
        // amount waits for it (not shown as paid in full while it may be cut), and the limit still leaves room. What
        // it leaves at most is what it would leave were every open amount set to nothing: the known amounts before
        // take theirs first, held or not (under 300,000, after an open utility model, 5,000 and 300,000 known leave
        // a later 100,000 nothing, whatever the utility model is set to)
        BigDecimal room = limit;
        Candidate open = null;
        for (Candidate c : standing()) {
            c.capRoom(room);
            if (!c.getAmount().isDetermined()) {
                if (open == null && room.signum() > 0) {
                    open = c;
                }
                continue;
            }
            BigDecimal paid = c.getAmount().value().min(room.max(BigDecimal.ZERO));
            room = room.subtract(paid);
            if (open != null && paid.signum() > 0) {
                c.capAwaits(open, cite);
                warn(new CapAwaits(c.getSubject(), paid, open.getSubject(), open.getAmount().waitingFor()).warning());
                continue;
            }
            BigDecimal cut = c.getAmount().value().subtract(paid);
            if (cut.signum() > 0) {
                c.cut(cut);
                cap = cap == null ? reason("CAP") : cap;
                cuts.add(new Exclusion(c.getCode(), c.getSubjectId(), c.getSubject(), c.getDate(),
                        cut.setScale(2, RoundingMode.HALF_UP), cap, cite, c.getCitation(), detail));
            }
        }
        for (int i = cuts.size() - 1; i >= 0; i--) {
            extraExclusions.add(cuts.get(i)); // the last cut first, as they are cut
        }
    }

    // ---------------------------------------------------------------- reading back, for modules

    /** Every candidate proposed so far, in proposal order. */
    public List<Candidate> candidates() {
        return List.copyOf(candidates);
    }

    /**
     * The candidates not held back and worth something (not 0.00 yuan: see {@link #NOT_ELIGIBLE}), in the result's
     * order.
     */
    public List<Candidate> standing() {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.getExclusion() == null && !nothingDue(c)) {
                out.add(c);
            }
        }
        out.sort(RESULT_ORDER);
        return out;
    }

    /** Whether a condition with {@code code} was recorded as met (for any subject): read without a copy. */
    public boolean conditionMet(String code) {
        for (Condition c : conditions) {
            if (c.met() && c.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** The conditions recorded so far. */
    public List<Condition> conditions() {
        return List.copyOf(conditions);
    }

    /** The indicators recorded so far. */
    public List<Indicator> indicators() {
        return List.copyOf(indicators);
    }

    /**
     * Whether at least one indicator was recorded and every one is met ({@link io.iprules.IndicatorSummary#allMet()}),
     * counted as they are recorded.
     */
    public boolean allIndicatorsMet() {
        return !indicators.isEmpty() && indicatorsNotMet == 0;
    }

    /**
     * A result builder holding everything decided, in a stable order (the policy's order of codes, then date,
     * then subject), for the module to set the verdict on and build.
     */
    public EvaluationResult.Builder result(String subjectName) {
        EvaluationResult.Builder b = EvaluationResult.builder(evaluation.policy().id(), evaluation.asOf(), subjectName);
        List<Candidate> all = candidates;
        if (all.size() > 1) {
            all = new ArrayList<>(candidates);
            all.sort(RESULT_ORDER);
        }
        List<Exclusion> exclusions = new ArrayList<>();
        for (Candidate c : all) {
            Amount a = c.getAmount();
            ExclusionNote x = c.getExclusion();
            if (nothingDue(c)) {
                x = new ExclusionNote(reason(NOT_ELIGIBLE), c.getCitation(),
                        MessageCatalog.kit().text("exclusion.zero-amount", c.getReason()));
            }
            if (x == null) {
                BigDecimal value = a.value();
                if (value != null && c.getCapCut() != null) {
                    value = value.subtract(c.getCapCut());
                    if (value.signum() == 0) {
                        continue; // wholly cut: only its CAP exclusion remains
                    }
                }
                if (c.getCapAwaits() != null) {
                    // what the limit lets it pay waits for an earlier amount still open (warning.cap-awaits); its
                    // reason names the limit's clause, which decided that, beside the granting one it cites
                    String waitingFor = c.getCapAwaits().getAmount().waitingFor();
                    b.award(new Award(c.getCode(), c.getSubjectId(), c.getSubject(), c.getDate(), null, waitingFor,
                            c.getCitation(), new CapHeld(c.getReason(), c.getCapAwaits().getSubject(), waitingFor,
                                    c.getCapCitation()).reason(), c.getEligibilityUndeterminedBy(), null));
                    continue;
                }
                b.award(new Award(c.getCode(), c.getSubjectId(), c.getSubject(), c.getDate(), value,
                        a.waitingFor(), c.getCitation(), c.getReason(), c.getEligibilityUndeterminedBy(), a.basis()));
            } else {
                exclusions.add(new Exclusion(c.getCode(), c.getSubjectId(), c.getSubject(), c.getDate(), a.value(),
                        x.reason(), x.citation(), c.getCitation(), x.detail(), a.basis()));
            }
        }
        exclusions.addAll(extraExclusions);
        exclusions.forEach(b::exclusion);
        conditions.forEach(b::condition);
        // the targets' order
        indicatorsInPlace().forEach(b::indicator);
        if (deadlines.size() == 1) {
            b.deadline(deadlines.get(0));
        } else if (!deadlines.isEmpty()) {
            List<Deadline> timed = new ArrayList<>(deadlines);
            timed.sort(index.deadlineOrder());
            timed.forEach(b::deadline); // stable, as candidates are: the policy's order of codes, then start, subject
        }
        measures.forEach(b::measure);
        variants.forEach(b::variant);
        warnings.forEach(b::warning);
        trace.forEach(b::fired);
        b.phase(phase);
        return b;
    }

    /**
     * The positions {@code 0..size-1} of some items in the order of their {@code place} (given a position), stable
     * (equal places keep their order), each as {@code place << 32 | position}: every place is worked out once, not at
     * every comparison, and the sort is one of primitives (none when the items are in order already, as the rules
     * often record them).
     */
    private static long[] byPlace(int size, java.util.function.IntUnaryOperator place) {
        long[] placed = new long[size];
        boolean ordered = true;
        for (int k = 0; k < size; k++) {
            placed[k] = (long) place.applyAsInt(k) << 32 | k;
            ordered &= k == 0 || placed[k] > placed[k - 1];
        }
        if (!ordered) {
            java.util.Arrays.sort(placed);
        }
        return placed;
    }

    /**
     * The policy's order of codes, then date, then subject, then the module's tie-break: stable whatever order the
     * rules fired in, and the request's order only between alternatives all of these leave equal.
     */
    private static final Comparator<Candidate> RESULT_ORDER = Comparator.comparingInt(Candidate::order)
            .thenComparing(Candidate::getDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Candidate::getSubjectId)
            .thenComparing(Candidate::compareTieBreaks)
            .thenComparingLong(Candidate::sequence);

    /**
     * Where {@code code} stands in the order the policy's provisions list their codes (the order a result lists
     * awards, exclusions and deadlines in); {@link Integer#MAX_VALUE} for a code no provision lists.
     */
    public int codePosition(String code) {
        Integer position = index.codes().get(code); // not getOrDefault: its default would be boxed at every call
        return position == null ? Integer.MAX_VALUE : position;
    }

    // ---------------------------------------------------------------- engine hooks

    /** Called by the engine before a rule's consequence runs: entries made now cite {@code ruleCitation}. */
    @Override
    public void ruleStarted(String ruleName, String ruleCitation) {
        this.rule = ruleName;
        this.citation = ruleCitation;
        trace.add(new FiredRule(ruleName, ruleCitation));
    }

    /** Called by the engine after a rule's consequence ran. */
    @Override
    public void ruleFinished() {
        this.rule = null;
        this.citation = null;
    }

    /** Notes the facts the subject brings to its session; the kit calls it before the session runs. */
    void bringing(List<?> facts) {
        brought = facts;
    }

    /**
     * Whether the subject brought a fact of exactly {@code type} to its session (not one a rule inserted). A rule
     * whose stage needs such a fact (a payment, a claim made under another policy) may test it first on a
     * {@link Candidate}: {@code Candidate(decision.brought(PaidMatter.class), …)}, so that the candidates of the
     * applicants without one never enter the stage's joins — the same decision, fewer candidates weighed.
     */
    public boolean brought(Class<?> type) {
        for (Object f : brought) {
            if (f.getClass() == type) {
                return true;
            }
        }
        return false;
    }

    private String currentCitation() {
        if (citation == null) {
            throw new IllegalStateException(rule == null
                    ? "decisions are made from a rule consequence that binds the Decision fact"
                    : "rule '" + rule + "' has no @citation: every rule cites the clause it implements");
        }
        return citation;
    }
}
