package io.iprules.report;

import io.iprules.Indicator;
import io.iprules.Language;
import io.iprules.ParameterUnit;
import io.iprules.kit.Yuan;
import java.math.BigDecimal;
import java.util.Locale;

/** Indicator figures as people read them: rates as percentages, counts with thousands separators. Exact. */
final class IndicatorFormat {
    private IndicatorFormat() {
    }

    /**
     * A figure in its unit: 0.9001 as {@code 90.01%}, 0.0260 as {@code 2.60%}, 0.9 as {@code 90%}, 6500 as
     * {@code 6,500}.
     */
    static String value(BigDecimal v, ParameterUnit unit) {
        if (v == null) {
            return "—";
        }
        switch (unit) {
            case RATIO:
                // to the precision the figure carries: a rate worked out to 0.01% shows as 2.60%, as its detail says
                BigDecimal percent = v.movePointRight(2);
                return grouped(percent.scale() < 0 ? percent.setScale(0) : percent) + "%";
            case COUNT:
                return v.stripTrailingZeros().scale() <= 0
                        ? String.format(Locale.ROOT, "%,d", v.toBigIntegerExact()) : grouped(v);
            case YUAN:
                return Yuan.format(v);
            default:
                return grouped(v);
        }
    }

    /**
     * {@code v} in its unit ({@link #value(BigDecimal, ParameterUnit)}) followed by {@code measure}, the measure word
     * of its target with the space before it ({@code " 件"}, {@code ""} for none: {@link OfficerText#measure}): 45
     * patents as {@code 45 件}; nothing as {@code —}, without a measure word.
     */
    static String value(BigDecimal v, ParameterUnit unit, String measure) {
        return v == null ? "—" : value(v, unit) + measure;
    }

    /**
     * {@code v} as written, its whole part with thousands separators (10000.00 as {@code 10,000.00}), as counts and
     * yuan are shown: a decimal had been the one figure left ungrouped beside them.
     */
    static String grouped(BigDecimal v) {
        String plain = v.toPlainString();
        boolean negative = plain.startsWith("-");
        int dot = plain.indexOf('.');
        String whole = plain.substring(negative ? 1 : 0, dot < 0 ? plain.length() : dot);
        return (negative ? "-" : "") + String.format(Locale.ROOT, "%,d", new java.math.BigInteger(whole))
                + (dot < 0 ? "" : plain.substring(dot));
    }

    /**
     * The actual figure as the text and the page show it ({@link #value}), and, where it is shown rounded (the
     * status was decided exactly on figures not shown: {@link Indicator#exact()}) and reads the same as the required
     * value although the exact comparison went one way, which way: {@code 25.00(略高于要求,四舍五入后显示相同)}.
     * northeast-2017's region of 25.0002 per 10,000 against a nation of 25.0000 had read {@code 实际 25.00,要求 >
     * 25.00} on a row met, as if equal were more; a region just below, not met, is said to be below, not equal. The
     * direction follows from the status and the comparison (met above a strict {@code >}, failed below a {@code ≥},
     * failed above a {@code ≤}), or from the progress against the required value (below 1: below); where neither
     * tells (a failed {@code =} without progress), only that they differ. Values shown exactly are shown as they are.
     */
    static String actual(Indicator i, Language lang, String measure) {
        String shown = value(i.actual(), i.unit(), measure);
        if (i.exact() == null || i.actual() == null || i.required() == null || i.actual().compareTo(i.required()) != 0
                || i.status() == io.iprules.IndicatorStatus.UNKNOWN) {
            return shown;
        }
        boolean met = i.met();
        boolean belowByProgress = i.progress() != null && i.progressBasis() != null
                && i.progressBasis().compareTo(i.required()) == 0 && i.progress().compareTo(BigDecimal.ONE) < 0;
        String key = switch (i.comparison()) {
            case MORE_THAN -> met ? "above" : belowByProgress ? "below" : null;
            case AT_LEAST -> met ? null : "below";
            case AT_MOST -> met ? null : "above";
            case EQUAL -> met ? null : i.progress() == null ? "differs" : belowByProgress ? "below" : "above";
        };
        return key == null ? shown
                : TextReport.LABELS.format(lang, "indicator.actual.rounded." + key, new Object[] {shown});
    }

    /** The comparison as a sign: {@code ≥}, {@code >}, {@code =}, {@code ≤}. */
    static String sign(Indicator i) {
        switch (i.comparison()) {
            case AT_LEAST: return "≥";
            case AT_MOST: return "≤";
            default: return i.comparison().symbol();
        }
    }

    /** The requirement without a measure word ({@link #required(Indicator, Language, String)}). */
    static String required(Indicator i, Language lang) {
        return required(i, lang, "");
    }

    /**
     * The requirement: {@code > 90%}, {@code ≥ 45 件} with its measure word ({@link #value(BigDecimal,
     * ParameterUnit, String)}), or {@code ≥ 2 × 1,500 = 3,000 件} for a multiple of a reference, the measure word
     * once, at the end.
     */
    static String required(Indicator i, Language lang, String measure) {
        if (i.reference() == null) {
            return sign(i) + " " + value(i.required(), i.unit(), measure);
        }
        Indicator.ReferenceValue r = i.reference();
        if (r.factor().compareTo(BigDecimal.ONE) == 0) {
            // higher than the reference itself (高于全国平均水平): no "1 ×" to read past
            return sign(i) + " " + (r.value() == null ? r.title().in(lang) : value(r.value(), i.unit(), measure));
        }
        String factor = r.factor().stripTrailingZeros().toPlainString();
        return r.value() == null
                ? sign(i) + " " + factor + " × " + r.title().in(lang)
                : sign(i) + " " + factor + " × " + value(r.value(), i.unit()) + " = "
                        + value(i.required(), i.unit(), measure);
    }

    /**
     * The message key of a yes/no target's due date: overdue once it has passed unmet, "not yet due" while it is unmet
     * and has not (an answer of no before the due date is no failure yet: anning's warning promises to say which),
     * else the date alone.
     */
    static String dueKey(io.iprules.Indicator i) {
        return i.overdue() ? "indicator.overdue"
                : i.status() == io.iprules.IndicatorStatus.NOT_MET ? "indicator.not-yet-due" : "indicator.due";
    }

    /**
     * The figure progress is measured against, in its unit, when it is not the required one (20人左右: met at 18,
     * progress against 20), with its measure word (20 人); else {@code null}, and nothing need be said.
     */
    static String progressBasis(Indicator i, String measure) {
        return i.progressBasis() != null && i.required() != null && i.progressBasis().compareTo(i.required()) != 0
                ? value(i.progressBasis(), i.unit(), measure) : null;
    }

    /**
     * The largest progress the officer's text and page show as a figure, 10 (1,000%): beyond it the figure says
     * more about a tiny basis than about progress, and is said to be beyond 1,000% ({@link TextReport#progress}).
     */
    static final BigDecimal PROGRESS_SHOWN_UP_TO = BigDecimal.TEN;

    /** Progress as a percentage with two decimals, exact (progress has four): 0.9777 as {@code 97.77%}. */
    static String progress(BigDecimal p) {
        return p == null ? "—" : grouped(p.movePointRight(2).setScale(2, java.math.RoundingMode.UNNECESSARY)) + "%";
    }
}
