package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.LinearMemory;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.flat.CoreFuncType;
import dev.dovetail.abi.flat.FlatContext;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.flat.Flattening;
import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.layout.Layout;
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
    private final FuncType type;
    private final FlatContext context;
    private final boolean asyncOption;
    private final CoreFuncType coreType;
    private final ValCodec[] params;
    private final String[] paramSegments;
    private final ValCodec result;

    private final int maxFlatParams;
    private final int maxFlatResults;
    private final boolean paramsInMemory;
    private final boolean resultInMemory;
    private final int flatParamCount;
    private final int flatResultCount;
    private final int[] paramOffsets;
    private final int paramTupleSize;
    private final int paramTupleAlign;

    private FuncPlan(FuncType ft, FlatContext context, boolean asyncOption, boolean callback) {
        this.type = ft;
        this.context = context;
        this.asyncOption = asyncOption;
        this.coreType =
                Flattening.flattenFuncType(ft, AddrType.I32, asyncOption, callback, context);
        List<FuncType.Param> ps = ft.params();
        this.params = new ValCodec[ps.size()];
        this.paramSegments = new String[ps.size()];
        for (int i = 0; i < params.length; i++) {
            params[i] = ValCodec.of(ps.get(i).type());
            paramSegments[i] = "parameter " + i + " (`" + ps.get(i).name() + "`)";
        }
        this.result = ft.result() == null ? null : ValCodec.of(ft.result());

        if (context == FlatContext.LIFT) {
            this.maxFlatParams = Flattening.MAX_FLAT_PARAMS;
            this.maxFlatResults =
                    asyncOption ? Flattening.MAX_FLAT_PARAMS : Flattening.MAX_FLAT_RESULTS;
        } else {
            this.maxFlatParams =
                    asyncOption ? Flattening.MAX_FLAT_ASYNC_PARAMS : Flattening.MAX_FLAT_PARAMS;
            this.maxFlatResults = asyncOption ? 0 : Flattening.MAX_FLAT_RESULTS;
        }
        long paramCount = Flattening.flatCount(ft.paramTypes(), AddrType.I32);
        long resultCount = Flattening.flatCount(ft.resultTypes(), AddrType.I32);
        this.paramsInMemory = paramCount > maxFlatParams;
        this.resultInMemory = resultCount > maxFlatResults;
        this.flatParamCount = paramsInMemory ? 1 : (int) paramCount;
        this.flatResultCount = resultInMemory ? 0 : (int) resultCount;
        List<ValType> pts = ft.paramTypes();
        long[] offs = Layout.fieldOffsets(pts, AddrType.I32);
        this.paramOffsets = new int[offs.length];
        for (int i = 0; i < offs.length; i++) {
            paramOffsets[i] = (int) offs[i];
        }
        this.paramTupleSize = (int) Layout.elemSizeRecord(pts, AddrType.I32);
        this.paramTupleAlign = Layout.alignmentRecord(pts, AddrType.I32);
    }

    /**
     * The plan of {@code canon lift} for {@code ft}, with the {@code async} canonical option (and a
     * {@code callback} or not, which only changes {@link #coreType()}).
     */
    public static FuncPlan forLift(FuncType ft, boolean asyncOption, boolean callback) {
        return new FuncPlan(ft, FlatContext.LIFT, asyncOption, callback);
    }

    /** The plan of {@code canon lower} for {@code ft}, with the {@code async} option or not. */
    public static FuncPlan forLower(FuncType ft, boolean asyncOption) {
        return new FuncPlan(ft, FlatContext.LOWER, asyncOption, false);
    }

    public FuncType type() {
        return type;
    }

    public FlatContext context() {
        return context;
    }

    public boolean asyncOption() {
        return asyncOption;
    }

    /** {@code flatten_functype} of this plan (32-bit memory). */
    public CoreFuncType coreType() {
        return coreType;
    }

    /** The codec of parameter {@code i}. */
    public ValCodec param(int i) {
        return params[i];
    }

    /** The codec of the result, or {@code null}. */
    public ValCodec result() {
        return result;
    }

    /** Whether the parameters travel through memory (a single pointer as core argument). */
    public boolean paramsInMemory() {
        return paramsInMemory;
    }

    /**
     * Whether the result travels through memory: a returned pointer ({@code canon lift}, sync), an
     * out-pointer argument ({@code canon lower}) or a pointer argument of {@code task.return}.
     */
    public boolean resultInMemory() {
        return resultInMemory;
    }

    /** Number of core values for the parameters: 1 when in memory. */
    public int flatParamCount() {
        return flatParamCount;
    }

    /** Number of flat core values of the result when it is not in memory, else 0. */
    public int flatResultCount() {
        return flatResultCount;
    }

    /** Offsets of the parameters in the spilled tuple, its size and its alignment. */
    public int paramOffset(int i) {
        return paramOffsets[i];
    }

    public int paramTupleSize() {
        return paramTupleSize;
    }

    public int paramTupleAlign() {
        return paramTupleAlign;
    }

    /** For {@code canon lower}: index of the out-pointer among the core arguments. */
    public int outParamIndex() {
        return flatParamCount;
    }

    private void require(FlatContext expected, String method) {
        if (context != expected) {
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
        if (paramsInMemory) {
            long ptr =
                    Canon.allocate(
                            cx, paramTupleAlign, paramTupleSize, Canon.REALLOC_OUT_OF_BOUNDS);
            storeParams(cx, args, ptr);
            return new long[] {(int) ptr};
        }
        long[] out = new long[flatParamCount];
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
        if (resultInMemory) {
            checkLength(flat, 1, "core results");
            long ptr = in.u32();
            LinearMemory memory = cx.requireMemory();
            Canon.checkPointer(memory, ptr, result.alignment(), result.size());
            return result.load(cx, ptr);
        }
        checkLength(flat, flatResultCount, "core results");
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
        checkLength(flatArgs, flatParamCount, "core arguments");
        Val[] out = new Val[params.length];
        FlatSource in = new FlatSource(flatArgs);
        if (paramsInMemory) {
            long ptr = in.u32();
            Canon.checkPointer(cx.requireMemory(), ptr, paramTupleAlign, paramTupleSize);
            for (int i = 0; i < params.length; i++) {
                out[i] = params[i].load(cx, ptr + paramOffsets[i]);
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
            if (resultInMemory) {
                checkLength(flatArgs, flatParamCount + 1, "core arguments");
                long ptr = flatArgs[flatParamCount] & 0xFFFF_FFFFL;
                Canon.checkPointer(
                        cx.requireMemory(), ptr, this.result.alignment(), this.result.size());
                this.result.store(cx, result, ptr);
                return new long[0];
            }
            long[] out = new long[flatResultCount];
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
                params[i].store(cx, args[i], ptr + paramOffsets[i]);
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
                            + type);
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
        return "FuncPlan[canon "
                + context.name().toLowerCase(java.util.Locale.ROOT)
                + (asyncOption ? " async " : " ")
                + type
                + " => "
                + coreType
                + "]";
    }
}
