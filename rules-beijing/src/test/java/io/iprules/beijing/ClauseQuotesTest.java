package io.iprules.beijing;

import io.iprules.testkit.ClauseQuotes;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Law first: every rule file quotes its clause, and every quote of the module's files is the text's own words
 * (one was not: the §1(2) target's note wrote “全球主导权” for the text's “在全球具有主导权”).
 */
class ClauseQuotesTest {
    private static final Path MAIN = Path.of("src/main/resources/io/iprules/beijing");

    @TestFactory
    Stream<DynamicTest> theModuleQuotesTheText() {
        return ClauseQuotes.of(MAIN.resolve("text/beijing-2012.txt")).checks(MAIN, "beijing-2012", Set.of(
                // the reading clock quotes the codes that count a period, not this text: 民法通则 §154 and 民法典 §201
                "规定按照日、月、年计算期间的,开始的当天不算入,从下一天开始计算",
                "按照年、月、日计算期间的,开始的当日不计入,自下一日开始计算"));
    }
}
