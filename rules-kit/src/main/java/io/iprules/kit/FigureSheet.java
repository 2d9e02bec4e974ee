package io.iprules.kit;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of a subject assessed against targets (a city's, a county's), keyed by indicator code, as a request
 * gives them: a number, a decimal written as text, or an object with {@code actual} and a reference. What the figures
 * mean and whether they are valid is {@link Figures#read}'s business; this only carries them.
 *
 * <p>A subject record keeps its figures with {@link #keep} and offers a builder extending {@link Builder}.
 */
public final class FigureSheet {
    private FigureSheet() {
    }

    /** The figures in the order given, unmodifiable; {@code null} stays {@code null} and a {@code null} value means "not supplied". */
    public static Map<String, Object> keep(Map<String, Object> figures) {
        return figures == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /**
     * Builds a subject figure by figure, for Java callers.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> {
        private final Map<String, Object> figures = new LinkedHashMap<>();

        /** For subclasses. */
        protected Builder() {
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        /** A count, e.g. {@code figure("EX_INVENTION_GRANTS", 52)}. */
        public B figure(String code, long count) {
            figures.put(code, count);
            return self();
        }

        /** A decimal figure, e.g. a rate {@code figure("EX_CONVERSION_RATE", new BigDecimal("0.31"))}. */
        public B figure(String code, BigDecimal value) {
            figures.put(code, value);
            return self();
        }

        /** The answer to a yes/no target, e.g. {@code figure("EX_PLAN_ISSUED", true)}. */
        public B figure(String code, boolean yes) {
            figures.put(code, yes);
            return self();
        }

        /** A decimal figure written as text, e.g. {@code figure("EX_CONVERSION_RATE", "0.31")}. */
        public B figure(String code, String value) {
            figures.put(code, value);
            return self();
        }

        /** A figure measured against a reference the request supplies with it (either may be {@code null}). */
        public B relative(String code, BigDecimal actual, String referenceKey, BigDecimal reference) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("actual", actual);
            m.put(referenceKey, reference);
            figures.put(code, m);
            return self();
        }

        /** The figures so far. */
        protected Map<String, Object> figures() {
            return figures;
        }
    }
}
