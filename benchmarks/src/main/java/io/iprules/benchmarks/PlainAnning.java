package io.iprules.benchmarks;

import io.iprules.IndicatorStatus;
import io.iprules.ParameterUnit;
import io.iprules.Phase;
import io.iprules.PolicyDescription;
import io.iprules.Target;
import io.iprules.anning.AnningCounty;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * anning-2022 assessed by hand-written Java, with no rule engine: the baseline the engine is measured against,
 * and a second, independent implementation the engine must agree with (see the agreement test). It computes
 * what decides the assessment (per target: status, actual, required value, progress; the phase of the plan; the
 * counts), not the explanations.
 *
 * <p>The targets and phases are read from the engine's policy description (the module's target and phase files),
 * never written here. Validation is not repeated: it takes valid counties.
 */
public final class PlainAnning {
    private static final int PROGRESS_DECIMALS = 4;

    private final List<Target> targets;
    private final List<Phase> phases;
    /** The first day of review and acceptance (§5 总结验收), before which the targets are not yet due (§3(1)). */
    private final LocalDate acceptance;

    /** A baseline with the targets and phases of {@code policy} (the engine's description of anning-2022). */
    public PlainAnning(PolicyDescription policy) {
        this.targets = policy.targets();
        this.phases = policy.phases();
        this.acceptance = phases.stream().filter(p -> p.code().equals("ACCEPTANCE")).map(Phase::from).findFirst()
                .orElseThrow();
    }

    /**
     * One target assessed.
     *
     * @param code     indicator code
     * @param status   met, not met, or unknown
     * @param actual   the county's figure, or {@code null} when not supplied
     * @param required the value that decides, or {@code null} when its reference was not supplied
     * @param progress actual ÷ the progress basis, 4 decimals rounded down, or {@code null} (always for yes/no)
     * @param overdue  whether a yes/no target due by the end of phase 1 (§5 第一阶段 item 3) is still known to be
     *                 false after that day
     */
    public record Row(String code, IndicatorStatus status, BigDecimal actual, BigDecimal required, BigDecimal progress,
                      boolean overdue) {
    }

    /**
     * What the assessment decides.
     *
     * @param indicators one row per target, in the targets' order
     * @param phase      the code of the phase on the as-of date, or {@code null} before the plan
     * @param met        targets met
     * @param notMet     targets not met
     * @param unknown    targets not assessed for want of a figure
     * @param notYetDue  whether the as-of date is before review and acceptance (§3(1) 到2025年, checked
     *                   at §5 总结验收): the targets are not yet due, which the engine's result warns of
     */
    public record Outcome(List<Row> indicators, String phase, int met, int notMet, int unknown, boolean notYetDue) {
        /** Whether every target is met: the verdict. */
        public boolean allMet() {
            return met > 0 && notMet == 0 && unknown == 0;
        }
    }

    /** Assesses {@code county} as of {@code asOf}. */
    public Outcome evaluate(AnningCounty county, LocalDate asOf) {
        Map<String, Object> figures = county.figures();
        List<Row> rows = new ArrayList<>(targets.size());
        int met = 0;
        int notMet = 0;
        int unknown = 0;
        for (Target t : targets) {
            Object raw = figures.get(t.code());
            BigDecimal actual;
            BigDecimal required;
            if (t.reference() == null) {
                actual = number(raw);
                required = t.required();
            } else {
                Map<?, ?> pair = raw instanceof Map<?, ?> m ? m : Map.of();
                actual = number(pair.get("actual"));
                BigDecimal reference = number(pair.get(t.reference().key()));
                required = reference == null ? null : reference.multiply(t.reference().factor());
            }
            IndicatorStatus status;
            if (actual == null || required == null) {
                status = IndicatorStatus.UNKNOWN;
                unknown++;
            } else if (reaches(t, actual, required)) {
                status = IndicatorStatus.MET;
                met++;
            } else {
                status = IndicatorStatus.NOT_MET;
                notMet++;
            }
            boolean yesNo = t.unit() == ParameterUnit.YES_NO;
            BigDecimal basis = yesNo ? null : t.progressBasis() != null ? t.progressBasis() : required;
            BigDecimal progress = actual == null || basis == null || basis.signum() == 0 ? null
                    : actual.divide(basis, PROGRESS_DECIMALS, RoundingMode.DOWN);
            // §5 第一阶段 3. (领导小组, 试点推进工作办公室): due by phase 1's last day
            LocalDate due = yesNo && t.citation().equals("anning-2022 §5") ? endOfFirstPhase() : null;
            boolean overdue = due != null && status == IndicatorStatus.NOT_MET && asOf.isAfter(due);
            rows.add(new Row(t.code(), status, actual, required, progress, overdue));
        }
        String phase = null;
        for (Phase p : phases) {
            if (!asOf.isBefore(p.from()) && (p.until() == null || !asOf.isAfter(p.until()))) {
                phase = p.code();
                break;
            }
        }
        boolean notYetDue = asOf.isBefore(acceptance);
        return new Outcome(rows, phase, met, notMet, unknown, notYetDue);
    }

    private LocalDate endOfFirstPhase() {
        Phase first = phases.get(0);
        for (Phase p : phases) {
            if (p.from().isBefore(first.from())) {
                first = p;
            }
        }
        return first.until();
    }

    private static boolean reaches(Target t, BigDecimal actual, BigDecimal required) {
        int c = actual.compareTo(required);
        return switch (t.comparison()) {
            case AT_LEAST -> c >= 0;
            case MORE_THAN -> c > 0;
            case EQUAL -> c == 0;
            case AT_MOST -> c <= 0;
        };
    }

    /**
     * A figure as the contract binds it: a JSON number (whole or decimal) or a decimal string; {@code null} when
     * absent.
     */
    private static BigDecimal number(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO; // a yes/no answer
        }
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (v instanceof Integer || v instanceof Long) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        return new BigDecimal(v.toString());
    }
}
