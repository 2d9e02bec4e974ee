package io.iprules;

/** Whether a target indicator is reached. */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public enum IndicatorStatus {
    /** The actual value satisfies the target. */
    MET,
    /** The actual value is known and falls short. */
    NOT_MET,
    /** No actual value was supplied: never counted as met or as failed. */
    UNKNOWN
}
