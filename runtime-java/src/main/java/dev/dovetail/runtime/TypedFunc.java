package dev.dovetail.runtime;

import dev.dovetail.abi.type.FuncType;
import dev.dovetail.runtime.internal.concurrent.CanonLift;
import dev.dovetail.runtime.internal.exec.LiftedCall;
import dev.dovetail.runtime.internal.exec.RuntimeFunc;
import dev.dovetail.runtime.typed.TypeMapper;
import dev.dovetail.runtime.typed.TypedFuncPlan;
import java.util.Objects;

/**
 * An exported component function called with Java values, checked once against a {@link Signature}
 * when looked up with {@link Instance#getTypedFunc}. Arguments are lowered straight from the Java
 * objects into the guest (and the result lifted straight back) by codecs built at lookup: no {@link
 * dev.dovetail.abi.Val}s, no reflection and no type dispatch per call. {@code post-return} runs
 * before {@link #call} returns; a guest trap throws {@link dev.dovetail.abi.Trap} and poisons the
 * instance, exactly as {@link Func#call}. On a component that uses the async ABI the call runs as a
 * task on the store's event loop, as {@link Func#call} runs it there; the typed plan still moves
 * the values. Exports lifted with the {@code async} option are called with {@link Func} only.
 *
 * <pre>{@code
 * TypedFunc.Func2<Integer, Integer, Integer> add =
 *         instance.getTypedFunc("add", Signature.of(int.class, int.class).returns(int.class));
 * int sum = add.call(store, 1, 2);
 * }</pre>
 *
 * <p><b>Unsigned integers</b> ({@code u8}, {@code u16}, {@code u32}, {@code u64}) are carried in
 * the signed Java type of the same width ({@code byte}, {@code short}, {@code int}, {@code long})
 * with the same bits: {@code u32} 4294967295 is {@code -1}; use {@code Integer.toUnsignedLong},
 * {@code Byte.toUnsignedInt} and friends to read them. A {@code char} is an {@code int} code point,
 * checked to be a Unicode scalar value when lowered. See {@link TypeMapper} for the whole mapping.
 *
 * @param <R> the Java result type ({@link Void} when the function returns nothing)
 */
public final class TypedFunc<R> {
    private static final Object[] NO_ARGS = new Object[0];

    private final Store<?> store;

    /** The direct path, for a component that uses no async feature; else null. */
    private final LiftedCall func;

    /** The task path, for a component that uses the async ABI; else null. */
    private final CanonLift lift;

    private final TypedFuncPlan plan;
    private final String name;

    private TypedFunc(
            Store<?> store, LiftedCall func, CanonLift lift, TypedFuncPlan plan, String name) {
        this.store = store;
        this.func = func;
        this.lift = lift;
        this.plan = plan;
        this.name = name;
    }

    static <R> TypedFunc<R> of(
            Store<?> store, RuntimeFunc rt, String name, Signature<R> signature) {
        Objects.requireNonNull(signature, "signature");
        CanonLift lift = rt instanceof CanonLift l ? l : null;
        if (lift != null && lift.asyncLifted()) {
            throw new UnsupportedFeatureException(
                    "typed calls of `"
                            + name
                            + "`: it is lifted with the `async` option; call it with getFunc"
                            + " (Func.call or Func.callAsync)");
        }
        if (lift == null && !(rt instanceof LiftedCall)) {
            throw new UnsupportedFeatureException(
                    "export `"
                            + name
                            + "` is not a lifted guest function (a re-exported host function?);"
                            + " call it with getFunc");
        }
        TypedFuncPlan plan;
        try {
            plan = TypedFuncPlan.forLift(rt.type(), signature.paramTypes(), signature.resultType());
        } catch (TypeMapper.MismatchException e) {
            throw new IllegalArgumentException(
                    "export `"
                            + name
                            + "` has type "
                            + rt.type()
                            + "; Java signature "
                            + signature
                            + " does not match: "
                            + e.getMessage(),
                    e);
        }
        return new TypedFunc<>(store, lift == null ? (LiftedCall) rt : null, lift, plan, name);
    }

    /** The component function type. */
    public FuncType type() {
        return plan.type();
    }

    /** The export name this function was looked up by. */
    public String name() {
        return name;
    }

    /**
     * Calls the function with one Java value per parameter.
     *
     * @return the result, or {@code null} when the function has none
     * @throws dev.dovetail.abi.Trap if the guest traps (its instance then refuses further calls)
     * @throws IllegalArgumentException on a wrong number of arguments, a {@code null} or a value of
     *     the wrong Java class (the guest does not run)
     */
    @SuppressWarnings("unchecked")
    public R call(Store<?> store, Object... args) {
        if (store != this.store) {
            throw new IllegalArgumentException(
                    "function `" + name + "` belongs to a different store");
        }
        if (args.length != plan.arity()) {
            throw new IllegalArgumentException(
                    "`"
                            + name
                            + "` expects "
                            + plan.arity()
                            + " argument(s), found "
                            + args.length);
        }
        store.enter();
        try {
            return (R) (lift == null ? func.invoke(null, plan, args) : lift.call(plan, args));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("calling `")) {
                throw e;
            }
            throw new IllegalArgumentException("calling `" + name + "`: " + e.getMessage(), e);
        } finally {
            store.exit();
        }
    }

    /** This function viewed with arity 0; the signature was already checked. */
    public Func0<R> func0() {
        requireArity(0);
        return s -> call(s, NO_ARGS); // not call(s): varargs would allocate an array per call
    }

    public <A> Func1<A, R> func1() {
        requireArity(1);
        return (s, a) -> call(s, a);
    }

    public <A, B> Func2<A, B, R> func2() {
        requireArity(2);
        return (s, a, b) -> call(s, a, b);
    }

    public <A, B, C> Func3<A, B, C, R> func3() {
        requireArity(3);
        return (s, a, b, c) -> call(s, a, b, c);
    }

    public <A, B, C, D> Func4<A, B, C, D, R> func4() {
        requireArity(4);
        return (s, a, b, c, d) -> call(s, a, b, c, d);
    }

    private void requireArity(int n) {
        if (plan.arity() != n) {
            throw new IllegalArgumentException(
                    "`" + name + "` takes " + plan.arity() + " parameter(s), not " + n);
        }
    }

    @Override
    public String toString() {
        return name + ": " + plan.type();
    }

    /** A typed export of no parameters. */
    @FunctionalInterface
    public interface Func0<R> {
        R call(Store<?> store);
    }

    /** A typed export of one parameter. */
    @FunctionalInterface
    public interface Func1<A, R> {
        R call(Store<?> store, A a);
    }

    /** A typed export of two parameters. */
    @FunctionalInterface
    public interface Func2<A, B, R> {
        R call(Store<?> store, A a, B b);
    }

    /** A typed export of three parameters. */
    @FunctionalInterface
    public interface Func3<A, B, C, R> {
        R call(Store<?> store, A a, B b, C c);
    }

    /** A typed export of four parameters. */
    @FunctionalInterface
    public interface Func4<A, B, C, D, R> {
        R call(Store<?> store, A a, B b, C c, D d);
    }
}
