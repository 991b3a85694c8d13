package dev.dovetail.runtime;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.codec.ValueTypeException;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.runtime.internal.concurrent.CanonLift;
import dev.dovetail.runtime.internal.exec.RuntimeFunc;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * An exported component function, called with dynamic {@link Val}s: for hosts that learn a
 * function's signature only at run time. Arguments are checked against {@link #type()}; a wrong one
 * fails with an {@link IllegalArgumentException} naming the parameter and the expected type. {@code
 * post-return} runs automatically before {@link #call} returns.
 */
public final class Func {
    private final Store<?> store;
    private final RuntimeFunc func;
    private final String name;

    Func(Store<?> store, RuntimeFunc func, String name) {
        this.store = store;
        this.func = func;
        this.name = name;
    }

    /** Parameter names and types, and the result type. */
    public FuncType type() {
        return func.type();
    }

    RuntimeFunc runtimeFunc() {
        return func;
    }

    /** The export name this function was looked up by. */
    public String name() {
        return name;
    }

    /**
     * Calls the function.
     *
     * @return the result, or {@code null} when the function has none
     * @throws dev.dovetail.abi.Trap if the guest traps (its instance then refuses further calls)
     * @throws IllegalArgumentException if an argument does not match the parameter types
     */
    public Val call(Store<?> store, Val... args) {
        Objects.requireNonNull(args, "args");
        if (store != this.store) {
            throw new IllegalArgumentException(
                    "function `" + name + "` belongs to a different store");
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                throw new IllegalArgumentException("argument " + i + " of `" + name + "` is null");
            }
        }
        store.enter();
        try {
            return func.call(null, args);
        } catch (ValueTypeException e) {
            throw new IllegalArgumentException("calling `" + name + "`: " + e.getMessage(), e);
        } finally {
            store.exit();
        }
    }

    /**
     * Starts a call without waiting for it: several calls may be in flight on one store, and {@link
     * Store#runUntil} drives the store's event loop until the ones you need complete. For a
     * component that does not use the async ABI, the call runs to completion here.
     *
     * @return the result (a {@code null} value when the function has none); fails with the {@link
     *     dev.dovetail.abi.Trap} when the guest traps while the call starts, and is cancelled when
     *     the guest cancels the task
     */
    public CompletableFuture<Val> callAsync(Store<?> store, Val... args) {
        Objects.requireNonNull(args, "args");
        if (store != this.store) {
            throw new IllegalArgumentException(
                    "function `" + name + "` belongs to a different store");
        }
        store.enter();
        try {
            if (func instanceof CanonLift lift) {
                return lift.callAsync(args);
            }
            try {
                return CompletableFuture.completedFuture(func.call(null, args));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        } finally {
            store.exit();
        }
    }

    @Override
    public String toString() {
        return name + ": " + func.type();
    }
}
