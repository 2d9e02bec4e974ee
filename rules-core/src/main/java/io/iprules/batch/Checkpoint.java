package io.iprules.batch;

/**
 * How far a batch's output is complete: after {@code lines} result lines ({@code outputBytes} bytes, whose SHA-256 is
 * {@code outputSha256}), which answer the input's first {@code inputBytes} bytes, whose SHA-256 is
 * {@code inputSha256}. A run killed after a checkpoint can be {@linkplain JsonLinesBatch.Builder#resume resumed} from
 * it.
 *
 * @param lines        result lines written, one per input line
 * @param inputBytes   input bytes those lines answer, line ends included
 * @param inputSha256  SHA-256 of those input bytes, lower-case hex
 * @param outputBytes  output bytes written for them
 * @param outputSha256 SHA-256 of those output bytes, lower-case hex; {@code null} when not recorded (a checkpoint
 *                     made with the four-part constructor), and then the kept output is checked line by line only:
 *                     a result edited in place (an amount, a verdict) would be kept as it is
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record Checkpoint(long lines, long inputBytes, String inputSha256, long outputBytes, String outputSha256) {

    /** A checkpoint without the output's digest (see {@link #outputSha256}). */
    public Checkpoint(long lines, long inputBytes, String inputSha256, long outputBytes) {
        this(lines, inputBytes, inputSha256, outputBytes, null);
    }
}
