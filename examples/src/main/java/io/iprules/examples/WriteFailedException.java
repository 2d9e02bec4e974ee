package io.iprules.examples;

/**
 * Output that could not be written (a full disk, a closed pipe, a missing folder found late), or input whose reading
 * failed half-way (an I/O error): exit code 1.
 */
final class WriteFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WriteFailedException(String message) {
        super(message);
    }
}
