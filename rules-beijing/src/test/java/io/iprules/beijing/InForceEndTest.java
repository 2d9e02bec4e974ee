package io.iprules.beijing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.iprules.ConfigurationException;
import io.iprules.Language;
import io.iprules.RulesEngine;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The end a deployment sets (BJ_IN_FORCE_UNTIL, reading in-force) against the day the opinions took force, the
 * forwarding notice's 2012-12-14: the day before is refused when the engine starts, the day itself is an end.
 */
class InForceEndTest {
    /** A deployment's parameter file setting the end to each of {@code ends}, from 2030, 2031… on. */
    private static RulesEngine.Builder endingOn(LocalDate... ends) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < ends.length; i++) {
            values.append(i == 0 ? "" : ", ").append("{\"from\": \"").append(2030 + i).append("-01-01\", \"value\": \"")
                    .append(ends[i]).append("\", \"source\": \"test: an illustrative repeal\"}");
        }
        String json = "{\"beijing-2012\": {\"BJ_IN_FORCE_UNTIL\": [" + values + "]}}";
        return RulesEngine.builder().parameters("deployment.json",
                new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void anEndTheDayBeforeTheOpinionsTookForceIsRefusedWhenTheEngineStarts() {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                () -> endingOn(LocalDate.of(2012, 12, 13)).build());
        assertThat(e.inParameters()).as("the deployment's mistake").isTrue();
        // the file that set the value first, as a unit's refusal names it
        assertThat(e.message(Language.EN)).isEqualTo("deployment.json: beijing-2012.BJ_IN_FORCE_UNTIL[0].value: "
                + "2012-12-13 is before 2012-12-14, the day the opinions took force (beijing-2012 转发通知): the last "
                + "day in force cannot come before it");
        assertThat(e.message(Language.ZH)).isEqualTo("deployment.json: beijing-2012.BJ_IN_FORCE_UNTIL[0].value: "
                + "2012-12-13 早于本实施意见施行之日 2012-12-14(beijing-2012 转发通知):最后有效日不能早于施行之日");
    }

    @Test
    void anEndOnTheDayTheOpinionsTookForceIsAnEnd() {
        RulesEngine engine = endingOn(LocalDate.of(2012, 12, 14)).build();
        assertThat(engine.policy(Beijing2012.ID).parameters()).filteredOn(p -> p.name().equals("BJ_IN_FORCE_UNTIL"))
                .singleElement().satisfies(p -> assertThat(p.values()).singleElement()
                        .satisfies(v -> assertThat(v.value()).isEqualTo("2012-12-14")));
    }

    @Test
    void everyValueIsCheckedAndTheOneBeforeTheStartIsNamed() {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                () -> endingOn(LocalDate.of(2030, 6, 30), LocalDate.of(2011, 12, 31)).build());
        assertThat(e.message(Language.EN))
                .startsWith("deployment.json: beijing-2012.BJ_IN_FORCE_UNTIL[1].value: 2011-12-31 is before");
    }
}
