package io.iprules.northeast;

import io.iprules.testkit.ClauseQuotes;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Law first: every “…” of the module's JSON files is words of the simplified text the module quotes from. The rule
 * files' quotes are checked, clause by clause, by {@code NortheastDataTest}.
 */
class ClauseQuotesTest {
    private static final Path MAIN = Path.of("src/main/resources/io/iprules/northeast");

    @TestFactory
    Stream<DynamicTest> everyQuoteOfTheDataFilesIsTheText() {
        return ClauseQuotes.of(MAIN.resolve("text/northeast-2017.zh-Hans.txt")).dataFileChecks(MAIN, Set.of(
                // measures.json names the published text's two garbled places, which the simplified text restores
                "强?。▍^)", "担?;?,"));
    }
}
