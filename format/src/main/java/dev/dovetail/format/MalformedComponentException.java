package dev.dovetail.format;

import dev.dovetail.abi.DovetailException;

/**
 * The bytes are not a well-formed component or core module: decoding stopped at {@link #offset()}.
 */
public class MalformedComponentException extends DovetailException {
    private static final long serialVersionUID = 1L;

    private final long offset;

    public MalformedComponentException(String message, long offset) {
        super(message + " (at offset 0x" + Long.toHexString(offset) + ")");
        this.offset = offset;
    }

    public MalformedComponentException(String message, long offset, Throwable cause) {
        super(message + " (at offset 0x" + Long.toHexString(offset) + ")", cause);
        this.offset = offset;
    }

    /** Byte offset in the input where the problem was found. */
    public long offset() {
        return offset;
    }
}
