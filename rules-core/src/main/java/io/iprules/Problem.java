package io.iprules;

import java.util.Objects;

/**
 * One thing wrong with a request: where it is (a JSON path such as {@code applicant.parks[1].population},
 * empty for the request as a whole) and what is wrong, in words a caller can act on.
 *
 * @param path    where the problem is, in JSON path notation without a leading {@code $}; empty for the whole request
 * @param message what is wrong and, where it helps, what would be right
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public record Problem(String path, String message) {
    /** The longest message kept whole; a longer one is shortened (it would be quoting a hostile input back). */
    public static final int MAX_MESSAGE = 1_000;

    /** Checks both parts are present; shortens a message longer than {@link #MAX_MESSAGE} characters. */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE / 2) + "… (" + message.length() + " characters in all)";
        }
    }

    /** {@code path: message}, or the message alone when the path is empty. */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
