package io.iprules.batch;

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
public record BatchSummary(long requests, long evaluated, long invalid, long failed, Budget budget, long millis,
        DuplicateApplicants duplicates) {
    /** A summary without repeated applicants. */
    public BatchSummary(long requests, long evaluated, long invalid, long failed, Budget budget, long millis) {
        this(requests, evaluated, invalid, failed, budget, millis, DuplicateApplicants.NONE);
    }

    /** Whether every line is accounted for. */
    public boolean complete() {
        return requests == evaluated + invalid + failed;
    }
}
