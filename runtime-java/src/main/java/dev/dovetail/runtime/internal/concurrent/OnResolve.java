package dev.dovetail.runtime.internal.concurrent;

import dev.dovetail.abi.Val;

/**
 * The reference's {@code OnResolve}: the callee's result ({@code null} for none), or {@code
 * cancelled} when it resolved by {@code task.cancel} without a value.
 */
@FunctionalInterface
public interface OnResolve {
    void resolve(Val result, boolean cancelled);
}
