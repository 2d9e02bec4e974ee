package io.iprules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.EvaluationResult;
import io.iprules.Language;
import io.iprules.PolicyDescription;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public API renders what the command prints and writes, byte for byte: the jiaxing demo request of the README,
 * evaluated as of 2013-12-31, against {@code jiaxing-pilot-and-provincial-demo.zh.txt} and {@code .zh.html} beside
 * this test, which are {@code ip-rules evaluate --as-of=2013-12-31} and {@code ip-rules report --as-of=2013-12-31
 * --html=…} of that request as the command gave them before the rendering moved here. The page's footer names the
 * policy's version (jiaxing-2012 0.2.0): a new version of the module changes that line of the page, and only that.
 */
class ReportsTest {
    private static final Path REQUEST = Path.of("").toAbsolutePath().getParent()
            .resolve("examples/requests/jiaxing-pilot-and-provincial-demo.json");
    private static final LocalDate AS_OF = LocalDate.of(2013, 12, 31);

    private static EvaluationResult result;
    private static PolicyDescription policy;

    @BeforeAll
    static void evaluate() throws IOException {
        RulesEngine engine = RulesEngine.builder().build();
        result = new JsonContract(engine).evaluate(Files.readAllBytes(REQUEST), AS_OF, AS_OF);
        policy = engine.policy(result.policy());
    }

    @Test
    void theTextIsWhatEvaluatePrints() throws IOException {
        String text = Reports.text(result, policy, Language.ZH, false);
        assertThat(text).contains("结论:有应予补助的项目", "[依据 jiaxing-2012 §6(5)2]", "[依据 jiaxing-2012 §6(5)2,由 jiaxing-2012 "
                + "§7(1) 排除]",
                "合计:200,000.00 元");
        assertThat(text).isEqualTo(resource("jiaxing-pilot-and-provincial-demo.zh.txt"));
        // in English, and with the rules that fired (evaluate --verbose) after the total
        assertThat(Reports.text(result, policy, Language.EN, false)).contains("Total: 200,000.00 yuan");
        String traced = Reports.text(result, policy, Language.ZH, true);
        assertThat(traced).startsWith(text).contains("jiaxing-2012 §6(5)2");
    }

    @Test
    void thePageIsWhatReportWrites() throws IOException {
        String page = Reports.html(result, policy, Language.ZH);
        Path reference = Path.of("src/test/resources/io/iprules/report/jiaxing-pilot-and-provincial-demo.zh.html");
        if (Boolean.getBoolean("reports.write")) { // after a change to what the page says: -Dreports.write=true
            Files.writeString(reference, page, StandardCharsets.UTF_8);
        }
        // the reference as it is in the sources (written just now or not), not the copy the build put on the class path
        assertThat(page.getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(reference));
        assertThat(Reports.html(result, policy, Language.EN)).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("200,000.00");
    }

    @Test
    void nothingIsLeftOut() {
        assertThatThrownBy(() -> Reports.text(result, null, Language.ZH, false))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("policy");
        assertThatThrownBy(() -> Reports.html(null, policy, Language.ZH)).isInstanceOf(NullPointerException.class)
                .hasMessage("result");
        assertThatThrownBy(() -> Reports.html(result, policy, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("language");
    }

    @Test
    void anotherPolicysDescriptionIsRefused() {
        PolicyDescription other = new PolicyDescription("other-2020", policy.title(), policy.documentNumber(),
                policy.issued(), policy.inForceFrom(), policy.inForceUntil(), policy.inForceCitation(),
                policy.version(), policy.provisions(), policy.parameters(), policy.subjects());
        String says = "the result is of policy jiaxing-2012, the description of other-2020: pass "
                + "engine.policy(result.policy())";
        assertThatThrownBy(() -> Reports.text(result, other, Language.ZH, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(says);
        assertThatThrownBy(() -> Reports.html(result, other, Language.EN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(says);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReportsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
