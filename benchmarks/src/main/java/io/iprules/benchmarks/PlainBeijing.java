package io.iprules.benchmarks;

import io.iprules.DeadlineStatus;
import io.iprules.IndicatorStatus;
import io.iprules.beijing.BeijingCity;
import io.iprules.beijing.BeijingEnterprise;
import io.iprules.beijing.GreenChannelRequest;
import io.iprules.beijing.Industry;
import io.iprules.beijing.PledgeLoan;
import io.iprules.kit.calendar.DayKind;
import io.iprules.kit.calendar.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * beijing-2012 decided by hand-written Java, with no rule engine: the baseline the engine is measured against, and
 * a second, independent implementation it must agree with. It walks the calendar day by day
 * ({@link WorkingDayCalendar#dayKind}) rather than using the kit's deadline counter, and computes what decides
 * the result (scope, each certificate's status and days, each loan's standing, the city's statuses), not the
 * explanations. It takes valid requests and the deployment's defaults (the pledge-loan rate open, no end:
 * BJ_IN_FORCE_UNTIL not set).
 */
public final class PlainBeijing {
    /** 5个工作日内 (§2(4)). */
    private static final int WORKING_DAYS = 5;
    /** The forwarding notice's date (北京市人民政府办公厅 2012年12月14日). */
    private static final LocalDate IN_FORCE = LocalDate.of(2012, 12, 14);

    private final WorkingDayCalendar calendar;

    /** A baseline counting on {@code calendar}. */
    public PlainBeijing(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** A certificate's deadline as decided. */
    public record Row(String code, String subject, DeadlineStatus status, LocalDate deadline, Integer used,
                      Integer late, Integer left) {
    }

    /** A loan year's standing: the exclusion reason, or {@code null} for an award (amount open). */
    public record Loan(String subjectId, String excludedFor) {
    }

    /** What the evaluation decides. */
    public record Outcome(Boolean inScope, boolean eligible, List<Row> deadlines, List<Loan> loans,
                          List<IndicatorStatus> indicators) {
    }

    /** An enterprise on {@code asOf}. */
    public Outcome evaluate(BeijingEnterprise e, LocalDate asOf) {
        boolean eight = false;
        for (Industry i : e.industries()) {
            eight |= i != Industry.OTHER;
        }
        boolean inScope = Boolean.TRUE.equals(e.registeredInBeijing()) && eight;
        List<Row> rows = new ArrayList<>();
        for (GreenChannelRequest g : e.greenChannel()) {
            if (!g.complete().isAfter(asOf)) {
                rows.add(count(g, inScope, asOf));
            }
        }
        // the policy's order of codes (priority examination first), then the day complete, then the subject
        rows.sort(java.util.Comparator.comparing((Row r) -> !r.code().equals("BJ_GREEN_CHANNEL_PRIORITY_EXAM"))
                .thenComparing(r -> startOf(e, r)).thenComparing(Row::subject));
        List<Loan> loans = new ArrayList<>();
        boolean due = false;
        for (PledgeLoan l : e.pledgeLoans()) {
            LocalDate end = LocalDate.of(l.year(), 12, 31);
            if (end.isAfter(asOf)) {
                continue;
            }
            // interest of 0.00 yuan: 0.00 × any rate, nothing due (NOT_ELIGIBLE), the rate open or not
            String reason = !Boolean.TRUE.equals(e.zhongguancun()) ? "NOT_ELIGIBLE"
                    : end.isBefore(IN_FORCE) ? "BEFORE_IN_FORCE"
                    : l.interestPaid().signum() == 0 ? "NOT_ELIGIBLE" : null;
            due |= reason == null;
            loans.add(new Loan(l.bank() + "/" + l.year(), reason));
        }
        loans.sort(java.util.Comparator.comparing(Loan::subjectId));
        return new Outcome(inScope, inScope || due, rows, loans, List.of());
    }

    private static LocalDate startOf(BeijingEnterprise e, Row r) {
        for (GreenChannelRequest g : e.greenChannel()) {
            if (g.subject().equals(r.subject()) && g.certificate().code().equals(r.code())) {
                return g.complete();
            }
        }
        throw new IllegalStateException(r.toString());
    }

    private Row count(GreenChannelRequest g, boolean inScope, LocalDate asOf) {
        String code = g.certificate().code();
        if (g.complete().isBefore(IN_FORCE) || !inScope) {
            return new Row(code, g.subject(), DeadlineStatus.NOT_APPLICABLE, null, null, null, null);
        }
        LocalDate day = g.complete();
        int counted = 0;
        LocalDate firstUnknown = null;
        while (counted < WORKING_DAYS) {
            day = day.plusDays(1);
            DayKind k = calendar.dayKind(day);
            if (k == DayKind.UNKNOWN) {
                firstUnknown = day;
                break;
            }
            counted += k == DayKind.WORKING ? 1 : 0;
        }
        LocalDate deadline = firstUnknown == null ? day : null;
        LocalDate issued = g.issued() != null && !g.issued().isAfter(asOf) ? g.issued() : null;
        if (issued != null) {
            Integer used = usedUpTo(g.complete(), issued);
            if (used != null) {
                return used <= WORKING_DAYS
                        ? new Row(code, g.subject(), DeadlineStatus.ON_TIME, deadline, used, 0, null)
                        : new Row(code, g.subject(), DeadlineStatus.LATE, deadline, used, used - WORKING_DAYS, null);
            }
            // issued on or after a day the notices do not cover: late if the deadline came before that day, on time
            // if even every day not covered a working day leaves it within 5
            return deadline != null
                    ? new Row(code, g.subject(), DeadlineStatus.LATE, deadline, null, null, null)
                    : atMostUpTo(g.complete(), issued) <= WORKING_DAYS
                    ? new Row(code, g.subject(), DeadlineStatus.ON_TIME, null, null, 0, null)
                    : new Row(code, g.subject(), DeadlineStatus.UNKNOWN, null, null, null, null);
        }
        if (deadline == null) {
            // fewer than 5 working days before the first day not covered: not yet due while even every day not
            // covered a working day leaves fewer than 5 before the as-of date
            return atMostUpTo(g.complete(), asOf) <= WORKING_DAYS
                    ? new Row(code, g.subject(), DeadlineStatus.PENDING, null, null, null, null)
                    : new Row(code, g.subject(), DeadlineStatus.UNKNOWN, null, null, null, null);
        }
        if (!asOf.isAfter(deadline)) {
            int left = 0;
            for (LocalDate d = asOf.plusDays(1); !d.isAfter(deadline); d = d.plusDays(1)) {
                left += calendar.dayKind(d) == DayKind.WORKING ? 1 : 0;
            }
            return new Row(code, g.subject(), DeadlineStatus.PENDING, deadline, null, null, left);
        }
        Integer soFar = usedUpTo(g.complete(), asOf);
        return new Row(code, g.subject(), DeadlineStatus.OVERDUE, deadline, null,
                soFar == null ? null : soFar - WORKING_DAYS, null);
    }

    /** As {@link #usedUpTo}, each day no notice covers counted as a working day: the most that can have been used. */
    private int atMostUpTo(LocalDate start, LocalDate end) {
        if (!end.isAfter(start)) {
            return 0;
        }
        int used = 1;
        for (LocalDate d = start.plusDays(1); d.isBefore(end); d = d.plusDays(1)) {
            used += calendar.dayKind(d) == DayKind.REST ? 0 : 1;
        }
        return used;
    }

    /** Working days after {@code start} before {@code end}, plus {@code end} itself whatever it is; null if unknown. */
    private Integer usedUpTo(LocalDate start, LocalDate end) {
        if (!end.isAfter(start)) {
            return 0;
        }
        int used = 1;
        for (LocalDate d = start.plusDays(1); d.isBefore(end); d = d.plusDays(1)) {
            DayKind k = calendar.dayKind(d);
            if (k == DayKind.UNKNOWN) {
                return null;
            }
            used += k == DayKind.WORKING ? 1 : 0;
        }
        return used;
    }

    /** The city: the two doublings (>= 2 × 2010) and the clusters (>= 2); eligible when all three are met. */
    public Outcome evaluate(BeijingCity c) {
        List<IndicatorStatus> statuses = List.of(doubled(c.figures().get("BJ_2015_SEI_INVENTION_HOLDINGS")),
                doubled(c.figures().get("BJ_2015_SEI_PCT_APPLICATIONS")),
                clusters(c.figures().get("BJ_2015_GLOBAL_CLUSTERS")));
        return new Outcome(null, statuses.stream().allMatch(s -> s == IndicatorStatus.MET), List.of(), List.of(),
                statuses);
    }

    private static IndicatorStatus doubled(Object figure) {
        if (!(figure instanceof Map<?, ?> m) || m.get("actual") == null || m.get("base2010") == null) {
            return IndicatorStatus.UNKNOWN;
        }
        BigDecimal actual = new BigDecimal(m.get("actual").toString());
        BigDecimal base = new BigDecimal(m.get("base2010").toString());
        return actual.compareTo(base.add(base)) >= 0 ? IndicatorStatus.MET : IndicatorStatus.NOT_MET;
    }

    private static IndicatorStatus clusters(Object figure) {
        if (figure == null) {
            return IndicatorStatus.UNKNOWN;
        }
        return new BigDecimal(figure.toString()).compareTo(BigDecimal.valueOf(2)) >= 0 ? IndicatorStatus.MET
                : IndicatorStatus.NOT_MET;
    }
}
