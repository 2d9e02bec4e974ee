package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every way {@code generate --invalid-rate} breaks a request (cut-off lines, wrong types, unknown fields, impossible
 * dates…), batched in a Chinese run: each error line's message is Chinese. English is allowed only where it is the
 * request's own words or the contract's names — a quoted value, a field path, a code, a list of allowed values,
 * {@code YYYY-MM-DD}, {@code JSON}, {@code true}/{@code false}/{@code null} — never the JSON parser's or Jackson's.
 */
class InvalidLinesInChineseTest {
    static final int LINES = 1_000;
    /** What may stay in Latin letters in a Chinese message: the request's words and the contract's names. */
    private static final Pattern NAMES = Pattern.compile("“[^”]*”|'[^']*'|\\[[^\\]]*\\]|[A-Z][A-Z0-9_]{2,}"
            + "|[a-z]+[A-Z][A-Za-z]*|[a-z][A-Za-z]*(?=[.\\[:])|YYYY-MM-DD|JSON|true|false|null|§[\\d()]+"
            + "|[a-z]+(?:-[a-z]+)*-\\d{4}|applicant|city|county|recommendation|policy|asOf|batch");
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");

    @ParameterizedTest
    @ValueSource(strings = {"jiaxing-2012", "beijing-2012", "anning-2022", "pilot-city-2017", "northeast-2017"})
    void everyErrorLineIsInChinese(String policy) throws Exception {
        List<String> messages = errorMessages(policy, "zh");
        List<String> english = new ArrayList<>();
        for (String message : messages) {
            if (ENGLISH_WORD.matcher(NAMES.matcher(message).replaceAll("")).find()) {
                english.add(message);
            }
        }
        assertThat(messages.size()).as("the generator broke the lines").isGreaterThan(LINES / 2);
        assertThat(english).as("messages with English words in a Chinese run").isEmpty();
    }

    /**
     * The problems' messages of a batch, in {@code lang}, of {@value #LINES} requests of {@code policy} that
     * {@code generate --invalid-rate 1} broke.
     */
    static List<String> errorMessages(String policy, String lang) throws Exception {
        CliTest.Run generated = CliTest.run("generate", policy, "--count", String.valueOf(LINES), "--seed", "7",
                "--invalid-rate", "1");
        assertThat(generated.exit()).isZero();
        CliTest.Run batch = CliTest.withInput(generated.out(), "batch", "-", "--threads", "2", "--lang", lang);
        assertThat(batch.exit()).as(batch.err()).isIn(0, 3); // 3: some lines were errors, as meant
        ObjectMapper json = new ObjectMapper();
        List<String> messages = new ArrayList<>();
        for (String line : batch.out().split("\n")) {
            for (JsonNode problem : json.readTree(line).path("error").path("problems")) {
                messages.add(problem.path("message").asText());
            }
        }
        return messages;
    }
}
