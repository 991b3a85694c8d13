package dev.dovetail.abi;

import java.util.Objects;

/**
 * What lifting and lowering need besides the value: the canonical options ({@code memory}, {@code
 * realloc}, {@code string-encoding}) and the handle bridge. Built once per lifted or lowered
 * function, not per call. {@code memory} and {@code realloc} may be {@code null} when the
 * function's types never need them (validation guarantees they are present when they are needed).
 *
 * <p>{@code stringSource} says where lowered strings come from: {@code null} for host (Java)
 * strings, or the {@code string-encoding} of the component that lifted them, which decides the
 * specification's {@code realloc} sequence when strings pass from one component to another.
 */
public record LiftLowerContext(
        LinearMemory memory,
        Realloc realloc,
        StringEncoding stringEncoding,
        Handles handles,
        StringEncoding stringSource) {
    public LiftLowerContext {
        Objects.requireNonNull(stringEncoding, "stringEncoding");
        Objects.requireNonNull(handles, "handles");
    }

    /** A context whose lowered strings are host strings. */
    public LiftLowerContext(
            LinearMemory memory, Realloc realloc, StringEncoding stringEncoding, Handles handles) {
        this(memory, realloc, stringEncoding, handles, null);
    }

    /** This context, lowering strings lifted by a component using {@code source}. */
    public LiftLowerContext withStringSource(StringEncoding source) {
        return new LiftLowerContext(memory, realloc, stringEncoding, handles, source);
    }

    /** A context with memory and realloc, UTF-8 strings and no handles. */
    public static LiftLowerContext of(LinearMemory memory, Realloc realloc) {
        return new LiftLowerContext(memory, realloc, StringEncoding.UTF8, Handles.NONE);
    }

    /** The memory, or a trap when the function was lifted or lowered without one. */
    public LinearMemory requireMemory() {
        if (memory == null) {
            throw new Trap("canonical option `memory` is required");
        }
        return memory;
    }

    /** The realloc function, or a trap when there is none. */
    public Realloc requireRealloc() {
        if (realloc == null) {
            throw new Trap("canonical option `realloc` is required");
        }
        return realloc;
    }
}
