package io.iprules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.DeadlineStatus;
import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.Indicator;
import io.iprules.IndicatorStatus;
import io.iprules.RulesEngine;
import io.iprules.beijing.BeijingCity;
import io.iprules.beijing.BeijingEnterprise;
import io.iprules.kit.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * beijing-2012 on the lines its text draws: §2(4)'s 5个工作日 counted across official holidays and make-up working
 * days (the State Council's notices: 2013 元旦/春节/国庆, the 2019 notice's 2018-12-29 make-up Saturday, 国发明电〔2015〕1号),
 * the issue day on, one before and after the deadline and on a rest day, the as-of day on and after it, the day the
 * forwarding notice took force (2012-12-14), the end of the bundled calendar, the scope of the eight industries, the
 * pledge-loan year, and the 2015 targets at exactly 翻一番 and 2 至 3 个. Engine and baseline must agree, and both
 * with the values worked out here by hand from the text and the notices.
 */
class EngineAgreesWithPlainBeijingAtBoundariesTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final PlainBeijing PLAIN = new PlainBeijing(WorkingDayCalendar.china());

    private static EvaluationRequest enterprise(String asOf, String applicant) {
        return Requests.json(ENGINE, "{\"policy\":\"beijing-2012\",\"asOf\":\"" + asOf + "\",\"applicant\":{"
                + "\"name\":\"北京边界科技有限公司\"," + applicant + "}}");
    }

    /**
     * A priority examination certificate for application 2012100000001, filed in 2012 as its number says: the files
     * are complete from 2012-12-13 on, and a completion before the application's year is refused.
     */
    private static EvaluationRequest certificate(String asOf, String complete, String issued) {
        return enterprise(asOf, "\"registeredInBeijing\":true,\"industries\":[\"NEW_MATERIALS\"],\"greenChannel\":[{"
                + "\"certificate\":\"PRIORITY_EXAMINATION\",\"subject\":\"2012100000001\",\"complete\":\"" + complete
                + "\""
                + (issued == null ? "" : ",\"issued\":\"" + issued + "\"") + "}]");
    }

    /** Engine and baseline compared in full; the engine's result returned for the text's checks. */
    private static EvaluationResult agree(EvaluationRequest r) {
        EvaluationResult byEngine = ENGINE.evaluate(r);
        String who = r.asOf() + " " + r.subject();
        if (r.subject() instanceof BeijingCity city) {
            PlainBeijing.Outcome byHand = PLAIN.evaluate(city);
            assertThat(byEngine.indicators().stream().map(Indicator::status).toList()).as(who)
                    .isEqualTo(byHand.indicators());
            assertThat(byEngine.eligible()).as(who).isEqualTo(byHand.eligible());
            return byEngine;
        }
        PlainBeijing.Outcome byHand = PLAIN.evaluate((BeijingEnterprise) r.subject(), r.asOf());
        assertThat(byEngine.conditions()).as(who).singleElement()
                .satisfies(c -> assertThat(c.met()).isEqualTo(byHand.inScope()));
        assertThat(rows(byEngine)).as(who).isEqualTo(byHand.deadlines());
        List<PlainBeijing.Loan> loans = new ArrayList<>();
        byEngine.awards().forEach(a -> loans.add(new PlainBeijing.Loan(a.subjectId(), null)));
        byEngine.excluded().forEach(x -> loans.add(new PlainBeijing.Loan(x.subjectId(), x.reason().code())));
        loans.sort(Comparator.comparing(PlainBeijing.Loan::subjectId));
        assertThat(loans).as(who).isEqualTo(byHand.loans());
        assertThat(byEngine.eligible()).as(who).isEqualTo(byHand.eligible());
        return byEngine;
    }

    private static List<PlainBeijing.Row> rows(EvaluationResult r) {
        return r.deadlines().stream().map(d -> new PlainBeijing.Row(d.code(), d.subject(), d.status(), d.deadline(),
                d.workingDaysUsed(), d.workingDaysLate(), d.workingDaysLeft())).toList();
    }

    private static PlainBeijing.Row row(DeadlineStatus s, String deadline, Integer used, Integer late, Integer left) {
        return new PlainBeijing.Row("BJ_GREEN_CHANNEL_PRIORITY_EXAM", "2012100000001", s,
                deadline == null ? null : LocalDate.parse(deadline), used, late, left);
    }

    /** {complete, issued or null, as-of, status, deadline, used, late, left}, each worked out by hand. */
    private static final Object[][] CLOCK = {
        // the notice forwarded on 2012-12-14: a file complete the day before is not under the policy
        {"2012-12-13", "2012-12-20", "2013-03-01", DeadlineStatus.NOT_APPLICABLE, null, null, null, null},
        // complete Fri 2012-12-14 (in force that day): Mon 17 … Fri 21 = 5th working day
        {"2012-12-14", "2012-12-21", "2013-03-01", DeadlineStatus.ON_TIME, "2012-12-21", 5, 0, null},
        {"2012-12-14", "2012-12-24", "2013-03-01", DeadlineStatus.LATE, "2012-12-21", 6, 1, null},
        // 2013 元旦 (国办发明电〔2012〕33号): 1-1..1-3 rest, Sat 1-5 and Sun 1-6 work. Complete Fri 12-28:
        // 12-31 (1), 1-4 (2), 1-5 (3), 1-6 (4), 1-7 (5)
        {"2012-12-28", "2013-01-07", "2013-03-01", DeadlineStatus.ON_TIME, "2013-01-07", 5, 0, null},
        {"2012-12-28", "2013-01-08", "2013-03-01", DeadlineStatus.LATE, "2013-01-07", 6, 1, null},
        // 2013 春节: 2-9..2-15 rest, Sat 2-16 and Sun 2-17 work. Complete Thu 2-7: 2-8, 2-16, 2-17, 2-18, 2-19
        {"2013-02-07", "2013-02-19", "2013-03-01", DeadlineStatus.ON_TIME, "2013-02-19", 5, 0, null},
        {"2013-02-07", "2013-02-20", "2013-03-01", DeadlineStatus.LATE, "2013-02-19", 6, 1, null},
        // 2013 国庆 (RULES.md's example): Sun 9-29 and Sat 10-12 work, 10-1..10-7 rest; complete Fri 9-27
        {"2013-09-27", "2013-09-27", "2013-10-31", DeadlineStatus.ON_TIME, "2013-10-10", 0, 0, null},
        {"2013-09-27", "2013-09-28", "2013-10-31", DeadlineStatus.ON_TIME, "2013-10-10", 1, 0, null},
        {"2013-09-27", "2013-10-03", "2013-10-31", DeadlineStatus.ON_TIME, "2013-10-10", 3, 0, null},
        {"2013-09-27", "2013-10-09", "2013-10-31", DeadlineStatus.ON_TIME, "2013-10-10", 4, 0, null},
        {"2013-09-27", "2013-10-10", "2013-10-31", DeadlineStatus.ON_TIME, "2013-10-10", 5, 0, null},
        {"2013-09-27", "2013-10-11", "2013-10-31", DeadlineStatus.LATE, "2013-10-10", 6, 1, null},
        {"2013-09-27", "2013-10-12", "2013-10-31", DeadlineStatus.LATE, "2013-10-10", 7, 2, null},
        {"2013-09-27", "2013-10-13", "2013-10-31", DeadlineStatus.LATE, "2013-10-10", 8, 3, null},
        // not issued (or issued after the as-of day): pending to the deadline included, then overdue
        {"2013-09-27", null, "2013-10-07", DeadlineStatus.PENDING, "2013-10-10", null, null, 3},
        {"2013-09-27", null, "2013-10-09", DeadlineStatus.PENDING, "2013-10-10", null, null, 1},
        {"2013-09-27", "2013-10-12", "2013-10-10", DeadlineStatus.PENDING, "2013-10-10", null, null, 0},
        {"2013-09-27", null, "2013-10-11", DeadlineStatus.OVERDUE, "2013-10-10", null, 1, null},
        // the 2019 notice (国办发明电〔2018〕15号) rests 2018-12-30..2019-1-1 and makes Sat 2018-12-29 a working day:
        // complete Thu 12-27: 12-28 (1), 12-29 (2), 1-2 (3), 1-3 (4), 1-4 (5)
        {"2018-12-27", "2019-01-04", "2019-03-01", DeadlineStatus.ON_TIME, "2019-01-04", 5, 0, null},
        {"2018-12-27", "2019-01-07", "2019-03-01", DeadlineStatus.LATE, "2019-01-04", 6, 1, null},
        // 国发明电〔2015〕1号: 9-3..9-5 rest, Sun 9-6 work. Complete Tue 9-1: 9-2, 9-6, 9-7, 9-8, 9-9
        {"2015-09-01", "2015-09-09", "2015-12-31", DeadlineStatus.ON_TIME, "2015-09-09", 5, 0, null},
        {"2015-09-01", "2015-09-10", "2015-12-31", DeadlineStatus.LATE, "2015-09-09", 6, 1, null},
        // complete on a holiday (Sat 2013-10-05): 10-8, 10-9, 10-10, 10-11, 10-12 (the make-up Saturday) = 5th
        {"2013-10-05", "2013-10-12", "2013-10-31", DeadlineStatus.ON_TIME, "2013-10-12", 5, 0, null},
        {"2013-10-05", "2013-10-13", "2013-10-31", DeadlineStatus.LATE, "2013-10-12", 6, 1, null},
        // complete on the make-up Sunday 2013-09-29: 9-30, 10-8, 10-9, 10-10, 10-11
        {"2013-09-29", "2013-10-11", "2013-10-31", DeadlineStatus.ON_TIME, "2013-10-11", 5, 0, null},
        // complete on the as-of day: pending, all five left
        {"2013-09-27", null, "2013-09-27", DeadlineStatus.PENDING, "2013-10-10", null, null, 5},
    };

    @Test
    void theFiveWorkingDayClockAcrossHolidaysAndMakeUpDays() {
        for (Object[] c : CLOCK) {
            EvaluationResult r = agree(certificate((String) c[2], (String) c[0], (String) c[1]));
            assertThat(rows(r)).as(java.util.Arrays.toString(c)).containsExactly(row((DeadlineStatus) c[3],
                    (String) c[4], (Integer) c[5], (Integer) c[6], (Integer) c[7]));
        }
    }

    @Test
    void theEndOfTheBundledCalendarIsNotGuessed() {
        // the last bundled notice is for 2026; from 2026-12-25 a day needs the 2027 notice (a late-December make-up
        // day)
        EvaluationResult covered = agree(certificate("2027-01-31", "2026-12-17", "2026-12-24"));
        assertThat(rows(covered)).containsExactly(row(DeadlineStatus.ON_TIME, "2026-12-24", 5, 0, null));
        EvaluationResult beyond = agree(certificate("2027-01-31", "2026-12-18", null));
        assertThat(rows(beyond)).extracting(PlainBeijing.Row::status).containsExactly(DeadlineStatus.UNKNOWN);
        // complete Fri 12-18, issued Thu 12-24: 21, 22, 23 and the issue day = 4 used, within 5 whatever the 2027
        // notice makes of the days from 25 December, where the 5th would fall
        EvaluationResult issuedBefore = agree(certificate("2027-01-31", "2026-12-18", "2026-12-24"));
        assertThat(rows(issuedBefore)).containsExactly(row(DeadlineStatus.ON_TIME, null, 4, 0, null));
        // deadline known (Thu 2026-12-17: 11, 14, 15, 16, 17), passed; the days used or late run past the covered
        // calendar and are not counted
        EvaluationResult lateBeyond = agree(certificate("2027-01-31", "2026-12-10", "2027-01-05"));
        assertThat(rows(lateBeyond)).containsExactly(row(DeadlineStatus.LATE, "2026-12-17", null, null, null));
        EvaluationResult overdueBeyond = agree(certificate("2027-01-31", "2026-12-10", null));
        assertThat(rows(overdueBeyond)).containsExactly(row(DeadlineStatus.OVERDUE, "2026-12-17", null, null, null));
    }

    @Test
    void aFileCompleteAfterTheAsOfDayIsLeftOut() {
        EvaluationResult r = agree(certificate("2013-09-26", "2013-09-27", null));
        assertThat(r.deadlines()).isEmpty();
        assertThat(r.warnings()).isNotEmpty();
    }

    @Test
    void scopeOfTheEightIndustries() {
        String cert = ",\"greenChannel\":[{\"certificate\":\"NO_IP_VIOLATION\",\"subject\":\"A\","
                + "\"complete\":\"2013-09-27\",\"issued\":\"2013-10-10\"}]";
        Object[][] cases = {
            {"\"registeredInBeijing\":true,\"industries\":[\"OTHER\"]", false},
            {"\"registeredInBeijing\":true,\"industries\":[\"OTHER\",\"AEROSPACE\"]", true},
            {"\"registeredInBeijing\":false,\"industries\":[\"BIOLOGY\"]", false},
            {"\"registeredInBeijing\":true,\"industries\":[\"HIGH_END_EQUIPMENT\"]", true},
        };
        for (Object[] c : cases) {
            EvaluationResult r = agree(enterprise("2013-10-31", c[0] + cert));
            boolean in = (Boolean) c[1];
            assertThat(r.conditions().get(0).met()).as(c[0].toString()).isEqualTo(in);
            assertThat(r.deadlines().get(0).status()).as(c[0].toString())
                    .isEqualTo(in ? DeadlineStatus.ON_TIME : DeadlineStatus.NOT_APPLICABLE);
        }
    }

    @Test
    void pledgeLoanYears() {
        String loans = "\"registeredInBeijing\":true,\"industries\":[\"OTHER\"],\"pledgeLoans\":["
                + "{\"bank\":\"北京银行\",\"pledge\":\"PATENT\",\"interestPaid\":\"1000.00\",\"year\":2011},"
                + "{\"bank\":\"北京银行\",\"pledge\":\"TRADEMARK\",\"interestPaid\":\"1000.00\",\"year\":2013},"
                + "{\"bank\":\"北京银行\",\"pledge\":\"COPYRIGHT\",\"interestPaid\":\"1000.00\",\"year\":2014}]";
        EvaluationResult zgc = agree(enterprise("2013-12-31", "\"zhongguancun\":true," + loans));
        assertThat(zgc.awards()).extracting(a -> a.subjectId()).containsExactly("北京银行/2013");
        assertThat(zgc.excluded()).extracting(x -> x.subjectId() + " " + x.reason().code())
                .containsExactly("北京银行/2011 BEFORE_IN_FORCE");
        assertThat(zgc.eligible()).isTrue(); // out of the eight industries, but an award (amount open) is due
        EvaluationResult elsewhere = agree(enterprise("2013-12-31", "\"zhongguancun\":false," + loans));
        assertThat(elsewhere.awards()).isEmpty();
        assertThat(elsewhere.eligible()).isFalse();
    }

    /**
     * §3(1) interest of 0.00 yuan: 0.00 × any rate is nothing, so nothing is due with the rate open as with it set
     * (NOT_ELIGIBLE), and it makes no one out of the eight industries eligible; 0.01 yuan may be worth something.
     */
    @Test
    void pledgeLoanInterestOfNothing() {
        String loans = "\"registeredInBeijing\":true,\"industries\":[\"OTHER\"],\"zhongguancun\":true,"
                + "\"pledgeLoans\":[{\"bank\":\"北京银行\",\"pledge\":\"PATENT\",\"interestPaid\":\"0.00\",\"year\":2013}";
        EvaluationResult none = agree(enterprise("2013-12-31", loans + "]"));
        assertThat(none.awards()).isEmpty();
        assertThat(none.excluded()).extracting(x -> x.subjectId() + " " + x.reason().code())
                .containsExactly("北京银行/2013 NOT_ELIGIBLE");
        assertThat(none.eligible()).isFalse();
        EvaluationResult fen = agree(enterprise("2013-12-31", loans
                + ",{\"bank\":\"工商银行\",\"pledge\":\"PATENT\",\"interestPaid\":\"0.01\",\"year\":2013}]"));
        assertThat(fen.awards()).extracting(a -> a.subjectId()).containsExactly("工商银行/2013");
        assertThat(fen.eligible()).isTrue();
    }

    @Test
    void theTargetsAtExactlyDoubleAndTwoClusters() {
        Object[][] cases = {{"48000", "24000", 2, true}, {"47999", "24000", 2, false}, {"48000", "24000", 1, false},
            {"48001", "24000", 3, true}};
        for (Object[] c : cases) {
            EvaluationResult r = agree(Requests.json(ENGINE, "{\"policy\":\"beijing-2012\",\"asOf\":\"2016-03-31\","
                    + "\"city\":{\"name\":\"北京市\",\"figures\":{"
                    + "\"BJ_2015_SEI_INVENTION_HOLDINGS\":{\"actual\":" + c[0] + ",\"base2010\":" + c[1] + "},"
                    + "\"BJ_2015_SEI_PCT_APPLICATIONS\":{\"actual\":3000,\"base2010\":1500},"
                    + "\"BJ_2015_GLOBAL_CLUSTERS\":" + c[2] + "}}}"));
            assertThat(r.eligible()).as(java.util.Arrays.toString(c)).isEqualTo(c[3]);
            assertThat(r.indicators().get(1).status()).isEqualTo(IndicatorStatus.MET); // 3000 = 2 × 1500
        }
    }

    /**
     * Seeded requests whose files become complete in the ten days before each day a State Council notice adjusts
     * (2012-12 to 2026-12), issued on any of the next sixteen days or not yet, evaluated on any of the next twenty
     * (or after the calendar's end): the clock's edges in every bundled year, against the baseline's day-by-day walk.
     */
    @Test
    void randomFilesAroundEveryAdjustedDay() {
        WorkingDayCalendar calendar = WorkingDayCalendar.china();
        List<LocalDate> adjusted = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2012, 12, 1); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusDays(1)) {
            if (calendar.adjustment(d).isPresent()) {
                adjusted.add(d);
            }
        }
        assertThat(adjusted).hasSizeGreaterThan(300);
        // the calendar's end (from 2026-12-25 a day needs the 2027 notice) as an anchor too: files whose counts reach
        // it, decided where the days not covered cannot change the status and UNKNOWN where they can
        for (int k = 0; k < 12; k++) {
            adjusted.add(LocalDate.of(2026, 12, 31));
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(20121214L);
        java.util.EnumMap<DeadlineStatus, Integer> seen = new java.util.EnumMap<>(DeadlineStatus.class);
        for (int i = 0; i < 500; i++) {
            StringBuilder certs = new StringBuilder();
            LocalDate anchor = adjusted.get(random.nextInt(adjusted.size()));
            LocalDate firstComplete = null;
            int n = 1 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                LocalDate complete = anchor.minusDays(random.nextInt(10));
                firstComplete = firstComplete == null || complete.isBefore(firstComplete) ? complete : firstComplete;
                LocalDate issued = random.nextInt(10) < 3 ? null : complete.plusDays(random.nextInt(17));
                certs.append(k == 0 ? "" : ",").append("{\"certificate\":\"")
                        .append(random.nextBoolean() ? "PRIORITY_EXAMINATION" : "NO_IP_VIOLATION")
                        .append("\",\"subject\":\"2013").append(k).append("\",\"complete\":\"").append(complete)
                        .append('"').append(issued == null ? "" : ",\"issued\":\"" + issued + "\"").append('}');
            }
            LocalDate asOf = random.nextInt(20) == 0 ? LocalDate.of(2027, 1, 31)
                    : firstComplete.plusDays(random.nextInt(22) - 1);
            String industries = random.nextInt(10) == 0 ? "[\"OTHER\"]" : "[\"BIOLOGY\"]";
            EvaluationResult r = agree(enterprise(asOf.toString(), "\"registeredInBeijing\":true,\"industries\":"
                    + industries + ",\"greenChannel\":[" + certs + "]"));
            r.deadlines().forEach(d -> seen.merge(d.status(), 1, Integer::sum));
        }
        // the draw must reach every status, or agreement proves little
        assertThat(seen.keySet()).containsExactlyInAnyOrder(DeadlineStatus.values());
    }
}
