package dev.dovetail.runtime.internal.concurrent;

/**
 * The reference's {@code OnResolve}: the callee's result ({@code null} for none), or {@code
 * cancelled} when it resolved by {@code task.cancel} without a value. The result is a {@link
 * dev.dovetail.abi.Val} between component functions, a Java value for a typed host call (see {@link
 * OnStart}).
 */
@FunctionalInterface
public interface OnResolve {
    void resolve(Object result, boolean cancelled);
}
