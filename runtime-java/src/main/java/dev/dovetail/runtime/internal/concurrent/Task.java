package dev.dovetail.runtime.internal.concurrent;

import dev.dovetail.abi.Trap;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.runtime.internal.state.ComponentInstanceState;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference's {@code Task}: one call into a component instance through {@code canon lift}, with
 * its state ({@code INITIAL} to {@code RESOLVED}), its implicit thread and the threads it spawned,
 * and the borrow scope of the handles lowered into it.
 */
public final class Task {
    /** {@code Task.State}. */
    public enum State {
        INITIAL,
        STARTED,
        PENDING_CANCEL,
        CANCEL_DELIVERED,
        RESOLVED
    }

    final FuncType ft;
    final LiftOptions opts;
    final ComponentInstanceState inst;
    private final OnStart onStart;
    private final OnResolve onResolve;
    State state = State.INITIAL;

    /** {@code num_borrows}, kept by the runtime's borrow scope object. */
    final dev.dovetail.runtime.internal.state.Task borrowScope;

    GuestThread implicitThread;
    final List<GuestThread> threads = new ArrayList<>(1);

    Task(
            FuncType ft,
            LiftOptions opts,
            ComponentInstanceState inst,
            OnStart onStart,
            OnResolve onResolve) {
        this.ft = ft;
        this.opts = opts;
        this.inst = inst;
        this.onStart = onStart;
        this.onResolve = onResolve;
        this.borrowScope = inst.newBorrowScope();
    }

    public ComponentInstanceState inst() {
        return inst;
    }

    public LiftOptions opts() {
        return opts;
    }

    public FuncType ft() {
        return ft;
    }

    /** {@code needs_exclusive}: sync-lifted and callback-lifted tasks run one at a time. */
    boolean needsExclusive() {
        return !opts.async() || opts.callback();
    }

    private boolean hasBackpressure() {
        return inst.backpressureCount() > 0 || (needsExclusive() && inst.exclusiveThread() != null);
    }

    /** {@code enter_implicit_thread}: waits out backpressure; false when cancelled meanwhile. */
    boolean enterImplicitThread() {
        implicitThread = GuestThread.current();
        if (ft.async()) {
            if (hasBackpressure() || inst.numWaitingToEnter > 0) {
                inst.numWaitingToEnter++;
                boolean cancelled = implicitThread.waitUntil(() -> !hasBackpressure(), true);
                inst.numWaitingToEnter--;
                if (cancelled) {
                    cancel();
                    return false;
                }
            }
            if (needsExclusive()) {
                inst.setExclusiveThread(implicitThread);
            }
        } else if (needsExclusive()) {
            // A synchronous function type runs without blocking its caller, so it cannot wait for
            // the instance: it takes the stack over from any exclusive task, which the ready
            // threads of callback tasks then wait out (wasmtime's rule, newer than the reference).
            previousExclusive = inst.exclusiveThread();
            inst.setExclusiveThread(implicitThread);
        }
        registerThread(implicitThread);
        return true;
    }

    private GuestThread previousExclusive;

    /**
     * {@code may_block}: a task of a synchronous function type may not block before it returns
     * (unless another thread of its instance can run meanwhile).
     */
    boolean mayBlock() {
        return ft.async() || state == State.RESOLVED;
    }

    /** Whether {@code thread} is the implicit thread of a task that needs the stack exclusively. */
    boolean holdsStack(GuestThread thread) {
        return thread == implicitThread && needsExclusive();
    }

    void registerThread(GuestThread thread) {
        threads.add(thread);
        thread.index = inst.threads().add(thread);
    }

    void exitImplicitThread() {
        unregisterThread(implicitThread);
        if (ft.async() && needsExclusive()) {
            inst.setExclusiveThread(null);
        } else if (needsExclusive()) {
            inst.setExclusiveThread(previousExclusive);
        }
    }

    void unregisterThread(GuestThread thread) {
        threads.remove(thread);
        if (threads.isEmpty()) {
            Trap.trapIf(state != State.RESOLVED, "async-lifted export failed to produce a result");
        }
        inst.threads().remove(thread.index);
        thread.index = 0;
    }

    /** {@code request_cancellation}: the caller's {@code subtask.cancel} (or the host's). */
    void requestCancellation(ComponentInstanceState caller) {
        if (state == State.INITIAL) {
            state = State.CANCEL_DELIVERED;
            implicitThread.resume(true);
            return;
        }
        GuestThread candidate = null;
        for (GuestThread t : threads) {
            if (!t.cancellable) {
                continue;
            }
            if (t == implicitThread
                    && needsExclusive()
                    && inst.exclusiveThread() != null
                    && inst.exclusiveThread() != implicitThread) {
                continue;
            }
            candidate = t;
            break;
        }
        if (candidate != null && inst.mayEnterFrom(caller)) {
            state = State.CANCEL_DELIVERED;
            inst.enterFrom(caller);
            try {
                candidate.resume(true);
            } finally {
                inst.leaveTo(caller);
            }
        } else {
            state = State.PENDING_CANCEL;
        }
    }

    /** {@code deliver_pending_cancel}. */
    boolean deliverPendingCancel(boolean cancellable) {
        if (cancellable && state == State.PENDING_CANCEL) {
            state = State.CANCEL_DELIVERED;
            return true;
        }
        return false;
    }

    /** {@code start}: the caller's arguments, lifted now (after backpressure). */
    Object[] start() {
        state = State.STARTED;
        return onStart.start();
    }

    /** {@code return_}. */
    void returnValue(Object result) {
        Trap.trapIf(state == State.RESOLVED, "task already returned a value");
        Trap.trapIf(
                borrowScope.numBorrows() > 0, "borrow handles still remain at the end of the call");
        onResolve.resolve(result, false);
        state = State.RESOLVED;
    }

    /** {@code cancel}: {@code task.cancel} after cancellation was delivered. */
    void cancel() {
        Trap.trapIf(
                state != State.CANCEL_DELIVERED,
                "`task.cancel` called without cancellation having been requested");
        Trap.trapIf(
                borrowScope.numBorrows() > 0, "borrow handles still remain at the end of the call");
        onResolve.resolve(null, true);
        state = State.RESOLVED;
    }

    public State state() {
        return state;
    }
}
