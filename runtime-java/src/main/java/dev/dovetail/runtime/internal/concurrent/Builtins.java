package dev.dovetail.runtime.internal.concurrent;

import dev.dovetail.abi.LinearMemory;
import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.codec.FuncPlan;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.runtime.internal.exec.CoreFunc;
import dev.dovetail.runtime.internal.state.ComponentInstanceState;
import java.util.Objects;

/**
 * The 🔀 and 🧵 canonical built-ins of the reference ({@code canon_task_return}, {@code
 * canon_waitable_set_wait}, {@code canon_thread_yield}, ...), each acting on the current thread and
 * the instance that defined it. Stream, future and error-context built-ins are in {@link Copies}
 * and {@link ErrorContexts}.
 */
public final class Builtins {
    private Builtins() {}

    /** {@code BLOCKED}: an async built-in that could not complete at once. */
    static final int BLOCKED = 0xffff_ffff;

    /** {@code current_thread()}; traps outside of any task (e.g. in a core start function). */
    static GuestThread currentThread() {
        GuestThread t = GuestThread.current();
        if (t == null) {
            throw new Trap("cannot block a synchronous task before returning");
        }
        return t;
    }

    /**
     * {@code may_block}, checked before a built-in that would wait synchronously ({@code
     * waitable-set.wait}, a sync {@code subtask.cancel} or stream/future operation, a sync call of
     * an async function): a task of a synchronous function type that has not returned may not,
     * unless another thread of its instance is ready to run and may use the stack meanwhile.
     */
    static void checkMayBlock(GuestThread thread) {
        if (!thread.task.mayBlock()
                && thread.task.inst.loop().readyThreadOf(thread.task.inst) == null) {
            throw new Trap("cannot block a synchronous task before returning");
        }
    }

    /**
     * The check of {@code thread.suspend}: as {@link #checkMayBlock}, except that when other
     * threads wait in the store the task still suspends, and the end of {@code canon_lift} reports
     * the deadlock if none of them can run in its instance (the reference's behaviour; the
     * reference tests expect both wordings).
     */
    static void checkMaySuspend(GuestThread thread) {
        Task task = thread.task;
        if (!task.mayBlock() && !task.inst.loop().othersWaiting(thread)) {
            throw new Trap("cannot block a synchronous task before returning");
        }
    }

    static WaitableSet waitableSet(ComponentInstanceState inst, int si) {
        Object e = inst.handles().get(si);
        if (!(e instanceof WaitableSet w)) {
            throw new Trap("handle index " + si + " is not a waitable set");
        }
        return w;
    }

    // ---- context.get/set --------------------------------------------------------------------

    public static int contextGet(int slot) {
        return currentThread().storage[slot];
    }

    public static void contextSet(int slot, int value) {
        currentThread().storage[slot] = value;
    }

    // ---- task.return / task.cancel ------------------------------------------------------------

    /**
     * {@code canon task.return}: {@code resultType} and {@code opts} must be the current task's;
     * {@code plan} lifts the flat arguments ({@code MAX_FLAT_PARAMS}).
     */
    public static void taskReturn(
            ComponentInstanceState inst,
            ValType resultType,
            LiftOptions opts,
            FuncPlan plan,
            long[] flatArgs) {
        Task task = currentThread().task;
        inst.checkMayLeave();
        Trap.trapIf(
                !task.opts.async()
                        || !Objects.equals(resultType, task.ft.result())
                        || !opts.sameAs(task.opts),
                "invalid `task.return` signature and/or options for current task");
        Val result = plan.liftResult(opts.context(), flatArgs);
        task.returnValue(result);
    }

    public static void taskCancel(ComponentInstanceState inst) {
        Task task = currentThread().task;
        inst.checkMayLeave();
        Trap.trapIf(!task.opts.async(), "`task.cancel` called by a synchronously-lifted function");
        task.cancel();
    }

    // ---- waitable sets -----------------------------------------------------------------------

    public static int waitableSetNew(ComponentInstanceState inst) {
        inst.checkMayLeave();
        return inst.handles().add(new WaitableSet());
    }

    public static int waitableSetWait(
            ComponentInstanceState inst, boolean cancellable, LinearMemory mem, int si, int ptr) {
        GuestThread thread = currentThread();
        inst.checkMayLeave();
        checkMayBlock(thread);
        WaitableSet wset = waitableSet(inst, si);
        Event e = wset.waitForEvent(cancellable);
        return unpackEvent(mem, ptr, e);
    }

    public static int waitableSetPoll(
            ComponentInstanceState inst, boolean cancellable, LinearMemory mem, int si, int ptr) {
        currentThread();
        inst.checkMayLeave();
        WaitableSet wset = waitableSet(inst, si);
        return unpackEvent(mem, ptr, wset.poll(cancellable));
    }

    private static int unpackEvent(LinearMemory mem, int ptr, Event e) {
        long p = ptr & 0xFFFF_FFFFL;
        if (p + 8 > mem.byteSize()) {
            throw new Trap("out of bounds memory access");
        }
        mem.writeI32(p, e.index());
        mem.writeI32(p + 4, e.payload());
        return e.code();
    }

    public static void waitableSetDrop(ComponentInstanceState inst, int i) {
        inst.checkMayLeave();
        Object e = inst.handles().get(i);
        if (!(e instanceof WaitableSet wset)) {
            throw new Trap("handle index " + i + " is not a waitable set");
        }
        wset.drop();
        inst.handles().remove(i);
    }

    public static void waitableJoin(ComponentInstanceState inst, int wi, int si) {
        inst.checkMayLeave();
        Object e = inst.handles().get(wi);
        if (!(e instanceof Waitable w)) {
            throw new Trap("handle index " + wi + " is not a waitable");
        }
        Trap.trapIf(
                w.hasSyncWaiter,
                "waitable cannot be used synchronously while added to a waitable set");
        w.join(si == 0 ? null : waitableSet(inst, si));
    }

    // ---- subtasks ---------------------------------------------------------------------------

    static Subtask subtask(ComponentInstanceState inst, int i) {
        Object e = inst.handles().get(i);
        if (!(e instanceof Subtask s)) {
            throw new Trap("handle index " + i + " is not a subtask");
        }
        return s;
    }

    public static int subtaskCancel(ComponentInstanceState inst, boolean async, int i) {
        GuestThread thread = currentThread();
        inst.checkMayLeave();
        if (!async) {
            checkMayBlock(thread);
        }
        Subtask subtask = subtask(inst, i);
        Trap.trapIf(
                subtask.resolveDelivered(), "cannot cancel a subtask which has already resolved");
        Trap.trapIf(subtask.cancellationRequested, "cannot cancel a subtask twice");
        Trap.trapIf(
                subtask.inWaitableSet() && !async,
                "waitable cannot be used synchronously while added to a waitable set");
        if (!subtask.resolved()) {
            subtask.cancellationRequested = true;
            subtask.onCancel.requestCancellation(inst);
            if (!subtask.resolved()) {
                if (!async) {
                    subtask.waitForPendingEvent();
                } else {
                    return BLOCKED;
                }
            }
        }
        Event e = subtask.getPendingEvent();
        return e.payload();
    }

    public static void subtaskDrop(ComponentInstanceState inst, int i) {
        inst.checkMayLeave();
        Subtask s = subtask(inst, i);
        s.drop();
        inst.handles().remove(i);
    }

    // ---- 🧵 threads ---------------------------------------------------------------------------

    static GuestThread thread(ComponentInstanceState inst, int i) {
        Object t = inst.threads().get(i);
        return (GuestThread) t;
    }

    public static int threadIndex(ComponentInstanceState inst) {
        GuestThread thread = currentThread();
        inst.checkMayLeave();
        return thread.index;
    }

    /**
     * {@code canon thread.new-indirect}: a suspended thread of the current task that will call
     * {@code f} with {@code c}.
     */
    public static int threadNewIndirect(ComponentInstanceState inst, CoreFunc f, int c) {
        Task task = currentThread().task;
        inst.checkMayLeave();
        GuestThread[] self = new GuestThread[1];
        self[0] =
                new GuestThread(
                        task,
                        () -> {
                            try {
                                f.call(c);
                            } catch (Throwable e) {
                                RuntimeException t =
                                        dev.dovetail.runtime.internal.exec.Traps.translate(e);
                                inst.poison();
                                throw t;
                            }
                            task.unregisterThread(self[0]);
                        });
        task.registerThread(self[0]);
        return self[0].index;
    }

    public static void threadResumeLater(ComponentInstanceState inst, int i) {
        inst.checkMayLeave();
        GuestThread other = thread(inst, i);
        Trap.trapIf(!other.suspended(), "cannot resume thread which is not suspended");
        other.resumeLater();
    }

    public static int threadSuspend(ComponentInstanceState inst, boolean cancellable) {
        GuestThread thread = currentThread();
        inst.checkMayLeave();
        checkMaySuspend(thread);
        return thread.suspend(cancellable) ? 1 : 0;
    }

    public static int threadYield(ComponentInstanceState inst, boolean cancellable) {
        GuestThread thread = currentThread();
        inst.checkMayLeave();
        return thread.yieldThread(cancellable) ? 1 : 0;
    }

    public static int threadSuspendThenResume(
            ComponentInstanceState inst, boolean cancellable, int i) {
        GuestThread thread = currentThread();
        inst.checkMayLeave();
        GuestThread other = thread(inst, i);
        Trap.trapIf(!other.suspended(), "cannot resume thread which is not suspended");
        return thread.suspendThenResume(cancellable, other) ? 1 : 0;
    }

    public static int threadYieldThenResume(
            ComponentInstanceState inst, boolean cancellable, int i) {
        GuestThread thread = currentThread();
        inst.checkMayLeave();
        GuestThread other = thread(inst, i);
        Trap.trapIf(!other.suspended(), "cannot resume thread which is not suspended");
        return thread.yieldThenResume(cancellable, other) ? 1 : 0;
    }

    public static int threadSuspendThenPromote(
            ComponentInstanceState inst, boolean cancellable, int i) {
        GuestThread thread = currentThread();
        inst.checkMayLeave();
        return thread.suspendThenPromote(cancellable, thread(inst, i)) ? 1 : 0;
    }

    public static int threadYieldThenPromote(
            ComponentInstanceState inst, boolean cancellable, int i) {
        GuestThread thread = currentThread();
        inst.checkMayLeave();
        return thread.yieldThenPromote(cancellable, thread(inst, i)) ? 1 : 0;
    }
}
