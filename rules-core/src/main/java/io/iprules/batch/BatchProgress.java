package io.iprules.batch;

/**
 * Told how far a batch has got, from the thread that reads and writes; for progress bars. Called as each slice of a
 * chunk is evaluated (so a few hundred lines at a time, not once per chunk), and after each chunk is written.
 */
@FunctionalInterface
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public interface BatchProgress {
    /**
     * @param lines lines evaluated so far (counting lines kept by a resumed run)
     * @param bytes input bytes of the lines written so far (not of lines read ahead)
     */
    void update(long lines, long bytes);

    /** Tells nothing. */
    BatchProgress NONE = (lines, bytes) -> { };
}
