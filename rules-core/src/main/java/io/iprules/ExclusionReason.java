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
 * @param paidBefore      whether the item is not paid because its matter was paid before (已享受过补助,不再补助):
 *                        no money the applicant has not had is refused, so a report does not count it as held back
 *                        (since 0.2.0); not with {@code awaitsApplicant}
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public record ExclusionReason(String code, String citation, Text text, boolean awaitsApplicant,
                              @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL,
                                      since = "0.2.0") boolean paidBefore) {
    /** Checks the parts. */
    public ExclusionReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(text, "text");
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("an exclusion reason code is upper case, digits and underscores: "
                    + code);
        }
        if (awaitsApplicant && paidBefore) {
            throw new IllegalArgumentException(code + ": a reason holds an item out until the applicant acts, or for a "
                    + "matter paid before, not both");
        }
    }

    /** A reason that refuses the item (neither {@link #awaitsApplicant()} nor {@link #paidBefore()}). */
    public ExclusionReason(String code, String citation, Text text) {
        this(code, citation, text, false, false);
    }

    /** A reason that refuses the item or holds it out until the applicant acts; not {@link #paidBefore()}. */
    public ExclusionReason(String code, String citation, Text text, boolean awaitsApplicant) {
        this(code, citation, text, awaitsApplicant, false);
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
