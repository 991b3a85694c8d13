package dev.dovetail.runtime.internal.exec;

import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.codec.FuncPlan;
import dev.dovetail.abi.flat.CoreType;
import dev.dovetail.runtime.internal.state.ComponentInstanceState;
import dev.dovetail.runtime.internal.state.Subtask;
import java.util.List;

/**
 * {@code canon lower}: a component function (host or another instance's export) exposed to a guest
 * as a core function. A call lifts the guest's arguments, calls the function with this instance as
 * the caller, and lowers the result (into the out-pointer beyond one flat result).
 */
final class LoweredFunc {
    private LoweredFunc() {}

    static CoreFunc of(
            FuncPlan plan, LiftLowerContext cx, ComponentInstanceState state, RuntimeFunc callee) {
        FunctionType type = chicoryType(plan.coreType().params(), plan.coreType().results());
        if (callee instanceof DirectHostFunc direct) {
            DirectHostFunc.CoreBody body = direct.lower(plan, cx);
            return new CoreFunc(
                    type,
                    (instance, args) -> {
                        Subtask subtask = state.beginSubtask();
                        try {
                            return body.call(args);
                        } finally {
                            state.endSubtask(subtask);
                        }
                    });
        }
        // Between two components, strings keep the encoding of the side that lifted them.
        LiftedFunc component = callee instanceof LiftedFunc lf ? lf : null;
        if (component != null && related(state, component.instance())) {
            // As the reference tests and wasmtime's adapters have it: a function lowered by the
            // instance that lifts it, or by an ancestor or descendant of that instance, always
            // traps when called (recursive reentrance, e.g. from a start function while the
            // instance is still being instantiated).
            return new CoreFunc(
                    type,
                    (instance, args) -> {
                        throw Traps.adapter(new Trap("cannot enter component instance"));
                    });
        }
        LiftLowerContext resultCx =
                component == null ? cx : cx.withStringSource(component.context().stringEncoding());
        return new CoreFunc(
                type,
                (instance, args) -> {
                    Subtask subtask = state.beginSubtask();
                    boolean adapter = component != null;
                    try {
                        Val[] vals;
                        try {
                            vals = plan.liftParams(cx, args);
                        } catch (dev.dovetail.abi.Trap t) {
                            throw adapter ? Traps.adapter(t) : t;
                        }
                        Val result =
                                adapter
                                        ? component.callFromComponent(
                                                state, vals, cx.stringEncoding())
                                        : callee.call(state, vals);
                        try {
                            return plan.lowerResult(resultCx, result, args);
                        } catch (dev.dovetail.abi.Trap t) {
                            throw adapter ? Traps.adapter(t) : t;
                        }
                    } finally {
                        state.endSubtask(subtask);
                    }
                });
    }

    /** Whether {@code a} and {@code b} are the same instance or one is the other's ancestor. */
    private static boolean related(ComponentInstanceState a, ComponentInstanceState b) {
        return isSelfOrAncestor(a, b) || isSelfOrAncestor(b, a);
    }

    private static boolean isSelfOrAncestor(
            ComponentInstanceState ancestor, ComponentInstanceState of) {
        for (ComponentInstanceState i = of; i != null; i = i.parent()) {
            if (i == ancestor) {
                return true;
            }
        }
        return false;
    }

    static FunctionType chicoryType(List<CoreType> params, List<CoreType> results) {
        return FunctionType.of(
                params.stream().map(LoweredFunc::chicory).toList(),
                results.stream().map(LoweredFunc::chicory).toList());
    }

    static ValType chicory(CoreType t) {
        return switch (t) {
            case I32 -> ValType.I32;
            case I64 -> ValType.I64;
            case F32 -> ValType.F32;
            case F64 -> ValType.F64;
        };
    }
}
