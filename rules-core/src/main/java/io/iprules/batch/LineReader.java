package io.iprules.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines of bytes with a bound on a line's length: a longer line is skipped to its end without being kept
 * in memory, and reported as {@link #TOO_LONG}. Strips a trailing CR and a leading UTF-8 byte-order mark.
 */
final class LineReader {
    /** Returned for a line longer than the bound. */
    static final byte[] TOO_LONG = new byte[0];

    private final InputStream in;
    private final int max;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private long bytes;
    private boolean first = true;
    private byte[] line = new byte[1024];

    LineReader(InputStream in, int max) {
        this.in = in;
        this.max = max;
    }

    /** Input bytes consumed so far. */
    long bytes() {
        return bytes;
    }

    /** The next line without its end of line, {@link #TOO_LONG}, or {@code null} at the end of input. */
    byte[] next() throws IOException {
        int len = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
                bytes += end;
            }
            any = true;
            int start = pos;
            while (pos < end && buf[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            if (!tooLong) {
                if (len + n > max) {
                    tooLong = true;
                } else {
                    if (len + n > line.length) {
                        line = Arrays.copyOf(line, Math.max(line.length * 2, len + n));
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
        if (tooLong) {
            first = false;
            return TOO_LONG;
        }
        int from = 0;
        if (first && len >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF) {
            from = 3;
        }
        first = false;
        if (len > from && line[len - 1] == '\r') {
            len--;
        }
        return Arrays.copyOfRange(line, from, len);
    }
}
