package io.iprules.jiaxing;

/**
 * A declaration that a matter is also claimed under another policy line (其他条线政策).
 *
 * @param code    the award code the matter would get here
 * @param subject what it is for, as in the award's {@code subjectId}; required for codes that cover several
 *                subjects, ignored for the §6(5)2 recognitions
 * @param policy  the other policy
 * @param choice  the applicant's choice, or {@code null} when not yet made (the item is then held out)
 */
public record OtherPolicyClaim(String code, String subject, String policy, PolicyChoice choice) {
}
