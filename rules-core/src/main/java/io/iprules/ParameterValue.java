package io.iprules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A parameter's value from a date on.
 *
 * @param from   the first day it applies
 * @param value  the value as written (a decimal, a whole number or an ISO date, by the parameter's unit)
 * @param source where it comes from: the clause of the policy, or the deployment's implementing rule
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public record ParameterValue(LocalDate from, String value, String source) {
    /** Checks the parts. */
    public ParameterValue {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
