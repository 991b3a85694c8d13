package dev.dovetail.runtime.internal.concurrent;

import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;

/**
 * The reference's {@code Thread}: a guest thread of a task, with its two {@code context} slots and
 * its index in the instance's thread table. It is either running, suspended (not running, no {@code
 * ready_func}) or waiting (not running, with a {@code ready_func} the store polls).
 *
 * <p>Stack switching ({@code cont_new}, {@code resume}, {@code block} of the reference) is done as
 * the reference itself does it, with one Java thread per guest thread: {@link #resume} hands the
 * baton to this thread's carrier and waits until it blocks or ends; {@link #blockInternal} hands
 * the baton back. Exactly one guest thread of a store runs at any instant.
 */
public final class GuestThread {
    /** The guest thread on the current carrier ({@code current_thread()}), or null. */
    private static final ThreadLocal<GuestThread> CURRENT = new ThreadLocal<>();

    final Task task;
    private final Runnable threadFunc;
    private final StoreLoop store;

    /** {@code cont is None}: the thread is on its carrier's stack, not parked. */
    private boolean running;

    private BooleanSupplier readyFunc;
    boolean cancellable;

    /** {@code index} in the instance's thread table, or 0 when unregistered. */
    int index;

    /** {@code storage}: the two {@code context.get/set} slots. */
    final int[] storage = new int[2];

    // ---- the continuation: a carrier and the handler that resumed it ----
    private boolean started;
    private boolean ended;
    private final Semaphore wake = new Semaphore(0);
    private Handler handler;
    private boolean blockResult;
    private volatile Thread carrier;

    /** The resumer's side of one {@code resume}: where the thread reports blocking or ending. */
    private static final class Handler {
        final Semaphore done = new Semaphore(0);
        GuestThread switchTo;
        Throwable failure;
    }

    GuestThread(Task task, Runnable threadFunc) {
        this.task = task;
        this.threadFunc = threadFunc;
        this.store = task.inst.loop();
    }

    /** {@code current_thread()}: the guest thread running on this Java thread, or null. */
    public static GuestThread current() {
        return CURRENT.get();
    }

    public Task task() {
        return task;
    }

    public int index() {
        return index;
    }

    public int[] storage() {
        return storage;
    }

    boolean running() {
        return running;
    }

    boolean suspended() {
        return !running && !ended && readyFunc == null;
    }

    boolean waiting() {
        return !running && readyFunc != null;
    }

    boolean ready() {
        return waiting() && readyFunc.getAsBoolean();
    }

    void startWaitingInternal(BooleanSupplier readyFunc) {
        this.readyFunc = readyFunc;
        store.waiting.add(this);
    }

    void stopWaitingInternal() {
        this.readyFunc = null;
        store.waiting.remove(this);
    }

    /** {@code resume_later}: a suspended thread becomes ready to run. */
    void resumeLater() {
        startWaitingInternal(() -> true);
    }

    /** {@code resume}: runs this thread (then any thread it switches to) until they block. */
    void resume(boolean cancelled) {
        if (waiting()) {
            stopWaitingInternal();
        }
        GuestThread thread = this;
        while (thread != null) {
            thread = thread.switchIn(cancelled);
            cancelled = false;
        }
    }

    void resume() {
        resume(false);
    }

    /** The reference's module-level {@code resume(cont, ...)}: returns {@code switch_to}. */
    private GuestThread switchIn(boolean cancelled) {
        Handler h = new Handler();
        handler = h;
        blockResult = cancelled;
        running = true;
        if (!started) {
            started = true;
            store.carriers().start(this::base);
        } else {
            wake.release();
        }
        try {
            h.done.acquire();
        } catch (InterruptedException e) {
            // The resumer was interrupted (a runaway guest): pass the interrupt to the carrier
            // running wasm, which traps, and wait for it to hand the baton back.
            Thread c = carrier;
            if (c != null) {
                c.interrupt();
            }
            h.done.acquireUninterruptibly();
            Thread.currentThread().interrupt();
        }
        if (h.failure != null) {
            throw sneaky(h.failure);
        }
        return h.switchTo;
    }

    /** {@code thread_base}: the carrier's body. */
    private void base() {
        carrier = Thread.currentThread();
        CURRENT.set(this);
        try {
            threadFunc.run();
        } catch (Throwable t) {
            handler.failure = t;
        } finally {
            CURRENT.remove();
            Thread.interrupted(); // a pooled carrier starts its next guest thread clean
            carrier = null;
            ended = true;
            handler.done.release();
        }
    }

    /** The reference's {@code block(switch_to)}: parks this carrier until resumed. */
    private boolean block(GuestThread switchTo) {
        Handler h = handler;
        h.switchTo = switchTo;
        running = false;
        h.done.release();
        try {
            wake.acquire();
        } catch (InterruptedException e) {
            throw new StoreClosedException();
        }
        return blockResult;
    }

    boolean blockInternal(boolean cancellable) {
        this.cancellable = cancellable;
        return block(null);
    }

    boolean switchToInternal(boolean cancellable, GuestThread other) {
        this.cancellable = cancellable;
        return block(other);
    }

    /** {@code suspend}. */
    boolean suspend(boolean cancellable) {
        if (task.deliverPendingCancel(cancellable)) {
            return true;
        }
        return blockInternal(cancellable);
    }

    /** {@code wait_until}: blocks until {@code readyFunc} holds and the store picks this thread. */
    boolean waitUntil(BooleanSupplier readyFunc, boolean cancellable) {
        if (task.deliverPendingCancel(cancellable)) {
            return true;
        }
        // (the reference may return at once when already ready; the deterministic profile never)
        var inst = task.inst;
        if (task.opts.callback()
                && inst.exclusiveThread() == this
                && task.state == Task.State.RESOLVED) {
            // A callback task that already returned its value and then blocks in a synchronous
            // built-in lets other tasks of its instance start meanwhile (as wasmtime does, which
            // the reference tests follow), and takes the instance back before it continues.
            inst.setExclusiveThread(null);
            startWaitingInternal(() -> inst.exclusiveThread() == null && readyFunc.getAsBoolean());
            boolean cancelled = blockInternal(cancellable);
            inst.setExclusiveThread(this);
            return cancelled;
        }
        startWaitingInternal(readyFunc);
        return blockInternal(cancellable);
    }

    /** {@code yield_}. */
    boolean yieldThread(boolean cancellable) {
        return waitUntil(() -> true, cancellable);
    }

    boolean suspendThenResume(boolean cancellable, GuestThread other) {
        if (task.deliverPendingCancel(cancellable)) {
            return true;
        }
        return switchToInternal(cancellable, other);
    }

    boolean yieldThenResume(boolean cancellable, GuestThread other) {
        if (task.deliverPendingCancel(cancellable)) {
            return true;
        }
        startWaitingInternal(() -> true);
        return switchToInternal(cancellable, other);
    }

    boolean suspendThenPromote(boolean cancellable, GuestThread other) {
        if (task.deliverPendingCancel(cancellable)) {
            return true;
        }
        if (other.ready()) {
            other.stopWaitingInternal();
            return suspendThenResume(cancellable, other);
        }
        return suspend(cancellable);
    }

    boolean yieldThenPromote(boolean cancellable, GuestThread other) {
        if (task.deliverPendingCancel(cancellable)) {
            return true;
        }
        if (other.ready()) {
            other.stopWaitingInternal();
            return yieldThenResume(cancellable, other);
        }
        return yieldThread(cancellable);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }
}
