package io.iprules.kit;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a subject assessed against targets (a city's, a county's), keyed by indicator code, as a request
 * gives them: a number, a decimal written as text, or an object with {@code actual} and a reference. What the figures
 * mean and whether they are valid is {@link Figures#read}'s business; this only carries them.
 *
 * <p>A subject record keeps its figures with {@link #keep} and offers a builder extending {@link Builder}.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class FigureSheet {
    private FigureSheet() {
    }

    /**
     * The figures in the order given, unmodifiable all the way down (a figure's object, such as {@code actual} with
     * its reference, and any list, copied too); {@code null} stays {@code null} and a {@code null} value means "not
     * supplied". A caller that changes its own map afterwards changes neither this subject nor the receipt of a result
     * made from it, whose request digest is worked out from the subject when it is first read.
     */
    public static Map<String, Object> keep(Map<String, Object> figures) {
        return figures == null ? null : copy(figures);
    }

    private static Map<String, Object> copy(Map<?, ?> map) {
        Map<Object, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, kept(v))); // a key that is not a String stays, for Figures.read to refuse
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) (Map<?, ?>) out;
        return Collections.unmodifiableMap(typed);
    }

    private static Object kept(Object value) {
        if (value instanceof BigDecimal d && d.scale() == 0 && !(d instanceof io.iprules.json.WholeWithExponent)) {
            // 52 as a JSON number is an Integer, and a BigDecimal is written in a request's canonical form as a
            // string ("52", which a count refuses): kept whole, a Java figure of 52 digests as the JSON 52 does, and
            // its result replays from that JSON. Not a JSON number written with an exponent (3e0): that is a
            // decimal, which a count refuses (Figures.read), though its value is whole
            return d.unscaledValue();
        }
        if (value instanceof Map<?, ?> m) {
            return copy(m);
        }
        if (value instanceof List<?> l) {
            List<Object> out = new java.util.ArrayList<>(l.size());
            for (Object x : l) {
                out.add(kept(x));
            }
            return Collections.unmodifiableList(out);
        }
        return value;
    }

    /**
     * Builds a subject figure by figure, for Java callers.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> {
        private final Map<String, Object> figures = new LinkedHashMap<>();
        private List<io.iprules.Target> targets;
        private String path;

        /** For subclasses. */
        protected Builder() {
        }

        /**
         * Makes this builder check each figure when it is given, as an evaluation would (a known indicator code, a
         * number of the target's unit: a whole count, a rate between 0 and 1, yuan to the fen…), and refuse a wrong
         * one at once with an {@link io.iprules.InvalidRequestException} at its path.
         *
         * @param targets the targets the figures are assessed against
         * @param path    where the figures are in a request, e.g. {@code applicant.figures}
         */
        protected B checkedAgainst(List<io.iprules.Target> targets, String path) {
            this.targets = List.copyOf(targets);
            this.path = java.util.Objects.requireNonNull(path, "path");
            return self();
        }

        private B put(String code, Object value) {
            if (figures.containsKey(code)) {
                // a map would keep the last: one of the two was a mistake, as a field twice in JSON is
                io.iprules.Text twice = MessageCatalog.kit().text("problem.figure-twice", figures.get(code), value);
                if (path != null) {
                    throw new io.iprules.InvalidRequestException(path + "." + code, twice);
                }
                throw new IllegalArgumentException(code + " " + twice.in(io.iprules.Language.EN));
            }
            if (targets != null) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put(code, value);
                Problems p = Problems.root(path);
                Figures.read(one, targets, p);
                p.throwIfAny();
            }
            figures.put(code, value);
            return self();
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        /** A count, e.g. {@code figure("EX_INVENTION_GRANTS", 52)}. */
        public B figure(String code, long count) {
            return put(code, count);
        }

        /** A decimal figure, e.g. a rate {@code figure("EX_CONVERSION_RATE", new BigDecimal("0.31"))}. */
        public B figure(String code, BigDecimal value) {
            return put(code, value);
        }

        /** The answer to a yes/no target, e.g. {@code figure("EX_PLAN_ISSUED", true)}. */
        public B figure(String code, boolean yes) {
            return put(code, yes);
        }

        /**
         * A decimal figure written as text, e.g. {@code figure("EX_CONVERSION_RATE", "0.31")}. Not a count: a count
         * given as text ({@code "15"}) is refused when the request is checked, as in JSON, where a count is a whole
         * number, not a string; give it with {@link #figure(String, long)}.
         */
        public B figure(String code, String value) {
            return put(code, value);
        }

        /** A figure measured against a reference the request supplies with it (either may be {@code null}). */
        public B relative(String code, BigDecimal actual, String referenceKey, BigDecimal reference) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("actual", actual);
            m.put(referenceKey, reference);
            return put(code, m);
        }

        /** The figures so far. */
        protected Map<String, Object> figures() {
            return figures;
        }
    }
}
