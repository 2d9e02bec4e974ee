package io.iprules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount or threshold a policy's rules read, kept as data with the date each value takes effect.
 *
 * @param name        the parameter name, e.g. {@code EX_GRANT.INVENTION}
 * @param unit        what the value is
 * @param citation    the clause that sets it, or that leaves it to implementing rules
 * @param description what it is, in words
 * @param open        {@code true} when the text leaves the value to implementing rules (另行制订): it has no
 *                    default and only a deployment's parameter file can set it
 * @param values      the values in force, oldest first; empty for an open parameter nobody has set
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public record ParameterInfo(String name, ParameterUnit unit, String citation, Text description, boolean open,
                            List<ParameterValue> values) {
    /** Checks the parts and sorts nothing: values must already be in date order. */
    public ParameterInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(description, "description");
        values = List.copyOf(values);
        for (int i = 1; i < values.size(); i++) {
            if (!values.get(i).from().isAfter(values.get(i - 1).from())) {
                throw new IllegalArgumentException(name + ": values must be in increasing date order");
            }
        }
    }

    /** The value in force on {@code date}: the latest one taking effect on or before it. */
    public Optional<ParameterValue> valueOn(LocalDate date) {
        ParameterValue found = null;
        for (ParameterValue v : values) {
            if (v.from().isAfter(date)) {
                break;
            }
            found = v;
        }
        return Optional.ofNullable(found);
    }

    /** This parameter with other values (a deployment's). */
    public ParameterInfo withValues(List<ParameterValue> newValues) {
        return new ParameterInfo(name, unit, citation, description, open, newValues);
    }
}
