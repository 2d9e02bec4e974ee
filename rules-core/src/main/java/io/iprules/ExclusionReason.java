package io.iprules;

import java.util.Objects;

/**
 * Why an item that would otherwise be awarded is not: a reason a policy module declares in its data, with the
 * clause it comes from and its words in both languages. The code is part of the JSON contract ({@code reason}).
 *
 * @param code            the reason code, e.g. {@code CAP}: upper case, digits and underscores
 * @param citation        the clause the reason comes from, e.g. {@code example-2020 §7}
 * @param text            what it means, in words
 * @param awaitsApplicant whether the item is only held out until the applicant acts (暂不计入,待申请人选择), e.g.
 *                        until it chooses one of two policy lines: not a refusal, and a report must not read it as
 *                        one (since 0.2.0)
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public record ExclusionReason(String code, String citation, Text text, boolean awaitsApplicant) {
    /** Checks the parts. */
    public ExclusionReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(text, "text");
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("an exclusion reason code is upper case, digits and underscores: " + code);
        }
    }

    /** A reason that refuses the item (not {@link #awaitsApplicant()}). */
    public ExclusionReason(String code, String citation, Text text) {
        this(code, citation, text, false);
    }

    /** The code, as the JSON contract writes it (the name it had when reasons were an enum). */
    public String name() {
        return code;
    }

    /** The code. */
    @Override
    public String toString() {
        return code;
    }
}
