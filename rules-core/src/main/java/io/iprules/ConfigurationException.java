package io.iprules;

/**
 * The engine cannot start as configured: a policy module's rule base is missing or declared twice, two
 * modules claim one policy id, or a deployment's parameter or data file is wrong. The message says what to do.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public final class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean inParameters;
    private final transient Text text;

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
        this.text = null;
    }

    /**
     * A problem worded in both languages, e.g. a deployment's data file that a policy module refused.
     *
     * @param message      what is wrong and how to fix it, in Chinese and English; {@link #getMessage()} is the English
     * @param cause        the underlying failure, or {@code null}
     * @param inParameters whether the problem is in the caller's input (a parameter or data file)
     */
    public ConfigurationException(Text message, Throwable cause, boolean inParameters) {
        super(message.in(Language.EN), cause);
        this.inParameters = inParameters;
        this.text = message;
    }

    /** The message in {@code language}: the one given in both languages, else {@link #getMessage()}. */
    public String message(Language language) {
        return text != null ? text.in(language) : getMessage();
    }

    /**
     * Whether the problem is in a deployment's parameters or data files, which the caller supplied, rather than in
     * the installation.
     */
    public boolean inParameters() {
        return inParameters;
    }
}
