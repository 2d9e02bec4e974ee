package io.iprules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.DeadlineStatus;
import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.Indicator;
import io.iprules.RulesEngine;
import io.iprules.beijing.BeijingCity;
import io.iprules.beijing.BeijingEnterprise;
import io.iprules.beijing.Certificate;
import io.iprules.beijing.GreenChannelRequest;
import io.iprules.beijing.Industry;
import io.iprules.kit.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine and the hand-written baseline decide the same scope, deadlines (status, deadline, days used, late,
 * left), loan standings, indicators and verdicts for thousands of generated beijing-2012 requests.
 */
class EngineAgreesWithPlainBeijingTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final PlainBeijing PLAIN = new PlainBeijing(WorkingDayCalendar.china());

    @Test
    void sameDecisions() {
        List<EvaluationRequest> population = Population.of(ENGINE, "beijing-2012", 4000, 20121214L);
        Set<DeadlineStatus> statuses = EnumSet.noneOf(DeadlineStatus.class);
        int cities = 0;
        for (EvaluationRequest r : population) {
            EvaluationResult byEngine = ENGINE.evaluate(r);
            String who = r.asOf() + " " + r.subject();
            if (r.subject() instanceof BeijingCity city) {
                cities++;
                PlainBeijing.Outcome byHand = PLAIN.evaluate(city);
                assertThat(byEngine.indicators().stream().map(Indicator::status).toList()).as(who)
                        .isEqualTo(byHand.indicators());
                assertThat(byEngine.eligible()).as(who).isEqualTo(byHand.eligible());
                continue;
            }
            PlainBeijing.Outcome byHand = PLAIN.evaluate((BeijingEnterprise) r.subject(), r.asOf());
            assertThat(byEngine.conditions()).as(who).singleElement()
                    .satisfies(c -> assertThat(c.met()).isEqualTo(byHand.inScope()));
            List<PlainBeijing.Row> rows = byEngine.deadlines().stream().map(d -> new PlainBeijing.Row(d.code(),
                    d.subject(), d.status(), d.deadline(), d.workingDaysUsed(), d.workingDaysLate(),
                    d.workingDaysLeft())).toList();
            assertThat(rows).as(who).isEqualTo(byHand.deadlines());
            List<PlainBeijing.Loan> loans = new java.util.ArrayList<>();
            byEngine.awards().forEach(a -> loans.add(new PlainBeijing.Loan(a.subjectId(), null)));
            byEngine.excluded().forEach(x -> loans.add(new PlainBeijing.Loan(x.subjectId(), x.reason().code())));
            loans.sort(java.util.Comparator.comparing(PlainBeijing.Loan::subjectId));
            assertThat(loans).as(who).isEqualTo(byHand.loans());
            assertThat(byEngine.eligible()).as(who).isEqualTo(byHand.eligible());
            rows.forEach(row -> statuses.add(row.status()));
        }
        // the population must reach every status and the city, or agreement proves little
        assertThat(statuses).containsExactlyInAnyOrder(DeadlineStatus.values());
        assertThat(cities).isPositive();
    }

    /** The baseline on its own, against the acceptance example worked out by hand from the 2013 notice. */
    @Test
    void theBaselineCountsTheNationalDayExampleByHand() {
        BeijingEnterprise e = new BeijingEnterprise("北京示例科技有限公司", null, true, null,
                List.of(Industry.NEXT_GENERATION_IT), List.of(new GreenChannelRequest(Certificate.NO_IP_VIOLATION,
                "201310000002.6", LocalDate.of(2013, 9, 27), LocalDate.of(2013, 10, 12))), List.of());
        // 09-29 (Sun, make-up), 09-30, [10-01..07 rest], 10-08, 10-09, 10-10 = deadline; 10-11, 10-12 (Sat, make-up)
        assertThat(PLAIN.evaluate(e, LocalDate.of(2013, 10, 31)).deadlines()).containsExactly(new PlainBeijing.Row(
                "BJ_GREEN_CHANNEL_NO_VIOLATION", "201310000002.6", DeadlineStatus.LATE, LocalDate.of(2013, 10, 10), 7,
                2, null));
    }
}
