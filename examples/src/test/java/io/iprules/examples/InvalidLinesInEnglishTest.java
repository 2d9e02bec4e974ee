package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

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
    /** Jackson's phrases, as its messages had them before they were put in the contract's words. */
    private static final Pattern PARSER_WORDS = Pattern.compile("Unexpected|Unrecognized|Illegal|Invalid|Non-standard"
            + "|Duplicate field|expecting|close marker|end-of-input|VALUE_[A-Z]+|Source:|Feature|JSON spec");

    @ParameterizedTest
    @ValueSource(strings = {"jiaxing-2012", "beijing-2012", "anning-2022", "pilot-city-2017", "northeast-2017"})
    void noErrorLineIsInTheParsersWords(String policy) throws Exception {
        List<String> parsers = new ArrayList<>();
        int syntax = 0;
        for (String message : InvalidLinesInChineseTest.errorMessages(policy, "en")) {
            if (message.startsWith("not valid JSON (line ")) {
                syntax++;
            }
            if (PARSER_WORDS.matcher(message).find()) {
                parsers.add(message);
            }
        }
        assertThat(syntax).as("the generator cut lines off, so the parser had something to say").isPositive();
        assertThat(parsers).as("messages in the parser's words in an English run").isEmpty();
    }
}
