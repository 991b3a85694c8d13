package dev.dovetail.runtime.internal.exec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.StringEncoding;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.codec.FuncPlan;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.runtime.internal.state.ComponentInstanceState;
import dev.dovetail.runtime.internal.state.Task;

/**
 * {@code canon lift}: a guest core function exposed as a component function. A call enters the
 * instance, lowers the arguments into it, runs the core function, lifts the result, checks that no
 * borrow remains, and runs {@code post-return}. A trap poisons the instance.
 */
final class LiftedFunc implements LiftedCall {
    private final FuncPlan plan;
    private final LiftLowerContext cx;
    private final ComponentInstanceState state;
    private final CoreFunc callee;
    private final CoreFunc postReturn;

    /** {@link #cx} lowering strings from a component caller, by the caller's encoding. */
    private final LiftLowerContext[] fromComponent;

    LiftedFunc(
            FuncPlan plan,
            LiftLowerContext cx,
            ComponentInstanceState state,
            CoreFunc callee,
            CoreFunc postReturn) {
        this.plan = plan;
        this.cx = cx;
        this.state = state;
        this.callee = callee;
        this.postReturn = postReturn;
        StringEncoding[] encodings = StringEncoding.values();
        this.fromComponent = new LiftLowerContext[encodings.length];
        for (StringEncoding e : encodings) {
            fromComponent[e.ordinal()] = cx.withStringSource(e);
        }
    }

    @Override
    public FuncType type() {
        return plan.type();
    }

    /** The component instance that lifted the function. */
    ComponentInstanceState instance() {
        return state;
    }

    @Override
    public LiftLowerContext context() {
        return cx;
    }

    @Override
    public Val call(ComponentInstanceState caller, Val[] args) {
        int expected = plan.type().params().size();
        if (args.length != expected) {
            throw new IllegalArgumentException(
                    "expected " + expected + " argument(s), found " + args.length);
        }
        return (Val) invoke(caller, valCall, args);
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
     * A call from another component whose lowering used {@code callerEncoding}: its strings keep
     * their source encoding, as the specification's fused adapters do.
     */
    Val callFromComponent(
            ComponentInstanceState caller, Val[] args, StringEncoding callerEncoding) {
        return (Val) invoke(caller, valCall, args, fromComponent[callerEncoding.ordinal()]);
    }

    @Override
    public Object invoke(ComponentInstanceState caller, FlatCall call, Object[] args) {
        return invoke(caller, call, args, cx);
    }

    private Object invoke(
            ComponentInstanceState caller, FlatCall call, Object[] args, LiftLowerContext lowerCx) {
        Task task = state.enter(caller);
        try {
            long[] flat;
            try {
                flat = call.lowerParams(lowerCx, args);
            } catch (IllegalArgumentException hostError) {
                throw hostError; // a wrong argument from the caller; the guest did not run
            } catch (dev.dovetail.abi.Trap t) {
                state.poison();
                throw caller == null ? t : Traps.adapter(t);
            }
            try {
                long[] out = callee.call(flat);
                Object result;
                try {
                    result = call.liftResult(cx, out);
                } catch (dev.dovetail.abi.Trap t) {
                    throw caller == null ? t : Traps.adapter(t);
                }
                task.resolve();
                if (postReturn != null) {
                    state.withoutLeaving(() -> postReturn.call(out));
                }
                return result;
            } catch (Throwable e) {
                RuntimeException t = Traps.translate(e);
                if (t instanceof dev.dovetail.runtime.UnsupportedFeatureException u) {
                    state.stop(u);
                } else {
                    state.poison();
                }
                throw t;
            }
        } finally {
            state.leave(task, caller);
        }
    }
}
