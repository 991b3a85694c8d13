package dev.dovetail.runtime.internal.concurrent;

import java.util.function.Supplier;

/**
 * The reference's {@code Waitable}: a subtask or a stream/future end, holding at most one pending
 * event (computed when delivered), the waitable set it joined, and whether a synchronous caller is
 * waiting on it.
 */
public abstract class Waitable {
    private Supplier<Event> pendingEvent;
    WaitableSet wset;
    boolean hasSyncWaiter;

    void setPendingEvent(Supplier<Event> pendingEvent) {
        this.pendingEvent = pendingEvent;
    }

    boolean hasPendingEvent() {
        return pendingEvent != null;
    }

    boolean inWaitableSet() {
        return wset != null;
    }

    /** {@code wait_for_pending_event}: a synchronous built-in blocks its thread on this one. */
    void waitForPendingEvent() {
        hasSyncWaiter = true;
        try {
            GuestThread.current().waitUntil(this::hasPendingEvent, false);
        } finally {
            hasSyncWaiter = false;
        }
    }

    Event getPendingEvent() {
        Supplier<Event> e = pendingEvent;
        pendingEvent = null;
        return e.get();
    }

    /** {@code join}: moves this waitable into {@code wset} (or out of any set, for null). */
    void join(WaitableSet wset) {
        if (this.wset != null) {
            this.wset.elems.remove(this);
        }
        this.wset = wset;
        if (wset != null) {
            wset.elems.add(this);
        }
    }

    void drop() {
        join(null);
    }
}
