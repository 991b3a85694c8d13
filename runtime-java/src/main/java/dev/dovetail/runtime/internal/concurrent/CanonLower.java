package dev.dovetail.runtime.internal.concurrent;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.codec.FuncPlan;
import dev.dovetail.runtime.internal.exec.RuntimeFunc;
import dev.dovetail.runtime.internal.exec.Traps;
import dev.dovetail.runtime.internal.state.ComponentInstanceState;

/**
 * {@code canon lower} in a component that uses the async ABI (the reference's {@code canon_lower}):
 * the callee is called by the async protocol with a fresh {@link Subtask}. A sync lowering waits
 * for the subtask to resolve (blocking the current thread); an {@code async} lowering returns the
 * subtask's state, packed with its handle index when it has not resolved yet.
 */
public final class CanonLower {
    private final FuncPlan plan;
    private final LiftLowerContext cx;
    private final ComponentInstanceState inst;
    private final FuncInst callee;
    private final boolean async;
    private final boolean adapter;

    public CanonLower(
            FuncPlan plan,
            LiftLowerContext cx,
            ComponentInstanceState inst,
            RuntimeFunc callee,
            boolean async) {
        this.plan = plan;
        this.cx = cx;
        this.inst = inst;
        this.callee = callee instanceof FuncInst f ? f : new SyncFuncInst(callee);
        this.async = async;
        this.adapter =
                callee instanceof FuncInst
                        || callee instanceof dev.dovetail.runtime.internal.exec.LiftedCall;
    }

    /** The core function's body. */
    public long[] call(long[] flatArgs) {
        GuestThread thread = Builtins.currentThread();
        inst.checkMayLeave();
        if (!async && plan.type().async()) {
            Builtins.checkMayBlock(thread);
        }
        Subtask subtask = new Subtask();
        Runnable[] maybeOnProgress = {() -> {}};
        OnStart onStart =
                () -> {
                    maybeOnProgress[0].run();
                    subtask.state = Subtask.STARTED;
                    var saved = inst.swapCurrentSubtask(subtask.lenders);
                    try {
                        return plan.liftParams(cx, flatArgs);
                    } catch (Trap t) {
                        throw adapter ? Traps.adapter(t) : t;
                    } finally {
                        inst.swapCurrentSubtask(saved);
                    }
                };
        OnResolve onResolve =
                (Object result, boolean cancelled) -> {
                    maybeOnProgress[0].run();
                    if (cancelled) {
                        subtask.resolve(
                                subtask.state == Subtask.STARTING
                                        ? Subtask.CANCELLED_BEFORE_STARTED
                                        : Subtask.CANCELLED_BEFORE_RETURNED,
                                new long[0]);
                    } else {
                        long[] flatResults;
                        try {
                            flatResults = plan.lowerResult(cx, (Val) result, flatArgs);
                        } catch (Trap t) {
                            throw adapter ? Traps.adapter(t) : t;
                        }
                        subtask.resolve(Subtask.RETURNED, flatResults);
                    }
                };
        subtask.onCancel = callee.invoke(onStart, onResolve, inst);
        if (!async) {
            if (!subtask.resolved()) {
                thread.waitUntil(subtask::resolved, false);
            }
            subtask.deliverResolve();
            return subtask.flatResults;
        }
        if (subtask.resolved()) {
            subtask.deliverResolve();
            return new long[] {Subtask.RETURNED};
        }
        int subtaski = inst.handles().add(subtask);
        maybeOnProgress[0] =
                () ->
                        subtask.setPendingEvent(
                                () -> {
                                    if (subtask.resolved() && !subtask.resolveDelivered()) {
                                        subtask.deliverResolve();
                                    }
                                    return new Event(EventCode.SUBTASK, subtaski, subtask.state);
                                });
        return new long[] {subtask.state | ((long) subtaski << 4)};
    }

    /** A host function or a component without async machinery, called by the async protocol. */
    private record SyncFuncInst(RuntimeFunc f) implements FuncInst {
        @Override
        public OnCancel invoke(
                OnStart onStart, OnResolve onResolve, ComponentInstanceState caller) {
            // between component functions the arguments are Vals (typed calls reach only CanonLift)
            Val[] args = (Val[]) onStart.start();
            onResolve.resolve(f.call(caller, args), false);
            return OnCancel.NONE;
        }
    }
}
