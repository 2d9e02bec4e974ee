package io.iprules;

/**
 * The engine cannot start as configured: a policy module's rule base is missing or declared twice, two
 * modules claim one policy id, or a deployment's parameter file is wrong. The message says what to do.
 */
public final class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and how to fix it */
    public ConfigurationException(String message) {
        super(message);
    }

    /** @param message what is wrong and how to fix it; @param cause the underlying failure */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
