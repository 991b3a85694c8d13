package dev.dovetail.wasi.io;

import java.util.Optional;

/**
 * The host side of a {@code wasi:io/error} resource: a message for {@code to-debug-string} and, for
 * errors of filesystem streams, the {@code wasi:filesystem} error code that {@code
 * filesystem-error-code} downcasts to.
 */
public final class IoError {
    private final String message;
    private final Object code;

    public IoError(String message, Object code) {
        this.message = message == null ? "I/O error" : message;
        this.code = code;
    }

    /** The human-readable description, for {@code to-debug-string}. */
    public String message() {
        return message;
    }

    /** The interface-specific error code carried along, if any. */
    public <C> Optional<C> code(Class<C> type) {
        return type.isInstance(code) ? Optional.of(type.cast(code)) : Optional.empty();
    }
}
