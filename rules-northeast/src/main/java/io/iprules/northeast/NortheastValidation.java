package io.iprules.northeast;

import io.iprules.kit.Problems;
import io.iprules.northeast.rules.NortheastScope;

/**
 * Checks a {@link NortheastRegion} before evaluation: every problem, at its JSON path. What the JSON binding already
 * refuses (an unknown field or kind, a fractional or non-numeric count, an unknown level) never gets here.
 *
 * <ul>
 *   <li>{@code name}, {@code level}, {@code period} (both years) and {@code figures} are required;</li>
 *   <li>{@code province} is required for {@code PROVINCE}, as the full name of a provincial-level unit, and absent
 *       for {@code NORTHEAST} (the unit is then the four together);</li>
 *   <li>{@code period.to} is after {@code period.from}: an average annual rate needs at least one year;</li>
 *   <li>a population, when given, has both figures, each {@code > 0} (it divides);</li>
 *   <li>a kind, when given, has both the region's and the nation's start and end; a start is {@code > 0} (growth
 *       is measured from it), an end {@code >= 0};</li>
 *   <li>the unit's figures and population do not exceed the nation's: 全国 is the whole country, the Northeast
 *       included.</li>
 * </ul>
 */
public final class NortheastValidation {
    /** China's patent law dates from 1985; a year outside 1985–2100 is a typing error. */
    static final int FIRST_YEAR = 1985;
    static final int LAST_YEAR = 2100;

    private NortheastValidation() {
    }

    /** Records every problem of {@code r} in {@code p} (rooted at the subject's key, e.g. {@code applicant}). */
    public static void check(NortheastRegion r, NortheastScope scope, Problems p) {
        p.required("name", r.name());
        if (p.required("level", r.level())) {
            if (r.level() == Level.PROVINCE) {
                if (p.required("province", r.province())) {
                    knownProvince(p, r.province(), scope);
                }
            } else if (r.province() != null) {
                // the four as each language lists names: 内蒙古自治区、辽宁省…, and with commas in English
                p.add("province", problem("problem.province-with-northeast", io.iprules.Text.bilingual(
                        String.join("、", scope.scope()), String.join(", ", scope.scope()))));
            }
        }
        if (p.required("period", r.period())) {
            Problems at = p.at("period");
            boolean from = year(at, "from", r.period().from());
            boolean to = year(at, "to", r.period().to());
            if (from && to && r.period().to() <= r.period().from()) {
                at.add("to", problem("problem.period-order", r.period().from(), r.period().to()));
            }
        }
        if (r.population() != null) {
            Problems at = p.at("population");
            boolean region = positive(at, "region", r.population().region(), "population");
            boolean national = positive(at, "national", r.population().national(), "population");
            if (region && national && r.population().region() > r.population().national()) {
                at.add("region", problem("problem.population-exceeds-national", r.population().national()));
            }
        }
        if (p.required("figures", r.figures())) {
            Problems at = p.at("figures");
            for (IpKind kind : IpKind.values()) {
                KindFigures f = r.figures().of(kind);
                if (f != null) {
                    kind(at.at(kind.name()), f);
                }
            }
        }
    }

    private static void kind(Problems at, KindFigures f) {
        boolean region = at.required("region", f.region()) && counts(at.at("region"), f.region());
        boolean national = at.required("national", f.national()) && counts(at.at("national"), f.national());
        if (region && national) {
            notAbove(at.at("region"), "start", f.region().start(), f.national().start());
            notAbove(at.at("region"), "end", f.region().end(), f.national().end());
        }
    }

    private static boolean counts(Problems at, Counts c) {
        boolean start = positive(at, "start", c.start(), "start figure");
        boolean end = at.required("end", c.end()) && notNegative(at, "end", c.end());
        return start && end;
    }

    // The checks of one value, below, are also those NortheastRegion.builder() makes of a value as it is given.

    /**
     * Records a problem at {@code province} unless it is the full name of a provincial-level unit; a short name
     * (内蒙古, 辽宁) or a one-character abbreviation (蒙, 辽) is told the full name to write.
     */
    static void knownProvince(Problems p, String province, NortheastScope scope) {
        if (!scope.isProvince(province)) {
            String read = NortheastScope.nameAsRead(province);
            if (!read.equals(province) && scope.isProvince(read)) {
                // " 辽宁省": told of its spaces, not that it is unknown (a province is an exact name)
                p.add("province", problem("problem.province-with-spaces", province, read));
                return;
            }
            java.util.Optional<io.iprules.kit.china.ProvincialUnit> shortFor = io.iprules.kit.china.ProvincialUnit
                    .named(province).filter(u -> !u.fullName().equals(province));
            // 吉: refused as 吉林 is, told the unit it abbreviates, not read as it (reading name)
            java.util.Optional<io.iprules.kit.china.ProvincialUnit> abbreviated = io.iprules.kit.china.ProvincialUnit
                    .abbreviatedAs(province);
            p.add("province", shortFor.isPresent()
                    ? problem("problem.short-province", province, shortFor.get().fullName())
                    : abbreviated.isPresent()
                    ? problem("problem.abbreviated-province", province, abbreviated.get().fullName())
                    : problem("problem.unknown-province", province));
        }
    }

    /** Records a problem at {@code field} when the end figure {@code value} is below 0. */
    static boolean notNegative(Problems at, String field, Long value) {
        if (value < 0) {
            at.add(field, problem("problem.end-negative", value));
            return false;
        }
        return true;
    }

    private static void notAbove(Problems at, String field, long region, long national) {
        if (region > national) {
            at.add(field, problem("problem.exceeds-national", national));
        }
    }

    /** Records a problem at {@code field} unless {@code value}, a population or a start figure, is given and > 0. */
    static boolean positive(Problems at, String field, Long value, String what) {
        if (!at.required(field, value)) {
            return false;
        }
        if (value <= 0) {
            at.add(field, problem("population".equals(what) ? "problem.population-positive" : "problem.start-positive",
                    value));
            return false;
        }
        return true;
    }

    /** Records a problem at {@code field} when {@code year} is missing or outside 1985–2100. */
    static boolean year(Problems at, String field, Integer year) {
        if (!at.required(field, year)) {
            return false;
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            at.add(field, problem("problem.year-range", FIRST_YEAR, LAST_YEAR, year));
            return false;
        }
        return true;
    }

    /**
     * Runs {@code check} on problems rooted at the request key ({@code applicant}) and throws what it found, as an
     * {@link io.iprules.InvalidRequestException} with each problem at its path: for a value given to
     * {@link NortheastRegion#builder()}.
     */
    static void refuseAtOnce(java.util.function.Consumer<Problems> check) {
        Problems.refuseAtOnce(Northeast2017.APPLICANT.subjectKey(), check);
    }

    /** A problem in both languages, from the module's messages ({@code problem.*} keys). */
    private static io.iprules.Text problem(String key, Object... args) {
        return Northeast2017.MESSAGES.text(key, args);
    }
}
