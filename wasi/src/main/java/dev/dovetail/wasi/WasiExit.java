package dev.dovetail.wasi;

import dev.dovetail.abi.DovetailException;

/**
 * A guest called {@code wasi:cli/exit}: the run ends with {@link #code()} as its status. Thrown
 * through the guest's stack to whoever called into the component; {@link Wasi#run} turns it into a
 * return value. The instance cannot be entered again afterwards.
 */
public final class WasiExit extends DovetailException {
    private static final long serialVersionUID = 1L;
    private final int code;

    public WasiExit(int code) {
        super("guest exited with status " + code);
        this.code = code;
    }

    /** The exit status: 0 for success. */
    public int code() {
        return code;
    }
}
