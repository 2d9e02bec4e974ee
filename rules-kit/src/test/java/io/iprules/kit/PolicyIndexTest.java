package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.PolicyDescription;
import io.iprules.SubjectKind;
import io.iprules.Text;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A policy's index (its parameters parsed, its codes and targets placed) is made once per description: two engines
 * of one policy used in turn (one with a deployment's parameters, one without) each keep theirs.
 */
class PolicyIndexTest {
    private static final LocalDate D = LocalDate.of(2020, 8, 1);

    /** A description of policy {@code id}: each test its own id, as the index is kept per policy for the JVM. */
    private static PolicyDescription description(String id) {
        return new PolicyDescription(id, Text.plain("p"), null, D, D, null, id + " §9", "1",
                List.of(), List.of(), List.of(new SubjectKind("applicant", String.class, Text.plain("a"))));
    }

    @Test
    void descriptionsUsedInTurnKeepTheirIndex() {
        PolicyDescription plain = description("index-test-1");
        PolicyDescription deployed = description("index-test-1");
        Decision.PolicyIndex first = Decision.PolicyIndex.of(plain);
        Decision.PolicyIndex second = Decision.PolicyIndex.of(deployed);
        assertThat(second).isNotSameAs(first);
        for (int i = 0; i < 3; i++) {
            assertThat(Decision.PolicyIndex.of(plain)).isSameAs(first);
            assertThat(Decision.PolicyIndex.of(deployed)).isSameAs(second);
        }
    }

    @Test
    void onlyTheLatestFewAreKept() {
        PolicyDescription oldest = description("index-test-2");
        Decision.PolicyIndex first = Decision.PolicyIndex.of(oldest);
        for (int i = 0; i < Decision.PolicyIndex.KEPT; i++) {
            Decision.PolicyIndex.of(description("index-test-2"));
        }
        Decision.PolicyIndex again = Decision.PolicyIndex.of(oldest);
        assertThat(again).isNotSameAs(first); // dropped, and made again for its description
        assertThat(again.policy()).isSameAs(oldest);
        assertThat(Decision.PolicyIndex.of(oldest)).isSameAs(again);
    }
}
