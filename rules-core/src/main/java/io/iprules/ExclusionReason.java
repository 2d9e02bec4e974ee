package io.iprules;

/** Why an item that would otherwise be awarded is not. The codes are part of the JSON contract. */
public enum ExclusionReason {
    /** Another subsidy of the same matter is more favourable (同一事项按最优惠一项执行,不叠加享受). */
    NON_DUPLICATION,
    /** The subsidy, or one the policy treats as the same, was already paid under this policy. */
    ALREADY_PAID,
    /** The applicant chose another policy line for this matter (由企事业单位选择一个政策执行). */
    OTHER_POLICY_CHOSEN,
    /** The matter is also claimed under another policy line and the applicant has not chosen: held out of the total. */
    CHOICE_REQUIRED,
    /** The part of the total above the policy's maximum limit (最高限额). */
    CAP,
    /** The fact that would ground the award is dated before the policy took force. */
    BEFORE_IN_FORCE,
    /** A condition of the provision is not met. */
    NOT_ELIGIBLE
}
