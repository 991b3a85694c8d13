package dev.dovetail.runtime.internal.exec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.runtime.internal.state.ComponentInstanceState;

/**
 * A guest export ({@code canon lift}) callable with a caller-supplied way to lower the arguments
 * and lift the result, sharing the enter/call/post-return/poison/leave sequence of dynamic calls.
 * Typed functions use it to move Java values without going through {@link dev.dovetail.abi.Val}.
 */
public interface LiftedCall extends RuntimeFunc {
    /** How one call moves its arguments in and its result out. */
    interface FlatCall {
        /**
         * The core arguments; an {@link IllegalArgumentException} means the caller passed a bad
         * value (the guest did not run and is not poisoned).
         */
        long[] lowerParams(LiftLowerContext cx, Object[] args);

        /** The result from the core results, or {@code null} when there is none. */
        Object liftResult(LiftLowerContext cx, long[] coreResults);
    }

    /** The canonical options of the lift. */
    LiftLowerContext context();

    /** Calls the export: enter, lower, run, lift, post-return, leave; a trap poisons. */
    Object invoke(ComponentInstanceState caller, FlatCall call, Object[] args);
}
