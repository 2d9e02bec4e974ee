package io.iprules.pilotcity.rules;

import io.iprules.PolicyDescription;
import io.iprules.kit.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The call's figures (parameters/*.json) in force on one date, paired with the facts they are compared with before
 * the rules see them (a rule compares a park's staff with {@code staffMinimum()} on the same fact, rather than
 * looking the minimum up for every decision). The value read is the one in force on the as-of date, or the first one
 * when the as-of date precedes the notice.
 *
 * @param staffMinimum    {@code PC_PARK_FULLTIME_STAFF.MIN}
 * @param densityMinimum  {@code PC_PARK_PATENT_DENSITY.MIN}
 * @param minParks        {@code PC_PARK_COUNT.MIN}
 * @param maxParks        {@code PC_PARK_COUNT.MAX}
 * @param deadline        {@code PC_DEADLINE}
 * @param minCities       {@code PC_PROVINCE_QUOTA.MIN}
 * @param maxPlaces       {@code PC_PROVINCE_QUOTA.MAX}
 */
public record CallFigures(int staffMinimum, BigDecimal densityMinimum, int minParks, int maxParks, LocalDate deadline,
                          int minCities, int maxPlaces) {

    /**
     * The figures of one policy description, on every date one of them changes: read once per description (the
     * module's files and the deployment's parameters), then looked up by date.
     */
    public static final class Table {
        private final LocalDate inForce;
        private final TreeMap<LocalDate, CallFigures> byDate = new TreeMap<>();

        /**
         * Reads the figures of {@code description} on each date a value starts.
         *
         * @throws IllegalStateException when a figure has no value on such a date: no condition could be decided
         */
        public Table(PolicyDescription description) {
            this.inForce = description.inForceFrom();
            Parameters p = new Parameters(description);
            TreeSet<LocalDate> starts = new TreeSet<>();
            starts.add(inForce);
            description.parameters().forEach(i -> i.values().forEach(v -> {
                if (!v.from().isBefore(inForce)) {
                    starts.add(v.from());
                }
            }));
            for (LocalDate on : starts) {
                byDate.put(on, new CallFigures(count(p, "PC_PARK_FULLTIME_STAFF.MIN", on),
                        required(p.decimal("PC_PARK_PATENT_DENSITY.MIN", on), "PC_PARK_PATENT_DENSITY.MIN", on),
                        count(p, "PC_PARK_COUNT.MIN", on), count(p, "PC_PARK_COUNT.MAX", on),
                        required(p.date("PC_DEADLINE", on), "PC_DEADLINE", on),
                        count(p, "PC_PROVINCE_QUOTA.MIN", on), count(p, "PC_PROVINCE_QUOTA.MAX", on)));
            }
        }

        /** The figures in force on {@code asOf}, or the first ones when it precedes the notice. */
        public CallFigures on(LocalDate asOf) {
            Map.Entry<LocalDate, CallFigures> e = byDate.floorEntry(asOf);
            return e == null ? byDate.firstEntry().getValue() : e.getValue();
        }

        private static int count(Parameters p, String name, LocalDate on) {
            return required(p.decimal(name, on), name, on).intValueExact();
        }

        private static <T> T required(T value, String name, LocalDate on) {
            if (value == null) {
                // a condition without its figure would not be decided, and a verdict over fewer conditions is a silent
                // pass
                throw new IllegalStateException("pilot-city-2017: parameter " + name + " has no value on " + on);
            }
            return value;
        }
    }
}
