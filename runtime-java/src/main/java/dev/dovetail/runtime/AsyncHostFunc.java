package dev.dovetail.runtime;

import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.runtime.internal.concurrent.FuncInst;
import dev.dovetail.runtime.internal.concurrent.OnCancel;
import dev.dovetail.runtime.internal.concurrent.OnResolve;
import dev.dovetail.runtime.internal.concurrent.OnStart;
import dev.dovetail.runtime.internal.concurrent.StoreLoop;
import dev.dovetail.runtime.internal.exec.RuntimeFunc;
import dev.dovetail.runtime.internal.state.ComponentInstanceState;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * An {@link AsyncHostFunction} bound to its store: called by the async protocol, it resolves the
 * caller's subtask when the host's future completes. The completion may arrive on any Java thread;
 * it is delivered on the store's thread by the event loop ({@link StoreLoop#tick}).
 */
final class AsyncHostFunc<T> implements RuntimeFunc, FuncInst {
    private final Imports.Resolved.Func def;
    private final Store<T> store;

    AsyncHostFunc(Imports.Resolved.Func def, Store<T> store) {
        this.def = def;
        this.store = store;
    }

    @Override
    public FuncType type() {
        return def.type();
    }

    @SuppressWarnings("unchecked")
    private CompletableFuture<Val> start(Val[] args) {
        CompletableFuture<Val> f =
                ((AsyncHostFunction<T>) def.async())
                        .call(store, def.type(), List.copyOf(Arrays.asList(args)));
        if (f == null) {
            throw new IllegalArgumentException(
                    "async host function `" + def.name() + "` returned no future");
        }
        return f;
    }

    @Override
    public OnCancel invoke(OnStart onStart, OnResolve onResolve, ComponentInstanceState caller) {
        CompletableFuture<Val> f = start((Val[]) onStart.start());
        if (f.isDone()) {
            deliver(f, onResolve);
            return OnCancel.NONE;
        }
        StoreLoop loop = store.loop();
        loop.hostCallStarted();
        f.whenComplete((v, e) -> loop.hostCallCompleted(() -> deliver(f, onResolve)));
        return c -> f.cancel(true);
    }

    /** Resolves the call with the future's outcome (on the store's thread). */
    private void deliver(CompletableFuture<Val> f, OnResolve onResolve) {
        if (f.isCancelled()) {
            onResolve.resolve(null, true);
            return;
        }
        Val v;
        try {
            v = f.join();
        } catch (CancellationException e) {
            onResolve.resolve(null, true);
            return;
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new Trap("host function `" + def.name() + "` failed: " + cause, cause);
        }
        checkResult(v);
        onResolve.resolve(v, false);
    }

    private void checkResult(Val v) {
        if (def.type().result() != null && v == null) {
            throw new IllegalArgumentException(
                    "async host function `" + def.name() + "` completed with no value");
        }
        if (def.type().result() == null && v != null) {
            throw new IllegalArgumentException(
                    "async host function `"
                            + def.name()
                            + "` completed with a value but has no"
                            + " result");
        }
    }

    /** A call from a component without async machinery: waits for the host's future. */
    @Override
    public Val call(ComponentInstanceState caller, Val[] args) {
        CompletableFuture<Val> f = start(args);
        Val v;
        try {
            v = f.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new Trap("host function `" + def.name() + "` failed: " + cause, cause);
        }
        checkResult(v);
        return v;
    }
}
