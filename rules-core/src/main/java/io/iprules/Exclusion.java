package io.iprules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An item that would be awarded but is not, kept in the result so that an officer sees what was held back and why.
 *
 * @param code           the award code it would have had
 * @param subjectId      what it would be for, as the request names it
 * @param subject        what it would be for, in words
 * @param date           the date of the fact it rests on
 * @param amount         the would-be amount (the part cut, for the reason {@code CAP}), or {@code null} when
 * undetermined
 *                       (no parameter is named, as an award's {@code undeterminedBy} is: no money is owed for the item
 *                       whatever its parameter is set to, so none waits for it)
 * @param reason         the reason code
 * @param citation       the provision that excludes it, e.g. {@code example-2020 §7}
 * @param awardCitation  the provision that would have granted it
 * @param detail         the explanation, in words
 * @param amountBasis    the deployment's parameter that set the would-be amount where the text leaves it open (with
 *                       its value and source), as the award would have carried it; {@code null} when the text states
 *                       the amount, none is known, or the amount is the part a limit cut ({@code CAP}: the limit's
 *                       citation decides that figure)
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Exclusion(String code, String subjectId, Text subject, LocalDate date, BigDecimal amount,
                        ExclusionReason reason, String citation, String awardCitation, Text detail,
                        @API(status = API.Status.EXPERIMENTAL, since = "0.2.0") AmountBasis amountBasis)
        implements ResultItem {
    /** An exclusion whose amount the text states, or is unknown ({@code amountBasis} {@code null}). */
    public Exclusion(String code, String subjectId, Text subject, LocalDate date, BigDecimal amount,
                     ExclusionReason reason, String citation, String awardCitation, Text detail) {
        this(code, subjectId, subject, date, amount, reason, citation, awardCitation, detail, null);
    }

    /** Checks the required parts; {@code amountBasis} is new in 0.2.0 and experimental, as its type is. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public Exclusion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(detail, "detail");
        if (amount == null && amountBasis != null) {
            throw new IllegalArgumentException(code + ": an amount not known has no basis");
        }
        Award.checkYuan(code, amount);
    }

    /** Why it is not owed: {@link #detail()}, under the name every {@link ResultItem} has. */
    @Override
    public Text explanation() {
        return detail;
    }
}
