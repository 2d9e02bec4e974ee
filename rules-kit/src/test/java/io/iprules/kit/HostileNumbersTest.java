package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.iprules.ParameterUnit;
import io.iprules.Problem;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Numbers a request can write in a few characters but no computation finishes with (1e999999999 has a billion
 * digits): refused by their length written out in full ({@link Problems#MAX_DIGITS}), before anything divides,
 * rounds or prints them. Found by the JSON fuzz tests.
 */
class HostileNumbersTest {

    @Test
    void theLengthOfANumberIsCountedWrittenOutInFull() {
        assertThat(Problems.tooLong(new BigDecimal("9".repeat(40)))).isNull();
        assertThat(Problems.tooLong(new BigDecimal("0." + "0".repeat(38) + "1"))).isNull(); // 40 decimals
        assertThat(Problems.tooLong(new BigDecimal("1e39"))).isNull();
        assertThat(Problems.tooLong(new BigDecimal("12345.67"))).isNull();
        assertThat(Problems.tooLong(null)).isNull();
        assertThat(Problems.tooLong(new BigDecimal("9".repeat(41)))).startsWith("has 41 digits");
        assertThat(Problems.tooLong(new BigDecimal("1e40"))).startsWith("has 41 digits");
        assertThat(Problems.tooLong(new BigDecimal("1e999999999"))).isEqualTo(
                "has 1000000000 digits written out in full; at most 40 are accepted");
        assertThat(Problems.tooLong(new BigDecimal("-1e-999999999"))).startsWith("has 999999999 digits");
        assertThat(Problems.tooLong(new BigDecimal("0e999999999"))).startsWith("has 1000000000 digits");
    }

    @Test
    void aFigureWithAHugeExponentIsRefusedQuicklyWithoutQuotingIt() {
        for (Object v : new Object[] {new BigDecimal("1e999999999"), new BigDecimal("-1e-999999999"),
                new BigDecimal("0e-999999999"), "9".repeat(100_000)}) {
            Problems p = Problems.root("applicant");
            BigDecimal value = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> Figures.value(v, ParameterUnit.NUMBER, null, p.at("figures").at("X")));
            assertThat(value).isNull();
            assertThat(p.list()).singleElement().satisfies(problem -> {
                assertThat(problem.path()).isEqualTo("applicant.figures.X");
                assertThat(problem.message()).contains("digits written out in full; at most 40 are accepted")
                        .hasSizeLessThan(100);
            });
        }
    }

    /**
     * A figure written as a string is held to the request schemas' plain digits ({@code ^-?[0-9]+(\.[0-9]+)?$}),
     * not to what Java's {@code BigDecimal} reads: an exponent (so a huge one is refused before it is expanded), a
     * sign, a space, another script's digits.
     */
    @Test
    void aFigureStringIsPlainDigitsOrRefused() {
        for (String v : new String[] {"1e999999999", "-1e-999999999", "3e-1", "+5", " 5", "5 ", "１２", "٣", "5.", ".5",
                "-", "", "1.2.3", "0x10"}) {
            Problems p = Problems.root("applicant");
            assertThat(Figures.value(v, ParameterUnit.NUMBER, null, p.at("figures").at("X"))).as(v).isNull();
            assertThat(p.list()).as(v).singleElement().satisfies(problem -> {
                assertThat(problem.path()).isEqualTo("applicant.figures.X");
                assertThat(problem.message()).isEqualTo("must be a decimal number, not '" + v + "'");
            });
        }
        for (String v : new String[] {"0", "12", "007.50", "0.0012"}) { // (a figure may not be negative: its own check)
            Problems p = Problems.root("applicant");
            assertThat(Figures.value(v, ParameterUnit.NUMBER, null, p.at("figures").at("X"))).as(v)
                    .isEqualByComparingTo(new BigDecimal(v));
        }
    }

    @Test
    void aNegativeOrZeroCheckRefusesAHugeNumberBeforePrintingIt() {
        Problems p = Problems.root("applicant");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            p.notNegative("interestPaid", new BigDecimal("-1e-999999999"));
            p.positive("population", new BigDecimal("-1e999999999"));
        });
        assertThat(p.list()).extracting(Problem::path).containsExactly("applicant.interestPaid",
                "applicant.population");
        assertThat(p.list()).allSatisfy(x -> assertThat(x.message()).contains("at most 40 are accepted"));
    }

    @Test
    void aMessageNeverQuotesAMegabyteBack() {
        String message = "unknown policy '" + "x".repeat(100_000) + "'";
        Problem p = new Problem("policy", message);
        String end = "… (" + message.length() + " characters in all)";
        assertThat(p.message()).hasSize(Problem.MAX_MESSAGE / 2 + end.length()).endsWith(end)
                .startsWith(message.substring(0, Problem.MAX_MESSAGE / 2));
        assertThat(new Problem("a", "short").message()).isEqualTo("short");
        // "the longest message kept whole"
        String longest = "m".repeat(Problem.MAX_MESSAGE);
        assertThat(new Problem("a", longest).message()).isEqualTo(longest);
        assertThat(new Problem("a", longest + "m").message()).endsWith("… (" + (Problem.MAX_MESSAGE + 1)
                + " characters in all)");
    }
}
