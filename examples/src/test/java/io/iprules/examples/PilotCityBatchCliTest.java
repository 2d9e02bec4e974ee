package io.iprules.examples;

import static io.iprules.examples.CliTest.run;
import static io.iprules.examples.CliTest.withInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code ip-rules generate pilot-city-2017 | ip-rules batch -}: a policy with conditions and no awards. */
class PilotCityBatchCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aGeneratedPopulationIsAllValidAndTheSummaryCountsEligibleApplications() throws Exception {
        CliTest.Run generated = run("generate", "pilot-city-2017", "--count", "1000", "--seed", "27");
        assertThat(generated.exit()).isZero();
        assertThat(generated.out().lines()).hasSize(1000);

        CliTest.Run r = withInput(generated.out(), "batch", "-", "--lang", "en", "--threads", "2");
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(1000);
        long eligible = 0;
        for (String line : lines) {
            JsonNode n = JSON.readTree(line);
            assertThat(n.get("policy").asText()).as(line).isEqualTo("pilot-city-2017");
            assertThat(n.get("conditions")).as(line).isNotEmpty();
            assertThat(n.get("awards")).as(line).isEmpty();
            eligible += n.get("eligible").asBoolean() ? 1 : 0;
        }
        assertThat(eligible).isBetween(1L, 999L);
        // no awards: no budget line, the verdicts are counted per policy
        assertThat(r.err()).contains("Batch: 1,000 request(s), 1,000 evaluated, 0 invalid, 0 internal failure(s)")
                .doesNotContain("Budget:");
        Matcher m = Pattern.compile("pilot-city-2017: ([\\d,]+) evaluated, ([\\d,]+) eligible").matcher(r.err());
        assertThat(m.find()).as(r.err()).isTrue();
        assertThat(Long.parseLong(m.group(1).replace(",", ""))).isEqualTo(1000);
        assertThat(Long.parseLong(m.group(2).replace(",", ""))).isEqualTo(eligible);
    }
}
