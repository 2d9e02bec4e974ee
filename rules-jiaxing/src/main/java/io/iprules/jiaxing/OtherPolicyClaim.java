package io.iprules.jiaxing;

/**
 * A declaration that a matter is also claimed under another policy line (其他条线政策).
 *
 * @param code    the award code the matter would get here
 * @param subject what it is for, as in the award's {@code subjectId}; required for codes that cover several
 *                subjects, ignored for the §6(5)2 recognitions
 * @param policy  the other policy
 * @param choice  the applicant's choice, or {@code null} when not yet made (the item is then held out); the claims
 *                of one matter give one choice, THIS beside OTHER or a choice beside none being refused (reading
 *                other-policy-line, §7(1) 由企事业单位选择一个政策执行)
 */
public record OtherPolicyClaim(String code, String subject, String policy, PolicyChoice choice) {

    /**
     * A builder with named arguments, each checked as it is given (for
     * {@code JiaxingEnterprise.Builder#otherPolicyClaim}).
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link OtherPolicyClaim} argument by argument: a {@code null} or blank argument is an
     * {@link IllegalArgumentException} naming it; {@link #build()} requires the code and the policy.
     */
    public static final class Builder {
        private String code;
        private String subject;
        private String policy;
        private PolicyChoice choice;

        private Builder() {
        }

        /** The award code of this policy the matter would also get ({@code JX_…}). */
        public Builder code(String value) {
            code = io.iprules.kit.Arguments.text("code", value);
            return this;
        }

        /** The matter (a patent number, a brand…), as the award's subject. */
        public Builder subject(String value) {
            subject = io.iprules.kit.Arguments.text("subject", value);
            return this;
        }

        /** The other policy line it is claimed under. */
        public Builder policy(String value) {
            policy = io.iprules.kit.Arguments.text("policy", value);
            return this;
        }

        /** Which of the two the enterprise chose, if it chose. */
        public Builder choice(PolicyChoice value) {
            choice = io.iprules.kit.Arguments.required("choice", value);
            return this;
        }

        /** The claim. */
        public OtherPolicyClaim build() {
            io.iprules.kit.Arguments.complete("other policy claim", "code", code, "policy", policy);
            return new OtherPolicyClaim(code, subject, policy, choice);
        }
    }
}
