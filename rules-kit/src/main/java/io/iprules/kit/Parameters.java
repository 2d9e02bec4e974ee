package io.iprules.kit;

import io.iprules.ParameterInfo;
import io.iprules.ParameterUnit;
import io.iprules.ParameterValue;
import io.iprules.PolicyDescription;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter values in force for one policy in one engine: the text's own figures, and the open ones a
 * deployment has set. A lookup names the date that decides which value applies; an open parameter with no
 * value on that date is undetermined ({@code null}), never a default.
 *
 * <p>Immutable and thread-safe; values are parsed once, when the engine is built.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class Parameters {
    private final String policy;
    private final Map<String, Entry> byName;

    /**
     * A value from a date on; {@code basis} names it for an award when the parameter is open (the deployment set what
     * the text leaves to implementing rules), made once here rather than at every award.
     */
    private record Dated(LocalDate from, Object value, io.iprules.AmountBasis basis) {
    }

    /** Values oldest first, in an array: read for every proposal, and a list's iterator is an object each time. */
    private record Entry(ParameterInfo info, Dated[] values) {
        Object on(LocalDate date) {
            Dated d = datedOn(date);
            return d == null ? null : d.value();
        }

        Dated datedOn(LocalDate date) {
            Dated found = null;
            for (Dated d : values) {
                if (d.from().isAfter(date)) {
                    break;
                }
                found = d;
            }
            return found;
        }
    }

    /**
     * Parameters for {@code policy} from their descriptions.
     *
     * @throws IllegalArgumentException when a value does not fit its unit (the message names it)
     */
    public Parameters(String policy, List<ParameterInfo> infos) {
        this.policy = policy;
        Map<String, Entry> m = new HashMap<>();
        for (ParameterInfo info : infos) {
            List<Dated> values = new ArrayList<>();
            for (ParameterValue v : info.values()) {
                values.add(new Dated(v.from(), parse(info.unit(), v.value()),
                        info.open() ? new io.iprules.AmountBasis(info.name(), v.from(), v.value(), v.source()) : null));
            }
            if (m.put(info.name(), new Entry(info, values.toArray(new Dated[0]))) != null) {
                throw new IllegalArgumentException(policy + ": parameter " + info.name() + " is defined twice");
            }
        }
        this.byName = Map.copyOf(m);
    }

    /** The parameters of {@code description}, with their values in force there. */
    public Parameters(PolicyDescription description) {
        this(description.id(), description.parameters());
    }

    /**
     * Parses a value written for {@code unit}, checking its range.
     *
     * @return a {@link BigDecimal}, an {@link Integer} for a count, or a {@link LocalDate}
     * @throws IllegalArgumentException saying what the value must be
     */
    public static Object parse(ParameterUnit unit, String text) {
        return unit.parse(text);
    }

    private Entry entry(String name) {
        Entry e = byName.get(name);
        if (e == null) {
            throw new IllegalArgumentException("a rule of " + policy + " reads parameter " + name
                    + ", which the policy does not define: add it to the module's parameter files");
        }
        return e;
    }

    /** The parameter's description and values. */
    public ParameterInfo info(String name) {
        return entry(name).info();
    }

    /** A decimal parameter (yuan, ratio, number) on {@code date}, or {@code null} when undetermined. */
    public BigDecimal decimal(String name, LocalDate date) {
        return decimal(entry(name).on(date));
    }

    /** A parsed decimal or count value as a decimal; {@code null} stays {@code null}. */
    private static BigDecimal decimal(Object v) {
        return v instanceof Integer i ? BigDecimal.valueOf(i) : (BigDecimal) v;
    }

    /** A count parameter on {@code date}, or {@code null} when undetermined. */
    public Integer count(String name, LocalDate date) {
        return (Integer) entry(name).on(date);
    }

    /** A date parameter on {@code date}, or {@code null} when undetermined. */
    public LocalDate date(String name, LocalDate date) {
        return (LocalDate) entry(name).on(date);
    }

    /**
     * A yuan parameter on {@code date} as an {@link Amount}, undetermined when not set; a value a deployment set for an
     * open parameter carries it as the amount's {@linkplain Amount#basis() basis}.
     */
    public Amount amount(String name, LocalDate date) {
        Dated d = entry(name).datedOn(date);
        return d == null ? Amount.undetermined(name) : Amount.yuan(decimal(d.value())).withBasis(d.basis());
    }

    /**
     * What a deployment set for an open parameter on {@code date}: the parameter, the first day of the value in force,
     * the value and its source; {@code null} when the parameter is not set then, or when the text fixes it. For a
     * figure that decides an award without being its amount (a limit, a threshold, a variant's switch), so that it can
     * be traced to the implementing rule as an amount's {@linkplain Amount#basis() basis} is.
     */
    public io.iprules.AmountBasis basis(String name, LocalDate date) {
        Dated d = entry(name).datedOn(date);
        return d == null ? null : d.basis();
    }

    /**
     * A rate or factor parameter on {@code date} applied to {@code base} (rounded half-up to the fen), undetermined
     * while not set; a deployment's value of an open parameter is the amount's {@linkplain Amount#basis() basis}. A
     * base of nothing is 0.00 whether or not the rate is set ({@link Amount#share}).
     */
    public Amount share(BigDecimal base, String name, LocalDate date) {
        Dated d = entry(name).datedOn(date);
        return d == null ? Amount.share(base, null, name)
                : Amount.share(base, decimal(d.value()), name).withBasis(d.basis());
    }
}
