package dev.dovetail.runtime.internal.concurrent;

import dev.dovetail.runtime.internal.state.ComponentInstanceState;

/**
 * The reference's {@code FuncInst}: a component function called by the async protocol. The callee
 * asks for its arguments through {@code onStart} and delivers its result through {@code onResolve},
 * either before returning or later; the returned {@link OnCancel} requests cancellation.
 */
public interface FuncInst {
    OnCancel invoke(OnStart onStart, OnResolve onResolve, ComponentInstanceState caller);
}
