package io.iprules.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Award;
import io.iprules.Comparison;
import io.iprules.EvaluationResult;
import io.iprules.Indicator;
import io.iprules.IndicatorStatus;
import io.iprules.ParameterUnit;
import io.iprules.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a set of results adds up to: money per code, and per policy the verdicts and the indicators. */
class BudgetTest {
    private static final LocalDate D = LocalDate.of(2013, 12, 31);

    private static Award award(String code, String amount) {
        return new Award(code, "s", Text.plain("s"), D, amount == null ? null : new BigDecimal(amount),
                amount == null ? "P" : null, "p §1", Text.plain("r"));
    }

    static Indicator indicator(IndicatorStatus status) {
        BigDecimal actual = status == IndicatorStatus.UNKNOWN ? null
                : status == IndicatorStatus.MET ? BigDecimal.TEN : BigDecimal.ONE;
        return new Indicator("I", Text.plain("i"), status, ParameterUnit.COUNT, Comparison.AT_LEAST, BigDecimal.TEN,
                ">= 10", actual, BigDecimal.TEN, Indicator.progress(actual, BigDecimal.TEN), null, "p §3", "s", null);
    }

    private static EvaluationResult assessment(boolean eligible, IndicatorStatus... statuses) {
        EvaluationResult.Builder b = EvaluationResult.builder("county", D, "x").eligible(eligible);
        for (IndicatorStatus s : statuses) {
            b.indicator(indicator(s));
        }
        return b.build();
    }

    /**
     * What a budget hands out is what it held when asked, and a summary keeps its own budget: a caller adding to
     * what it was given (or to the budget it built the summary from) changes neither.
     */
    @Test
    void whatABudgetHandsOutDoesNotChangeAfterwards() {
        Budget b = new Budget();
        EvaluationResult r = EvaluationResult.builder("p", D, "甲").award(award("A", "200000.00")).build();
        b.add(r);
        Map<String, Budget.Line> byCode = b.byCode();
        b.add(r);
        assertThat(byCode.get("A").amount()).isEqualByComparingTo("200000.00");
        assertThat(b.byCode().get("A").amount()).isEqualByComparingTo("400000.00");

        BatchSummary s = new BatchSummary(2, 2, 0, 0, b, 1);
        b.add(r);
        s.budget().add(r);
        assertThat(s.budget().total()).isEqualByComparingTo("400000.00");
        assertThat(s.budget().byCode().get("A").determined()).isEqualTo(2);
        java.util.List<DuplicateApplicants.Repeat> repeats = new java.util.ArrayList<>();
        DuplicateApplicants d = new DuplicateApplicants(0, BigDecimal.ZERO, repeats);
        repeats.add(new DuplicateApplicants.Repeat("p", "name", "甲", 1, 2, BigDecimal.ONE));
        assertThat(d.repeats()).isEmpty();
    }

    @Test
    void indicatorsAreCountedPerPolicyByStatus() {
        Budget b = new Budget();
        b.add(assessment(false, IndicatorStatus.MET, IndicatorStatus.NOT_MET, IndicatorStatus.UNKNOWN,
                IndicatorStatus.UNKNOWN));
        b.add(assessment(true, IndicatorStatus.MET, IndicatorStatus.MET));
        b.add(EvaluationResult.builder("subsidy", D, "y").eligible(true).award(award("A", "5.00")).build());
        assertThat(b.indicatorsByPolicy()).isEqualTo(Map.of("county", new Budget.IndicatorCounts(3, 1, 2)));
        assertThat(b.indicatorsByPolicy().get("county").total()).isEqualTo(6);
        assertThat(b.evaluatedByPolicy()).isEqualTo(Map.of("county", 2L, "subsidy", 1L));
        assertThat(b.eligibleByPolicy()).isEqualTo(Map.of("county", 1L, "subsidy", 1L));
        assertThat(b.hasAwards()).isTrue();
    }

    @Test
    void aPolicyIsAnAssessmentWhenAnyIndicatorWasAssessedWhateverItsStatus() {
        Budget b = new Budget();
        b.add(EvaluationResult.builder("all-failed", D, "x").indicator(indicator(IndicatorStatus.NOT_MET))
                .indicator(indicator(IndicatorStatus.NOT_MET)).build());
        b.add(EvaluationResult.builder("all-unknown", D, "x").indicator(indicator(IndicatorStatus.UNKNOWN)).build());
        assertThat(b.indicatorsByPolicy()).isEqualTo(Map.of("all-failed", new Budget.IndicatorCounts(0, 2, 0),
                "all-unknown", new Budget.IndicatorCounts(0, 0, 1)));
    }

    /**
     * One policy's enterprises (which qualify or not, without targets) and cities (which meet every target or not): a
     * batch of two enterprises that qualify, one that does not, a city meeting both its targets and one meeting one of
     * two had said "every target met in 3", the qualifying enterprises added to the one city. Counted apart: of the
     * 5, 3 eligible, 2 of them of the 3 without targets and 1 of the 2 with targets; so a resumed run counts its kept
     * lines, and two budgets merged.
     */
    @Test
    void resultsWithTargetsAreCountedApartFromThoseWithout() throws Exception {
        Budget b = new Budget();
        b.add(EvaluationResult.builder("beijing", D, "甲").eligible(true).build());
        b.add(EvaluationResult.builder("beijing", D, "乙").eligible(true).build());
        b.add(EvaluationResult.builder("beijing", D, "丙").eligible(false).build());
        b.add(EvaluationResult.builder("beijing", D, "市").eligible(true).indicator(indicator(IndicatorStatus.MET))
                .indicator(indicator(IndicatorStatus.MET)).build());
        Budget other = new Budget();
        other.addWritten(new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"policy\":\"beijing\","
                + "\"eligible\":false,\"total\":\"0.00\",\"indicators\":[{\"status\":\"MET\"},"
                + "{\"status\":\"NOT_MET\"}],\"indicatorSummary\":{\"met\":1,\"notMet\":1,\"unknown\":0}}"),
                (policy, reason) -> false);
        other.addWritten(new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"policy\":\"subsidy\","
                + "\"eligible\":true,\"total\":\"0.00\",\"indicators\":[]}"), (policy, reason) -> false);
        b.merge(other);
        assertThat(b.evaluatedByPolicy()).isEqualTo(Map.of("beijing", 5L, "subsidy", 1L));
        assertThat(b.eligibleByPolicy()).isEqualTo(Map.of("beijing", 3L, "subsidy", 1L));
        assertThat(b.targetsByPolicy()).isEqualTo(Map.of("beijing", new Budget.Targets(2, 1)));
        assertThat(new BatchSummary(6, 6, 0, 0, b, 0).toJson().path("byPolicy").path("beijing").toString())
                .isEqualTo("{\"evaluated\":5,\"eligible\":3,\"targets\":{\"results\":2,\"everyTargetMet\":1},"
                        + "\"indicators\":{\"met\":3,\"notMet\":1,\"unknown\":0}}");
    }

    @Test
    void applicationsAndAssessmentsHaveNoBudget() {
        Budget b = new Budget();
        assertThat(b.hasAwards()).isFalse();
        b.add(assessment(true, IndicatorStatus.MET));
        assertThat(b.hasAwards()).isFalse();
        assertThat(b.total()).isEqualTo(new BigDecimal("0.00"));
        // a policy whose results had no indicators is not listed among the assessments
        b.add(EvaluationResult.builder("application", D, "c").eligible(false).build());
        assertThat(b.indicatorsByPolicy()).containsOnlyKeys("county");
        assertThat(b.eligibleByPolicy()).isEqualTo(Map.of("county", 1L, "application", 0L));
    }

    private static io.iprules.Deadline deadline(io.iprules.DeadlineStatus status) {
        return new io.iprules.Deadline("DL", "s", status, null, null, null, null, null, null, java.util.List.of(),
                "p §2", null);
    }

    private static EvaluationResult application(String policy, io.iprules.DeadlineStatus... statuses) {
        EvaluationResult.Builder b = EvaluationResult.builder(policy, D, "x").eligible(false);
        for (io.iprules.DeadlineStatus s : statuses) {
            b.deadline(deadline(s));
        }
        return b.build();
    }

    @Test
    void deadlinesAreCountedPerPolicyByStatusAndMerge() throws Exception {
        Budget b = new Budget();
        b.add(application("green", io.iprules.DeadlineStatus.ON_TIME, io.iprules.DeadlineStatus.UNKNOWN));
        b.add(application("green", io.iprules.DeadlineStatus.LATE, io.iprules.DeadlineStatus.PENDING,
                io.iprules.DeadlineStatus.OVERDUE, io.iprules.DeadlineStatus.NOT_APPLICABLE,
                io.iprules.DeadlineStatus.UNKNOWN));
        b.add(application("none"));
        assertThat(b.deadlinesByPolicy()).isEqualTo(Map.of("green", new Budget.DeadlineCounts(1, 1, 1, 1, 1, 2)));
        Budget other = new Budget();
        other.add(application("letters", io.iprules.DeadlineStatus.LATE));
        // a resumed run counts the kept lines from their JSON
        other.addWritten(new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"policy\":\"green\","
                + "\"eligible\":false,\"total\":\"0.00\",\"deadlines\":[{\"status\":\"ON_TIME\"},"
                + "{\"status\":\"OVERDUE\"}]}"), (policy, reason) -> false);
        b.merge(other);
        assertThat(b.deadlinesByPolicy()).isEqualTo(Map.of("green", new Budget.DeadlineCounts(2, 1, 1, 2, 1, 2),
                "letters", new Budget.DeadlineCounts(0, 1, 0, 0, 0, 0)));
        assertThat(b.deadlines()).isEqualTo(new Budget.DeadlineCounts(2, 2, 1, 2, 1, 2));
        assertThat(b.deadlines().total()).isEqualTo(10);
        assertThat(b.deadlines().of(io.iprules.DeadlineStatus.UNKNOWN)).isEqualTo(2);
        assertThat(new Budget().deadlines()).isEqualTo(Budget.DeadlineCounts.NONE);
    }

    @Test
    void itemsAwaitingTheApplicantAreKeptApartFromTheTotalAndMerge() throws Exception {
        io.iprules.ExclusionReason choice = new io.iprules.ExclusionReason("CHOICE_REQUIRED", "p §7", Text.plain("c"),
                true);
        io.iprules.ExclusionReason paid = new io.iprules.ExclusionReason("ALREADY_PAID", "p §7", Text.plain("p"));
        Budget b = new Budget();
        b.add(EvaluationResult.builder("p", D, "a").eligible(true).award(award("A", "10.00"))
                .exclusion(new io.iprules.Exclusion("G", "s", Text.plain("s"), D, new BigDecimal("300.00"), choice,
                        "p §7", "p §1", Text.plain("x")))
                .exclusion(new io.iprules.Exclusion("A", "t", Text.plain("t"), D, new BigDecimal("50.00"), paid,
                        "p §7", "p §1", Text.plain("x")))
                .build());
        assertThat(b.total()).isEqualByComparingTo("10.00");
        assertThat(b.awaitingApplicant()).isEqualTo(Map.of("G",
                new Budget.Awaiting("G", 1, new BigDecimal("300.00"), 0)));
        Budget other = new Budget();
        // a kept line read back: its reasons are codes, which the batch's policies tell apart
        other.addWritten(new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"policy\":\"p\","
                + "\"eligible\":false,\"total\":\"0.00\",\"excluded\":[{\"code\":\"G\",\"amount\":\"200.00\","
                + "\"reason\":\"CHOICE_REQUIRED\"},{\"code\":\"H\",\"reason\":\"CHOICE_REQUIRED\"},"
                + "{\"code\":\"A\",\"amount\":\"50.00\",\"reason\":\"ALREADY_PAID\"}]}"),
                (policy, reason) -> policy.equals("p") && reason.equals("CHOICE_REQUIRED"));
        b.merge(other);
        assertThat(b.awaitingApplicant()).isEqualTo(Map.of(
                "G", new Budget.Awaiting("G", 2, new BigDecimal("500.00"), 0),
                "H", new Budget.Awaiting("H", 1, new BigDecimal("0.00"), 1))); // no amount given: counted, not summed
        assertThat(b.awaitingApplicantInAll()).isEqualTo(new Budget.Awaiting("", 3, new BigDecimal("500.00"), 1));
        assertThat(b.total()).isEqualByComparingTo("10.00");
        com.fasterxml.jackson.databind.JsonNode json = new BatchSummary(2, 2, 0, 0, b, 0).toJson().path("budget");
        assertThat(json.path("awaitingApplicant").toString()).isEqualTo("{\"items\":3,\"amount\":\"500.00\","
                + "\"undetermined\":1,\"byCode\":{\"G\":{\"items\":2,\"amount\":\"500.00\",\"undetermined\":0},"
                + "\"H\":{\"items\":1,\"amount\":\"0.00\",\"undetermined\":1}}}");
        assertThat(new BatchSummary(0, 0, 0, 0, new Budget(), 0).toJson().path("budget").has("awaitingApplicant"))
                .isFalse();
    }

    @Test
    void budgetsMerge() {
        Budget one = new Budget();
        one.add(EvaluationResult.builder("p", D, "a").eligible(true).award(award("A", "10.00"))
                .award(award("B", null)).build());
        one.add(assessment(false, IndicatorStatus.NOT_MET));
        Budget two = new Budget();
        two.add(EvaluationResult.builder("p", D, "b").eligible(true).award(award("A", "2.50")).build());
        two.add(assessment(true, IndicatorStatus.MET, IndicatorStatus.UNKNOWN));
        one.merge(two);
        assertThat(one.total()).isEqualByComparingTo("12.50");
        assertThat(one.byCode().get("A")).isEqualTo(new Budget.Line("A", new BigDecimal("12.50"), 2, 0));
        assertThat(one.byCode().get("B")).isEqualTo(new Budget.Line("B", new BigDecimal("0.00"), 0, 1));
        assertThat(one.determined()).isEqualTo(2);
        assertThat(one.undetermined()).isEqualTo(1);
        assertThat(one.evaluatedByPolicy()).isEqualTo(Map.of("p", 2L, "county", 2L));
        assertThat(one.eligibleByPolicy()).isEqualTo(Map.of("p", 2L, "county", 1L));
        assertThat(one.indicatorsByPolicy()).isEqualTo(Map.of("county", new Budget.IndicatorCounts(1, 1, 1)));
        // the other is unchanged
        assertThat(two.total()).isEqualByComparingTo("2.50");
        assertThat(two.evaluatedByPolicy()).isEqualTo(Map.of("p", 1L, "county", 1L));
    }

    @Test
    void aSummaryIsCompleteWhenEveryLineIsAccountedFor() {
        assertThat(new BatchSummary(5, 2, 2, 1, new Budget(), 0).complete()).isTrue();
        assertThat(new BatchSummary(5, 2, 2, 0, new Budget(), 0).complete()).isFalse();
        assertThat(new BatchSummary(5, 3, 2, 1, new Budget(), 0).complete()).isFalse();
    }

    @Test
    void theSummaryJsonGivesEachPolicyItsCountsAndTheRepeatsBeyondThoseListed() {
        Budget b = new Budget();
        b.add(application("green", io.iprules.DeadlineStatus.ON_TIME, io.iprules.DeadlineStatus.OVERDUE));
        b.add(assessment(true, IndicatorStatus.MET, IndicatorStatus.UNKNOWN));
        DuplicateApplicants d = new DuplicateApplicants(3, new BigDecimal("7.00"), java.util.List.of(
                new DuplicateApplicants.Repeat("county", "name", "甲", 1, 2, new BigDecimal("7.00")),
                new DuplicateApplicants.Repeat("green", "creditCode", "C1", 3, 4, null)));
        com.fasterxml.jackson.databind.node.ObjectNode json = new BatchSummary(2, 2, 0, 0, b, 5, d).toJson();
        String greenDeadlines = "{\"ON_TIME\":1,\"LATE\":0,\"PENDING\":0,\"OVERDUE\":1,\"NOT_APPLICABLE\":0,"
                + "\"UNKNOWN\":0}";
        assertThat(json.path("byPolicy").toString()).isEqualTo("{\"county\":{\"evaluated\":1,\"eligible\":1,"
                + "\"targets\":{\"results\":1,\"everyTargetMet\":1},"
                + "\"indicators\":{\"met\":1,\"notMet\":0,\"unknown\":1}},"
                + "\"green\":{\"evaluated\":1,\"eligible\":0,\"deadlines\":" + greenDeadlines + "}}");
        assertThat(json.path("deadlines").toString()).isEqualTo(greenDeadlines);
        assertThat(json.path("duplicates").toString()).isEqualTo("{\"count\":3,\"amount\":\"7.00\",\"repeats\":["
                + "{\"line\":2,\"firstLine\":1,\"policy\":\"county\",\"name\":\"甲\",\"total\":\"7.00\"},"
                + "{\"line\":4,\"firstLine\":3,\"policy\":\"green\",\"creditCode\":\"C1\",\"total\":null}],"
                + "\"omitted\":1}");
        // a check whose memory was full says how many lines it could not remember; one that was not, nothing more
        DuplicateApplicants full = new DuplicateApplicants(3, d.amount(), d.repeats(), 40);
        assertThat(new BatchSummary(2, 2, 0, 0, b, 5, full).toJson().path("duplicates").toString())
                .endsWith(",\"omitted\":1,\"unchecked\":40}");
        // no deadline anywhere: no deadlines written
        Budget assessments = new Budget();
        assessments.add(assessment(false, IndicatorStatus.NOT_MET));
        assertThat(new BatchSummary(1, 1, 0, 0, assessments, 0).toJson().has("deadlines")).isFalse();
    }

    /**
     * An award whose amount is known but whose eligibility waits for an open parameter promises no money: in the
     * budget it is undetermined, not determined, and its amount is in neither the total nor its code's line. One
     * result with 100,000.00 decided (code A) and 50,000.00 waiting on a threshold (code B): total 100,000.00,
     * determined 1, undetermined 1, of which 1 with its eligibility open; A 100,000.00 (1, 0), B 0.00 (0, 1). The
     * same result written by the JSON contract and read back as a resumed run reads its kept lines gives the same
     * budget, and the summary JSON says so.
     */
    @Test
    void anAwardWhoseEligibilityIsOpenIsUndeterminedInTheBudget() throws Exception {
        EvaluationResult r = EvaluationResult.builder("p", D, "甲").eligible(true).award(award("A", "100000.00"))
                .award(new Award("B", "t", Text.plain("t"), D, new BigDecimal("50000.00"), null, "p §2",
                        Text.plain("r"), "B.THRESHOLD"))
                .build();
        Budget b = new Budget();
        b.add(r);
        assertThat(b.total()).isEqualByComparingTo("100000.00");
        assertThat(b.determined()).isEqualTo(1);
        assertThat(b.undetermined()).isEqualTo(1);
        assertThat(b.eligibilityUndetermined()).isEqualTo(1);
        assertThat(b.byCode()).isEqualTo(Map.of("A", new Budget.Line("A", new BigDecimal("100000.00"), 1, 0),
                "B", new Budget.Line("B", new BigDecimal("0.00"), 0, 1)));
        assertThat(b.copy().eligibilityUndetermined()).isEqualTo(1);

        io.iprules.RulesEngine engine = org.mockito.Mockito.mock(io.iprules.RulesEngine.class);
        String line = new io.iprules.json.JsonContract(engine).write(r, io.iprules.Language.ZH, false);
        Budget read = new Budget();
        read.addWritten(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line), (policy, reason) -> false);
        assertThat(read.total()).isEqualByComparingTo("100000.00");
        assertThat(read.byCode()).isEqualTo(b.byCode());
        assertThat(read.determined()).isEqualTo(1);
        assertThat(read.undetermined()).isEqualTo(1);
        assertThat(read.eligibilityUndetermined()).isEqualTo(1);

        com.fasterxml.jackson.databind.JsonNode json = new BatchSummary(1, 1, 0, 0, b, 0).toJson().path("budget");
        assertThat(json.toString()).startsWith("{\"total\":\"100000.00\",\"determined\":1,\"undetermined\":1,"
                + "\"eligibilityUndetermined\":1,\"byCode\":{\"A\":{\"amount\":\"100000.00\",\"determined\":1,"
                + "\"undetermined\":0},\"B\":{\"amount\":\"0.00\",\"determined\":0,\"undetermined\":1}}");
        // a budget with no eligibility open writes no such count: other summaries are unchanged
        Budget plain = new Budget();
        plain.add(EvaluationResult.builder("p", D, "乙").award(award("A", "1.00")).award(award("C", null)).build());
        assertThat(plain.eligibilityUndetermined()).isZero();
        assertThat(new BatchSummary(1, 1, 0, 0, plain, 0).toJson().path("budget").has("eligibilityUndetermined"))
                .isFalse();
    }
}
