package dev.dovetail.runtime.internal.exec;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.runtime.internal.state.ComponentInstanceState;

/**
 * A component function at run time, called with lifted values: a guest export ({@link LiftedFunc})
 * or a host function. {@code caller} is the instance making the call, or {@code null} for the host.
 */
public interface RuntimeFunc {
    FuncType type();

    /** Calls the function; returns its result, or {@code null} when it has none. */
    Val call(ComponentInstanceState caller, Val[] args);
}
