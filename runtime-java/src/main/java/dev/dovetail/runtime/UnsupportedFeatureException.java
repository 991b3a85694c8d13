package dev.dovetail.runtime;

import dev.dovetail.abi.DovetailException;

/**
 * The component uses a feature this version of Dovetail does not run yet (for example the async
 * built-ins); the message names it.
 */
public class UnsupportedFeatureException extends DovetailException {
    private static final long serialVersionUID = 1L;

    public UnsupportedFeatureException(String message) {
        super(message);
    }
}
