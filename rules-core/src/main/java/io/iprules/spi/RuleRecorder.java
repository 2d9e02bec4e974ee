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
}
