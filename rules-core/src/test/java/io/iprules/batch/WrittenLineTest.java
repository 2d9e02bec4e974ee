package io.iprules.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A kept output's line read again: what it was, or why it is not a line the batch wrote there. */
class WrittenLineTest {
    private static WrittenLine parse(String line, long number) {
        return WrittenLine.parse(line.getBytes(StandardCharsets.UTF_8), number);
    }

    @Test
    void aResultAnInvalidLineAndAnInternalFailureAreToldApart() {
        WrittenLine r = parse("{\"policy\":\"p-1\",\"total\":\"12.50\",\"line\":3}", 3);
        assertThat(r.kind()).isEqualTo(1);
        assertThat(r.total()).isEqualTo(new BigDecimal("12.50"));
        assertThat(parse("{\"line\":3,\"error\":{\"problems\":[]}}", 3).kind()).isEqualTo(2);
        assertThat(parse("{\"line\":3,\"error\":{\"internal\":\"java.lang.IllegalStateException: boom\"}}", 3).kind())
                .isEqualTo(3);
    }

    @Test
    void aLineTooLongToBeAResultIsNotAResultLine() {
        assertThatThrownBy(() -> WrittenLine.parse(LineReader.TOO_LONG, 4)).isInstanceOf(ResumeException.class)
                .hasMessage("line 4 of the kept output is not a result line")
                .satisfies(e -> assertThat(((ResumeException) e).text().in(Language.ZH))
                        .isEqualTo("已保留输出的第 4 行不是结果行"));
    }

    /** The batch writes a line's number as a JSON number; anything else there answers no input line. */
    @Test
    void aLineWithoutItsNumberAsANumberAnswersNoInputLine() {
        for (String line : List.of("", "null", "[{\"line\":3}]", "{\"line\":\"3\",\"total\":\"1.00\"}",
                "{\"total\":\"1.00\"}", "{\"line\":4,\"total\":\"1.00\"}")) {
            assertThatThrownBy(() -> parse(line, 3)).as(line).isInstanceOf(ResumeException.class)
                    .hasMessage("line 3 of the kept output does not answer input line 3");
        }
    }

    @Test
    void aResultWithoutItsTotalIsRefused() {
        assertThatThrownBy(() -> parse("{\"policy\":\"p-1\",\"line\":2}", 2)).isInstanceOf(ResumeException.class)
                .hasMessage("line 2 of the kept output has no total");
    }

    /** Serialised, an exception keeps its message; its differences and text, not serialised, say the same. */
    @Test
    void aResumeExceptionReadBackKeepsWhatItSays() throws Exception {
        ResumeException e = new ResumeException(List.of(new ResumeException.Difference("p-1", "rules", "a", "b")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
            o.writeObject(e);
        }
        ResumeException back;
        try (ObjectInputStream i = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (ResumeException) i.readObject();
        }
        assertThat(back.getMessage()).isEqualTo(e.getMessage()).startsWith("the kept results of policy p-1 were "
                + "decided by another engine than this one (rules: recorded a, now b)");
        assertThat(back.differences()).isEmpty();
        assertThat(back.text().in(Language.ZH)).isEqualTo(e.getMessage());
        assertThatThrownBy(() -> new ResumeException(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an engine difference names at least one part");
    }
}
