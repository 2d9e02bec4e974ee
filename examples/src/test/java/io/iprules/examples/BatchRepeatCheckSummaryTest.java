package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Language;
import io.iprules.batch.BatchSummary;
import io.iprules.batch.Budget;
import io.iprules.batch.DuplicateApplicants;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The summary says, in both languages and in the JSON, how many lines the check for repeated applicants could not
 * remember once its memory was full, and what to do; a check that remembered every applicant adds nothing.
 */
class BatchRepeatCheckSummaryTest {

    private static BatchSummary summary(long unchecked) {
        return new BatchSummary(3, 3, 0, 0, new Budget(), 10,
                new DuplicateApplicants(0, new BigDecimal("0.00"), List.of(), unchecked));
    }

    @Test
    void linesTheCheckCouldNotRememberAreCountedWithWhatToDo() {
        assertThat(BatchCommand.summary(summary(1234), Language.EN)).endsWith("Repeated applicants: 1,234 line(s) "
                + "not fully checked: the check’s memory (a quarter of Java’s) was full, so their applicants were not "
                + "remembered and a repeat among them is not flagged; give Java more memory (e.g. java -Xmx2g -jar "
                + "ip-rules.jar …, or JAVA_OPTS=-Xmx2g for bin/ip-rules) to check them all\n");
        assertThat(BatchCommand.summary(summary(1234), Language.ZH)).endsWith("重复申报核对未覆盖 1,234 行:"
                + "核对所用内存(Java 内存的四分之一)已满,这些行的申请人未被记住,它们之间的重复不会被发现;"
                + "给 Java 更多内存(如 java -Xmx2g -jar ip-rules.jar …,用 bin/ip-rules 时设 JAVA_OPTS=-Xmx2g)即可全部核对\n");
        assertThat(BatchCommand.json(summary(1234)).get("duplicates").get("unchecked").asLong()).isEqualTo(1234);
    }

    @Test
    void aCheckThatRememberedEveryApplicantAddsNothing() {
        assertThat(BatchCommand.summary(summary(0), Language.EN)).doesNotContain("not fully checked");
        assertThat(BatchCommand.summary(summary(0), Language.ZH)).doesNotContain("核对未覆盖");
        assertThat(BatchCommand.json(summary(0)).get("duplicates").has("unchecked")).isFalse();
    }

    /**
     * A batch without awards prints no budget (a batch of applications or assessments): its repeats are listed
     * without "their 0.00 yuan would count twice in the budget above", which pointed at nothing, and without a sum
     * per repeat; with a budget, the repeat says what it would count twice.
     */
    @Test
    void repeatsInABatchWithoutABudgetAreNamedWithoutMoney() {
        BatchSummary none = new BatchSummary(2, 2, 0, 0, new Budget(), 10, new DuplicateApplicants(1,
                new BigDecimal("0.00"), List.of(new DuplicateApplicants.Repeat("anning-2022", "name", "安宁市", 1, 2,
                null))));
        assertThat(BatchCommand.summary(none, Language.ZH)).doesNotContain("预算", "元")
                .endsWith("重复申报:1 行与前面某行为同一申请人\n  第 2 行与第 1 行重复:安宁市(name,anning-2022)\n");
        assertThat(BatchCommand.summary(none, Language.EN)).doesNotContain("budget", "yuan")
                .endsWith("Repeated applicants: 1 line(s) repeating an applicant met earlier\n"
                        + "  line 2 repeats line 1: 安宁市 (name, anning-2022)\n");
    }
}
