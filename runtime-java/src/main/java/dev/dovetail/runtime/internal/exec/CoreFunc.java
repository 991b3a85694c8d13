package dev.dovetail.runtime.internal.exec;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.WasmFunctionHandle;
import com.dylibso.chicory.wasm.types.FunctionType;

/**
 * A core function value: its core type and how to call it with Chicory's flat {@code long}s. A
 * function exported by a Chicory instance also keeps the {@link ExportFunction} itself, which
 * {@link #call} invokes directly: that call site then only ever sees Chicory's export class, so the
 * JIT inlines it, where calls through {@link #handle} (host functions, built-ins, adapters, many
 * classes) cannot be.
 */
public record CoreFunc(FunctionType type, WasmFunctionHandle handle, ExportFunction export) {
    private static final long[] NONE = new long[0];

    /** A host-implemented core function. */
    public CoreFunc(FunctionType type, WasmFunctionHandle handle) {
        this(type, handle, null);
    }

    /** The function {@code export} of a Chicory instance. */
    static CoreFunc ofExport(FunctionType type, ExportFunction export) {
        return new CoreFunc(type, (in, args) -> export.apply(args), export);
    }

    /** Calls the function; never returns {@code null}. */
    public long[] call(long... args) {
        long[] r = export != null ? export.apply(args) : handle.apply(null, args);
        return r == null ? NONE : r;
    }
}
