package io.iprules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A number where a request takes a value of any type (a figure) is handed on as written: an integer as an integer, a
 * decimal as a {@link BigDecimal}, and one written with an exponent that leaves it no fraction digit ({@code 3e0})
 * marked as such, which a plain {@code BigDecimal} could not tell from the Java caller's {@code new BigDecimal("3")}.
 */
class UntypedNumbersTest {
    record Applicant(Map<String, Object> figures) {
    }

    private final JsonContract contract = OneSubjectContract.of(Applicant.class);

    @Test
    void aNumberIsHandedOnAsItWasWrittenByEitherReader() {
        String figures = "{\"INT\": 3, \"LONG\": 30000000000, \"BIG\": 12345678901234567890, \"FRACTION\": 3.0,"
                + " \"EXPONENT\": 3e0, \"UPPER\": 3E+0, \"BOTH\": 3.0e1, \"SHIFTED\": 0.5e1, \"SCALED\": 30e-1,"
                + " \"LARGE\": 1e3, \"NESTED\": {\"actual\": 3e0}, \"LIST\": [3e0, 3]}";
        for (String json : List.of("{\"policy\": \"p-1\", \"applicant\": {\"figures\": " + figures + "}}",
                "{\"applicant\": {\"figures\": " + figures + "}, \"policy\": \"p-1\"}")) { // the tree reader's
            Map<String, Object> f = ((Applicant) contract.read(json.getBytes(StandardCharsets.UTF_8),
                    OneSubjectContract.TODAY).request().subject()).figures();
            assertThat(f.get("INT")).isEqualTo(3);
            assertThat(f.get("LONG")).isEqualTo(30_000_000_000L);
            assertThat(f.get("BIG")).isEqualTo(new BigInteger("12345678901234567890"));
            for (String plain : List.of("FRACTION", "SCALED", "LARGE")) {
                assertThat(f.get(plain)).as(plain).isExactlyInstanceOf(BigDecimal.class);
            }
            assertThat(f.get("FRACTION")).isEqualTo(new BigDecimal("3.0"));
            assertThat(f.get("LARGE")).isEqualTo(new BigDecimal("1E+3"));
            for (String marked : List.of("EXPONENT", "UPPER", "BOTH", "SHIFTED")) {
                assertThat(f.get(marked)).as(marked).isInstanceOf(WholeWithExponent.class);
            }
            // equal to the BigDecimal it is, in value and scale
            assertThat(f.get("EXPONENT")).isEqualTo(new BigDecimal("3"));
            assertThat(((WholeWithExponent) f.get("EXPONENT")).withExponent()).isEqualTo("3E+0");
            assertThat(((WholeWithExponent) f.get("BOTH")).withExponent()).isEqualTo("30E+0");
            assertThat(((WholeWithExponent) f.get("SHIFTED")).withExponent()).isEqualTo("5E+0");
            assertThat(((Map<?, ?>) f.get("NESTED")).get("actual")).isInstanceOf(WholeWithExponent.class);
            assertThat((List<?>) f.get("LIST")).satisfiesExactly(
                    x -> assertThat(x).isInstanceOf(WholeWithExponent.class), x -> assertThat(x).isEqualTo(3));
        }
    }

    @Test
    void onlyANumberAtScaleZeroIsMarked() {
        assertThat(new WholeWithExponent(new BigDecimal("12e0"))).isEqualByComparingTo("12").hasScaleOf(0);
        assertThatThrownBy(() -> new WholeWithExponent(new BigDecimal("3.0")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WholeWithExponent(new BigDecimal("1e3")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
