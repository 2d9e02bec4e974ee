package io.iprules;

/** Whether a provision of a policy is encoded as rules. */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public enum ProvisionStatus {
    /** Encoded: rules implement it and tests check it. */
    IMPLEMENTED,
    /** Deliberately not encoded; {@link Provision#note()} says why. */
    NOT_FORMALISED
}
