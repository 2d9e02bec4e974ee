package io.iprules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A target (目标/指标) a policy sets for a whole city or county, kept as data in the policy module's target files
 * with the clause that sets it: what is measured, how the actual figure is compared, and against what.
 *
 * <p>The required value is either fixed ({@link #required()}, e.g. 45 invention patents) or a multiple of a
 * reference the request supplies ({@link #reference()}, e.g. 2 × the province's average for the same period).
 * The value that decides the status and the value that progress is measured against may differ: "about 20"
 * (20人左右) is met at 18 and its progress is reported against 20 ({@link #progressBasis()}).
 *
 * @param code          the indicator code, e.g. {@code EX_INVENTION_GRANTS}; also the key of
 *                      the figure in a request
 * @param title         what is measured, in words
 * @param unit          what a figure is: {@link ParameterUnit#COUNT} (whole), {@link ParameterUnit#RATIO}
 *                      (a share between 0 and 1: 0.31 is 31%), {@link ParameterUnit#NUMBER} or
 *                      {@link ParameterUnit#YUAN}
 * @param comparison    how the actual figure is compared with the required value
 * @param required      the fixed required value, or {@code null} when the target is a multiple of a reference
 * @param reference     the reference the required value is a multiple of, or {@code null} for a fixed target
 * @param progressBasis what progress is measured against when it is not the required value (about-targets), or
 *                      {@code null}
 * @param maximum       the largest figure that can exist (e.g. 9 sub-districts), or {@code null}; a ratio is at
 *                      most 1 anyway
 * @param citation      the clause that sets the target, e.g. {@code example-2020 §3(2)4}
 * @param source        the words of the clause, quoted, e.g. {@code 知识产权权利人满意度超过90%}
 * @param note          the reading chosen where the words are ambiguous; may be empty
 * @param measure       the measure word (量词) the clause counts the figure in, as it writes it ({@code 件} of
 *                      45件以上, {@code 家}, {@code 人次}), which the officer's Chinese text and page set after the
 *                      figures; {@code null} where the clause gives none (a rate, 人均拥有量, 各街道)
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public record Target(String code, Text title, ParameterUnit unit, Comparison comparison, BigDecimal required,
                     Reference reference, BigDecimal progressBasis, BigDecimal maximum, String citation,
                     String source, Text note,
                     @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
                     String measure) {

    /** A target whose clause gives no measure word (or whose module names none). */
    public Target(String code, Text title, ParameterUnit unit, Comparison comparison, BigDecimal required,
                  Reference reference, BigDecimal progressBasis, BigDecimal maximum, String citation, String source,
                  Text note) {
        this(code, title, unit, comparison, required, reference, progressBasis, maximum, citation, source, note, null);
    }

    /**
     * A reference a target is a multiple of, supplied with the figure in the request.
     *
     * @param key    the field that carries it next to {@code actual} in the request, e.g. {@code provinceAverage}
     * @param title  what it is, in words
     * @param factor the multiple, e.g. 2
     */
    public record Reference(String key, Text title, BigDecimal factor) {
        /** Checks the parts; the factor is positive. */
        public Reference {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(factor, "factor");
            if (factor.signum() <= 0) {
                throw new IllegalArgumentException("a reference factor is positive, not " + factor);
            }
            if ("actual".equals(key)) {
                throw new IllegalArgumentException("'actual' is the figure itself, not a reference key");
            }
        }
    }

    /** Checks the parts: a fixed value or a reference, exactly one; a unit a figure can have. */
    public Target {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        if ((required == null) == (reference == null)) {
            throw new IllegalArgumentException(code + ": a target has a required value or a reference, exactly one");
        }
        if (unit == ParameterUnit.DATE) {
            throw new IllegalArgumentException(code + ": a target's figure is a number, not a date");
        }
        for (BigDecimal v : new BigDecimal[] {required, progressBasis, maximum}) {
            if (v != null && v.signum() < 0) {
                throw new IllegalArgumentException(code + ": target values are not negative: " + v);
            }
        }
        if (progressBasis != null && progressBasis.signum() == 0) {
            throw new IllegalArgumentException(code + ": progress cannot be measured against 0");
        }
        if (measure != null && (measure.isBlank() || !measure.strip().equals(measure))) {
            throw new IllegalArgumentException(code + ": a measure word is a word, without spaces around it: '"
                    + measure + "'");
        }
    }

    /**
     * The required value when the reference is {@code referenceValue} (ignored for a fixed target), or {@code null}
     * when it is needed and unknown.
     */
    public BigDecimal requiredWith(BigDecimal referenceValue) {
        if (reference == null) {
            return required;
        }
        return referenceValue == null ? null : reference.factor().multiply(referenceValue);
    }
}
