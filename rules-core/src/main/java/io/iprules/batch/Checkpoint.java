package io.iprules.batch;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How far a batch's output is complete: after {@code lines} result lines ({@code outputBytes} bytes, whose CRC-32C is
 * {@code outputCrc32c}), which answer the input's first {@code inputBytes} bytes, whose SHA-256 is
 * {@code inputSha256}, decided by the engine {@code engine} describes. A run killed after a checkpoint can be
 * {@linkplain JsonLinesBatch.Builder#resume resumed} from it.
 *
 * @param lines        result lines written, one per input line
 * @param inputBytes   input bytes those lines answer, line ends included
 * @param inputSha256  SHA-256 of those input bytes, lower-case hex
 * @param outputBytes  output bytes written for them
 * @param outputCrc32c CRC-32C of those output bytes, eight lower-case hex digits; {@code null} when not recorded (a
 *                     checkpoint made with the four-part constructor), and then the kept output is checked line by
 *                     line only: a result edited in place (an amount, a verdict) would be kept as it is. A checksum,
 *                     not a digest: it finds a byte flipped or an edit by hand, not a change made to pass it (whoever
 *                     could make one could as well edit the finished output)
 * @param engine       the engine that decided them: per policy id, its parts of the decision receipt as results name
 *                     them ({@code library}, {@code policyVersion}, {@code rules}, {@code parameters},
 *                     {@code data.<kind>}), for every policy of the engine, whether or not a line used it. A run
 *                     resumed from a checkpoint that records it is refused ({@link ResumeException#differences()})
 *                     under an engine that differs in any of them, whatever the kept lines are (error lines carry no
 *                     receipt, and a policy no kept line used may have been decided otherwise). {@code null} when not
 *                     recorded (a checkpoint made with the four- or five-part constructor): then only each policy's
 *                     first kept result is compared with this engine's receipts
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record Checkpoint(long lines, long inputBytes, String inputSha256, long outputBytes, String outputCrc32c,
                         SortedMap<String, SortedMap<String, String>> engine) {

    /**
     * Nothing kept: no line and no byte of either side (the SHA-256 and the CRC-32C of no bytes), no engine recorded;
     * with {@link #withEngine}, the checkpoint of a run before its first line ({@link JsonLinesBatch#nothingKept}).
     */
    public static final Checkpoint NOTHING_KEPT = new Checkpoint(0, 0,
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 0, "00000000");

    /** Copies {@code engine}, sorted by policy and part. */
    public Checkpoint {
        if (engine != null) {
            SortedMap<String, SortedMap<String, String>> copy = new TreeMap<>();
            for (Map.Entry<String, ? extends Map<String, String>> e : engine.entrySet()) {
                copy.put(e.getKey(), Collections.unmodifiableSortedMap(new TreeMap<>(e.getValue())));
            }
            engine = Collections.unmodifiableSortedMap(copy);
        }
    }

    /** A checkpoint that does not record the engine (see {@link #engine}). */
    public Checkpoint(long lines, long inputBytes, String inputSha256, long outputBytes, String outputCrc32c) {
        this(lines, inputBytes, inputSha256, outputBytes, outputCrc32c, null);
    }

    /** A checkpoint without the output's checksum nor the engine (see {@link #outputCrc32c}, {@link #engine}). */
    public Checkpoint(long lines, long inputBytes, String inputSha256, long outputBytes) {
        this(lines, inputBytes, inputSha256, outputBytes, null, null);
    }

    /** The same place in the output, recorded as decided by {@code engine} (see {@link #engine}). */
    public Checkpoint withEngine(SortedMap<String, SortedMap<String, String>> engine) {
        return new Checkpoint(lines, inputBytes, inputSha256, outputBytes, outputCrc32c, engine);
    }
}
