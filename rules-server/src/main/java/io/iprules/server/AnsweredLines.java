package io.iprules.server;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A batch's answer, counting the lines written to it whole, so that a batch cut off says in its log line how far it
 * was answered. Counted as they are written, not at the batch's checkpoints: those come once a chunk (2,048 lines or
 * 8 MiB) is written, while the lines go out as they are written (in writes of up to 1 MiB), so a client gone mid-chunk
 * had been sent up to a chunk more than the last checkpoint counted. Every result line ends with a newline and none
 * holds one (JSON escapes it): the newlines are the lines.
 */
final class AnsweredLines extends FilterOutputStream {
    private long lines;
    /** A write under way, or one that failed: it may have sent part of what it held, lines whole among it. */
    private boolean writing;

    AnsweredLines(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        writing = true;
        out.write(b, off, len);
        writing = false;
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                lines++;
            }
        }
    }

    @Override
    public void write(int b) throws IOException {
        writing = true;
        out.write(b);
        writing = false;
        if (b == '\n') {
            lines++;
        }
    }

    /** The lines written whole so far. */
    long lines() {
        return lines;
    }

    /**
     * What had been answered, for the log line of a batch cut off: the lines written whole, from the first, and
     * whether a write that failed may have sent some after them.
     */
    String answered() {
        if (lines == 0) {
            return writing ? "; no line had been written out whole, but perhaps some in the write that failed"
                    : "; no line had been answered yet";
        }
        return "; lines 1 to " + lines + " had been answered and written out"
                + (writing ? ", and perhaps some after them in the write that failed" : "")
                + " (the client may have received fewer)";
    }
}
