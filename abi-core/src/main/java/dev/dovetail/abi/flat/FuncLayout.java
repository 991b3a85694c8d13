package dev.dovetail.abi.flat;

import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.layout.Layout;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.ValType;
import java.util.List;

/**
 * How the parameters and result of a function travel across one side of the boundary, with no codec
 * attached: the core signature ({@code flatten_functype}), the limits that apply ({@code max_flat}
 * of {@code lift_flat_values}/{@code lower_flat_values}), whether parameters and result are flat or
 * spilled to memory, and the layout of the spilled parameter tuple. Shared by the dynamic {@link
 * dev.dovetail.abi.codec.FuncPlan} and by typed function plans.
 *
 * <table>
 *   <caption>Limits</caption>
 *   <tr><th>side</th><th>parameters</th><th>result</th></tr>
 *   <tr><td>lift, sync</td><td>16, else pointer argument (allocated with realloc)</td>
 *       <td>1, else returned pointer</td></tr>
 *   <tr><td>lift, async</td><td>16, else pointer argument</td>
 *       <td>16 flat arguments of {@code task.return}, else a pointer argument</td></tr>
 *   <tr><td>lower, sync</td><td>16, else pointer argument</td>
 *       <td>1, else out-pointer as last argument</td></tr>
 *   <tr><td>lower, async</td><td>4, else pointer argument</td>
 *       <td>0: always the out-pointer as last argument</td></tr>
 * </table>
 */
public final class FuncLayout {
    private final FuncType type;
    private final AddrType addr;
    private final FlatContext context;
    private final boolean asyncOption;
    private final CoreFuncType coreType;
    private final int maxFlatParams;
    private final int maxFlatResults;
    private final boolean paramsInMemory;
    private final boolean resultInMemory;
    private final int flatParamCount;
    private final int flatResultCount;
    private final int[] paramOffsets;
    private final int paramTupleSize;
    private final int paramTupleAlign;
    private final int resultSize;
    private final int resultAlign;

    private FuncLayout(
            FuncType ft,
            AddrType addr,
            FlatContext context,
            boolean asyncOption,
            boolean callback) {
        this.type = ft;
        this.addr = addr;
        this.context = context;
        this.asyncOption = asyncOption;
        this.coreType = Flattening.flattenFuncType(ft, addr, asyncOption, callback, context);
        if (context == FlatContext.LIFT) {
            this.maxFlatParams = Flattening.MAX_FLAT_PARAMS;
            this.maxFlatResults =
                    asyncOption ? Flattening.MAX_FLAT_PARAMS : Flattening.MAX_FLAT_RESULTS;
        } else {
            this.maxFlatParams =
                    asyncOption ? Flattening.MAX_FLAT_ASYNC_PARAMS : Flattening.MAX_FLAT_PARAMS;
            this.maxFlatResults = asyncOption ? 0 : Flattening.MAX_FLAT_RESULTS;
        }
        List<ValType> pts = ft.paramTypes();
        long paramCount = Flattening.flatCount(pts, addr);
        long resultCount = Flattening.flatCount(ft.resultTypes(), addr);
        this.paramsInMemory = paramCount > maxFlatParams;
        this.resultInMemory = resultCount > maxFlatResults;
        this.flatParamCount = paramsInMemory ? 1 : (int) paramCount;
        this.flatResultCount = resultInMemory ? 0 : (int) resultCount;
        long[] offs = Layout.fieldOffsets(pts, addr);
        this.paramOffsets = new int[offs.length];
        for (int i = 0; i < offs.length; i++) {
            paramOffsets[i] = checkedSize(offs[i]);
        }
        this.paramTupleSize = checkedSize(Layout.elemSizeRecord(pts, addr));
        this.paramTupleAlign = Layout.alignmentRecord(pts, addr);
        ValType r = ft.result();
        this.resultSize = r == null ? 0 : checkedSize(Layout.elemSize(r, addr));
        this.resultAlign = r == null ? 1 : Layout.alignment(r, addr);
    }

    private static int checkedSize(long size) {
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("function parameters are too large: " + size);
        }
        return (int) size;
    }

    /** The layout of {@code canon lift} of {@code ft} (the callback only changes the signature). */
    public static FuncLayout forLift(
            FuncType ft, AddrType addr, boolean asyncOption, boolean callback) {
        return new FuncLayout(ft, addr, FlatContext.LIFT, asyncOption, callback);
    }

    /** The layout of {@code canon lower} of {@code ft}. */
    public static FuncLayout forLower(FuncType ft, AddrType addr, boolean asyncOption) {
        return new FuncLayout(ft, addr, FlatContext.LOWER, asyncOption, false);
    }

    public FuncType type() {
        return type;
    }

    public AddrType addrType() {
        return addr;
    }

    public FlatContext context() {
        return context;
    }

    public boolean asyncOption() {
        return asyncOption;
    }

    /** {@code flatten_functype}: the type the core function must have. */
    public CoreFuncType coreType() {
        return coreType;
    }

    /** {@code max_flat} for the parameters: 16, or 4 for an async lower. */
    public int maxFlatParams() {
        return maxFlatParams;
    }

    /** {@code max_flat} for the result: 1 (sync), 16 (async lift: task.return), 0 (async lower). */
    public int maxFlatResults() {
        return maxFlatResults;
    }

    /** Whether the parameters are a tuple in memory, passed as a single pointer argument. */
    public boolean paramsInMemory() {
        return paramsInMemory;
    }

    /**
     * Whether the result is in memory: behind the returned pointer (sync lift), behind the
     * out-pointer argument (lower) or behind the pointer argument of {@code task.return} (async
     * lift).
     */
    public boolean resultInMemory() {
        return resultInMemory;
    }

    /** Core values carrying the parameters: their flat count, or 1 when in memory. */
    public int flatParamCount() {
        return flatParamCount;
    }

    /** Flat core values of the result when not in memory, else 0. */
    public int flatResultCount() {
        return flatResultCount;
    }

    /** For {@code canon lower}: index of the out-pointer among the core arguments. */
    public int outParamIndex() {
        return flatParamCount;
    }

    /** Offset of parameter {@code i} in the spilled parameter tuple. */
    public int paramOffset(int i) {
        return paramOffsets[i];
    }

    /** Size of the spilled parameter tuple ({@code elem_size(tuple<params>)}). */
    public int paramTupleSize() {
        return paramTupleSize;
    }

    /** Alignment of the spilled parameter tuple. */
    public int paramTupleAlign() {
        return paramTupleAlign;
    }

    /**
     * Size of the result in memory (the one-element result tuple has the same layout); 0 if none.
     */
    public int resultSize() {
        return resultSize;
    }

    /** Alignment of the result in memory; 1 if none. */
    public int resultAlign() {
        return resultAlign;
    }

    @Override
    public String toString() {
        return "canon "
                + context.name().toLowerCase(java.util.Locale.ROOT)
                + (asyncOption ? " async " : " ")
                + type
                + " => "
                + coreType;
    }
}
