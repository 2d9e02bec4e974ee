package io.iprules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a policy decides for one request, and why: every award and every exclusion with its citation, the
 * conditions and indicators checked, the total of the awards owed for certain, and warnings.
 *
 * <p>Immutable. {@link #total()} is always the sum of the amounts of the awards whose amount and eligibility are
 * both decided, and {@link #undetermined()} counts every other award (an applied maximum limit shows as reduced
 * awards plus a {@code CAP} exclusion, so the sum still holds).
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class EvaluationResult {
    private final String policy;
    private final LocalDate asOf;
    private final String subjectName;
    private final boolean eligible;
    private final List<Award> awards;
    private final List<Exclusion> excluded;
    private final List<Condition> conditions;
    private final List<Indicator> indicators;
    private final IndicatorSummary indicatorSummary;
    private final List<Deadline> deadlines;
    private final List<Measure> measures;
    private final List<Variant> variants;
    private final Phase phase;
    private final List<Text> warnings;
    private final List<FiredRule> trace;
    private final BigDecimal total;
    private final int undetermined;
    /** What the engine evaluated with; {@code null} for a result not made by an engine. */
    private final Stamp stamp;
    private final Receipt.AsOfSource asOfSource;
    /** Computed on first use from {@link #stamp}: the request digest costs a serialisation. */
    private Receipt receipt;

    private EvaluationResult(Builder b) {
        this.policy = Objects.requireNonNull(b.policy, "policy");
        this.asOf = Objects.requireNonNull(b.asOf, "asOf");
        this.subjectName = Objects.requireNonNull(b.subjectName, "subjectName");
        this.eligible = b.eligible;
        this.awards = List.copyOf(b.awards);
        this.excluded = List.copyOf(b.excluded);
        this.conditions = List.copyOf(b.conditions);
        this.indicators = List.copyOf(b.indicators);
        this.indicatorSummary = IndicatorSummary.of(indicators);
        this.deadlines = List.copyOf(b.deadlines);
        this.measures = List.copyOf(b.measures);
        this.variants = List.copyOf(b.variants);
        this.phase = b.phase;
        this.warnings = List.copyOf(b.warnings);
        this.trace = List.copyOf(b.trace);
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        int open = 0;
        for (Award a : awards) {
            // a known amount whose eligibility is open (资格待定) is not owed yet: not summed, counted as open
            if (a.owed()) {
                sum = sum.add(a.amount());
            } else {
                open++;
            }
        }
        this.total = sum;
        this.undetermined = open;
        this.stamp = null;
        this.asOfSource = Receipt.AsOfSource.REQUEST;
    }

    /** A copy of {@code r} with other warnings and receipt parts; the lists are immutable and shared. */
    private EvaluationResult(EvaluationResult r, List<Text> warnings, Stamp stamp, Receipt.AsOfSource asOfSource) {
        this.policy = r.policy;
        this.asOf = r.asOf;
        this.subjectName = r.subjectName;
        this.eligible = r.eligible;
        this.awards = r.awards;
        this.excluded = r.excluded;
        this.conditions = r.conditions;
        this.indicators = r.indicators;
        this.indicatorSummary = r.indicatorSummary;
        this.deadlines = r.deadlines;
        this.measures = r.measures;
        this.variants = r.variants;
        this.phase = r.phase;
        this.warnings = warnings;
        this.trace = r.trace;
        this.total = r.total;
        this.undetermined = r.undetermined;
        this.stamp = stamp;
        this.asOfSource = asOfSource;
    }

    /**
     * This result with one more warning, e.g. from the caller that prepared the request. The receipt is kept: it
     * vouches for the decision, which the warning does not change; but the result written with it is no longer the
     * engine's, byte for byte, and {@link io.iprules.json.Replay} reports the added warning as a difference
     * ({@code OUTPUT_DIFFERS}, "warnings: recorded 1 entries, replayed 0"). To keep a result replayable, show a
     * caller's warning beside it rather than in it.
     */
    public EvaluationResult withWarning(Text warning) {
        List<Text> more = new ArrayList<>(warnings);
        more.add(Objects.requireNonNull(warning, "warning"));
        return new EvaluationResult(this, List.copyOf(more), stamp, asOfSource);
    }

    /**
     * This result as evaluated for a caller that chose the date instead of the request: {@link
     * Receipt.AsOfSource#OVERRIDE OVERRIDE} (the caller replaced the request's date) or {@link
     * Receipt.AsOfSource#DEFAULT DEFAULT} (the request gave none, so the day of evaluation was used; a warning says
     * so, with the date). The receipt records which; from {@code DEFAULT} to another source, that warning goes. For
     * callers that read requests themselves, e.g. the JSON contract.
     */
    public EvaluationResult withAsOfSource(Receipt.AsOfSource source) {
        Objects.requireNonNull(source, "source");
        List<Text> w = warnings;
        Text defaulted = io.iprules.internal.CoreMessages.text("warning.as-of-defaulted", asOf);
        if (source == Receipt.AsOfSource.DEFAULT && asOfSource != Receipt.AsOfSource.DEFAULT) {
            List<Text> more = new ArrayList<>(warnings);
            more.add(defaulted);
            w = List.copyOf(more);
        } else if (source != Receipt.AsOfSource.DEFAULT && asOfSource == Receipt.AsOfSource.DEFAULT) {
            // the date is no longer the day of evaluation: the warning that said so would contradict the receipt
            List<Text> fewer = new ArrayList<>(warnings);
            fewer.remove(defaulted);
            w = List.copyOf(fewer);
        }
        return new EvaluationResult(this, w, stamp, source);
    }

    /** This result stamped by the engine that evaluated {@code stamp}'s request. */
    EvaluationResult stamped(Stamp value) {
        return new EvaluationResult(this, warnings, value, asOfSource);
    }

    /** A builder; for policy modules. */
    public static Builder builder(String policy, LocalDate asOf, String subjectName) {
        return new Builder(policy, asOf, subjectName);
    }

    /** The policy id, e.g. {@code example-2020}. */
    public String policy() { return policy; }

    /** The date the request was evaluated as of. */
    public LocalDate asOf() { return asOf; }

    /** The name of the applicant (enterprise, city, county) as given in the request. */
    public String subjectName() { return subjectName; }

    /**
     * The request key of the subject this result is about ({@code applicant}, {@code city}, {@code recommendation}:
     * one of its policy's {@link PolicyDescription#subjects() subjects}), as the engine that evaluated it resolved it;
     * empty for a result not made by an engine. What the officer's report calls the subject ({@link
     * SubjectKind#label()}) follows from it. Not part of the JSON result.
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public Optional<String> subjectKey() {
        return stamp == null ? Optional.empty() : Optional.of(stamp.subjectKey());
    }

    /**
     * The overall verdict: for a subsidy policy, whether any award is due (an undetermined amount is still due);
     * for an application, whether every condition is met; for a target assessment, whether every target is met
     * (an indicator whose figure is unknown is not proven met, so it makes the verdict {@code false}: see
     * {@link #indicatorSummary()}).
     */
    public boolean eligible() { return eligible; }

    /** What is owed, in the policy's order of provisions. */
    public List<Award> awards() { return awards; }

    /** What would be owed but is not, with the reason and the excluding clause. */
    public List<Exclusion> excluded() { return excluded; }

    /** Conditions of eligibility checked, met or not. */
    public List<Condition> conditions() { return conditions; }

    /** Target indicators assessed, in the policy's order of targets. */
    public List<Indicator> indicators() { return indicators; }

    /** How many of the {@link #indicators()} are met, not met and unknown. */
    public IndicatorSummary indicatorSummary() { return indicatorSummary; }

    /** Time limits the policy sets, with where each stands on the as-of date. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public List<Deadline> deadlines() { return deadlines; }

    /** Informational measures: what the provisions ask of someone, with nothing to decide. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public List<Measure> measures() { return measures; }

    /** The named variants of readings applied to this result; empty when only the module's default readings. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public List<Variant> variants() { return variants; }

    /**
     * The phase of the policy's plan on the as-of date, for plans that have phases; empty when the plan has none,
     * or none on that date (before the plan began: the result's warnings say so).
     */
    public Optional<Phase> phase() { return Optional.ofNullable(phase); }

    /**
     * The total (合计): the sum of the amounts of the awards owed for certain, in yuan with two decimals, those whose
     * amount is known ({@link Award#determined()}) and whose eligibility is decided ({@link
     * Award#eligibilityDetermined()}). An award whose amount is known but whether the applicant is owed it at all
     * waits for an open parameter (资格待定: a threshold the text leaves to implementing rules) is not in it, as one
     * whose amount is open (金额待定) is not: {@link #undetermined()} counts both.
     */
    public BigDecimal total() { return total; }

    /**
     * How many awards {@link #total()} leaves out because a parameter the text leaves open decides them: their
     * amount (金额待定), their eligibility (资格待定, whatever their amount), or both. With the awards in the total,
     * they are every award.
     */
    public int undetermined() { return undetermined; }

    /** Things a reader should know that are not awards or exclusions (facts ignored, conflicts shown…). */
    public List<Text> warnings() { return warnings; }

    /** The rules that fired, in order. */
    public List<FiredRule> trace() { return trace; }

    /**
     * What the decision was made with: library and module versions, digests of the rules, the parameters and the
     * request, and the evaluation date with where it came from. Every result of a {@link RulesEngine} has one;
     * a result built by hand (a module's unit test) has none.
     */
    public Optional<Receipt> receipt() {
        if (stamp == null) {
            return Optional.empty();
        }
        Receipt r = receipt;
        if (r == null) {
            // a benign race: every thread computes the same immutable value
            r = stamp.receipt(asOfSource);
            receipt = r;
        }
        return Optional.of(r);
    }

    /** The awards, then the exclusions, read the same way (see {@link ResultItem}). */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public List<ResultItem> items() {
        List<ResultItem> all = new ArrayList<>(awards.size() + excluded.size());
        all.addAll(awards);
        all.addAll(excluded);
        return List.copyOf(all);
    }

    /**
     * A summary for logs and debuggers, in English with the texts in Chinese (their {@code toString}): the policy,
     * date, subject, verdict and total, then one line per award and exclusion with its amount and citation, then
     * how many conditions, indicators, deadlines and warnings there are. Not a contract: read the fields, or write
     * the result with {@code io.iprules.json.JsonContract}.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(256);
        b.append("EvaluationResult[").append(policy).append(" as of ").append(asOf).append(", ")
                .append(visible(subjectName)).append(": ").append(eligible ? "eligible" : "not eligible")
                .append(", total ").append(total.toPlainString());
        if (undetermined > 0) {
            b.append(" + ").append(undetermined).append(" undetermined");
        }
        for (Award a : awards) {
            b.append("\n  + ").append(a.code()).append(' ').append(visible(a.subjectId())).append(' ')
                    .append(a.amount() != null ? a.amount().toPlainString()
                            : "? (waits for " + a.undeterminedBy() + ")")
                    .append(" [").append(a.citation()).append(']');
            if (a.eligibilityUndeterminedBy() != null) {
                b.append(" eligibility waits for ").append(a.eligibilityUndeterminedBy());
            }
        }
        for (Exclusion x : excluded) {
            b.append("\n  - ").append(x.code()).append(' ').append(visible(x.subjectId())).append(' ')
                    .append(x.amount() != null ? x.amount().toPlainString() : "?").append(' ').append(x.reason().code())
                    .append(" [").append(x.citation()).append(']');
        }
        if (!conditions.isEmpty()) {
            long met = conditions.stream().filter(Condition::met).count();
            b.append("\n  conditions: ").append(met).append(" of ").append(conditions.size()).append(" met");
        }
        if (!indicators.isEmpty()) {
            b.append("\n  indicators: ").append(indicatorSummary.met()).append(" met, ")
                    .append(indicatorSummary.notMet()).append(" not met, ").append(indicatorSummary.unknown())
                    .append(" unknown");
        }
        if (!deadlines.isEmpty()) {
            b.append("\n  deadlines: ").append(deadlines.size());
        }
        if (phase != null) {
            b.append("\n  phase: ").append(phase.code()).append(" [").append(phase.citation()).append(']');
        }
        if (!warnings.isEmpty()) {
            b.append("\n  warnings: ").append(warnings.size());
        }
        return b.append(']').toString();
    }

    /** {@code s} with control characters written as {@code \\uXXXX}: a log line never carries them raw. */
    private static String visible(String s) {
        if (s == null || s.chars().noneMatch(Character::isISOControl)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.chars().forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                b.append((char) c);
            }
        });
        return b.toString();
    }

    /** Builds a result; used by policy modules. Not thread-safe. */
    public static final class Builder {
        private final String policy;
        private final LocalDate asOf;
        private final String subjectName;
        private boolean eligible;
        private final List<Award> awards = new ArrayList<>();
        private final List<Exclusion> excluded = new ArrayList<>();
        private final List<Condition> conditions = new ArrayList<>();
        private final List<Indicator> indicators = new ArrayList<>();
        private final List<Deadline> deadlines = new ArrayList<>();
        private final List<Measure> measures = new ArrayList<>();
        private final List<Variant> variants = new ArrayList<>();
        private Phase phase;
        private final List<Text> warnings = new ArrayList<>();
        private final List<FiredRule> trace = new ArrayList<>();

        private Builder(String policy, LocalDate asOf, String subjectName) {
            this.policy = policy;
            this.asOf = asOf;
            this.subjectName = subjectName;
        }

        /** Sets the overall verdict. */
        public Builder eligible(boolean value) { this.eligible = value; return this; }

        /** Adds an award. */
        public Builder award(Award a) { awards.add(Objects.requireNonNull(a)); return this; }

        /** Adds an exclusion. */
        public Builder exclusion(Exclusion e) { excluded.add(Objects.requireNonNull(e)); return this; }

        /** Adds a checked condition. */
        public Builder condition(Condition c) { conditions.add(Objects.requireNonNull(c)); return this; }

        /** Adds an assessed indicator. */
        public Builder indicator(Indicator i) { indicators.add(Objects.requireNonNull(i)); return this; }

        /** Adds a deadline. */
        @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
        public Builder deadline(Deadline d) { deadlines.add(Objects.requireNonNull(d)); return this; }

        /** Adds an informational measure. */
        @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
        public Builder measure(Measure m) { measures.add(Objects.requireNonNull(m)); return this; }

        /** Records a variant of a reading applied; the same variant once. */
        @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
        public Builder variant(Variant v) {
            if (!variants.contains(Objects.requireNonNull(v))) {
                variants.add(v);
            }
            return this;
        }

        /** Sets the phase of the plan on the as-of date ({@code null}: none). */
        public Builder phase(Phase value) { this.phase = value; return this; }

        /** Adds a warning. */
        public Builder warning(Text w) { warnings.add(Objects.requireNonNull(w)); return this; }

        /** Records a fired rule. */
        public Builder fired(FiredRule r) { trace.add(Objects.requireNonNull(r)); return this; }

        /** The immutable result. */
        public EvaluationResult build() { return new EvaluationResult(this); }
    }
}
