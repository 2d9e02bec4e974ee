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
 * Every way {@code generate --invalid-rate} breaks a request, batched in an English run: no error line's message is
 * the JSON parser's own wording (its capitalised phrases, its token names, its source excerpts), which the contract
 * words as it words the Chinese ({@link InvalidLinesInChineseTest}).
 */
class InvalidLinesInEnglishTest {
    private static final int LINES = 1_000;
    /** Jackson's phrases, as its messages had them before they were put in the contract's words. */
    private static final Pattern PARSER_WORDS = Pattern.compile("Unexpected|Unrecognized|Illegal|Invalid|Non-standard"
            + "|Duplicate field|expecting|close marker|end-of-input|VALUE_[A-Z]+|Source:|Feature|JSON spec");

    @ParameterizedTest
    @ValueSource(strings = {"jiaxing-2012", "beijing-2012", "anning-2022", "pilot-city-2017", "northeast-2017"})
    void noErrorLineIsInTheParsersWords(String policy) throws Exception {
        CliTest.Run generated = CliTest.run("generate", policy, "--count", String.valueOf(LINES), "--seed", "7",
                "--invalid-rate", "1");
        assertThat(generated.exit()).isZero();
        CliTest.Run batch = CliTest.withInput(generated.out(), "batch", "-", "--threads", "2", "--lang", "en");
        assertThat(batch.exit()).as(batch.err()).isIn(0, 3); // 3: some lines were errors, as meant
        ObjectMapper json = new ObjectMapper();
        List<String> parsers = new ArrayList<>();
        int syntax = 0;
        for (String line : batch.out().split("\n")) {
            for (JsonNode problem : json.readTree(line).path("error").path("problems")) {
                String message = problem.path("message").asText();
                if (message.startsWith("not valid JSON (line ")) {
                    syntax++;
                }
                if (PARSER_WORDS.matcher(message).find()) {
                    parsers.add(message);
                }
            }
        }
        assertThat(syntax).as("the generator cut lines off, so the parser had something to say").isPositive();
        assertThat(parsers).as("messages in the parser's words in an English run").isEmpty();
    }
}
