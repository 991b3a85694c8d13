package dev.dovetail.format;

import dev.dovetail.abi.DovetailException;

/** The component is well formed but breaks a validation rule of the Component Model. */
public class InvalidComponentException extends DovetailException {
    private static final long serialVersionUID = 1L;

    public InvalidComponentException(String message) {
        super(message);
    }

    public InvalidComponentException(String message, Throwable cause) {
        super(message, cause);
    }
}
