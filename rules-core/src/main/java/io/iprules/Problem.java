package io.iprules;

import java.util.Objects;

/**
 * One thing wrong with a request: where it is (a JSON path such as {@code applicant.parks[1].population},
 * empty for the request as a whole) and what is wrong, in words a caller can act on.
 *
 * @param path    where the problem is, in JSON path notation without a leading {@code $}; empty for the whole request
 * @param message what is wrong and, where it helps, what would be right
 */
public record Problem(String path, String message) {
    /** Checks both parts are present. */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code path: message}, or the message alone when the path is empty. */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
