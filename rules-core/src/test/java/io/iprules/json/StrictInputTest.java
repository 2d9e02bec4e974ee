package io.iprules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.Problem;
import io.iprules.Text;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the reader refuses before any JSON is parsed (README "Input is read strictly and within bounds"): bytes that
 * are not UTF-8 as RFC 3629 defines it, and an escaped lone surrogate ({@code "\ud800"}), each with its byte offset.
 */
class StrictInputTest {
    record Applicant(String name) {
    }

    private static final LocalDate TODAY = OneSubjectContract.TODAY;
    private final JsonContract contract = OneSubjectContract.of(Applicant.class);

    // ------------------------------------------------------------------ UTF-8

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    /** Whether the JDK's UTF-8 decoder, which follows RFC 3629, takes {@code b} whole. */
    private static boolean jdkDecodes(byte[] b) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(b.length * 2 + 2);
        ByteBuffer in = ByteBuffer.wrap(b);
        return !d.decode(in, out, true).isError() && !d.flush(out).isError() && !in.hasRemaining();
    }

    /**
     * Every pair of bytes after a lead byte, and every three- and four-byte sequence around the limits of their
     * continuation bytes, is valid exactly when RFC 3629 says so (the JDK's decoder as the reference), after an ASCII
     * prefix of every length from 0 to 9 (so the sequence falls anywhere in an eight-byte word).
     */
    @Test
    void validExactlyAsRfc3629Says() {
        int[] edges = {0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
        for (int prefix = 0; prefix <= 9; prefix++) {
            byte[] ascii = "abcdefghij".substring(0, prefix).getBytes(StandardCharsets.US_ASCII);
            for (int lead = 0x80; lead <= 0xFF; lead++) {
                for (int second = 0; second <= 0xFF; second++) {
                    check(concat(ascii, bytes(lead, second)));
                    if (lead >= 0xE0) {
                        for (int third : edges) {
                            check(concat(ascii, bytes(lead, second, third)));
                            if (lead >= 0xF0) {
                                for (int fourth : edges) {
                                    check(concat(ascii, bytes(lead, second, third, fourth)));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static void check(byte[] b) {
        boolean valid = StrictUtf8.firstInvalid(b, b.length) < 0;
        if (valid != jdkDecodes(b)) {
            throw new AssertionError(java.util.HexFormat.ofDelimiter(" ").formatHex(b) + ": valid " + valid);
        }
    }

    /**
     * The offset told is that of the first byte of the first sequence that is not valid: a byte that can lead none,
     * or the lead of a sequence its next bytes do not complete (as Python's decoder names "byte 0xc2 in position 2:
     * invalid continuation byte"): a Latin-1 é before a quote is the é, not the quote.
     */
    @Test
    void theOffsetIsTheFirstByteThatDoesNotFit() {
        byte[] ab = "ab".getBytes(StandardCharsets.US_ASCII);
        Object[][] cases = {
                {bytes(0xC2, 0x80), -1}, {bytes(0xDF, 0xBF), -1}, {bytes(0xC1, 0xBF), 2}, {bytes(0xC0, 0xAF), 2},
                {bytes(0xC2, 0x7F), 2}, {bytes(0xC2, 0xC0), 2}, {bytes(0x80), 2}, {bytes(0xBF), 2},
                {bytes(0xE0, 0xA0, 0x80), -1}, {bytes(0xE0, 0x9F, 0xBF), 2}, {bytes(0xE1, 0x80, 0x80), -1},
                {bytes(0xEC, 0xBF, 0xBF), -1}, {bytes(0xED, 0x9F, 0xBF), -1}, {bytes(0xED, 0xA0, 0x80), 2},
                {bytes(0xEE, 0x80, 0x80), -1}, {bytes(0xEF, 0xBF, 0xBF), -1}, {bytes(0xEF, 0xBF, 0xC0), 2},
                {bytes(0xEF, 0xBF, 0x7F), 2}, {bytes(0xE4, 0xB8), 2}, {bytes(0xE4), 2},
                {bytes(0xF0, 0x90, 0x80, 0x80), -1}, {bytes(0xF0, 0x8F, 0xBF, 0xBF), 2},
                {bytes(0xF1, 0x80, 0x80, 0x80), -1}, {bytes(0xF3, 0xBF, 0xBF, 0xBF), -1},
                {bytes(0xF4, 0x8F, 0xBF, 0xBF), -1}, {bytes(0xF4, 0x90, 0x80, 0x80), 2},
                {bytes(0xF0, 0x90, 0x80, 0x7F), 2}, {bytes(0xF0, 0x90, 0x80, 0xC0), 2},
                {bytes(0xF0, 0x90, 0x7F, 0x80), 2},
                {bytes(0xF0, 0x90, 0x80), 2}, {bytes(0xF5, 0x80, 0x80, 0x80), 2}, {bytes(0xFF), 2},
                {bytes(0xE4, 0xB8, 0xAD, 0xC0), 5},
        };
        for (Object[] c : cases) {
            byte[] b = concat(ab, (byte[]) c[0]);
            assertThat(StrictUtf8.firstInvalid(b, b.length)).as(java.util.HexFormat.ofDelimiter(" ")
                    .formatHex(b)).isEqualTo(c[1]);
        }
        // ASCII beyond a word of eight, then a bad byte: found where it is
        byte[] longer = concat("0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII), bytes(0xC0, 0x80));
        assertThat(StrictUtf8.firstInvalid(longer, longer.length)).isEqualTo(20);
        assertThat(StrictUtf8.firstInvalid(longer, 20)).as("only the first 20 bytes").isEqualTo(-1);
    }

    /** Only the first {@code length} bytes count: a sequence cut by that length is cut, whatever follows. */
    @Test
    void aSequenceCutByTheLengthIsCut() {
        byte[] zhong = "中".getBytes(StandardCharsets.UTF_8); // E4 B8 AD
        assertThat(StrictUtf8.firstInvalid(zhong, 3)).isEqualTo(-1);
        assertThat(StrictUtf8.firstInvalid(zhong, 2)).isEqualTo(0);
        assertThat(StrictUtf8.firstInvalid(zhong, 1)).isEqualTo(0);
        assertThat(StrictUtf8.firstInvalid(zhong, 0)).isEqualTo(-1);
        byte[] clef = "𝄞".getBytes(StandardCharsets.UTF_8); // F0 9D 84 9E
        assertThat(StrictUtf8.firstInvalid(clef, 4)).isEqualTo(-1);
        assertThat(StrictUtf8.firstInvalid(clef, 3)).isEqualTo(0);
    }

    /** The problem says the offset and the byte in hex, and to save the file as UTF-8, in both languages. */
    @Test
    void theProblemNamesTheByteAndWhatToDo() {
        assertThat(StrictUtf8.problem(bytes(0xC0, 0xAF), 2))
                .isEqualTo("not valid UTF-8 at byte 0 (0xC0): save the file as UTF-8");
        Text t = StrictUtf8.problemText(concat("{\"a\":\"".getBytes(StandardCharsets.US_ASCII),
                bytes(0xED, 0xA0, 0x80)),
                9);
        assertThat(t.in(Language.EN)).isEqualTo("not valid UTF-8 at byte 6 (0xED): save the file as UTF-8");
        assertThat(t.in(Language.ZH)).isEqualTo("第 6 字节(0xED)处不是有效的 UTF-8:请将文件另存为 UTF-8 编码");
        assertThat(StrictUtf8.problem(bytes('{', '}'), 2)).isNull();
        assertThat(StrictUtf8.problemText(bytes(0xE4, 0xB8, 0xAD), 3)).isNull();
        // a request is refused with it, at the request as a whole
        byte[] request = concat("{\"policy\": \"p-1\", \"applicant\": {\"name\": \"".getBytes(StandardCharsets.UTF_8),
                concat(bytes(0xC0, 0xAF), "\"}}".getBytes(StandardCharsets.UTF_8)));
        assertThat(problem(request)).isEqualTo(new Problem("", "not valid UTF-8 at byte 41 (0xC0): save the file as "
                + "UTF-8"));
    }

    // ------------------------------------------------------------------ lone surrogates written as escapes

    private static final String HEAD = "{\"policy\": \"p-1\", \"applicant\": {\"name\": \"";

    private Problem problem(byte[] json) {
        try {
            contract.read(json, TODAY);
        } catch (InvalidRequestException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("expected the request to be refused: " + new String(json, StandardCharsets.UTF_8));
    }

    private static byte[] request(String nameAsWritten) {
        return (HEAD + nameAsWritten + "\"}}").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An escape of half a surrogate pair without its other half is no character: refused with the byte offset of
     * its backslash, in both languages, wherever it stands (a padding of 0 to 9 characters before it).
     */
    @Test
    void aLoneSurrogateEscapeIsRefusedAtItsOffset() {
        Object[][] cases = { // as written in the JSON; the escape refused; where it starts in what is written
                {"\\uD800", "\\uD800", 0}, {"\\udbff", "\\udbff", 0}, {"\\uDC00", "\\uDC00", 0},
                {"\\uDFFF", "\\uDFFF", 0}, {"\\uD900", "\\uD900", 0}, {"\\uDE00", "\\uDE00", 0},
                {"\\ud83d", "\\ud83d", 0}, {"\\uD800A", "\\uD800", 0}, {"\\uDC00a", "\\uDC00", 0},
                {"\\uD83Dx", "\\uD83D", 0}, {"\\uD83D\\n", "\\uD83D", 0},
                // a high half followed by anything but a low half
                {"\\uD800\\uD800", "\\uD800", 0}, {"\\uDBFF\\uDBFF", "\\uDBFF", 0}, {"\\uDA00\\uDBFF", "\\uDA00", 0},
                {"\\uD800\\uE000", "\\uD800", 0}, {"\\uD800\\u0041", "\\uD800", 0},
                // after a whole pair, after another escape, after an escaped backslash
                {"\\uD83D\\uDE00\\uDE00", "\\uDE00", 12}, {"\\u0041\\uDC00", "\\uDC00", 6},
                {"\\\\\\uD800", "\\uD800", 2},
        };
        for (Object[] c : cases) {
            for (int pad = 0; pad <= 9; pad++) {
                String name = "x".repeat(pad) + c[0];
                int offset = HEAD.length() + pad + (int) c[2];
                Problem p = problem(request(name));
                assertThat(p.path()).as(name).isEmpty();
                assertThat(p.message(Language.EN)).as(name).isEqualTo("not valid text at byte " + offset + ": "
                        + c[1] + " is half of a character (a lone surrogate)");
                assertThat(p.message(Language.ZH)).as(name).isEqualTo("第 " + offset + " 字节处不是有效文本:" + c[1]
                        + " 只是一个字符的一半(孤立的代理项)");
            }
        }
    }

    /** A whole pair, an escape that is not a surrogate, and an escaped backslash before "uD800" are all text. */
    @Test
    void aPairOrAnotherEscapeIsText() {
        String[][] cases = { // as written; as read
                {"\\uD83D\\uDE00", "😀"}, {"\\ud83d\\ude00", "😀"}, {"\\uD800\\uDC00", "\uD800\uDC00"},
                {"\\uDBFF\\uDFFF", "\uDBFF\uDFFF"}, {"\\uD7FF", "\uD7FF"}, {"\\uE000", "\uE000"}, {"\\u00e9", "é"},
                {"\\\\uD800", "\\uD800"}, {"\\\\\\\\uDC00", "\\\\uDC00"}, {"\\uD83D\\uDE00F", "😀F"},
                {"\\uD83D\\uDE00\\uD83D\\uDE00", "😀😀"}, {"\\\"\\uD83D\\uDE00", "\"😀"}, {"\\n\\t", "\n\t"},
        };
        for (String[] c : cases) {
            for (int pad = 0; pad <= 9; pad++) {
                String name = "y".repeat(pad) + c[0];
                Object subject = contract.read(request(name), TODAY).request().subject();
                assertThat(subject).as(name).isEqualTo(new Applicant("y".repeat(pad) + c[1]));
            }
        }
    }

    /** A request cut right after a lone surrogate's escape is refused for the surrogate, which comes first. */
    @Test
    void anEscapeAtTheVeryEndIsStillRead() {
        for (String end : List.of("\\uD800", "\\uD800\\uDC0", "\\uD800\\u", "\\uD800\\")) {
            byte[] json = (HEAD + end).getBytes(StandardCharsets.UTF_8);
            assertThat(problem(json).message()).as(end).isEqualTo("not valid text at byte " + HEAD.length()
                    + ": \\uD800 is half of a character (a lone surrogate)");
        }
        byte[] alone = "\\uDC00".getBytes(StandardCharsets.US_ASCII);
        assertThat(problem(alone).message()).isEqualTo("not valid text at byte 0: \\uDC00 is half of a character "
                + "(a lone surrogate)");
        // a whole pair at the very end is no surrogate problem: the request is then cut short, said as such
        byte[] pair = (HEAD + "\\uD83D\\uDE00").getBytes(StandardCharsets.UTF_8);
        assertThat(problem(pair).message()).startsWith("not valid JSON").doesNotContain("surrogate");
    }
}
