package io.iprules.jiaxing;

/** Which policy line the applicant chose for a matter claimed under two (§7(1)). */
public enum PolicyChoice {
    /** This policy. */
    THIS,
    /** The other policy line. */
    OTHER
}
