package io.iprules.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines of bytes: ends of line, a byte-order mark, lines longer than the bound, and input that comes in pieces. */
class LineReaderTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static List<String> lines(InputStream in, int max) throws IOException {
        LineReader r = new LineReader(in, max);
        List<String> out = new ArrayList<>();
        for (byte[] line = r.next(); line != null; line = r.next()) {
            out.add(line == LineReader.TOO_LONG ? "<too long>" : new String(line, StandardCharsets.UTF_8));
        }
        assertThat(r.next()).isNull();
        return out;
    }

    private static List<String> lines(byte[] bytes, int max) throws IOException {
        return lines(new ByteArrayInputStream(bytes), max);
    }

    private static List<String> lines(String text) throws IOException {
        return lines(text.getBytes(StandardCharsets.UTF_8), 1000);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Hands out at most {@code n} bytes per read, as a pipe or a socket may. */
    private static InputStream trickle(byte[] bytes, int n) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, n));
            }
        };
    }

    @Test
    void endsOfLineAreNotPartOfTheLine() throws IOException {
        assertThat(lines("a\nbc\r\n\n\r\nd")).containsExactly("a", "bc", "", "", "d");
        assertThat(lines("a\n")).containsExactly("a");
        assertThat(lines("\n")).containsExactly("");
        assertThat(lines("")).isEmpty();
        assertThat(lines("a\rb\n")).containsExactly("a\rb"); // a CR inside a line stays
        assertThat(lines("\r")).containsExactly("");
    }

    @Test
    void aByteOrderMarkIsDroppedFromTheFirstLineOnly() throws IOException {
        byte[] a = "a".getBytes(StandardCharsets.UTF_8);
        byte[] nl = {'\n'};
        assertThat(lines(concat(BOM, a, nl, BOM, a), 100)).containsExactly("a", "\uFEFFa");
        assertThat(lines(concat(BOM, nl, a), 100)).containsExactly("", "a");
        assertThat(lines(concat(BOM), 100)).containsExactly("");
        // three bytes of which only some are the mark's are kept, and so are two bytes of it
        LineReader r = new LineReader(new ByteArrayInputStream(concat(new byte[] {(byte) 0xEF, 'x', (byte) 0xBF})),
                100);
        assertThat(r.next()).hasSize(3);
        r = new LineReader(new ByteArrayInputStream(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, 'x'})), 100);
        assertThat(r.next()).hasSize(3);
        r = new LineReader(new ByteArrayInputStream(concat(new byte[] {'x', (byte) 0xBB, (byte) 0xBF})), 100);
        assertThat(r.next()).hasSize(3);
        r = new LineReader(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB}), 100);
        assertThat(r.next()).hasSize(2);
    }

    @Test
    void aLineOfExactlyTheBoundIsKeptAndOneByteMoreIsNot() throws IOException {
        String ten = "0123456789";
        assertThat(lines((ten + "\n" + ten + "x\n" + ten).getBytes(StandardCharsets.UTF_8), 10))
                .containsExactly(ten, "<too long>", ten);
        // a line over the bound that arrives in pieces is still skipped to its end, and the next one is read whole
        assertThat(lines(trickle((ten + ten + "\nab\n").getBytes(StandardCharsets.UTF_8), 3), 10))
                .containsExactly("<too long>", "ab");
        assertThat(lines((ten + "x").getBytes(StandardCharsets.UTF_8), 10)).containsExactly("<too long>");
    }

    @Test
    void longLinesAndLinesAcrossReadsArriveWhole() throws IOException {
        byte[] big = new byte[200_000];
        Arrays.fill(big, (byte) 'y');
        List<String> out = lines(concat(big, new byte[] {'\n', 'z'}), 300_000);
        assertThat(out).hasSize(2);
        assertThat(out.get(0)).hasSize(200_000).matches("y+");
        assertThat(out.get(1)).isEqualTo("z");
        assertThat(lines(trickle("hello\nworld\r\n!".getBytes(StandardCharsets.UTF_8), 2), 100))
                .containsExactly("hello", "world", "!");
        byte[] mid = new byte[1500];
        Arrays.fill(mid, (byte) 'm');
        assertThat(lines(trickle(concat(mid, new byte[] {'\n'}, mid), 700), 100_000)).containsExactly(
                new String(mid, StandardCharsets.UTF_8), new String(mid, StandardCharsets.UTF_8));
    }

    @Test
    void itCountsTheBytesItConsumed() throws IOException {
        byte[] in = "ab\ncd\n".getBytes(StandardCharsets.UTF_8);
        LineReader r = new LineReader(trickle(in, 4), 100);
        assertThat(r.bytes()).isZero();
        r.next();
        assertThat(r.bytes()).isEqualTo(4);
        r.next();
        assertThat(r.bytes()).isEqualTo(6);
        assertThat(r.next()).isNull();
        assertThat(r.bytes()).isEqualTo(6);
    }

    @Test
    void theBoundLeavesOutTheFirstLinesByteOrderMarkAndEveryLinesCarriageReturn() throws IOException {
        byte[] ten = "0123456789".getBytes(StandardCharsets.UTF_8);
        byte[] eleven = "0123456789x".getBytes(StandardCharsets.UTF_8);
        byte[] crlf = {'\r', '\n'};
        assertThat(lines(concat(BOM, ten, crlf, ten, crlf, eleven, crlf), 10))
                .containsExactly("0123456789", "0123456789", "<too long>");
        assertThat(lines(concat(BOM, eleven, crlf, ten), 10)).containsExactly("<too long>", "0123456789");
    }

    @Test
    void itCountsTheBytesOfTheLinesItReturnedTheirEndsIncluded() throws IOException {
        // 4 + 3 + 4 bytes, read three at a time: line ends fall inside reads and across them
        LineReader r = new LineReader(trickle("ab\r\ncd\nlast".getBytes(StandardCharsets.UTF_8), 3), 100);
        assertThat(r.consumed()).isZero();
        List<Long> afterEach = new ArrayList<>();
        while (r.next() != null) {
            afterEach.add(r.consumed());
        }
        assertThat(afterEach).containsExactly(4L, 7L, 11L);
        assertThat(r.consumed()).isEqualTo(11); // the end of the input adds nothing
    }

    /**
     * A stream may answer a read with no bytes before its end (a non-blocking source; {@code BufferedReader} reads
     * again then): only -1 ends the input. Taken for its end, it cut the batch's input there, and the run was
     * summarised as complete with the lines after it never read.
     */
    @Test
    void aReadOfNoBytesIsNotTheEndOfTheInput() throws IOException {
        byte[] bytes = "a\nb\nc\n".getBytes(StandardCharsets.UTF_8);
        InputStream stalling = new InputStream() {
            private int next;
            private boolean stalled;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                stalled = !stalled;
                if (stalled) {
                    return 0; // before each byte and before the end, a read that brings none
                }
                if (next == bytes.length) {
                    return -1;
                }
                b[off] = bytes[next++];
                return 1;
            }
        };
        LineReader r = new LineReader(stalling, 100);
        assertThat(List.of(new String(r.next(), StandardCharsets.UTF_8), new String(r.next(), StandardCharsets.UTF_8),
                new String(r.next(), StandardCharsets.UTF_8))).containsExactly("a", "b", "c");
        assertThat(r.next()).as("no empty line after the last").isNull();
        assertThat(r.consumed()).isEqualTo(6);
        assertThat(r.bytes()).isEqualTo(6);
    }

    /**
     * A line is ready when a whole line is buffered, or else when the input has bytes ready: the batch answers the
     * lines in hand before a read that would wait. Asking changes none of the lines read.
     */
    @Test
    void aLineIsReadyWhenOneIsBufferedOrTheInputHasBytesReady() throws IOException {
        // what one read brings, then nothing ready (available() 0, as a socket whose client has paused)
        byte[] bytes = "ab\ncd\nhalf".getBytes(StandardCharsets.UTF_8);
        LineReader r = new LineReader(new InputStream() {
            private boolean read;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (read) {
                    return -1;
                }
                read = true;
                System.arraycopy(bytes, 0, b, off, bytes.length);
                return bytes.length;
            }
        }, 100);
        assertThat(r.lineReady()).isFalse(); // nothing read yet, nothing ready
        assertThat(r.next()).asString(StandardCharsets.UTF_8).isEqualTo("ab");
        assertThat(r.lineReady()).isTrue();
        assertThat(r.lineReady()).isTrue();
        assertThat(r.next()).asString(StandardCharsets.UTF_8).isEqualTo("cd");
        assertThat(r.lineReady()).isFalse(); // "half" has no end yet: its read would wait
        assertThat(r.next()).asString(StandardCharsets.UTF_8).isEqualTo("half");
        assertThat(r.next()).isNull();
        assertThat(r.consumed()).isEqualTo(bytes.length);

        // bytes ready in the input count, and asking before each line leaves every line whole
        byte[] mid = new byte[1500];
        Arrays.fill(mid, (byte) 'm');
        LineReader asked = new LineReader(trickle(concat(mid, new byte[] {'\n', 'x', '\n'}, mid), 700), 100_000);
        List<String> read = new ArrayList<>();
        for (boolean ready = asked.lineReady(); ; ready = asked.lineReady()) {
            // a ByteArrayInputStream has its bytes ready to its end, but the last line ends with the input, not with
            // a newline: that the input ends is learnt by a read, so it is not told ready
            assertThat(ready).isEqualTo(read.size() < 2);
            byte[] line = asked.next();
            if (line == null) {
                break;
            }
            read.add(new String(line, StandardCharsets.UTF_8));
        }
        String m = new String(mid, StandardCharsets.UTF_8);
        assertThat(read).containsExactly(m, "x", m);
    }

    /**
     * A line and the start of the next arrive, then the input pauses (a client waiting for the first line's answer):
     * the bytes ready end no line, so none is ready, and the line is answered before the read waits. Before, bytes
     * ready counted as a line ready, and the first line waited for the second's end (helper-202).
     */
    @Test
    void aLinesBeginningAloneIsNoLineReady() throws IOException {
        List<byte[]> parts = new ArrayList<>(List.of("a\n".getBytes(StandardCharsets.UTF_8),
                "hal".getBytes(StandardCharsets.UTF_8), "f\n".getBytes(StandardCharsets.UTF_8)));
        int[] released = {2}; // the third part comes after the pause
        InputStream in = new InputStream() {
            private int at;
            private int part;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int available() {
                return part < released[0] ? parts.get(part).length - at : 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (part == parts.size()) {
                    return -1;
                }
                assertThat(part).as("a read that would wait").isLessThan(released[0]);
                int n = Math.min(len, parts.get(part).length - at);
                System.arraycopy(parts.get(part), at, b, off, n);
                at += n;
                if (at == parts.get(part).length) {
                    part++;
                    at = 0;
                }
                return n;
            }
        };
        LineReader r = new LineReader(in, 100);
        assertThat(r.lineReady()).isTrue();
        assertThat(r.next()).asString(StandardCharsets.UTF_8).isEqualTo("a");
        assertThat(r.lineReady()).as("hal, then nothing ready").isFalse();
        released[0] = 3;
        assertThat(r.lineReady()).isTrue();
        assertThat(r.next()).asString(StandardCharsets.UTF_8).isEqualTo("half");
        assertThat(r.lineReady()).as("the end of the input: no bytes ready").isFalse();
        assertThat(r.next()).isNull();
        assertThat(r.consumed()).isEqualTo(7); // a\n half\n
    }

    /** A read that fails while looking for a line is told by the next line's read, where a reader expects it. */
    @Test
    void aReadThatFailsWhileLookingIsToldByTheNextLine() throws IOException {
        LineReader r = new LineReader(new InputStream() {
            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int available() {
                return 5;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("EIO");
            }
        }, 100);
        assertThat(r.lineReady()).isFalse();
        assertThatThrownBy(r::next).isInstanceOf(IOException.class).hasMessage("EIO");
    }

    /** An input that cannot tell whether it has bytes ready has none: the read that follows tells its failure. */
    @Test
    void anInputThatCannotTellHasNoLineReady() throws IOException {
        LineReader r = new LineReader(new FilterInputStream(new ByteArrayInputStream("a\n".getBytes(
                StandardCharsets.UTF_8))) {
            @Override
            public int available() throws IOException {
                throw new IOException("Illegal seek");
            }
        }, 100);
        assertThat(r.lineReady()).isFalse();
        assertThat(r.next()).asString(StandardCharsets.UTF_8).isEqualTo("a");
    }
}
