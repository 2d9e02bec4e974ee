package io.iprules.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What a batch run stopped by SIGTERM or Ctrl-C says (its shutdown hook), and the end of the run that puts its
 * results in place, each excluding the other. The notice "the run did not finish: the results so far are in
 * OUT.partial … --resume" is said exactly when the results will not be put in place: a stop that comes while they are
 * being put in place (the rename over {@code --out}, the checkpoint's removal, the summary's rename: a few syncs)
 * waits for that to end and says nothing, and a run that reaches its end after a stop puts nothing in place.
 * Without this the notice, which runs beside the run, could find the {@code .partial} there just before the rename
 * took it away, and tell the user to resume a run that had finished.
 */
final class StopNotice {

    /** Work on the run's files. */
    interface Placing {
        void run() throws IOException;
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Path partial;
    private final Runnable notice;
    private boolean stopping; // guarded by lock
    private volatile Runnable halt = () -> { };

    /**
     * @param partial the run's {@code .partial}: while it is there, the run can be resumed
     * @param notice  says where the results so far are and how to resume
     */
    StopNotice(Path partial, Runnable notice) {
        this.partial = partial;
        this.notice = notice;
    }

    /**
     * What the stop runs before it looks at the {@code .partial}: the run's checkpoints stopped, a checkpoint being
     * recorded waited for ({@link BatchCommand.Syncer#halt}). The thread that records them is a daemon, which the JVM
     * halts wherever it is once the hooks have run: stopped between writing its {@code .checkpoint.tmp} and renaming
     * it, it left that file beside the {@code .partial} and the {@code .checkpoint}.
     */
    void halts(Runnable halt) {
        this.halt = halt;
    }

    /**
     * The shutdown hook's work: waits for the results being put in place, if they are, and for a checkpoint being
     * recorded ({@link #halts}), and says the notice when the {@code .partial} is still there (then the run will not
     * put it in place: {@link #place} does nothing more).
     */
    void stop() {
        lock.lock();
        try {
            stopping = true;
            halt.run();
            if (Files.exists(partial, LinkOption.NOFOLLOW_LINKS)) {
                notice.run();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code placing} unless the JVM is stopping; a stop that comes meanwhile waits for it.
     *
     * @return {@code false} when the JVM is stopping: nothing was done, and the notice has said where the results are
     */
    boolean place(Placing placing) throws IOException {
        lock.lock();
        try {
            if (stopping) {
                return false;
            }
            placing.run();
            return true;
        } finally {
            lock.unlock();
        }
    }
}
