package io.iprules.jiaxing;

/** The enterprise's role in drafting a standard. */
public enum StandardRole {
    /** 牵头制订(修订). */
    LEAD,
    /** 作为主要承担者制订(修订). */
    MAIN_DRAFTER,
    /** Took part without leading or being a main drafter: not rewarded by §6(5)6. */
    PARTICIPANT
}
