package io.iprules;

/**
 * The engine cannot start as configured: a policy module's rule base is missing or declared twice, two
 * modules claim one policy id, or a deployment's parameter file is wrong. The message says what to do.
 */
public final class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean inParameters;

    /** @param message what is wrong and how to fix it */
    public ConfigurationException(String message) {
        this(message, null, false);
    }

    /** @param message what is wrong and how to fix it; @param cause the underlying failure */
    public ConfigurationException(String message, Throwable cause) {
        this(message, cause, false);
    }

    /**
     * @param message      what is wrong and how to fix it
     * @param cause        the underlying failure, or {@code null}
     * @param inParameters whether the problem is in a deployment's parameters (the caller's input) rather than
     *                     in the installation (the modules on the classpath)
     */
    public ConfigurationException(String message, Throwable cause, boolean inParameters) {
        super(message, cause);
        this.inParameters = inParameters;
    }

    /** Whether the problem is in a deployment's parameters, which the caller supplied, rather than in the installation. */
    public boolean inParameters() {
        return inParameters;
    }
}
