package dev.dovetail.abi;

/**
 * Root of every exception Dovetail raises on its own account. Unchecked: a malformed component, a
 * failed link or a guest trap is not something a caller can usually recover from locally.
 */
public abstract class DovetailException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected DovetailException(String message) {
        super(message);
    }

    protected DovetailException(String message, Throwable cause) {
        super(message, cause);
    }
}
