package dev.dovetail.runtime.internal.exec;

import com.dylibso.chicory.runtime.WasmFunctionHandle;
import com.dylibso.chicory.wasm.types.FunctionType;

/** A core function value: its core type and how to call it with Chicory's flat {@code long}s. */
public record CoreFunc(FunctionType type, WasmFunctionHandle handle) {
    private static final long[] NONE = new long[0];

    /** Calls the function; never returns {@code null}. */
    public long[] call(long... args) {
        long[] r = handle.apply(null, args);
        return r == null ? NONE : r;
    }
}
