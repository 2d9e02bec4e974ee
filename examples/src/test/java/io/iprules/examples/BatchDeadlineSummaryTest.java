package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.iprules.Deadline;
import io.iprules.DeadlineStatus;
import io.iprules.EvaluationResult;
import io.iprules.Language;
import io.iprules.batch.BatchSummary;
import io.iprules.batch.Budget;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batch summary counts deadlines by status, per policy, in the text (both languages) and the JSON. */
class BatchDeadlineSummaryTest {
    private static final LocalDate D = LocalDate.of(2027, 1, 4);

    private static EvaluationResult application(DeadlineStatus... statuses) {
        EvaluationResult.Builder b = EvaluationResult.builder("green-2012", D, "x").eligible(false);
        for (DeadlineStatus s : statuses) {
            b.deadline(new Deadline("GREEN", "x", s, null, null, null, null, null, null, List.of(), "green-2012 §2",
                    null));
        }
        return b.build();
    }

    private static BatchSummary summary() {
        Budget b = new Budget();
        b.add(application(DeadlineStatus.ON_TIME, DeadlineStatus.UNKNOWN));
        b.add(application(DeadlineStatus.ON_TIME, DeadlineStatus.LATE));
        b.add(application(DeadlineStatus.PENDING, DeadlineStatus.OVERDUE));
        b.add(application(DeadlineStatus.NOT_APPLICABLE, DeadlineStatus.UNKNOWN));
        b.add(EvaluationResult.builder("other-2020", D, "y").eligible(true).build());
        return new BatchSummary(5, 5, 0, 0, b, 10);
    }

    @Test
    void theTextSaysHowManyDeadlinesStandWhere() {
        String en = BatchCommand.summary(summary(), Language.EN);
        assertThat(en).contains("green-2012: 4 evaluated, 0 eligible; deadlines 2 on time, 1 late, 1 pending, "
                + "1 overdue, 1 not applicable, 2 unknown\n");
        assertThat(en).contains("other-2020: 1 evaluated, 1 eligible\n");
        assertThat(BatchCommand.summary(summary(), Language.ZH))
                .contains(";期限 按期 2,逾期办结 1,未到期 1,已逾期 1,不适用 1,未知 2\n");
    }

    @Test
    void theJsonCountsThemPerPolicyAndInAll() {
        JsonNode j = BatchCommand.json(summary());
        JsonNode green = j.get("byPolicy").get("green-2012").get("deadlines");
        assertThat(green.get("ON_TIME").asLong()).isEqualTo(2);
        assertThat(green.get("LATE").asLong()).isEqualTo(1);
        assertThat(green.get("PENDING").asLong()).isEqualTo(1);
        assertThat(green.get("OVERDUE").asLong()).isEqualTo(1);
        assertThat(green.get("NOT_APPLICABLE").asLong()).isEqualTo(1);
        assertThat(green.get("UNKNOWN").asLong()).isEqualTo(2);
        assertThat(j.get("byPolicy").get("other-2020").has("deadlines")).isFalse();
        assertThat(j.get("deadlines")).isEqualTo(green);
    }
}
