package io.iprules.spi;

/**
 * A fact that records the rules firing for it: the working record of one evaluation. When a rule whose match binds
 * a recorder fires, the engine tells the recorder which rule and clause it is acting for, so that whatever the rule
 * decides is cited. In a session over a chunk of applicants, each applicant's facts bind their own recorder.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public interface RuleRecorder {

    /** Called before a rule's consequence runs: entries made now cite {@code citation}. */
    void ruleStarted(String rule, String citation);

    /** Called after a rule's consequence ran. */
    void ruleFinished();

    /**
     * A fact that carries the recorder of the evaluation it belongs to: a rule whose match holds it cites into that
     * recorder, so the rule need not also match the recorder itself. In a session shared by a chunk of applicants, a
     * rule that starts from such a fact costs nothing for the applicants without one (matching the recorder as a
     * pattern of its own would add a node and a tuple per applicant's fact). When a match holds several recorders or
     * carriers, the first in the rule's pattern order decides.
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    interface Carrier {

        /** The record of the evaluation this fact belongs to. */
        RuleRecorder recorder();
    }
}
