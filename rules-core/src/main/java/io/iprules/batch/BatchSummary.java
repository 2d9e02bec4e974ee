package io.iprules.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
/**
 * What a batch run did: every input line is accounted for as evaluated, invalid or failed.
 *
 * @param requests  input lines read (each got exactly one output line)
 * @param evaluated lines evaluated
 * @param invalid   lines refused as invalid input (their output line is an error with the line number)
 * @param failed    lines that hit an internal failure (their output line says so); zero in a healthy run
 * @param budget    the budget the evaluated results imply
 * @param millis    wall time of the run
 * @param duplicates applicants met more than once, and what they would add to the budget twice
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public record BatchSummary(long requests, long evaluated, long invalid, long failed, Budget budget, long millis,
        @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
        DuplicateApplicants duplicates) {
    /** A summary with its repeated applicants: experimental, as they are; the shorter constructor is not. */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public BatchSummary {
        // a budget is an accumulator: the summary keeps its own, so that nothing changes it after it is returned
        budget = java.util.Objects.requireNonNull(budget, "budget").copy();
        java.util.Objects.requireNonNull(duplicates, "duplicates");
    }

    /** The budget the evaluated results imply: a copy, which the caller may add to without changing this summary. */
    @Override
    public Budget budget() {
        return budget.copy();
    }

    /** A summary without repeated applicants. */
    public BatchSummary(long requests, long evaluated, long invalid, long failed, Budget budget, long millis) {
        this(requests, evaluated, invalid, failed, budget, millis, DuplicateApplicants.NONE);
    }

    /** Whether every line is accounted for. */
    public boolean complete() {
        return requests == evaluated + invalid + failed;
    }

    /**
     * The summary as one JSON object: counts, the budget by award code (with, when there are any, how many of the
     * undetermined awards wait on their eligibility, {@code budget.eligibilityUndetermined}, and the items held out
     * until the applicant chooses, {@code budget.awaitingApplicant}), repeated applicants, and per policy what was
     * evaluated, eligible, met and where deadlines stand (what {@code ip-rules batch --summary} writes and the HTTP
     * service's batch trailer carries). {@code eligible} counts every eligible result; where some assessed targets,
     * {@code targets} says how many did ({@code results}) and in how many every target was met ({@code
     * everyTargetMet}), counted in {@code eligible} too: an enterprise that qualifies is not a city that met its
     * targets.
     */
    public ObjectNode toJson() {
        BatchSummary s = this;
        Budget b = budget; // the summary's own, read only here
        JsonNodeFactory f = new JsonNodeFactory(true);
        ObjectNode o = f.objectNode();
        o.put("requests", s.requests());
        o.put("evaluated", s.evaluated());
        o.put("invalid", s.invalid());
        o.put("failed", s.failed());
        o.put("millis", s.millis());
        ObjectNode budget = o.putObject("budget");
        budget.put("total", b.total().toPlainString());
        budget.put("determined", b.determined());
        budget.put("undetermined", b.undetermined());
        if (b.eligibilityUndetermined() > 0) { // of those, whose eligibility is open (资格待定): other summaries unchanged
            budget.put("eligibilityUndetermined", b.eligibilityUndetermined());
        }
        ObjectNode codes = budget.putObject("byCode");
        for (Budget.Line line : b.byCode().values()) {
            codes.putObject(line.code()).put("amount", line.amount().toPlainString())
                    .put("determined", line.determined()).put("undetermined", line.undetermined());
        }
        if (!b.awaitingApplicant().isEmpty()) { // written only when some item awaits: other summaries unchanged
            Budget.Awaiting all = b.awaitingApplicantInAll();
            ObjectNode awaiting = budget.putObject("awaitingApplicant").put("items", all.items())
                    .put("amount", all.amount().toPlainString()).put("undetermined", all.undetermined());
            ObjectNode byCode = awaiting.putObject("byCode");
            for (Budget.Awaiting a : b.awaitingApplicant().values()) {
                byCode.putObject(a.code()).put("items", a.items()).put("amount", a.amount().toPlainString())
                        .put("undetermined", a.undetermined());
            }
        }
        DuplicateApplicants d = s.duplicates();
        ObjectNode dup = o.putObject("duplicates");
        dup.put("count", d.count());
        dup.put("amount", d.amount().toPlainString());
        ArrayNode repeats = dup.putArray("repeats");
        for (DuplicateApplicants.Repeat r : d.repeats()) {
            repeats.addObject().put("line", r.line()).put("firstLine", r.firstLine()).put("policy", r.policy())
                    .put(r.by(), r.applicant()).put("total", r.total() == null ? null : r.total().toPlainString());
        }
        dup.put("omitted", d.count() - d.repeats().size()); // the repeats beyond the first listed
        if (d.unchecked() > 0) { // written only when the check's memory was full: other summaries unchanged
            dup.put("unchecked", d.unchecked());
        }
        ObjectNode policies = o.putObject("byPolicy");
        b.evaluatedByPolicy().forEach((p, n) -> {
            ObjectNode pn = policies.putObject(p).put("evaluated", n).put("eligible", b.eligibleByPolicy().get(p));
            Budget.Targets t = b.targetsByPolicy().get(p);
            if (t != null) { // written only when some result assessed targets: other summaries unchanged
                pn.putObject("targets").put("results", t.results()).put("everyTargetMet", t.everyTargetMet());
            }
            Budget.IndicatorCounts ic = b.indicatorsByPolicy().get(p);
            if (ic != null) {
                pn.putObject("indicators").put("met", ic.met()).put("notMet", ic.notMet()).put("unknown", ic.unknown());
            }
            Budget.DeadlineCounts dc = b.deadlinesByPolicy().get(p);
            if (dc != null) {
                deadlines(pn.putObject("deadlines"), dc);
            }
        });
        if (!b.deadlinesByPolicy().isEmpty()) {
            deadlines(o.putObject("deadlines"), b.deadlines());
        }
        return o;
    }

    /** Deadlines by status, named as in results ({@code "ON_TIME"} …). */
    private static void deadlines(ObjectNode o, Budget.DeadlineCounts c) {
        for (io.iprules.DeadlineStatus status : io.iprules.DeadlineStatus.values()) {
            o.put(status.name(), c.of(status));
        }
    }
}
