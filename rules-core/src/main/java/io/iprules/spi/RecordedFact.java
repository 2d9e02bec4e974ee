package io.iprules.spi;

/**
 * A fact that belongs to one evaluation's record: a rule whose match holds it cites into that record, so the rule
 * need not also match the {@link RuleRecorder} itself. In a session shared by a chunk of applicants, a rule that
 * starts from such a fact costs nothing for the applicants without one (matching the recorder as a fact of its own
 * would add a node and a tuple per applicant's fact).
 *
 * <p>When a match holds several recorders or recorded facts, the first in the rule's pattern order decides.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public interface RecordedFact {

    /** The record of the evaluation this fact belongs to. */
    RuleRecorder recorder();
}
