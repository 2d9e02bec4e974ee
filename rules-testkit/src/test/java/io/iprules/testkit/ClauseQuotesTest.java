package io.iprules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The checker itself: what it finds missing, what it reads as a quote, and that a misquote fails. */
class ClauseQuotesTest {
    private static final ClauseQuotes TEXT = ClauseQuotes.of("t.txt",
            "对被国家知识产权局授予中国专利金奖和优秀奖的专利项目,\n分别给予30万元和10万元奖励。 北京市 2012 年 12 月 14 日");

    @Test
    void aQuoteIsComparedWithoutWhitespaceAndPieceByPieceBetweenEllipses() {
        assertThat(TEXT.missing("对被国家知识产权局授予中国专利金奖和优秀奖的专利项目,分别给予30万元")).isEmpty();
        assertThat(TEXT.missing("北京市2012年12月14日")).isEmpty();
        assertThat(TEXT.missing("……中国专利金奖……10万元奖励。")).isEmpty();
        assertThat(TEXT.missing("中国专利金奖…分别给予")).isEmpty();
        // words left out without an ellipsis, and words changed, are each missing
        assertThat(TEXT.missing("授予中国专利金奖、优秀奖……分别给予30万元和10万元")).containsExactly("授予中国专利金奖、优秀奖");
        assertThat(TEXT.missing("给予30万元奖励")).containsExactly("给予30万元奖励");
    }

    @Test
    void aRuleFileQuotesInTheLinesIndentedUnderItsCitation(@TempDir Path dir) throws IOException {
        Path drl = dir.resolve("a.drl");
        Files.writeString(drl, String.join("\n",
                "// ==========",
                "// p-1 §6(5)4",
                "//   对被国家知识产权局授予中国专利金奖和优秀奖的专利项目,",
                "//   分别给予30万元和10万元奖励。",
                "//",
                "//   an indented note after the empty line is not the quote",
                "// p-1 §7 (title only)",
                "// Amounts: parameters.",
                "rule \"x\" when then end",
                ""), StandardCharsets.UTF_8);
        assertThat(ClauseQuotes.ruleFileQuotes(drl, "p-1"))
                .containsExactly("对被国家知识产权局授予中国专利金奖和优秀奖的专利项目,分别给予30万元和10万元奖励。");
        assertThat(ClauseQuotes.ruleFileQuotes(drl, "p-2")).isEmpty();
    }

    @Test
    void aJsonQuoteIsChineseBetweenCurlyQuotes() {
        assertThat(ClauseQuotes.jsonQuotes("{\"zh\": \"“中国专利金奖”与“10万元”\", \"en\": \"“ok” is not Chinese\"}"))
                .containsExactly("中国专利金奖", "10万元");
    }

    @Test
    void aMisquoteFailsItsFileAndAnExceptionIsSkipped(@TempDir Path module) throws IOException {
        Files.createDirectories(module.resolve("rules"));
        Files.writeString(module.resolve("rules/a.drl"), "// p-1 §6(5)4\n//   中国专利金奖和优秀奖\n",
                StandardCharsets.UTF_8);
        Files.writeString(module.resolve("rules/b.drl"), "// p-1 §6(5)4\n// no quote\n", StandardCharsets.UTF_8);
        Files.writeString(module.resolve("policy.json"), "{\"note\": \"“中国专利金奖、优秀奖” and “A/B类”\"}",
                StandardCharsets.UTF_8);
        List<DynamicTest> tests = TEXT.checks(module, "p-1", Set.of("A/B类")).toList();
        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("rules/a.drl", "rules/b.drl",
                "policy.json");
        assertThat(failure(tests.get(0))).isNull();
        assertThat(failure(tests.get(1)))
                .isEqualTo("b.drl quotes no clause under a line '// p-1 §…': quote its words there, "
                + "indented by three spaces");
        assertThat(failure(tests.get(2))).isEqualTo("policy.json quotes “中国专利金奖、优秀奖”, but t.txt does not have "
                + "“中国专利金奖、优秀奖”: quote the text's own words (… where some are left out)");
    }

    @Test
    void aRuleFileMisquotingFailsAndOnlyRuleFilesAreChecked(@TempDir Path module) throws IOException {
        Files.createDirectories(module.resolve("rules"));
        Files.writeString(module.resolve("rules/a.drl"), "// p-1 §6(5)4\n//   中国专利银奖\n", StandardCharsets.UTF_8);
        Files.writeString(module.resolve("rules/notes.txt"), "not a rule file", StandardCharsets.UTF_8);
        List<DynamicTest> tests = TEXT.ruleFileChecks(module, "p-1").toList();
        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("rules/a.drl");
        assertThat(failure(tests.get(0))).isEqualTo("a.drl quotes “中国专利银奖”, but t.txt does not have “中国专利银奖”: "
                + "quote the text's own words (… where some are left out)");
    }

    /** A rule citing a clause that is not its policy's (a typo of the id) fails its file; the policy's passes. */
    @Test
    void aRuleCitingAnotherPolicysClauseFails(@TempDir Path module) throws IOException {
        Files.createDirectories(module.resolve("rules"));
        String quote = "// p-1 §6(5)4\n//   中国专利金奖和优秀奖\n";
        Files.writeString(module.resolve("rules/a.drl"), quote + "rule \"a\" @citation(\"p-1 §6(5)4\") when then end\n",
                StandardCharsets.UTF_8);
        Files.writeString(module.resolve("rules/b.drl"), quote + "rule \"b\" @citation(\"p1 §6(5)4\") when then end\n",
                StandardCharsets.UTF_8);
        List<DynamicTest> tests = TEXT.ruleFileChecks(module, "p-1").toList();
        assertThat(failure(tests.get(0))).isNull();
        assertThat(failure(tests.get(1))).isEqualTo("b.drl cites @citation(\"p1 §6(5)4\"), not a clause of p-1: a "
                + "citation begins with the policy id and a space, as in @citation(\"p-1 §3(2)\")");
    }

    @Test
    void aModuleWithoutDataFilesFails(@TempDir Path module) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TEXT.dataFileChecks(module, Set.of()))
                .isInstanceOf(AssertionFailedError.class).hasMessageStartingWith("no JSON file under " + module
                        + " ==>");
    }

    /** A citation right after another's quote starts a quote of its own; a quote may end the file without a newline. */
    @Test
    void citationsOneAfterAnotherAndAQuoteAtTheEndOfTheFile(@TempDir Path dir) throws IOException {
        Path drl = dir.resolve("a.drl");
        Files.writeString(drl, "// p-1 §6(5)4\n//   中国专利金奖\n// p-1 §6(5)5\n//   10万元奖励。", StandardCharsets.UTF_8);
        assertThat(ClauseQuotes.ruleFileQuotes(drl, "p-1")).containsExactly("中国专利金奖", "10万元奖励。");
    }

    @Test
    void theTextIsReadFromItsFileAndNamedByIt(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("law.txt"), "分别给予30万元", StandardCharsets.UTF_8);
        ClauseQuotes quotes = ClauseQuotes.of(text);
        assertThat(quotes.missing("给予30万元")).isEmpty();
        assertThat(quotes.missing("给予40万元")).containsExactly("给予40万元");
        Path module = Files.createDirectories(dir.resolve("m"));
        Files.writeString(module.resolve("p.json"), "{\"zh\": \"“40万元”\"}", StandardCharsets.UTF_8);
        assertThat(failure(quotes.dataFileChecks(module, Set.of()).toList().get(0)))
                .startsWith("p.json quotes “40万元”, but law.txt does not have");
    }

    private static String failure(DynamicTest test) {
        try {
            test.getExecutable().execute();
            return null;
        } catch (AssertionFailedError e) {
            return e.getMessage();
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }
}
