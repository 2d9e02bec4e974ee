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

    /**
     * Why this value cannot be one of a policy that took force on {@code inForceFrom}: it takes effect before that
     * day; {@code null} when it takes effect on that day or later. Nothing reads a value before it (a fact dated
     * earlier reads the value in force on that day), so such a date would only mislead: cited with every amount the
     * value sets as in force from a day the policy did not exist, or, followed by a later one also before it, a value
     * nothing reads. Worded from this value's {@code from} on, in both languages, with what to write instead, for
     * each check to put before it whose value it is and where: the engine's parameter file reader (a deployment's
     * file and path), the engine's start (a module's own value), the policy kit (a module's parameter file). One
     * wording, so that the one fault reads alike wherever it is found.
     *
     * @param inForceFrom the day the policy took force ({@link PolicyDescription#inForceFrom()})
     * @param citation    the clause that says so ({@link PolicyDescription#inForceCitation()})
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.2.0")
    public Text beforeInForce(LocalDate inForceFrom, String citation) {
        if (!from.isBefore(inForceFrom)) {
            return null;
        }
        return Text.bilingual(from + " 早于本政策施行之日 " + inForceFrom + "(" + citation + "):施行之日前的取值不会被读取;"
                        + "自施行之日起适用的取值,from 应写为 " + inForceFrom + ",其所依据的更早文件写在其 source 中",
                from + " is before " + inForceFrom + ", the day the policy took force (" + citation + "): nothing "
                        + "reads a value before that day; for a value that applies from the start, write " + inForceFrom
                        + ", and name an older document it comes from in its source");
    }
}
