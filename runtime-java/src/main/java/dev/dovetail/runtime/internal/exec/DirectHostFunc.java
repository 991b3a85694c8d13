package dev.dovetail.runtime.internal.exec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.codec.FuncPlan;

/**
 * A host function that lifts its arguments from and lowers its result to the core values itself
 * (typed host functions), instead of through {@link dev.dovetail.abi.Val}s. {@code canon lower}
 * asks it once per lowering for the core body.
 */
public interface DirectHostFunc extends RuntimeFunc {
    /** The core body of a core function, called with Chicory's flat arguments. */
    @FunctionalInterface
    interface CoreBody {
        long[] call(long[] args);
    }

    /**
     * The body for a {@code canon lower} with {@code plan} (its flattening) and options {@code cx}.
     */
    CoreBody lower(FuncPlan plan, LiftLowerContext cx);
}
