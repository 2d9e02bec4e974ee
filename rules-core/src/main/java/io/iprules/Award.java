package io.iprules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Something the applicant is owed under a provision.
 *
 * @param code           the award code the policy module declares, e.g. {@code EX_PATENT_GRANT}
 * @param subjectId      what the award is for, as the request names it (a patent number, a recognition type…)
 * @param subject        what the award is for, in words
 * @param date           the date of the fact that grounds the award (recognition, grant, award…)
 * @param amount         yuan with two decimals (finer than a fen, or negative, is refused), or {@code null} when a
 *                       parameter the text leaves open is not set
 * @param undeterminedBy the parameter whose value is missing when {@code amount} is {@code null}, else {@code null}
 * @param citation       the provision that grants it, e.g. {@code example-2020 §3(2)}
 * @param reason         why it is owed, in words
 * @param eligibilityUndeterminedBy the open parameter whether the applicant is eligible at all hangs on (e.g. a
 *                       threshold the text leaves to implementing rules), or {@code null} when eligibility is decided;
 *                       such an award does not make the result {@linkplain EvaluationResult#eligible() eligible}
 * @param amountBasis    the deployment's parameter that set the amount where the text leaves it open (with its value
 *                       and source), or {@code null} when the text states the amount or none is known
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Award(String code, String subjectId, Text subject, LocalDate date, BigDecimal amount,
                    String undeterminedBy, String citation, Text reason, String eligibilityUndeterminedBy,
                    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0") AmountBasis amountBasis)
        implements ResultItem {
    /** An award whose eligibility is decided. */
    public Award(String code, String subjectId, Text subject, LocalDate date, BigDecimal amount,
                 String undeterminedBy, String citation, Text reason) {
        this(code, subjectId, subject, date, amount, undeterminedBy, citation, reason, null, null);
    }

    /** An award whose amount the text states, or awaits a parameter ({@code amountBasis} {@code null}). */
    public Award(String code, String subjectId, Text subject, LocalDate date, BigDecimal amount,
                 String undeterminedBy, String citation, Text reason, String eligibilityUndeterminedBy) {
        this(code, subjectId, subject, date, amount, undeterminedBy, citation, reason, eligibilityUndeterminedBy, null);
    }

    /** Checks the required parts; {@code amountBasis} is new in 0.2.0 and experimental, as its type is. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public Award {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(reason, "reason");
        if ((amount == null) == (undeterminedBy == null)) {
            throw new IllegalArgumentException(code + ": an award has an amount or names the parameter it waits for, "
                    + "not both");
        }
        if (amount == null && amountBasis != null) {
            throw new IllegalArgumentException(code + ": an amount still awaited has no basis yet");
        }
        checkYuan(code, amount);
    }

    /**
     * An amount is yuan to the fen and not negative: one finer than a fen was taken, and then failed the JSON
     * writer with an {@code ArithmeticException} (for {@link Exclusion} too).
     */
    static void checkYuan(String code, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(code + ": the amount " + amount.toPlainString() + " is negative");
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(code + ": the amount " + amount.toPlainString()
                    + " is finer than a fen (分): yuan have at most two decimals");
        }
    }

    /** Whether eligibility is decided (not waiting for an open parameter). */
    public boolean eligibilityDetermined() {
        return eligibilityUndeterminedBy == null;
    }

    /** Whether the amount is known. */
    public boolean determined() {
        return amount != null;
    }

    /**
     * Whether the award is owed for certain, its amount and its eligibility both determined: what a result's
     * {@link EvaluationResult#total() total} and a batch's budget sum (a known amount whose eligibility is open,
     * 资格待定, is not owed yet).
     *
     * @since 0.2.0
     */
    public boolean owed() {
        return determined() && eligibilityDetermined();
    }

    /** The amount, when known. */
    public Optional<BigDecimal> amountIfDetermined() {
        return Optional.ofNullable(amount);
    }

    /** Why it is owed: {@link #reason()}, under the name every {@link ResultItem} has. */
    @Override
    public Text explanation() {
        return reason;
    }
}
