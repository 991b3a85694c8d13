package dev.dovetail.runtime;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.codec.FuncPlan;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.runtime.internal.exec.DirectHostFunc;
import dev.dovetail.runtime.internal.exec.RuntimeFunc;
import dev.dovetail.runtime.internal.state.ComponentInstanceState;
import dev.dovetail.runtime.typed.TypeMapper;
import dev.dovetail.runtime.typed.TypedFuncPlan;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A typed host function definition: its {@link Signature}, checked against an import type at {@link
 * Linker#instantiatePre}, and its implementation; bound per store to a {@link DirectHostFunc} that
 * {@code canon lower} calls with core values.
 */
final class TypedHost<T> {
    private final Signature<?> signature;
    private final TypedHostFunction<T> function;
    private final Map<FuncType, TypedFuncPlan> plans = new ConcurrentHashMap<>();

    TypedHost(Signature<?> signature, TypedHostFunction<T> function) {
        this.signature = signature;
        this.function = function;
    }

    /** Checks the signature against the import type of {@code name}. */
    void check(String name, FuncType type) {
        try {
            TypedFuncPlan.check(type, signature.paramTypes(), signature.resultType());
        } catch (TypeMapper.MismatchException e) {
            throw new UnlinkableException(
                    "import `"
                            + name
                            + "` has type "
                            + type
                            + "; the host function's Java signature "
                            + signature
                            + " does not match: "
                            + e.getMessage(),
                    e);
        }
    }

    @SuppressWarnings("unchecked")
    RuntimeFunc bind(Store<?> store, String name, FuncType type) {
        return new Bound((Store<T>) store, name, type);
    }

    private final class Bound implements DirectHostFunc {
        private final Store<T> store;
        private final String name;
        private final FuncType type;

        Bound(Store<T> store, String name, FuncType type) {
            this.store = store;
            this.name = name;
            this.type = type;
        }

        @Override
        public FuncType type() {
            return type;
        }

        @Override
        public Val call(ComponentInstanceState caller, Val[] args) {
            throw new UnsupportedFeatureException(
                    "typed host function `"
                            + name
                            + "` can only be called by a component that imports it");
        }

        @Override
        public CoreBody lower(FuncPlan plan, LiftLowerContext cx) {
            TypedFuncPlan tp =
                    plans.computeIfAbsent(
                            plan.type(),
                            t ->
                                    TypedFuncPlan.forLower(
                                            plan, signature.paramTypes(), signature.resultType()));
            boolean hasResult = plan.type().result() != null;
            return core -> {
                Object[] args = tp.liftParams(cx, core);
                Object result = function.call(store, args);
                if (hasResult && result == null) {
                    throw new IllegalArgumentException(
                            "host function `"
                                    + name
                                    + "` returned null; expected a value of type "
                                    + plan.type().result());
                }
                try {
                    return tp.lowerResult(cx, result, core);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            "host function `" + name + "`: " + e.getMessage(), e);
                }
            };
        }
    }
}
