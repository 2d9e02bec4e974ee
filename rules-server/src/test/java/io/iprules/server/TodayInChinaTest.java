package io.iprules.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iprules.RulesEngine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * A request without {@code asOf} is evaluated as of today in China (Asia/Shanghai), whatever the machine's time
 * zone, as {@code ip-rules evaluate} does and as the result's warning says. The servers made without a clock used the
 * machine's zone: on a server kept in UTC, a request between 00:00 and 08:00 Beijing time was evaluated as of the
 * day before, under a warning naming China's today.
 *
 * <p>The two zones are 26 hours apart and China lies between them, so at any instant at least one of them has
 * another date than China's: the test fails, whenever it runs, for a server that follows the machine's zone.
 */
class TodayInChinaTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String NO_AS_OF = "{\"policy\":\"jiaxing-2012\",\"applicant\":{\"name\":\"嘉兴禾城新材料科技有限公司\","
            + "\"creditCode\":\"91330400MA28A0001D\"}}";

    @Test
    void aRequestWithoutAsOfIsEvaluatedAsOfTodayInChinaWhateverTheMachinesZone() throws Exception {
        RulesEngine engine = RulesEngine.builder().build();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        TimeZone machine = TimeZone.getDefault();
        try {
            for (String zone : new String[] {"Etc/GMT+12", "Pacific/Kiritimati"}) { // UTC-12 and UTC+14
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                for (boolean withSettings : new boolean[] {false, true}) {
                    DecisionServer made = withSettings
                            ? new DecisionServer(engine, DecisionServer.Settings.defaults())
                            : new DecisionServer(engine);
                    LocalDate before = LocalDate.now(CHINA);
                    JsonNode result;
                    try (DecisionServer server = made.start("127.0.0.1", 0)) {
                        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + server.port() + "/v1/evaluate"))
                                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                                .header("Accept-Language", "en")
                                .POST(HttpRequest.BodyPublishers.ofString(NO_AS_OF, StandardCharsets.UTF_8)).build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                        result = new ObjectMapper().readTree(answer.body());
                    }
                    LocalDate after = LocalDate.now(CHINA);
                    String server = (withSettings ? "DecisionServer(engine, settings)" : "DecisionServer(engine)")
                            + " on a machine in " + zone;
                    assertThat(LocalDate.parse(result.get("asOf").asText())).as(server).isBetween(before, after);
                    assertThat(result.get("warnings").get(0).asText()).as(server)
                            .contains("today in China (Asia/Shanghai), " + result.get("asOf").asText());
                    assertThat(result.get("receipt").get("asOfSource").asText()).isEqualTo("DEFAULT");
                }
            }
        } finally {
            TimeZone.setDefault(machine);
        }
    }
}
