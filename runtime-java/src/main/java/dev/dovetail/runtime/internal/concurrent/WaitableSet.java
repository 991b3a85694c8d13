package dev.dovetail.runtime.internal.concurrent;

import dev.dovetail.abi.Trap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The reference's {@code WaitableSet}: waitables joined to it, and how many threads wait on it.
 * Events are taken in join order (the reference shuffles; the deterministic order is one of its
 * allowed outcomes).
 */
public final class WaitableSet {
    final List<Waitable> elems = new ArrayList<>();
    int numWaiting;

    boolean hasPendingEvent() {
        for (Waitable w : elems) {
            if (w.hasPendingEvent()) {
                return true;
            }
        }
        return false;
    }

    Event getPendingEvent() {
        for (Waitable w : elems) {
            if (w.hasPendingEvent()) {
                return w.getPendingEvent();
            }
        }
        throw new IllegalStateException("no pending event");
    }

    /** {@code wait_for_event_and}. */
    Event waitForEventAnd(BooleanSupplier readyFunc, boolean cancellable) {
        numWaiting++;
        try {
            boolean cancelled =
                    GuestThread.current()
                            .waitUntil(
                                    () -> readyFunc.getAsBoolean() && hasPendingEvent(),
                                    cancellable);
            return cancelled ? Event.TASK_CANCELLED : getPendingEvent();
        } finally {
            numWaiting--;
        }
    }

    /**
     * {@code wait_for_event} of {@code waitable-set.wait}: an event already pending is taken at
     * once, without letting other threads run first (one of the reference's allowed outcomes, and
     * the one the reference tests expect).
     */
    Event waitForEvent(boolean cancellable) {
        if (GuestThread.current().task.deliverPendingCancel(cancellable)) {
            return Event.TASK_CANCELLED;
        }
        if (hasPendingEvent()) {
            return getPendingEvent();
        }
        return waitForEventAnd(() -> true, cancellable);
    }

    Event poll(boolean cancellable) {
        if (GuestThread.current().task.deliverPendingCancel(cancellable)) {
            return Event.TASK_CANCELLED;
        }
        if (!hasPendingEvent()) {
            return Event.NONE;
        }
        return getPendingEvent();
    }

    void drop() {
        Trap.trapIf(!elems.isEmpty(), "cannot drop waitable set with waitables in it");
        Trap.trapIf(numWaiting > 0, "cannot drop waitable set with waiters");
    }
}
