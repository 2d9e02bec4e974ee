package io.iprules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What set an award's amount when the text leaves it to implementing rules (另行制订): the deployment's parameter, the
 * value in force on the award's date, and the source the deployment gave for it (its implementing rule). An amount the
 * text itself states needs none: the award's citation is its basis. An exclusion's would-be amount names the value it
 * applies, read on the day docs/contract.md's {@code excluded[].amount} says (for an item dated before the policy took
 * force, the day it took force).
 *
 * @param parameter the open parameter, e.g. {@code EX_GRANT.INVENTION}
 * @param from      the first day of the value applied
 * @param value     the value as the deployment wrote it (yuan, or a rate applied to a base)
 * @param source    where the deployment says the value comes from
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record AmountBasis(String parameter, LocalDate from, String value, String source) {
    /** Checks the parts. */
    public AmountBasis {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
