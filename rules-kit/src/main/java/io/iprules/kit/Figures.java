package io.iprules.kit;

import io.iprules.ParameterUnit;
import io.iprules.Target;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the figures of a target assessment, as a request gives them ({@code "figures": { CODE: value, … }}),
 * against the policy's {@link Target targets}, reporting every problem at its JSON path:
 *
 * <ul>
 *   <li>a code that is not one of the targets is an error (a misspelt code must not become an unknown figure);</li>
 *   <li>a value is an exact decimal, as a JSON number or a string ({@code 52}, {@code "0.31"}), of at most
 *       {@link Problems#MAX_DIGITS} digits written out; a count is a whole JSON number; nothing is negative; a
 *       ratio is between 0 and 1 ({@code 0.31} is 31%); a figure with a stated maximum (9 sub-districts) does not
 *       exceed it;</li>
 *   <li>a target relative to a reference takes an object {@code { "actual": …, "<reference key>": … }} whose
 *       reference, when given, is greater than 0;</li>
 *   <li>a code left out, or given as {@code null}, is a figure not supplied: its indicator is unknown.</li>
 * </ul>
 *
 * From Java, a value may be an {@link Integer}, {@link Long}, {@link BigInteger}, {@link BigDecimal} or a decimal
 * {@link String}, and a relative figure a {@link Map}; a {@code double} is refused, as it is not exact.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class Figures {
    private static final String ACTUAL = "actual";

    private Figures() {
    }

    /**
     * Checks {@code raw} against {@code targets}.
     *
     * @param raw      the figures as given, keyed by indicator code; {@code null} is no figures at all
     * @param targets  the targets this kind of request is assessed against
     * @param at       the position of the figures in the request (e.g. {@code applicant.figures}), where problems
     *                 are recorded
     * @return one figure per target, in the targets' order, with {@code null} values where nothing was supplied
     *         (only meaningful when {@code at} recorded no problem)
     */
    public static List<Figure> read(Map<String, ?> raw, List<Target> targets, Problems at) {
        Map<String, ?> given = raw == null ? Map.of() : raw;
        int n = targets.size();
        // each target's value looked up once: fewer values found than given means a code that is not a target's (or
        // a null value), and only then are the given codes compared with the targets'
        Object[] values = new Object[n];
        int found = 0;
        for (int i = 0; i < n; i++) {
            Object v = given.get(targets.get(i).code());
            values[i] = v;
            if (v != null) {
                found++;
            }
        }
        if (found < given.size()) {
            Map<String, Target> byCode = new LinkedHashMap<>();
            targets.forEach(t -> byCode.put(t.code(), t));
            // Object, not String: a Java caller's map can hold any key behind its generic type (one read from YAML
            // or CSV: 2024 as an Integer), and a ClassCastException here would fail every request of the chunk
            for (Object key : given.keySet()) {
                if (key == null) { // a Java caller's map: no path to name but the figures themselves
                    at.add(kit("problem.null-indicator-code", io.iprules.json.WordLists.or(byCode.keySet())));
                } else if (!(key instanceof String code)) {
                    at.add(kit("problem.non-text-indicator-code", key, key.getClass().getSimpleName(),
                            io.iprules.json.WordLists.or(byCode.keySet())));
                } else if (!byCode.containsKey(code)) {
                    at.at(code).add(kit("problem.unknown-indicator", io.iprules.json.WordLists.or(byCode.keySet())));
                }
            }
        }
        List<Figure> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Target t = targets.get(i);
            Object v = values[i];
            if (v == null) {
                out.add(new Figure(t.code(), null, null));
                continue;
            }
            if (t.reference() == null) {
                if (v instanceof Map && t.unit() != ParameterUnit.YES_NO) { // a yes/no one is told true or false below
                    at.add(t.code(), kit("problem.figure-not-object", t.comparison().symbol(), t.required()));
                    out.add(new Figure(t.code(), null, null));
                } else {
                    out.add(new Figure(t.code(), value(v, t.unit(), t.maximum(), at, t.code()), null));
                }
            } else {
                out.add(relative(t, v, at.at(t.code())));
            }
        }
        return out;
    }

    private static Figure relative(Target t, Object v, Problems here) {
        String key = t.reference().key();
        String shape = "{ \"" + ACTUAL + "\": …, \"" + key + "\": … }";
        if (!(v instanceof Map<?, ?> m)) {
            here.add(kit("problem.figure-relative-shape", shape, t.reference().factor(), key));
            return new Figure(t.code(), null, null);
        }
        if (m.isEmpty()) {
            here.add(kit("problem.figure-empty", shape));
        }
        for (Object k : m.keySet()) {
            if (!ACTUAL.equals(k) && !key.equals(k)) {
                here.at(String.valueOf(k)).add(kit("problem.figure-unknown-field", ACTUAL, key));
            }
        }
        BigDecimal actual = m.get(ACTUAL) == null ? null : value(m.get(ACTUAL), t.unit(), t.maximum(), here.at(ACTUAL));
        BigDecimal reference = null;
        if (m.get(key) != null) {
            Problems at = here.at(key);
            reference = value(m.get(key), t.unit(), null, at);
            if (reference != null && reference.signum() == 0) {
                at.add(kit("problem.figure-reference-zero", t.reference().factor()));
                reference = null;
            }
        }
        return new Figure(t.code(), actual, reference);
    }

    /** The value of one figure, or {@code null} after recording why it cannot be used. */
    static BigDecimal value(Object v, ParameterUnit unit, BigDecimal maximum, Problems at) {
        return value(v, unit, maximum, at, null);
    }

    /**
     * As {@link #value(Object, ParameterUnit, BigDecimal, Problems)}, recording at field {@code field} under
     * {@code at} ({@code null}: at {@code at}); the field's position is made only when there is a problem to record.
     */
    private static BigDecimal value(Object v, ParameterUnit unit, BigDecimal maximum, Problems at, String field) {
        if (unit == ParameterUnit.YES_NO) {
            // a yes/no target is answered true or false in the request, and read as 1 or 0
            if (v instanceof Boolean b) {
                return b ? BigDecimal.ONE : BigDecimal.ZERO;
            }
            report(at, field, kit("problem.yes-no", v instanceof Map ? kit("kind.object")
                    : v instanceof List ? kit("kind.list") : v instanceof String s ? kit("kind.string", s)
                    : String.valueOf(v)));
            return null;
        }
        BigDecimal d;
        boolean exponent = v instanceof io.iprules.json.WholeWithExponent;
        if (v instanceof BigDecimal b) {
            // the figure goes on as a plain BigDecimal, whatever subclass marked how it was written
            d = b.getClass() == BigDecimal.class ? b : new BigDecimal(b.unscaledValue(), b.scale());
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            d = BigDecimal.valueOf(((Number) v).longValue());
        } else if (v instanceof BigInteger b) {
            d = new BigDecimal(b);
        } else if (v instanceof String s) {
            if (unit == ParameterUnit.COUNT) {
                report(at, field, kit("problem.count-string", s));
                return null;
            }
            if (!io.iprules.json.PlainDecimals.matches(s)) { // as the request schemas publish, not as Java reads "1e3"
                String percent = s.endsWith("%") || s.endsWith("％") ? s.substring(0, s.length() - 1) : null;
                // a rate written as a per cent ("0.12%", "30%"): told the share to write, as 85 for 85% is
                report(at, field, unit == ParameterUnit.RATIO && percent != null
                        && io.iprules.json.PlainDecimals.matches(percent)
                        ? kit("problem.rate-per-cent", s, new BigDecimal(percent).movePointLeft(2).toPlainString())
                        : kit("problem.decimal", s));
                return null;
            }
            d = new BigDecimal(s);
            if (s.charAt(0) == '-' && d.signum() == 0) {
                // "-0" and "-0.0" are 0 to BigDecimal, but written with the sign the schemas' patterns refuse
                report(at, field, kit("problem.minus-sign", s));
                return null;
            }
        } else if (v instanceof Double || v instanceof Float) {
            report(at, field, kit("problem.binary-float", String.valueOf(v)));
            return null;
        } else {
            report(at, field, kit("problem.number", v instanceof Map ? kit("kind.object")
                    : v instanceof List ? kit("kind.list") : v instanceof Boolean ? kit("kind.boolean")
                    : v.getClass().getSimpleName()));
            return null;
        }
        io.iprules.Text tooLong = Problems.tooLongText(d);
        if (tooLong != null) {
            report(at, field, tooLong);
            return null;
        }
        if (d.signum() < 0) {
            report(at, field, kit("problem.negative", d));
            return null;
        }
        if (unit == ParameterUnit.COUNT && (d.scale() != 0 || exponent)) {
            // a count is a whole JSON number (the contract): 3.0, 1e3 and 3e0 are written as decimals, refused as
            // the request's other counts are, where 3.0 had been taken here (and shown as "3.0"), and 3e0 still was
            // (as 3); a whole BigDecimal from Java reaches here as an integer (FigureSheet.keep)
            report(at, field, kit("problem.whole", exponent ? ((io.iprules.json.WholeWithExponent) v).withExponent()
                    : d.scale() < 0 ? d.toString() : d.toPlainString()));
            return null;
        }
        if (unit == ParameterUnit.RATIO && d.compareTo(BigDecimal.ONE) > 0) {
            report(at, field, kit("problem.rate", d));
            return null;
        }
        if (unit == ParameterUnit.YUAN && d.scale() > 2 && d.stripTrailingZeros().scale() > 2) {
            report(at, field, kit("problem.figure-yuan", d));
            return null;
        }
        if (maximum != null && d.compareTo(maximum) > 0) {
            report(at, field, kit("problem.at-most", maximum, d));
            return null;
        }
        return d;
    }

    private static void report(Problems at, String field, io.iprules.Text problem) {
        if (field == null) {
            at.add(problem);
        } else {
            at.add(field, problem);
        }
    }

    private static io.iprules.Text kit(String key, Object... args) {
        return MessageCatalog.kit().text(key, args);
    }
}
