package dev.dovetail.runtime.internal.concurrent;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference's {@code Store}: the threads waiting to run (in the order they started waiting) and
 * {@code tick}, which resumes one that is ready. One per {@link dev.dovetail.runtime.Store}; it
 * owns the store's {@link Carriers}, created on first use.
 */
public final class StoreLoop {
    final List<GuestThread> waiting = new ArrayList<>();
    private final Carriers.Kind carrierKind;
    private Carriers carriers;
    int nestingDepth;

    public StoreLoop(Carriers.Kind carrierKind) {
        this.carrierKind = carrierKind;
    }

    Carriers carriers() {
        if (carriers == null) {
            carriers = new Carriers(carrierKind);
        }
        return carriers;
    }

    /** The carriers started so far, or null. */
    public Carriers carriersOrNull() {
        return carriers;
    }

    /**
     * {@code tick}: resumes the first waiting thread that is ready, entering its instance from the
     * host. Returns false when no thread is ready (nothing can make progress).
     */
    public boolean tick() {
        for (Runnable done = hostCompletions.poll(); done != null; done = hostCompletions.poll()) {
            hostPending--;
            done.run();
        }
        if (resumeReady()) {
            return true;
        }
        if (hostPending > 0) {
            // Nothing can run until a host function completes: wait for one.
            Runnable done;
            try {
                done = hostCompletions.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new dev.dovetail.abi.Trap("wasm trap: interrupted");
            }
            hostPending--;
            done.run();
            return true;
        }
        return false;
    }

    private final java.util.concurrent.LinkedBlockingQueue<Runnable> hostCompletions =
            new java.util.concurrent.LinkedBlockingQueue<>();
    private int hostPending;

    /**
     * A host function returned a future that is not complete yet: {@link #tick} waits for it when
     * nothing else can run. Call on the store's thread.
     */
    public void hostCallStarted() {
        hostPending++;
    }

    /**
     * A host future completed (on any Java thread): {@code delivery} runs on the store's thread at
     * the next {@link #tick}.
     */
    public void hostCallCompleted(Runnable delivery) {
        hostCompletions.add(delivery);
    }

    private boolean resumeReady() {
        // Threads of an instance that trapped never run again.
        waiting.removeIf(t -> t.task.inst.poisoned());
        for (GuestThread thread : waiting) {
            if (thread.ready()) {
                var inst = thread.task.inst;
                inst.enterFrom(null);
                try {
                    thread.resume();
                } finally {
                    inst.leaveTo(null);
                }
                return true;
            }
        }
        return false;
    }

    /**
     * A ready thread of {@code inst} other than its {@code exclusive_thread} (the candidates at the
     * end of {@code canon_lift} for a synchronous function type), or null.
     */
    GuestThread readyThreadOf(dev.dovetail.runtime.internal.state.ComponentInstanceState inst) {
        for (GuestThread t : waiting) {
            if (t.task.inst == inst
                    && !inst.poisoned()
                    && !(t.task.holdsStack(t) && t != inst.exclusiveThread())
                    && t.ready()) {
                return t;
            }
        }
        return null;
    }

    /** Whether a thread other than {@code thread} waits in a live (not trapped) instance. */
    boolean othersWaiting(GuestThread thread) {
        for (GuestThread t : waiting) {
            if (t != thread && !t.task.inst.poisoned()) {
                return true;
            }
        }
        return false;
    }

    /** Ends every carrier: parked guest threads unwind. */
    public void close() {
        if (carriers != null) {
            carriers.close();
        }
        waiting.clear();
    }
}
