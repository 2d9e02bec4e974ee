package io.iprules.batch;

/** A resumed batch whose kept output does not belong to this input (or is not a batch's output at all). */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class ResumeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what does not match, in plain words */
    public ResumeException(String message) {
        super(message);
    }
}
