package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.InvalidRequestException;
import io.iprules.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A request's problem list is bounded in length, whatever the request (issue #10). */
class ProblemsBoundTest {
    @Test
    void problemsAreCountedNotKeptBeyondAHundred() {
        Problems p = Problems.root("applicant");
        for (int i = 0; i < 340_000; i++) {
            p.add("f" + i, io.iprules.Text.bilingual("有误", "is wrong"));
        }
        List<Problem> list = p.list();
        assertThat(list).hasSize(101);
        assertThat(list.get(99).toString()).isEqualTo("applicant.f99: is wrong");
        assertThat(list.get(100).message()).isEqualTo("…and 339,900 more");
        assertThat(list.get(100).chinese()).isEqualTo("……另有 339,900 项问题");
        assertThatThrownBy(p::throwIfAny).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.problems()).hasSize(101));
    }
}
