package io.iprules.batch;

/** Told how far a batch has got, from the thread that reads and writes; for progress bars. */
@FunctionalInterface
public interface BatchProgress {
    /**
     * @param lines lines written so far
     * @param bytes input bytes read so far
     */
    void update(long lines, long bytes);

    /** Tells nothing. */
    BatchProgress NONE = (lines, bytes) -> { };
}
