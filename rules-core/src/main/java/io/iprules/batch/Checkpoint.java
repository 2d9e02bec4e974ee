package io.iprules.batch;

/**
 * How far a batch's output is complete: after {@code lines} result lines ({@code outputBytes} bytes, whose CRC-32C is
 * {@code outputCrc32c}), which answer the input's first {@code inputBytes} bytes, whose SHA-256 is
 * {@code inputSha256}. A run killed after a checkpoint can be {@linkplain JsonLinesBatch.Builder#resume resumed} from
 * it.
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
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record Checkpoint(long lines, long inputBytes, String inputSha256, long outputBytes, String outputCrc32c) {

    /** A checkpoint without the output's checksum (see {@link #outputCrc32c}). */
    public Checkpoint(long lines, long inputBytes, String inputSha256, long outputBytes) {
        this(lines, inputBytes, inputSha256, outputBytes, null);
    }
}
