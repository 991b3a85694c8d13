package dev.dovetail.runtime.internal.concurrent;

import dev.dovetail.abi.Trap;

/**
 * The reference's {@code Subtask}: the caller's side of a call made through {@code canon lower}, a
 * waitable whose events report its {@link #state}. Handles lent to the callee are counted by the
 * runtime's lender object, released by {@link #deliverResolve}.
 */
public final class Subtask extends Waitable {
    /** {@code Subtask.State}, by the numbers the guest sees. */
    static final int STARTING = 0;

    static final int STARTED = 1;
    static final int RETURNED = 2;
    static final int CANCELLED_BEFORE_STARTED = 3;
    static final int CANCELLED_BEFORE_RETURNED = 4;

    int state = STARTING;
    OnCancel onCancel;
    final dev.dovetail.runtime.internal.state.Subtask lenders =
            new dev.dovetail.runtime.internal.state.Subtask();
    private boolean resolveDelivered;
    boolean cancellationRequested;
    long[] flatResults = new long[0];

    boolean resolved() {
        return state >= RETURNED;
    }

    void resolve(int state, long[] flatResults) {
        this.state = state;
        this.flatResults = flatResults;
    }

    /** {@code deliver_resolve}: the lent handles return to their owner. */
    void deliverResolve() {
        lenders.deliverResolve();
        resolveDelivered = true;
    }

    boolean resolveDelivered() {
        return resolveDelivered;
    }

    @Override
    void drop() {
        Trap.trapIf(!resolveDelivered, "cannot drop a subtask which has not yet resolved");
        super.drop();
    }
}
