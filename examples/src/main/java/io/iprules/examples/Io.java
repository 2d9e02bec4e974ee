package io.iprules.examples;

import java.io.InputStream;
import java.io.PrintStream;

/** The streams of the running command, so that tests can run it in-process. */
record Io(InputStream in, PrintStream out, PrintStream err) {
    private static final ThreadLocal<Io> CURRENT = new ThreadLocal<>();

    static void set(Io io) {
        CURRENT.set(io);
    }

    static Io get() {
        Io io = CURRENT.get();
        return io != null ? io : new Io(System.in, System.out, System.err);
    }
}
