package dev.dovetail.runtime.typed;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.codec.Canon;
import dev.dovetail.abi.codec.Codec;
import dev.dovetail.abi.codec.FuncPlan;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.flat.FuncLayout;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.runtime.internal.exec.LiftedCall;
import java.lang.reflect.Type;
import java.util.List;

/**
 * The Java-typed plan of one function type on one side of the boundary: the {@link TypedCodec} of
 * each parameter and of the result, with the spilling decisions of abi-core's {@link FuncLayout}
 * for the same type (16 flat parameters, else one {@code realloc}ed tuple; 1 flat result, else a
 * returned pointer for {@code canon lift} or an out-pointer for {@code canon lower}).
 */
public final class TypedFuncPlan implements LiftedCall.FlatCall {
    private static final long[] NO_CORE_VALUES = new long[0];

    private final FuncPlan abi;
    private final FuncLayout layout;
    private final Codec<Object>[] params;
    private final Codec<Object> result;
    private final String[] segments;

    private TypedFuncPlan(FuncPlan abi, Codec<Object>[] params, Codec<Object> result) {
        this.abi = abi;
        this.layout = abi.layout();
        this.params = params;
        this.result = result;
        this.segments = new String[params.length];
        for (int i = 0; i < params.length; i++) {
            segments[i] = "parameter " + i + " (`" + abi.type().params().get(i).name() + "`)";
        }
    }

    /** The plan for calling a lifted export of type {@code ft} with these Java types. */
    public static TypedFuncPlan forLift(FuncType ft, List<Type> javaParams, Type javaResult) {
        return build(FuncPlan.forLift(ft, false, false), javaParams, javaResult);
    }

    /** The plan for a host function lowered with {@code plan}, implemented with these types. */
    public static TypedFuncPlan forLower(FuncPlan plan, List<Type> javaParams, Type javaResult) {
        return build(plan, javaParams, javaResult);
    }

    /**
     * Checks the Java types against {@code ft}.
     *
     * @throws TypeMapper.MismatchException naming the parameter or result that does not match
     */
    public static void check(FuncType ft, List<Type> javaParams, Type javaResult) {
        codecs(ft, javaParams, javaResult);
    }

    private static TypedFuncPlan build(FuncPlan abi, List<Type> javaParams, Type javaResult) {
        Object[] c = codecs(abi.type(), javaParams, javaResult);
        return new TypedFuncPlan(
                abi,
                TypedFuncPlan.<Codec<Object>[]>cast(c[0]),
                TypedFuncPlan.<Codec<Object>>cast(c[1]));
    }

    private static Object[] codecs(FuncType ft, List<Type> javaParams, Type javaResult) {
        List<FuncType.Param> ps = ft.params();
        if (ps.size() != javaParams.size()) {
            throw new TypeMapper.MismatchException(
                    "expected " + ps.size() + " parameter(s), found " + javaParams.size());
        }
        Codec<Object>[] params = TypedCodec.array(ps.size());
        for (int i = 0; i < params.length; i++) {
            try {
                params[i] = TypeMapper.codec(ps.get(i).type(), javaParams.get(i));
            } catch (TypeMapper.MismatchException e) {
                throw e.within("parameter " + i + " (`" + ps.get(i).name() + "`)");
            }
        }
        Codec<Object> result = null;
        Type jr = javaResult == null ? null : TypeMapper.unwrap(javaResult);
        if (ft.result() == null) {
            if (jr != null && jr != Void.class && jr != void.class) {
                throw new TypeMapper.MismatchException(
                        "result: expected no result, found " + jr.getTypeName());
            }
        } else if (jr == null || jr == Void.class || jr == void.class) {
            throw new TypeMapper.MismatchException(
                    "result: expected " + ft.result() + ", found no result");
        } else {
            try {
                result = TypeMapper.codec(ft.result(), jr);
            } catch (TypeMapper.MismatchException e) {
                throw e.within("result");
            }
        }
        return new Object[] {params, result};
    }

    public FuncType type() {
        return abi.type();
    }

    public int arity() {
        return params.length;
    }

    /** A bad Java value inside {@code segment}, as an {@link IllegalArgumentException}. */
    static IllegalArgumentException within(String segment, RuntimeException e) {
        String what =
                e instanceof NullPointerException
                        ? "null is not a value"
                        : e instanceof ClassCastException
                                ? "wrong Java type: " + e.getMessage()
                                : e.getMessage();
        return new IllegalArgumentException(segment + ": " + what, e);
    }

    private IllegalArgumentException badArg(int i, RuntimeException e) {
        return within(segments[i], e);
    }

    // ---- canon lift: calling an export --------------------------------------------------------

    @Override
    public long[] lowerParams(LiftLowerContext cx, Object[] args) {
        if (args.length != params.length) {
            throw new IllegalArgumentException(
                    "expected " + params.length + " argument(s), found " + args.length);
        }
        if (layout.paramsInMemory()) {
            long ptr =
                    Canon.allocate(
                            cx,
                            layout.paramTupleAlign(),
                            layout.paramTupleSize(),
                            Canon.REALLOC_OUT_OF_BOUNDS);
            for (int i = 0; i < params.length; i++) {
                try {
                    params[i].store(cx, args[i], ptr + layout.paramOffset(i));
                } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
                    throw badArg(i, e);
                }
            }
            return new long[] {(int) ptr};
        }
        if (params.length == 0) {
            return NO_CORE_VALUES;
        }
        long[] out = new long[layout.flatParamCount()];
        FlatSink sink = new FlatSink(out);
        for (int i = 0; i < params.length; i++) {
            try {
                params[i].lowerFlat(cx, args[i], sink);
            } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
                throw badArg(i, e);
            }
        }
        return out;
    }

    @Override
    public Object liftResult(LiftLowerContext cx, long[] core) {
        if (result == null) {
            return null;
        }
        if (layout.resultInMemory()) {
            long ptr = core[0] & 0xFFFF_FFFFL;
            Canon.checkPointer(cx.requireMemory(), ptr, result.alignment(), result.size());
            return result.load(cx, ptr);
        }
        return result.liftFlat(cx, new FlatSource(core));
    }

    // ---- canon lower: a guest calling a host function -----------------------------------------

    /** The arguments of a host function, from the guest's core arguments. */
    public Object[] liftParams(LiftLowerContext cx, long[] core) {
        Object[] out = new Object[params.length];
        if (layout.paramsInMemory()) {
            long ptr = core[0] & 0xFFFF_FFFFL;
            Canon.checkPointer(
                    cx.requireMemory(), ptr, layout.paramTupleAlign(), layout.paramTupleSize());
            for (int i = 0; i < params.length; i++) {
                out[i] = params[i].load(cx, ptr + layout.paramOffset(i));
            }
            return out;
        }
        FlatSource in = new FlatSource(core);
        for (int i = 0; i < params.length; i++) {
            out[i] = params[i].liftFlat(cx, in);
        }
        return out;
    }

    /** The core results of a host function returning {@code value}. */
    public long[] lowerResult(LiftLowerContext cx, Object value, long[] core) {
        if (result == null) {
            return NO_CORE_VALUES;
        }
        try {
            if (layout.resultInMemory()) {
                long ptr = core[layout.outParamIndex()] & 0xFFFF_FFFFL;
                Canon.checkPointer(cx.requireMemory(), ptr, result.alignment(), result.size());
                result.store(cx, value, ptr);
                return NO_CORE_VALUES;
            }
            long[] out = new long[layout.flatResultCount()];
            result.lowerFlat(cx, value, new FlatSink(out));
            return out;
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw within("result", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }
}
