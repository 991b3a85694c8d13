package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.LinearMemory;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.flat.CoreFuncType;
import dev.dovetail.abi.flat.FlatContext;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.flat.Flattening;
import dev.dovetail.abi.flat.FuncLayout;
import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.ValType;
import java.util.List;

/**
 * The precomputed plan of one function type on one side of the boundary, for 32-bit memories:
 * {@code lift_flat_values} and {@code lower_flat_values} with the right limits, spilling to memory
 * exactly as the reference does.
 *
 * <ul>
 *   <li>{@link #forLift} ({@code canon lift}, calling a guest's core function): {@link
 *       #lowerParams} turns the argument values into the core arguments, spilling them into one
 *       {@code realloc}ed tuple beyond {@link Flattening#MAX_FLAT_PARAMS}; {@link #liftResult}
 *       lifts the core results of a synchronous call (through the returned pointer beyond {@link
 *       Flattening#MAX_FLAT_RESULTS}) or, with the {@code async} option, the arguments of {@code
 *       task.return} (limit {@code MAX_FLAT_PARAMS}).
 *   <li>{@link #forLower} ({@code canon lower}, a guest calling an import): {@link #liftParams}
 *       lifts the core arguments (limit 16, or 4 with {@code async}); {@link #lowerResult} lowers
 *       the result into the core results or, beyond the limit (1, or 0 with {@code async}), into
 *       the memory the guest passed as the last core argument.
 * </ul>
 *
 * <p>{@link #coreType()} is {@code flatten_functype} for the plan, to check against the core
 * function. Plans are immutable and thread-safe.
 */
public final class FuncPlan {
    private final FuncLayout layout;
    private final Codec<Val>[] params;
    private final String[] paramSegments;
    private final Codec<Val> result;

    private FuncPlan(FuncLayout layout) {
        this.layout = layout;
        List<FuncType.Param> ps = layout.type().params();
        this.params = ValCodec.array(ps.size());
        this.paramSegments = new String[ps.size()];
        for (int i = 0; i < params.length; i++) {
            params[i] = ValCodec.of(ps.get(i).type());
            paramSegments[i] = "parameter " + i + " (`" + ps.get(i).name() + "`)";
        }
        ValType r = layout.type().result();
        this.result = r == null ? null : ValCodec.of(r);
    }

    /**
     * The plan of {@code canon lift} for {@code ft}, with the {@code async} canonical option (and a
     * {@code callback} or not, which only changes {@link #coreType()}).
     */
    public static FuncPlan forLift(FuncType ft, boolean asyncOption, boolean callback) {
        return new FuncPlan(FuncLayout.forLift(ft, AddrType.I32, asyncOption, callback));
    }

    /** The plan of {@code canon lower} for {@code ft}, with the {@code async} option or not. */
    public static FuncPlan forLower(FuncType ft, boolean asyncOption) {
        return new FuncPlan(FuncLayout.forLower(ft, AddrType.I32, asyncOption));
    }

    /** Where parameters and result travel; the same object typed plans use. */
    public FuncLayout layout() {
        return layout;
    }

    public FuncType type() {
        return layout.type();
    }

    /** {@code flatten_functype} of this plan (32-bit memory). */
    public CoreFuncType coreType() {
        return layout.coreType();
    }

    /** The codec of parameter {@code i}. */
    public Codec<Val> param(int i) {
        return params[i];
    }

    /** The codec of the result, or {@code null}. */
    public Codec<Val> result() {
        return result;
    }

    /** Shortcut for {@code layout().paramsInMemory()}. */
    public boolean paramsInMemory() {
        return layout.paramsInMemory();
    }

    /** Shortcut for {@code layout().resultInMemory()}. */
    public boolean resultInMemory() {
        return layout.resultInMemory();
    }

    /** Shortcut for {@code layout().outParamIndex()}. */
    public int outParamIndex() {
        return layout.outParamIndex();
    }

    private void require(FlatContext expected, String method) {
        if (layout.context() != expected) {
            throw new IllegalStateException(
                    method
                            + " is for a plan of canon "
                            + expected.name().toLowerCase(java.util.Locale.ROOT)
                            + " only");
        }
    }

    // ---- canon lift ---------------------------------------------------------------------------

    /**
     * {@code lower_flat_values(cx, MAX_FLAT_PARAMS, args, params)}: the core arguments of a call to
     * the lifted core function. Beyond 16 flat values, allocates the parameter tuple with {@code
     * realloc} (checking the result: alignment, then bounds), stores every argument and returns the
     * pointer as the only core argument.
     *
     * @throws ValueTypeException if an argument does not match its parameter type
     */
    public long[] lowerParams(LiftLowerContext cx, Val... args) {
        require(FlatContext.LIFT, "lowerParams");
        checkArity(args);
        if (layout.paramsInMemory()) {
            long ptr =
                    Canon.allocate(
                            cx,
                            layout.paramTupleAlign(),
                            layout.paramTupleSize(),
                            Canon.REALLOC_OUT_OF_BOUNDS);
            storeParams(cx, args, ptr);
            return new long[] {(int) ptr};
        }
        long[] out = new long[layout.flatParamCount()];
        FlatSink sink = new FlatSink(out);
        for (int i = 0; i < params.length; i++) {
            try {
                params[i].lowerFlat(cx, args[i], sink);
            } catch (ValueTypeException e) {
                throw e.within(paramSegments[i]);
            }
        }
        return out;
    }

    /**
     * Lifts the result of a lifted function: for a synchronous plan from the core results ({@code
     * lift_flat_values(cx, MAX_FLAT_RESULTS, ...)}, through the returned pointer when in memory),
     * for an {@code async} plan from the core arguments of {@code task.return} (limit {@code
     * MAX_FLAT_PARAMS}). Returns {@code null} when the function has no result.
     */
    public Val liftResult(LiftLowerContext cx, long[] flat) {
        require(FlatContext.LIFT, "liftResult");
        return liftResultValue(cx, flat);
    }

    private Val liftResultValue(LiftLowerContext cx, long[] flat) {
        if (result == null) {
            return null;
        }
        FlatSource in = new FlatSource(flat);
        if (layout.resultInMemory()) {
            checkLength(flat, 1, "core results");
            long ptr = in.u32();
            LinearMemory memory = cx.requireMemory();
            Canon.checkPointer(memory, ptr, result.alignment(), result.size());
            return result.load(cx, ptr);
        }
        checkLength(flat, layout.flatResultCount(), "core results");
        return result.liftFlat(cx, in);
    }

    // ---- canon lower --------------------------------------------------------------------------

    /**
     * {@code lift_flat_values(cx, max_flat_params, args, params)} for a lowered import: the
     * parameter values, read from the core arguments or, when in memory, from the tuple the first
     * core argument points to (checked: alignment, then bounds).
     */
    public Val[] liftParams(LiftLowerContext cx, long[] flatArgs) {
        require(FlatContext.LOWER, "liftParams");
        checkLength(flatArgs, layout.flatParamCount(), "core arguments");
        Val[] out = new Val[params.length];
        FlatSource in = new FlatSource(flatArgs);
        if (layout.paramsInMemory()) {
            long ptr = in.u32();
            Canon.checkPointer(
                    cx.requireMemory(), ptr, layout.paramTupleAlign(), layout.paramTupleSize());
            for (int i = 0; i < params.length; i++) {
                out[i] = params[i].load(cx, ptr + layout.paramOffset(i));
            }
            return out;
        }
        for (int i = 0; i < params.length; i++) {
            out[i] = params[i].liftFlat(cx, in);
        }
        return out;
    }

    /**
     * {@code lower_flat_values(cx, max_flat_results, [result], results, out_param)} for a lowered
     * import: the core results. When the result is in memory it is stored at the out-pointer, the
     * core argument at {@link #outParamIndex()} of {@code flatArgs} (checked: alignment, then
     * bounds), and the core results are empty. {@code result} must be {@code null} exactly when the
     * function has no result.
     *
     * @throws ValueTypeException if {@code result} does not match the result type
     */
    public long[] lowerResult(LiftLowerContext cx, Val result, long[] flatArgs) {
        require(FlatContext.LOWER, "lowerResult");
        if (this.result == null) {
            if (result != null) {
                throw new ValueTypeException(
                                "expected no result, found " + result.getClass().getSimpleName())
                        .within("result");
            }
            return new long[0];
        }
        try {
            if (layout.resultInMemory()) {
                checkLength(flatArgs, layout.outParamIndex() + 1, "core arguments");
                long ptr = flatArgs[layout.outParamIndex()] & 0xFFFF_FFFFL;
                Canon.checkPointer(
                        cx.requireMemory(), ptr, this.result.alignment(), this.result.size());
                this.result.store(cx, result, ptr);
                return new long[0];
            }
            long[] out = new long[layout.flatResultCount()];
            this.result.lowerFlat(cx, result, new FlatSink(out));
            return out;
        } catch (ValueTypeException e) {
            throw e.within("result");
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void storeParams(LiftLowerContext cx, Val[] args, long ptr) {
        for (int i = 0; i < params.length; i++) {
            try {
                params[i].store(cx, args[i], ptr + layout.paramOffset(i));
            } catch (ValueTypeException e) {
                throw e.within(paramSegments[i]);
            }
        }
    }

    private void checkArity(Val[] args) {
        if (args.length != params.length) {
            throw new IllegalArgumentException(
                    "expected "
                            + params.length
                            + " arguments, found "
                            + args.length
                            + " for "
                            + layout.type());
        }
    }

    private static void checkLength(long[] flat, int expected, String what) {
        if (flat.length < expected) {
            throw new IllegalArgumentException(
                    "expected " + expected + " " + what + ", found " + flat.length);
        }
    }

    @Override
    public String toString() {
        return "FuncPlan[" + layout + "]";
    }
}
