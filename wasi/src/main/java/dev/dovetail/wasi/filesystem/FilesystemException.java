package dev.dovetail.wasi.filesystem;

/**
 * A filesystem operation failed with {@link #code()}; caught by {@link FilesystemHost} and returned
 * to the guest as the {@code error} case of a result, never thrown across the boundary.
 */
final class FilesystemException extends Exception {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;

    FilesystemException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    FilesystemException(ErrorCode code) {
        this(code, code.toString());
    }

    ErrorCode code() {
        return code;
    }
}
