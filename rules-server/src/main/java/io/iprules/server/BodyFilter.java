package io.iprules.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A filter whose one-byte {@code read()} and {@code skip} go through {@link #read(byte[], int, int)}, so that a
 * subclass checks and counts the body's bytes in that one method, however they are read.
 */
abstract class BodyFilter extends FilterInputStream {
    BodyFilter(InputStream in) {
        super(in);
    }

    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public final long skip(long n) throws IOException {
        byte[] skipped = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        return Math.max(0, read(skipped, 0, skipped.length));
    }
}
