package io.iprules.pilotcity.rules;

import io.iprules.kit.Decision;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The call's figures (parameters/*.json), read for the rules. They are fixed by the text for this one-off 2017 call;
 * the value read is the one in force on the as-of date, or the first one when the as-of date precedes the notice.
 */
public final class Figures {
    private Figures() {
    }

    /** A count parameter, e.g. {@code PC_PARK_COUNT.MIN}. */
    public static Integer count(Decision d, String name) {
        BigDecimal v = d.parameter(name, d.getAsOf());
        return v == null ? null : v.intValueExact();
    }

    /** A decimal parameter, e.g. {@code PC_PARK_PATENT_DENSITY.MIN}. */
    public static BigDecimal number(Decision d, String name) {
        return d.parameter(name, d.getAsOf());
    }

    /** A date parameter, e.g. {@code PC_DEADLINE}. */
    public static LocalDate date(Decision d, String name) {
        LocalDate on = d.getAsOf().isBefore(d.getInForce()) ? d.getInForce() : d.getAsOf();
        return d.getParameters().date(name, on);
    }
}
