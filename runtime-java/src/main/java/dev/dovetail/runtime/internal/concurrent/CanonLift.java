package dev.dovetail.runtime.internal.concurrent;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.codec.FuncPlan;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.runtime.UnsupportedFeatureException;
import dev.dovetail.runtime.internal.exec.CoreFunc;
import dev.dovetail.runtime.internal.exec.LiftedCall.FlatCall;
import dev.dovetail.runtime.internal.exec.RuntimeFunc;
import dev.dovetail.runtime.internal.exec.Traps;
import dev.dovetail.runtime.internal.state.ComponentInstanceState;
import java.util.concurrent.CompletableFuture;

/**
 * {@code canon lift} of a component that uses the async ABI (the reference's {@code Store.lift}
 * around {@code canon_lift}): every call is a {@link Task} whose implicit {@link GuestThread} runs
 * on a carrier, so it may block. Sync lifts, {@code async} lifts with a {@code callback} and
 * stackful {@code async} lifts all run here.
 */
public final class CanonLift implements FuncInst, RuntimeFunc {
    private final FuncPlan plan;
    private final LiftOptions opts;
    private final ComponentInstanceState inst;
    private final CoreFunc callee;
    private final CoreFunc callback;
    private final CoreFunc postReturn;

    public CanonLift(
            FuncPlan plan,
            LiftOptions opts,
            ComponentInstanceState inst,
            CoreFunc callee,
            CoreFunc callback,
            CoreFunc postReturn) {
        this.plan = plan;
        this.opts = opts;
        this.inst = inst;
        this.callee = callee;
        this.callback = callback;
        this.postReturn = postReturn;
    }

    /** The dynamic path: abi-core's plan over {@link Val}s. */
    private final FlatCall valCall =
            new FlatCall() {
                @Override
                public long[] lowerParams(LiftLowerContext cx, Object[] args) {
                    return plan.lowerParams(cx, (Val[]) args);
                }

                @Override
                public Object liftResult(LiftLowerContext cx, long[] coreResults) {
                    return plan.liftResult(cx, coreResults);
                }
            };

    /**
     * Whether the lift has the {@code async} option: its result comes from {@code task.return},
     * which lifts {@link Val}s, so only dynamic calls reach it.
     */
    public boolean asyncLifted() {
        return opts.async();
    }

    @Override
    public FuncType type() {
        return plan.type();
    }

    /** {@code Store.lift}'s {@code func_inst}: enter the instance, then {@code canon_lift}. */
    @Override
    public OnCancel invoke(OnStart onStart, OnResolve onResolve, ComponentInstanceState caller) {
        return invoke(onStart, onResolve, caller, valCall);
    }

    /** {@link #invoke} moving the values with {@code values} (a typed plan or {@link #valCall}). */
    private OnCancel invoke(
            OnStart onStart, OnResolve onResolve, ComponentInstanceState caller, FlatCall values) {
        inst.checkMayEnterFrom(caller);
        inst.enterFrom(caller);
        try {
            return canonLift(onStart, onResolve, values);
        } finally {
            inst.leaveTo(caller);
        }
    }

    private OnCancel canonLift(OnStart onStart, OnResolve onResolve, FlatCall values) {
        Task task = new Task(plan.type(), opts, inst, onStart, onResolve);
        GuestThread thread = new GuestThread(task, () -> threadFunc(task, values));
        thread.resume();
        if (!plan.type().async()) {
            // A synchronous function type may not block before returning: other ready threads of
            // the instance run, and if none is left the call traps.
            while (task.state != Task.State.RESOLVED) {
                GuestThread next = inst.loop().readyThreadOf(inst);
                Trap.trapIf(
                        next == null,
                        "wasm trap: deadlock detected: event loop cannot make further progress");
                next.resume();
            }
        }
        return task::requestCancellation;
    }

    private void threadFunc(Task task, FlatCall values) {
        try {
            run(task, values);
        } catch (Throwable e) {
            RuntimeException t = Traps.translate(e);
            if (t instanceof UnsupportedFeatureException u) {
                inst.stop(u);
            } else if (!(t instanceof StoreClosedException)) {
                inst.poison();
            }
            throw t;
        }
    }

    private void run(Task task, FlatCall values) {
        if (!task.enterImplicitThread()) {
            return;
        }
        Object[] args = task.start();
        long[] flatArgs;
        var saved = inst.swapCurrentTask(task.borrowScope);
        try {
            flatArgs = values.lowerParams(opts.context(), args);
        } finally {
            inst.swapCurrentTask(saved);
        }
        if (!opts.async()) {
            long[] flatResults = callee.call(flatArgs);
            Object result = values.liftResult(opts.context(), flatResults);
            task.returnValue(result);
            if (postReturn != null) {
                inst.withoutLeaving(() -> postReturn.call(flatResults));
            }
            task.exitImplicitThread();
            return;
        }
        if (callback == null) {
            callee.call(flatArgs);
            task.exitImplicitThread();
            return;
        }
        long packed = callee.call(flatArgs)[0];
        GuestThread thread = task.implicitThread;
        while (true) {
            int code = (int) (packed & 0xf);
            Trap.trapIf(code > CallbackCode.MAX, "unsupported callback code: " + code);
            if (code == CallbackCode.EXIT) {
                break;
            }
            int si = (int) ((packed & 0xFFFF_FFFFL) >>> 4);
            inst.setExclusiveThread(null);
            Event event;
            if (code == CallbackCode.YIELD) {
                boolean cancelled = thread.waitUntil(() -> inst.exclusiveThread() == null, true);
                event = cancelled ? Event.TASK_CANCELLED : Event.NONE;
            } else {
                WaitableSet wset = Builtins.waitableSet(inst, si);
                event = wset.waitForEventAnd(() -> inst.exclusiveThread() == null, true);
            }
            inst.setExclusiveThread(thread);
            packed = callback.call(event.code(), event.index(), event.payload())[0];
        }
        task.exitImplicitThread();
    }

    /**
     * A call from the host (or from a component without async machinery): runs the call, then the
     * store's event loop until the call resolves; traps when nothing can make progress.
     */
    @Override
    public Val call(ComponentInstanceState caller, Val[] args) {
        return (Val) call(caller, valCall, args);
    }

    /**
     * A typed call from the host: as {@link #call(ComponentInstanceState, Val[])}, the Java
     * arguments lowered and the result lifted by {@code typed} (a typed plan of this function's
     * type). Not for {@link #asyncLifted} lifts.
     */
    public Object call(FlatCall typed, Object[] args) {
        if (opts.async()) {
            throw new UnsupportedFeatureException(
                    "typed calls of an `async`-lifted function; call it with getFunc");
        }
        return call(null, typed, args);
    }

    private Object call(ComponentInstanceState caller, FlatCall values, Object[] args) {
        int expected = plan.type().params().size();
        if (args.length != expected) {
            throw new IllegalArgumentException(
                    "expected " + expected + " argument(s), found " + args.length);
        }
        Object[] result = new Object[1];
        boolean[] done = new boolean[1];
        StoreLoop loop = inst.loop();
        GuestThread current = GuestThread.current();
        try {
            loop.nestingDepth++;
            try {
                invoke(
                        () -> args,
                        (value, cancelled) -> {
                            result[0] = value;
                            done[0] = true;
                        },
                        caller,
                        values);
            } finally {
                loop.nestingDepth--;
            }
            if (current != null) {
                if (!done[0]) {
                    current.waitUntil(() -> done[0], false);
                }
            } else {
                while (!done[0]) {
                    Trap.trapIf(
                            !loop.tick(),
                            "wasm trap: deadlock detected: event loop cannot make further"
                                    + " progress");
                }
            }
        } catch (Throwable e) {
            throw Traps.translate(e);
        }
        return result[0];
    }

    /**
     * Starts a call from the host without driving the event loop: the future completes when the
     * task resolves (a later {@link StoreLoop#tick} may resolve it). A trap while the call starts
     * fails the future.
     */
    public CompletableFuture<Val> callAsync(Val[] args) {
        int expected = plan.type().params().size();
        if (args.length != expected) {
            throw new IllegalArgumentException(
                    "expected " + expected + " argument(s), found " + args.length);
        }
        CompletableFuture<Val> result = new CompletableFuture<>();
        StoreLoop loop = inst.loop();
        loop.nestingDepth++;
        try {
            invoke(
                    () -> args,
                    (value, cancelled) -> {
                        if (cancelled) {
                            result.cancel(false);
                        } else {
                            result.complete((Val) value);
                        }
                    },
                    null);
        } catch (Throwable e) {
            result.completeExceptionally(Traps.translate(e));
        } finally {
            loop.nestingDepth--;
        }
        return result;
    }

    /** The lift's canonical options, for {@code task.return}'s check. */
    public LiftLowerContext context() {
        return opts.context();
    }
}
