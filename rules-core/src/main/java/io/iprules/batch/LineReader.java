package io.iprules.batch;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Reads lines of bytes with a bound on a line's length: a longer line is skipped to its end without being kept
 * in memory, and reported as {@link #TOO_LONG}. Strips a trailing CR and a leading UTF-8 byte-order mark; the
 * bound is on what is left, so that it is the same whatever the line ending.
 *
 * <p>Counts the bytes of the lines returned ({@link #consumed}) and, when given a digest, hashes exactly those
 * bytes: the fingerprint of the input a resumed run checks its kept output against.
 */
final class LineReader {
    /** Returned for a line longer than the bound. */
    static final byte[] TOO_LONG = new byte[0];

    private final InputStream in;
    private final int max;
    private final MessageDigest digest;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    /** Where the search for the next newline goes on: {@link #lineReady} found none in {@code buf} before it. */
    private int scanned;
    private long bytes;
    private long consumed;
    private boolean first = true;
    private byte[] line = new byte[1024];

    LineReader(InputStream in, int max) {
        this(in, max, null);
    }

    LineReader(InputStream in, int max, MessageDigest digest) {
        this.in = in;
        this.max = max;
        this.digest = digest;
    }

    /** Input bytes read so far (some may be buffered, not yet returned). */
    long bytes() {
        return bytes;
    }

    /** Input bytes of the lines returned so far, line ends included. */
    long consumed() {
        return consumed;
    }

    /** The digest of the bytes {@link #consumed} so far, or {@code null} without a digest. */
    MessageDigest digest() {
        return digest;
    }

    private boolean fill() throws IOException {
        // a read may bring no bytes before the end (a non-blocking source): only -1 ends the input, as for
        // BufferedReader, which reads again too; taken for the end, it cut the input and the run looked complete
        do {
            end = in.read(buf, 0, buf.length);
        } while (end == 0);
        pos = 0;
        scanned = 0;
        if (end < 0) {
            end = 0;
            return false;
        }
        bytes += end;
        return true;
    }

    /**
     * Whether {@link #next} has a line without waiting for the input: a whole line is buffered, or the bytes the
     * input has ready ({@link InputStream#available()}, asked only when no whole line is buffered) end one, or end
     * the input. The bytes ready are read to see: a line's beginning alone is not a line (a client that sends a line
     * and the start of the next, then waits for the first's answer, would get none). {@code true} too when a line in
     * progress fills the buffer (the rest of a line over 64 KiB is not looked for). {@code false} for an input whose
     * {@code available()} fails, and for one whose read fails: that failure is told by the next {@link #next}, where
     * a reader expects it.
     */
    boolean lineReady() {
        int i = Math.max(pos, scanned);
        while (true) {
            while (i < end && buf[i] != '\n') {
                i++;
            }
            scanned = i; // next() goes on from here: the bytes are searched once
            if (i < end) {
                return true;
            }
            int ready;
            try {
                ready = in.available();
            } catch (IOException e) {
                return false; // it cannot tell (a pipe the JDK's file stream opened): the read says what it has
            }
            if (ready <= 0) {
                return false;
            }
            try {
                if (pos > 0) { // the line in progress to the buffer's start, for the bytes ready after it
                    System.arraycopy(buf, pos, buf, 0, end - pos);
                    end -= pos;
                    i -= pos;
                    pos = 0;
                }
                if (end == buf.length) {
                    return true;
                }
                int n = in.read(buf, end, Math.min(ready, buf.length - end));
                if (n < 0) {
                    return true; // the input ends: the bytes in hand are its last line
                }
                if (n == 0) {
                    return false; // said ready, gave nothing: not asked again, the read that follows waits
                }
                end += n;
                bytes += n;
            } catch (IOException e) {
                failed = e;
                return false;
            }
        }
    }

    /** A read of {@link #lineReady} that failed: the next {@link #next} throws it. */
    private IOException failed;

    /** The next line without its end of line, {@link #TOO_LONG}, or {@code null} at the end of input. */
    byte[] next() throws IOException {
        if (failed != null) {
            IOException e = failed;
            failed = null;
            throw e;
        }
        int len = 0;
        boolean tooLong = false;
        boolean any = false;
        int keep = max + 1; // + a CR that is stripped below
        if (first) {
            keep += 3; // + a byte-order mark
        }
        while (true) {
            if (pos == end && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int start = pos;
            pos = Math.max(pos, scanned); // no newline before it
            while (pos < end && buf[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            if (digest != null) {
                digest.update(buf, start, pos < end ? n + 1 : n);
            }
            consumed += pos < end ? n + 1 : n;
            if (!tooLong) {
                if (len + n > keep) {
                    tooLong = true;
                } else {
                    if (len + n > line.length) {
                        line = Arrays.copyOf(line, Math.max(Math.min(line.length * 2, keep), len + n));
                    }
                    System.arraycopy(buf, start, line, len, n);
                    len += n;
                }
            }
            if (pos < end) {
                pos++; // the newline
                break;
            }
        }
        boolean wasFirst = first;
        first = false;
        if (tooLong) {
            return TOO_LONG;
        }
        int from = wasFirst ? io.iprules.json.StrictUtf8.byteOrderMarkLength(line, len) : 0;
        if (len > from && line[len - 1] == '\r') {
            len--;
        }
        if (len - from > max) {
            return TOO_LONG;
        }
        return Arrays.copyOfRange(line, from, len);
    }
}
