package io.iprules.batch;

/**
 * How far a batch's output is complete: after {@code lines} result lines ({@code outputBytes} bytes), which answer
 * the input's first {@code inputBytes} bytes, whose SHA-256 is {@code inputSha256}. A run killed after a checkpoint
 * can be {@linkplain JsonLinesBatch.Builder#resume resumed} from it.
 *
 * @param lines       result lines written, one per input line
 * @param inputBytes  input bytes those lines answer, line ends included
 * @param inputSha256 SHA-256 of those input bytes, lower-case hex
 * @param outputBytes output bytes written for them
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record Checkpoint(long lines, long inputBytes, String inputSha256, long outputBytes) {
}
