package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.EvaluationResult;
import io.iprules.IndicatorSummary;
import io.iprules.Language;
import io.iprules.PolicyDescription;
import io.iprules.RulesEngine;
import io.iprules.anning.Anning2022;
import io.iprules.anning.AnningCounty;
import io.iprules.jiaxing.IndustryField;
import io.iprules.jiaxing.Jiaxing2012;
import io.iprules.jiaxing.JiaxingEnterprise;
import io.iprules.jiaxing.PatentKind;
import io.iprules.jiaxing.RecognitionType;
import io.iprules.json.JsonContract;
import io.iprules.report.Reports;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java API example ("The Java API") compiled and run, and what its comments say each line gives held
 * to what it gives. Its code lines are this test's, word for word (file paths aside: the example's files are made
 * in a temporary folder here), so that the example cannot drift from the API unseen.
 */
class ReadmeJavaApiTest {
    @TempDir
    Path dir;

    @Test
    void theExampleRunsAndGivesWhatItsCommentsSay() throws IOException {
        // the example's two files where the README's paths, from the repository's root, find them
        Files.createDirectories(dir.resolve("examples/params"));
        Files.createDirectories(dir.resolve("examples/requests"));
        Files.copy(Path.of("params/jiaxing-implementing-rules.example.json"),
                dir.resolve("examples/params/jiaxing-implementing-rules.example.json"));
        Files.copy(Path.of("requests/jiaxing-pilot-and-provincial-demo.json"),
                dir.resolve("examples/requests/jiaxing-pilot-and-provincial-demo.json"));

        // ---- from here to the end mark: the README's lines
        RulesEngine engine = RulesEngine.builder()
                .parameters(dir.resolve("examples/params/jiaxing-implementing-rules.example.json"))
                .build();

        JiaxingEnterprise e = JiaxingEnterprise.builder()
                .name("嘉兴禾城新材料科技有限公司")
                .creditCode("91330400MA28A0001D")
                .recognition(RecognitionType.NATIONAL_IP_PILOT_ENTERPRISE, LocalDate.of(2013, 3, 15))
                .recognition(RecognitionType.PROVINCIAL_PATENT_DEMO_ENTERPRISE, LocalDate.of(2013, 9, 20))
                .build();

        EvaluationResult r = engine.evaluate(Jiaxing2012.APPLICANT, LocalDate.of(2013, 12, 31), e);
        assertThat(r.total()).isEqualByComparingTo("200000.00").hasToString("200000.00");
        assertThat(r.awards().get(0).citation()).isEqualTo("jiaxing-2012 §6(5)2");
        assertThat(r.awards().get(0).explanation().in(Language.EN))
                .isEqualTo("recognised as national IP pilot enterprise");
        assertThat(r.excluded().get(0).reason().code()).isEqualTo("NON_DUPLICATION");
        assertThat(r.excluded().get(0).citation()).isEqualTo("jiaxing-2012 §7(1)");
        assertThat(r.excluded().get(0).explanation().in(Language.EN)).isNotBlank();
        System.out.println(r);
        assertThat(r.toString())
                .startsWith("EvaluationResult[jiaxing-2012 as of 2013-12-31, ")
                .contains(": eligible, total 200000.00")
                .containsPattern("\n  \\+ JX_NATIONAL_IP_PILOT_ENTERPRISE .* 200000\\.00 \\[jiaxing-2012 §6\\(5\\)2\\]")
                .containsPattern("\n  - JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE .* 100000\\.00 NON_DUPLICATION "
                        + "\\[jiaxing-2012 §7\\(1\\)\\]");

        JiaxingEnterprise withPatent = JiaxingEnterprise.builder()
                .name("嘉兴禾城新材料科技有限公司").creditCode("91330400MA28A0001D")
                .patent(p -> p.number("ZL201310001234.5").kind(PatentKind.INVENTION).grantDate(LocalDate.of(2013, 4, 2))
                        .field(IndustryField.NEW_MATERIALS).annualFeesPaid(1))
                .build();
        assertThat(withPatent.patents()).hasSize(1);

        EvaluationResult a = engine.evaluate(Anning2022.APPLICANT, LocalDate.of(2025, 7, 31), AnningCounty.builder()
                .name("安宁市")
                .figure("AN_RIGHTS_HOLDER_SATISFACTION", "0.90")
                .inventionDensity(new BigDecimal("19.2"), new BigDecimal("9.6"))
                .build());
        // 超过90%: 0.90 is not over it; 19.2 is twice the province's 9.6 (§3(2)); the other 28 are not given
        assertThat(a.indicatorSummary()).isEqualTo(new IndicatorSummary(1, 1, 28));
        assertThat(a.phase().get().code()).isEqualTo("ACCEPTANCE");
        assertThat(a.phase().get().citation()).isEqualTo("anning-2022 §5");

        assertThat(engine.findPolicy("jiaxing-2012")).isPresent();
        assertThat(engine.findPolicy("jiaxing-2013")).isEmpty();

        byte[] requestBytes =
                Files.readAllBytes(dir.resolve("examples/requests/jiaxing-pilot-and-provincial-demo.json"));
        JsonContract json = new JsonContract(engine);
        EvaluationResult fromJson = json.evaluate(requestBytes,
                LocalDate.now(ZoneId.of("Asia/Shanghai")), null);
        String line = json.write(fromJson, Language.EN, false);
        String page = json.writePretty(fromJson, Language.EN, false);
        assertThat(line).doesNotContain("\n").startsWith("{\"policy\":\"jiaxing-2012\"");
        assertThat(page).contains("\n  \"policy\" : \"jiaxing-2012\"");

        PolicyDescription policy = engine.policy(r.policy());
        String text = Reports.text(r, policy, Language.ZH, false);
        String html = Reports.html(r, policy, Language.ZH);
        // ---- end of the README's lines
        assertThat(text).contains("结论").contains("合计:200,000.00 元");
        assertThat(html).startsWith("<!DOCTYPE html>");
    }

    /** The README's example: the first java block of its section The Java API. */
    private static String readmeExample() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("\n## The Java API\n");
        assertThat(section).as("the README's section The Java API").isPositive();
        Matcher block = Pattern.compile("\n```java\n(.*?)\n```\n", Pattern.DOTALL).matcher(readme);
        assertThat(block.find(section)).as("its first java block").isTrue();
        return block.group(1);
    }

    /**
     * The README's example as a newcomer pastes it, a whole program: compiled as it stands (its imports, its class,
     * its {@code requestBytes}) and run from the repository's root folder, whose files its paths name.
     */
    @Test
    void theReadmesExampleCompilesAndRunsAsPasted() throws Exception {
        Path source = dir.resolve("Example.java");
        Files.writeString(source, readmeExample() + "\n", StandardCharsets.UTF_8);
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK's compiler").isNotNull();
        java.io.ByteArrayOutputStream messages = new java.io.ByteArrayOutputStream();
        int compiled = javac.run(null, messages, messages, "-encoding", "UTF-8", "-proc:none",
                "-cp", System.getProperty("java.class.path"), "-d", dir.toString(), source.toString());
        assertThat(compiled).as(messages.toString(StandardCharsets.UTF_8)).isZero();
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", dir + java.io.File.pathSeparator + System.getProperty("java.class.path"), "Example")
                .directory(Path.of("..").toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).as("finished in 120 s").isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        assertThat(Files.readString(out)).startsWith("EvaluationResult[jiaxing-2012 as of 2013-12-31, ")
                .contains(": eligible, total 200000.00");
    }

    /**
     * Every code line of the README's example, its comment left out, is a line of the test above; the lines around
     * them that make it a program (imports, class, main, closing braces) are compiled by the test before.
     */
    @Test
    void theReadmesExampleIsTheseLines() throws IOException {
        String example = readmeExample();
        String test = Files.readString(Path.of("src/test/java/io/iprules/examples/ReadmeJavaApiTest.java"),
                StandardCharsets.UTF_8);
        List<String> ours = new ArrayList<>();
        for (String l : test.substring(test.indexOf("// ---- from here"), test.indexOf("// ---- end of")).split("\n")) {
            ours.add(code(l));
        }
        List<String> missing = new ArrayList<>();
        int lines = 0;
        for (String l : example.split("\n")) {
            String c = code(l);
            if (c.isEmpty() || c.startsWith("import ") || c.equals("}") || c.equals("public class Example {")
                    || c.equals("public static void main(String[] args) throws Exception {")) {
                continue; // a blank line, a comment only, or what makes the lines a program
            }
            lines++;
            if (!ours.contains(c)) {
                missing.add(l);
            }
        }
        assertThat(lines).as("code lines in the README's example").isGreaterThan(30);
        assertThat(missing).as("README lines not run by this test").isEmpty();
    }

    /**
     * A line's code: its {@code //} comment and surrounding blanks left out, a file path ({@code Path.of("x")} in
     * the README, {@code dir.resolve("x")} here) written as {@code PATH("x")}; an expression statement of the
     * README's that only shows a value ({@code r.total();}) is kept too, since the test asserts the same call.
     */
    private static String code(String line) {
        String c = line;
        int comment = c.indexOf("//");
        if (comment >= 0) {
            c = c.substring(0, comment);
        }
        c = c.strip().replaceAll("(Path\\.of|dir\\.resolve)\\((\"[^\"]*\")\\)", "PATH($2)");
        // the README shows a value by writing the call alone, the test by asserting it: compare the call
        return c.startsWith("assertThat(") ? argument(c, "assertThat(".length()) + ";" : c;
    }

    /** The text from {@code from} to the parenthesis that closes the one before it (quoted text skipped). */
    private static String argument(String c, int from) {
        int depth = 1;
        boolean quoted = false;
        for (int i = from; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch == '"' && c.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && ch == '(') {
                depth++;
            } else if (!quoted && ch == ')' && --depth == 0) {
                return c.substring(from, i);
            }
        }
        throw new AssertionError("no closing parenthesis: " + c);
    }
}
