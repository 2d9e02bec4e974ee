package io.iprules.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.Problem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A subject's own checks, made in its constructors while it is bound: a problem a part states without a path is
 * placed at that part's path in the request; one with a path keeps it; both languages are kept.
 */
class JsonContractOwnChecksTest {
    /** A part that refuses a negative number, without saying where it is. */
    record Part(Integer n) {
        Part {
            if (n != null && n < 0) {
                throw new InvalidRequestException("", "不能为负数", "must not be negative");
            }
        }
    }

    /** An applicant that refuses a blank name, at the name's path. */
    record Checked(String name, List<Part> parts) {
        Checked {
            if (name != null && name.isBlank()) {
                throw new InvalidRequestException(List.of(new Problem("applicant.name", "must not be blank",
                        "不能为空")));
            }
        }
    }

    private static final LocalDate TODAY = OneSubjectContract.TODAY;
    private final JsonContract contract = OneSubjectContract.of(Checked.class);

    private List<Problem> problems(String applicant) {
        try {
            contract.read(("{\"policy\": \"p-1\", \"applicant\": " + applicant + "}").getBytes(StandardCharsets.UTF_8),
                    TODAY);
        } catch (InvalidRequestException e) {
            return e.problems();
        }
        throw new AssertionError("expected the request to be refused: " + applicant);
    }

    @Test
    void aPartsProblemWithoutAPathIsPlacedAtThePart() {
        List<Problem> p = problems("{\"name\": \"x\", \"parts\": [{\"n\": 1}, {\"n\": -1}]}");
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("applicant.parts[1]");
            assertThat(x.message(Language.EN)).isEqualTo("must not be negative");
            assertThat(x.message(Language.ZH)).isEqualTo("不能为负数");
        });
    }

    @Test
    void aProblemWithItsOwnPathKeepsIt() {
        assertThat(problems("{\"name\": \" \", \"parts\": []}")).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("applicant.name");
            assertThat(x.message(Language.ZH)).isEqualTo("不能为空");
        });
    }

    /** A wrong type is told with the check that follows once it is set aside, each once. */
    @Test
    void aWrongTypeAndAnOwnCheckAreBothTold() {
        List<Problem> p = problems("{\"name\": \" \", \"parts\": [{\"n\": \"one\"}]}");
        assertThat(p).extracting(Problem::path).containsExactly("applicant.parts[0].n", "applicant.name");
        assertThat(p.get(0).message()).isEqualTo("must be a whole number");
    }

    @Test
    void aValidSubjectIsBound() {
        Object subject = contract.read(("{\"policy\": \"p-1\", \"applicant\": {\"name\": \"x\", \"parts\": [{\"n\": "
                + "0}]}}")
                .getBytes(StandardCharsets.UTF_8), TODAY).request().subject();
        assertThat(subject).isEqualTo(new Checked("x", List.of(new Part(0))));
    }
}
