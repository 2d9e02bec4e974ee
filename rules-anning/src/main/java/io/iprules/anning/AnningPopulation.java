package io.iprules.anning;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.ParameterUnit;
import io.iprules.Phase;
import io.iprules.PolicyDescription;
import io.iprules.Target;
import io.iprules.spi.RequestGenerator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Synthetic reports of 安宁市 under anning-2022, as a county sends them through the plan: one figure per target,
 * spread around the target, with the county moving towards its targets as the plan goes on.
 *
 * <p>Each figure is, now and then, exactly at its target ({@code 0.90} satisfaction, 45 invention grants, 2 × the
 * province's average), within a hair of it on either side ({@code 0.9001}, {@code 0.8999}, 44 and 46, 19.19
 * against 19.2), or not supplied (left out, or {@code null}); the rest lie around the target, better or worse by
 * the county's strength and by how far into the plan the as-of date is. The invention density comes with the
 * province's average for the same period, and now and then with only one of the two. Rates are written as
 * decimal strings or as JSON numbers. As-of dates cover the whole plan (its first day to the end of 2026, the
 * first and last days of every phase more often than others) and, for a few, the months before it.
 *
 * <p>The targets and phases are read from the module's own files (data, not literals here), so a change of
 * target moves the population with it. Every request is valid: no figure is negative, a rate is at most 1 and
 * a count at most its target's maximum. Keeps no state between requests: safe to share.
 */
public final class AnningPopulation implements RequestGenerator {
    private static final JsonNodeFactory JSON = new JsonNodeFactory(true);
    /** The last as-of date drawn: well into the open-ended consolidation phase. */
    private static final LocalDate LAST_AS_OF = LocalDate.of(2026, 12, 31);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final List<Target> targets;
    private final List<Phase> phases;
    private final List<LocalDate> boundaries = new ArrayList<>();
    private final LocalDate planStart;
    /** The day the plan's last phase starts (the end of acceptance): where a county should be at its targets. */
    private final LocalDate planEnd;

    /** Made by the service loader. */
    public AnningPopulation() {
        this(new Anning2022().describe());
    }

    AnningPopulation(PolicyDescription policy) {
        targets = policy.targets();
        phases = policy.phases();
        if (targets.isEmpty() || phases.isEmpty()) {
            throw new IllegalStateException(policy.id() + " has no targets or no phases to generate from");
        }
        planStart = phases.get(0).from();
        planEnd = phases.get(phases.size() - 1).from();
        boundaries.add(planStart.minusDays(1));
        for (Phase p : phases) {
            boundaries.add(p.from());
            if (p.until() != null) {
                boundaries.add(p.until());
            }
        }
    }

    @Override
    public String policy() {
        return Anning2022.ID;
    }

    @Override
    public String next(RandomGenerator r) {
        LocalDate asOf = asOf(r);
        ObjectNode request = JSON.objectNode();
        request.put("policy", Anning2022.ID);
        request.put("asOf", asOf.toString());
        ObjectNode county = request.putObject("applicant");
        county.put("name", "安宁市");
        ObjectNode figures = county.putObject("figures");
        // how many figures this report leaves out: most reports are complete or nearly, a few are thin or empty
        int missingPerMille = switch (r.nextInt(20)) {
            case 0 -> 1000;
            case 1, 2, 3 -> 300;
            case 4, 5, 6, 7, 8, 9, 10, 11 -> 50;
            default -> 0;
        };
        // the county's strength (0.80–1.20) and the plan's progress on the as-of date (0.70 at its start, 1.05 at
        // acceptance's end, a little more after): where its figures lie relative to the targets, in thousandths
        long strength = 800 + r.nextInt(401);
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(planStart, asOf));
        long span = ChronoUnit.DAYS.between(planStart, planEnd);
        long progress = 700 + Math.min(350 * elapsed / span, 450);
        BigDecimal level = BigDecimal.valueOf(strength * progress, 6);
        for (Target t : targets) {
            if (r.nextInt(1000) < missingPerMille) {
                if (r.nextInt(8) == 0) {
                    figures.putNull(t.code()); // null is "not supplied", as valid as leaving it out
                }
                continue;
            }
            if (t.unit() == ParameterUnit.YES_NO) {
                // a yes/no target: done more often the further the plan has gone (level ~ 0.56–1.26)
                figures.put(t.code(), r.nextInt(1000) < Math.min(950, level.movePointRight(3).intValue() - 200));
            } else if (t.reference() != null) {
                relative(r, t, level, figures.putObject(t.code()));
            } else {
                put(r, figures, t.code(), t.unit(), fixed(r, t, level));
            }
        }
        return request.toString();
    }

    /** A date in the plan, now and then a phase's first or last day, and for a few a date before the plan. */
    private LocalDate asOf(RandomGenerator r) {
        int x = r.nextInt(100);
        if (x < 4) {
            return planStart.minusDays(1 + r.nextInt(365));
        }
        if (x < 14) {
            return boundaries.get(r.nextInt(boundaries.size()));
        }
        return planStart.plusDays(r.nextLong(ChronoUnit.DAYS.between(planStart, LAST_AS_OF) + 1));
    }

    private static BigDecimal fixed(RandomGenerator r, Target t, BigDecimal level) {
        BigDecimal target = t.required();
        BigDecimal hair = hair(t.unit(), target);
        int x = r.nextInt(100);
        if (x < 7) {
            // exactly at the target: the decisive value, or for an about-target (20人左右) its stated figure
            return t.progressBasis() != null && r.nextBoolean() ? t.progressBasis() : target;
        }
        if (x < 11) {
            return valid(t, target.subtract(hair));
        }
        if (x < 14) {
            return valid(t, target.add(hair));
        }
        BigDecimal around = t.progressBasis() != null ? t.progressBasis() : target;
        return valid(t, around.multiply(level).multiply(noise(r))
                .setScale(scale(t.unit(), target), RoundingMode.HALF_UP));
    }

    /** The density and the province's average; now and then only one of the two. */
    private static void relative(RandomGenerator r, Target t, BigDecimal level, ObjectNode figure) {
        BigDecimal average = BigDecimal.valueOf(300 + r.nextInt(700), 2); // 3.00–9.99 per 10,000 people
        BigDecimal target = t.requiredWith(average);
        BigDecimal hair = hair(t.unit(), target);
        int x = r.nextInt(100);
        BigDecimal actual;
        if (x < 7) {
            actual = target;
        } else if (x < 11) {
            actual = target.subtract(hair);
        } else if (x < 14) {
            actual = target.add(hair);
        } else {
            actual = target.multiply(level).multiply(noise(r)).setScale(2, RoundingMode.HALF_UP);
        }
        actual = valid(t, actual);
        int shape = r.nextInt(20);
        boolean string = r.nextInt(4) != 0;
        if (shape != 0) {
            putDecimal(figure, "actual", actual, string);
        }
        if (shape != 1) {
            putDecimal(figure, t.reference().key(), average, string);
        }
    }

    /** Per-figure spread around the county's level: 0.75–1.25. */
    private static BigDecimal noise(RandomGenerator r) {
        return BigDecimal.valueOf(750 + r.nextInt(501)).divide(THOUSAND);
    }

    /** The smallest step a county reports: one for a count, a hundredth of a point of a rate, 0.01 per 10,000. */
    private static BigDecimal hair(ParameterUnit unit, BigDecimal target) {
        return switch (unit) {
            case COUNT -> BigDecimal.ONE;
            case RATIO -> BigDecimal.ONE.movePointLeft(Math.max(2, target.scale()) + 2);
            default -> new BigDecimal("0.01");
        };
    }

    private static int scale(ParameterUnit unit, BigDecimal target) {
        return switch (unit) {
            case COUNT -> 0;
            case RATIO -> Math.max(4, target.scale() + 2);
            default -> 2;
        };
    }

    /** Keeps a figure within what the contract accepts: not negative, a rate at most 1, a count at most its maximum. */
    private static BigDecimal valid(Target t, BigDecimal v) {
        BigDecimal out = v.max(BigDecimal.ZERO);
        if (t.unit() == ParameterUnit.RATIO) {
            out = out.min(BigDecimal.ONE);
        }
        if (t.maximum() != null) {
            out = out.min(t.maximum());
        }
        return out;
    }

    private static void put(RandomGenerator r, ObjectNode figures, String code, ParameterUnit unit, BigDecimal v) {
        if (unit == ParameterUnit.COUNT) {
            figures.put(code, v.longValueExact());
        } else {
            putDecimal(figures, code, v, r.nextInt(5) != 0);
        }
    }

    private static void putDecimal(ObjectNode node, String field, BigDecimal v, boolean asString) {
        if (asString) {
            node.put(field, v.toPlainString());
        } else {
            node.put(field, v);
        }
    }
}
