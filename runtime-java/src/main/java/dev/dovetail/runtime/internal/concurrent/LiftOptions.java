package dev.dovetail.runtime.internal.concurrent;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.StringEncoding;

/**
 * The canonical options of a lift (or {@code task.return}) that matter at run time: {@code async},
 * whether a {@code callback} is given, and the memory and string encoding {@code task.return} must
 * agree with ({@code LiftOptions.equal}). {@code memory} is the core memory's identity.
 */
public record LiftOptions(
        boolean async,
        boolean callback,
        Object memory,
        StringEncoding encoding,
        LiftLowerContext context) {

    /**
     * {@code LiftOptions.equal}: the same string encoding and memory. As wasmtime does, a side
     * without a memory (nothing to read through it) matches any memory.
     */
    boolean sameAs(LiftOptions other) {
        return encoding == other.encoding
                && (memory == null || other.memory == null || memory == other.memory);
    }
}
