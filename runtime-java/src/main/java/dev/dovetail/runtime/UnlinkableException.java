package dev.dovetail.runtime;

import dev.dovetail.abi.DovetailException;

/** An import could not be satisfied: missing, or present with an incompatible type. */
public class UnlinkableException extends DovetailException {
    private static final long serialVersionUID = 1L;

    public UnlinkableException(String message) {
        super(message);
    }

    public UnlinkableException(String message, Throwable cause) {
        super(message, cause);
    }
}
