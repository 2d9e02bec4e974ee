package io.iprules;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * What an {@link Award} and an {@link Exclusion} have in common, read the same way: the item (code, what it is
 * for, the date and amount), the clause that decided it ({@link #citation()}) and why, in words
 * ({@link #explanation()}). An exclusion also has a {@linkplain Exclusion#reason() reason code} the policy
 * declares; an award is granted by its clause and has none.
 *
 * <pre>{@code
 * Stream.concat(r.awards().stream(), r.excluded().stream())
 *         .forEach(i -> System.out.println(i.code() + " " + i.citation() + ": " + i.explanation().in(Language.EN)));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public sealed interface ResultItem permits Award, Exclusion {
    /** The award code, e.g. {@code EX_PATENT_GRANT}. */
    String code();

    /** What it is for, as the request names it. */
    String subjectId();

    /** What it is for, in words. */
    Text subject();

    /** The date of the fact it rests on, or {@code null}. */
    LocalDate date();

    /** Yuan with two decimals, or {@code null} when undetermined. */
    BigDecimal amount();

    /** The clause that decided it: the granting clause of an award, the excluding clause of an exclusion. */
    String citation();

    /** Why, in words: why the award is owed ({@link Award#reason()}), or why it is not ({@link Exclusion#detail()}). */
    Text explanation();

    /** Whether this is an award (owed), not an exclusion. */
    default boolean awarded() {
        return this instanceof Award;
    }
}
