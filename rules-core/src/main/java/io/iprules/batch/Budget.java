package io.iprules.batch;

import io.iprules.Award;
import io.iprules.EvaluationResult;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * The budget a set of results implies: the total of the awards owed for certain (their amount and eligibility
 * decided, as {@link EvaluationResult#total()} sums them), and per award code the amount, how many awards are
 * determined so and how many wait for a parameter, for their amount or for their eligibility; apart from it, the
 * items held out only until the applicant chooses ({@link io.iprules.ExclusionReason#awaitsApplicant()}), which may
 * yet become due, at the items' own amounts (once chosen, a policy's maximum limit may cut what becomes due: the
 * result's warnings say so). Also counts results and eligible results per policy (those that assess targets, and in
 * how many every target was met, apart), indicators met, not met and unknown, and deadlines by status.
 *
 * <p>Not thread-safe: give each thread its own and {@link #merge} them, as {@link JsonLinesBatch} does.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public final class Budget {
    private final Map<String, Line> byCode = new TreeMap<>();
    // per policy: evaluated, eligible, indicators met, not met, unknown, results with targets, those every target met
    private final Map<String, long[]> byPolicy = new TreeMap<>();
    private static final int COUNTS = 7;
    // per policy: deadlines by status, indexed by DeadlineStatus
    private final Map<String, DeadlineCounts> deadlinesByPolicy = new TreeMap<>();
    private final Map<String, Awaiting> awaitingByCode = new TreeMap<>();
    private BigDecimal total = BigDecimal.ZERO.setScale(2);
    /** Of the undetermined awards, those whose eligibility waits for an open parameter (资格待定). */
    private long eligibilityOpen;

    /**
     * One award code's items held out until the applicant chooses (待申请人选择,暂不计入): not in the total, not
     * refused either; what they would be is what may yet become due.
     *
     * @param code         the award code
     * @param items        how many items
     * @param amount       what those with an amount would be, yuan
     * @param undetermined how many of the items have no amount yet (a parameter the text leaves open): counted in
     *                     {@code items}, not in {@code amount}, which would otherwise pass them off as 0.00
     * @since 0.2.0
     */
    public record Awaiting(String code, long items, BigDecimal amount, long undetermined) {
        /** This code's items and {@code o}'s together, under this one's code. */
        Awaiting plus(Awaiting o) {
            return new Awaiting(code, items + o.items, amount.add(o.amount), undetermined + o.undetermined);
        }

        static Awaiting one(String code, BigDecimal amount) {
            return amount == null ? new Awaiting(code, 1, BigDecimal.ZERO.setScale(2), 1)
                    : new Awaiting(code, 1, amount, 0);
        }
    }

    /**
     * One award code's share of the budget.
     *
     * @param code         the award code
     * @param amount       the sum of its determined awards, yuan
     * @param determined   how many of its awards are determined: their amount known and their eligibility decided
     * @param undetermined how many wait for a parameter the text leaves open: for their amount, or for whether they
     *                     are owed at all (a known amount whose eligibility is open is not summed in {@code amount})
     */
    public record Line(String code, BigDecimal amount, long determined, long undetermined) {
        Line plus(Line o) {
            return new Line(code, amount.add(o.amount), determined + o.determined, undetermined + o.undetermined);
        }
    }

    /** Adds one result's awards. */
    public void add(EvaluationResult r) {
        long[] counts = byPolicy.computeIfAbsent(r.policy(), k -> new long[COUNTS]);
        counts[0]++;
        if (r.eligible()) {
            counts[1]++;
        }
        if (!r.indicators().isEmpty()) {
            var s = r.indicatorSummary();
            counts[2] += s.met();
            counts[3] += s.notMet();
            counts[4] += s.unknown();
            targets(counts, r.eligible());
        }
        for (io.iprules.Deadline d : r.deadlines()) {
            countDeadline(r.policy(), d.status());
        }
        for (Award a : r.awards()) {
            // as the result's total: a known amount whose eligibility is open is no money owed yet
            Line l = a.owed() ? new Line(a.code(), a.amount(), 1, 0)
                    : new Line(a.code(), BigDecimal.ZERO.setScale(2), 0, 1);
            byCode.merge(a.code(), l, Line::plus);
            if (!a.eligibilityDetermined()) {
                eligibilityOpen++;
            }
        }
        for (io.iprules.Exclusion x : r.excluded()) {
            if (x.reason().awaitsApplicant()) {
                awaitingByCode.merge(x.code(), Awaiting.one(x.code(), x.amount()), Awaiting::plus);
            }
        }
        total = total.add(r.total());
    }

    /**
     * Adds one result as a batch wrote it (a {@code JsonContract} result line): how a resumed run counts the lines
     * it keeps. {@code awaitsApplicant} tells, for a policy id and an exclusion reason code, whether the reason only
     * holds the item out until the applicant chooses (the line carries the code only).
     */
    void addWritten(com.fasterxml.jackson.databind.JsonNode r,
                    java.util.function.BiPredicate<String, String> awaitsApplicant) {
        String policy = r.path("policy").asText();
        long[] counts = byPolicy.computeIfAbsent(policy, k -> new long[COUNTS]);
        counts[0]++;
        if (r.path("eligible").asBoolean()) {
            counts[1]++;
        }
        com.fasterxml.jackson.databind.JsonNode s = r.path("indicatorSummary");
        counts[2] += s.path("met").asLong();
        counts[3] += s.path("notMet").asLong();
        counts[4] += s.path("unknown").asLong();
        if (!r.path("indicators").isEmpty()) { // a result with targets, as add counts it
            targets(counts, r.path("eligible").asBoolean());
        }
        for (com.fasterxml.jackson.databind.JsonNode d : r.path("deadlines")) {
            countDeadline(policy, io.iprules.DeadlineStatus.valueOf(d.path("status").asText()));
        }
        for (com.fasterxml.jackson.databind.JsonNode a : r.path("awards")) {
            com.fasterxml.jackson.databind.JsonNode amount = a.path("amount");
            String code = a.path("code").asText();
            // the contract marks an award whose eligibility is open "eligibility": "UNDETERMINED", whatever its amount
            boolean eligibilityIsOpen = "UNDETERMINED".equals(a.path("eligibility").asText());
            Line l = amount.isTextual() && !eligibilityIsOpen ? new Line(code, new BigDecimal(amount.asText()), 1, 0)
                    : new Line(code, BigDecimal.ZERO.setScale(2), 0, 1);
            byCode.merge(code, l, Line::plus);
            if (eligibilityIsOpen) {
                eligibilityOpen++;
            }
        }
        for (com.fasterxml.jackson.databind.JsonNode x : r.path("excluded")) {
            if (awaitsApplicant.test(policy, x.path("reason").asText())) {
                com.fasterxml.jackson.databind.JsonNode amount = x.path("amount");
                String code = x.path("code").asText();
                awaitingByCode.merge(code, Awaiting.one(code, amount.isTextual() ? new BigDecimal(amount.asText())
                        : null),
                        Awaiting::plus);
            }
        }
        total = total.add(new BigDecimal(r.path("total").asText()));
    }

    /** Adds everything another budget holds. */
    public void merge(Budget other) {
        other.byCode.values().forEach(l -> byCode.merge(l.code(), l, Line::plus));
        other.byPolicy.forEach((p, c) -> {
            long[] mine = byPolicy.computeIfAbsent(p, k -> new long[COUNTS]);
            for (int i = 0; i < mine.length; i++) {
                mine[i] += c[i];
            }
        });
        other.deadlinesByPolicy.forEach((p, c) -> deadlinesByPolicy.merge(p, c, DeadlineCounts::plus));
        other.awaitingByCode.values().forEach(a -> awaitingByCode.merge(a.code(), a, Awaiting::plus));
        total = total.add(other.total);
        eligibilityOpen += other.eligibilityOpen;
    }

    /**
     * Counts a result with targets: an assessment's verdict is eligible when every target is met, which a subsidy's
     * "qualifies" is not, so the two are counted apart (a batch of enterprises and cities had added the enterprises
     * that qualify to the cities that met every target).
     */
    private static void targets(long[] counts, boolean eligible) {
        counts[5]++;
        if (eligible) {
            counts[6]++;
        }
    }

    private void countDeadline(String policy, io.iprules.DeadlineStatus status) {
        deadlinesByPolicy.merge(policy, DeadlineCounts.one(status), DeadlineCounts::plus);
    }

    /**
     * Deadlines (期限) by where they stand on the evaluation date, over some results.
     *
     * @param onTime        done within the time limit
     * @param late          done after it
     * @param pending       not done, the time limit still running
     * @param overdue       not done, the time limit passed
     * @param notApplicable the subject is outside the provision's scope
     * @param unknown       the days could not be counted (a calendar year not loaded, or a date not given)
     */
    public record DeadlineCounts(long onTime, long late, long pending, long overdue, long notApplicable,
                                 long unknown) {
        /** No deadline. */
        public static final DeadlineCounts NONE = new DeadlineCounts(0, 0, 0, 0, 0, 0);

        /** One deadline that has {@code status}. */
        static DeadlineCounts one(io.iprules.DeadlineStatus status) {
            return switch (status) {
                case ON_TIME -> new DeadlineCounts(1, 0, 0, 0, 0, 0);
                case LATE -> new DeadlineCounts(0, 1, 0, 0, 0, 0);
                case PENDING -> new DeadlineCounts(0, 0, 1, 0, 0, 0);
                case OVERDUE -> new DeadlineCounts(0, 0, 0, 1, 0, 0);
                case NOT_APPLICABLE -> new DeadlineCounts(0, 0, 0, 0, 1, 0);
                case UNKNOWN -> new DeadlineCounts(0, 0, 0, 0, 0, 1);
            };
        }

        /** How many have {@code status}. */
        @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
        public long of(io.iprules.DeadlineStatus status) {
            return switch (status) {
                case ON_TIME -> onTime;
                case LATE -> late;
                case PENDING -> pending;
                case OVERDUE -> overdue;
                case NOT_APPLICABLE -> notApplicable;
                case UNKNOWN -> unknown;
            };
        }

        /** All deadlines counted. */
        public long total() {
            return onTime + late + pending + overdue + notApplicable + unknown;
        }

        DeadlineCounts plus(DeadlineCounts o) {
            return new DeadlineCounts(onTime + o.onTime, late + o.late, pending + o.pending, overdue + o.overdue,
                    notApplicable + o.notApplicable, unknown + o.unknown);
        }
    }

    /** Per policy id whose results had deadlines: how many stand where, over all its results. */
    public Map<String, DeadlineCounts> deadlinesByPolicy() {
        return new TreeMap<>(deadlinesByPolicy);
    }

    /** Every result's deadlines, by status. */
    public DeadlineCounts deadlines() {
        return deadlinesByPolicy().values().stream().reduce(DeadlineCounts.NONE, DeadlineCounts::plus);
    }

    /** The total, the awards with and without an amount, and the results per policy: for logs, not to parse. */
    @Override
    public String toString() {
        return "Budget[total=" + total.toPlainString() + ", determined=" + determined() + ", undetermined="
                + undetermined() + ", evaluated=" + evaluatedByPolicy() + "]";
    }

    /** The total of the awards owed for certain (their amount known and their eligibility decided), yuan. */
    public BigDecimal total() {
        return total;
    }

    /** Per award code, ordered by code. */
    public Map<String, Line> byCode() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(byCode)); // a copy: what it was when asked
    }

    /**
     * Per award code, ordered by code, the items held out only until the applicant chooses: not in {@link #total()}
     * nor refused; empty when there are none.
     *
     * @since 0.2.0
     */
    public Map<String, Awaiting> awaitingApplicant() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(awaitingByCode));
    }

    /**
     * A budget holding what this one holds now, changed independently of it.
     *
     * @since 0.2.0
     */
    public Budget copy() {
        Budget c = new Budget();
        c.merge(this);
        return c;
    }

    /** All items held out only until the applicant chooses, over every code ({@link Awaiting#code()} empty). */
    public Awaiting awaitingApplicantInAll() {
        return awaitingByCode.values().stream().reduce(new Awaiting("", 0, BigDecimal.ZERO.setScale(2), 0),
                Awaiting::plus);
    }

    /** How many awards in all wait for a parameter: for their amount, or for whether they are owed at all. */
    public long undetermined() {
        return byCode.values().stream().mapToLong(Line::undetermined).sum();
    }

    /**
     * How many of the {@link #undetermined()} awards wait for an open parameter to say whether they are owed at all
     * (资格待定: a threshold the text leaves to implementing rules), whatever their amount; the others wait only for
     * their amount (金额待定).
     *
     * @since 0.2.0
     */
    public long eligibilityUndetermined() {
        return eligibilityOpen;
    }

    /** How many awards in all are determined: their amount known and their eligibility decided. */
    public long determined() {
        return byCode.values().stream().mapToLong(Line::determined).sum();
    }

    /** Per policy id: results evaluated. */
    public Map<String, Long> evaluatedByPolicy() {
        Map<String, Long> m = new TreeMap<>();
        byPolicy.forEach((p, c) -> m.put(p, c[0]));
        return m;
    }

    /**
     * Indicators assessed, by status, for one policy's results.
     *
     * @param met    indicators met
     * @param notMet indicators not met
     * @param unknown indicators without a figure
     */
    public record IndicatorCounts(long met, long notMet, long unknown) {
        /** All indicators counted. */
        public long total() {
            return met + notMet + unknown;
        }
    }

    /** Per policy id that assessed indicators: how many were met, not met and unknown over all its results. */
    public Map<String, IndicatorCounts> indicatorsByPolicy() {
        Map<String, IndicatorCounts> m = new TreeMap<>();
        byPolicy.forEach((p, c) -> {
            if (c[2] + c[3] + c[4] > 0) {
                m.put(p, new IndicatorCounts(c[2], c[3], c[4]));
            }
        });
        return m;
    }

    /** Whether any result had an award or an item with an amount: false for a batch of applications or assessments. */
    public boolean hasAwards() {
        return !byCode.isEmpty();
    }

    /**
     * One policy's results that assess targets (指标), a city's or a county's, apart from those that ask for a
     * subsidy or a decision, which have none.
     *
     * @param results        results with at least one indicator
     * @param everyTargetMet of them, those whose verdict is eligible: every target met
     * @since 0.2.0
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public record Targets(long results, long everyTargetMet) {
    }

    /**
     * Per policy id whose results assessed targets: how many did and in how many every target was met. The rest of
     * {@link #evaluatedByPolicy()} had no targets, and the rest of {@link #eligibleByPolicy()} were eligible without
     * any (an enterprise that qualifies): {@code eligible - everyTargetMet} of {@code evaluated - results}.
     *
     * @since 0.2.0
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public Map<String, Targets> targetsByPolicy() {
        Map<String, Targets> m = new TreeMap<>();
        byPolicy.forEach((p, c) -> {
            if (c[5] > 0) {
                m.put(p, new Targets(c[5], c[6]));
            }
        });
        return m;
    }

    /** Per policy id: results whose verdict is eligible, with targets or without ({@link #targetsByPolicy()}). */
    public Map<String, Long> eligibleByPolicy() {
        Map<String, Long> m = new TreeMap<>();
        byPolicy.forEach((p, c) -> m.put(p, c[1]));
        return m;
    }
}
