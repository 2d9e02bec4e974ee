package io.iprules.jiaxing;

import io.iprules.testkit.ClauseQuotes;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Law first: every rule file quotes its clause, and every quote of the module's files is the text's own words
 * (two were not: a parameter's source quoted §6(5)1 as “授权后前三次年费” and §6(5)4 as “中国专利金奖、优秀奖”).
 */
class ClauseQuotesTest {
    private static final Path MAIN = Path.of("src/main/resources/io/iprules/jiaxing");

    @TestFactory
    Stream<DynamicTest> theModuleQuotesTheText() {
        return ClauseQuotes.of(MAIN.resolve("text/jiaxing-2012.txt")).checks(MAIN, "jiaxing-2012",
                // how the readings write an annual fee's subjectId: a format, not words of the text
                Set.of("专利号/k"));
    }
}
