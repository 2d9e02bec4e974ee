package io.iprules.examples;

/** Input the command cannot use (a missing file, an unreadable line): exit code 2. */
final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidInputException(String message) {
        super(message);
    }
}
