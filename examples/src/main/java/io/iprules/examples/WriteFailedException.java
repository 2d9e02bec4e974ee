package io.iprules.examples;

/** Output that could not be written (a full disk, a closed pipe, a missing folder found late): exit code 1. */
final class WriteFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WriteFailedException(String message) {
        super(message);
    }
}
