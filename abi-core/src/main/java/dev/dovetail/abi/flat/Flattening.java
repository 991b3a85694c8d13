package dev.dovetail.abi.flat;

import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.layout.Layout;
import dev.dovetail.abi.type.BorrowType;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.FutureType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.MapType;
import dev.dovetail.abi.type.OwnType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.StreamType;
import dev.dovetail.abi.type.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * Flattening of value types into core value types (section <i>Flattening</i> of the specification),
 * and of function types into core signatures ({@code flatten_functype}).
 *
 * <p>A value is only ever passed flat when its function's flattened parameters (or results) fit in
 * {@link #MAX_FLAT_PARAMS}; larger types go through memory. {@link #flatCount} therefore counts
 * without building the list, and {@link #flattenCapped} gives up beyond a cap, so that a type like
 * {@code list<u8, 100000>} never materializes a huge flattening.
 */
public final class Flattening {
    /** Flat parameters beyond which the parameters are passed through memory. */
    public static final int MAX_FLAT_PARAMS = 16;

    /** The same limit for parameters of an {@code async}-lowered function. */
    public static final int MAX_FLAT_ASYNC_PARAMS = 4;

    /** Flat results beyond which the results are passed through memory. */
    public static final int MAX_FLAT_RESULTS = 1;

    private Flattening() {}

    /** {@code flatten_type(t)} with pointers of {@code addr}. */
    public static List<CoreType> flatten(ValType t, AddrType addr) {
        List<CoreType> out = new ArrayList<>();
        flattenInto(t, addr, out);
        return out;
    }

    /** {@code flatten_types(ts)}: the concatenated flattenings. */
    public static List<CoreType> flattenTypes(List<ValType> ts, AddrType addr) {
        List<CoreType> out = new ArrayList<>();
        for (ValType t : ts) {
            flattenInto(t, addr, out);
        }
        return out;
    }

    /**
     * The flattening of {@code t}, or {@code null} when it has more than {@code cap} core values
     * (such a type can never be passed flat when {@code cap >= MAX_FLAT_PARAMS}).
     */
    public static CoreType[] flattenCapped(ValType t, AddrType addr, int cap) {
        if (flatCount(t, addr) > cap) {
            return null;
        }
        return flatten(t, addr).toArray(new CoreType[0]);
    }

    /** {@code len(flatten_type(t))}, computed without building it; saturates at Long.MAX_VALUE. */
    public static long flatCount(ValType t, AddrType addr) {
        if (t == PrimType.STRING) {
            return 2;
        }
        if (t instanceof PrimType
                || t instanceof FlagsType
                || t instanceof OwnType
                || t instanceof BorrowType
                || t instanceof StreamType
                || t instanceof FutureType) {
            return 1;
        }
        if (t instanceof ListType l) {
            if (!l.isFixed()) {
                return 2;
            }
            long n = flatCount(l.element(), addr);
            try {
                return Math.multiplyExact(n, l.length());
            } catch (ArithmeticException e) {
                return Long.MAX_VALUE;
            }
        }
        if (t instanceof MapType) {
            return 2;
        }
        List<ValType> fields = Layout.fieldTypes(t);
        if (fields != null) {
            long n = 0;
            for (ValType f : fields) {
                n = satAdd(n, flatCount(f, addr));
            }
            return n;
        }
        List<ValType> cases = Layout.caseTypes(t);
        if (cases != null) {
            long n = 0;
            for (ValType c : cases) {
                if (c != null) {
                    n = Math.max(n, flatCount(c, addr));
                }
            }
            return satAdd(1, n);
        }
        throw new IllegalArgumentException("unknown value type " + t);
    }

    /** {@code len(flatten_types(ts))}, saturating. */
    public static long flatCount(List<ValType> ts, AddrType addr) {
        long n = 0;
        for (ValType t : ts) {
            n = satAdd(n, flatCount(t, addr));
        }
        return n;
    }

    private static long satAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    private static void flattenInto(ValType t, AddrType addr, List<CoreType> out) {
        if (t instanceof PrimType p) {
            switch (p) {
                case S64, U64 -> out.add(CoreType.I64);
                case F32 -> out.add(CoreType.F32);
                case F64 -> out.add(CoreType.F64);
                case STRING -> {
                    out.add(CoreType.of(addr));
                    out.add(CoreType.of(addr));
                }
                default -> out.add(CoreType.I32);
            }
            return;
        }
        if (t instanceof ListType l) {
            if (l.isFixed()) {
                List<CoreType> elem = flatten(l.element(), addr);
                for (int i = 0; i < l.length(); i++) {
                    out.addAll(elem);
                }
            } else {
                out.add(CoreType.of(addr));
                out.add(CoreType.of(addr));
            }
            return;
        }
        if (t instanceof MapType) {
            out.add(CoreType.of(addr));
            out.add(CoreType.of(addr));
            return;
        }
        List<ValType> fields = Layout.fieldTypes(t);
        if (fields != null) {
            for (ValType f : fields) {
                flattenInto(f, addr, out);
            }
            return;
        }
        List<ValType> cases = Layout.caseTypes(t);
        if (cases != null) {
            out.add(CoreType.I32); // every discriminant type flattens to i32
            out.addAll(variantPayload(cases, addr));
            return;
        }
        // flags, own, borrow, stream, future
        out.add(CoreType.I32);
    }

    /**
     * The joined payload slots of a variant with these case types (without the discriminant): slot
     * {@code i} is the {@link CoreType#join} of the {@code i}-th core type of every case that has
     * one.
     */
    public static List<CoreType> variantPayload(List<ValType> caseTypes, AddrType addr) {
        List<CoreType> flat = new ArrayList<>();
        for (ValType c : caseTypes) {
            if (c == null) {
                continue;
            }
            List<CoreType> cf = flatten(c, addr);
            for (int i = 0; i < cf.size(); i++) {
                if (i < flat.size()) {
                    flat.set(i, CoreType.join(flat.get(i), cf.get(i)));
                } else {
                    flat.add(cf.get(i));
                }
            }
        }
        return flat;
    }

    /**
     * The payload slots (indices from the first payload slot) where case {@code caseIndex} puts an
     * {@code i32} or {@code f32} into a joined {@code i64} slot. Lowering must zero-extend those
     * values (the specification passes them as unsigned 32-bit integers); every other slot of the
     * case keeps its bits (an {@code f32} in an {@code i32} slot is its raw bits, an {@code f64} in
     * an {@code i64} slot likewise).
     */
    public static int[] widenedSlots(List<ValType> caseTypes, int caseIndex, AddrType addr) {
        ValType c = caseTypes.get(caseIndex);
        if (c == null) {
            return new int[0];
        }
        List<CoreType> joined = variantPayload(caseTypes, addr);
        List<CoreType> own = flatten(c, addr);
        int n = 0;
        int[] out = new int[own.size()];
        for (int k = 0; k < own.size(); k++) {
            if (own.get(k).is32() && joined.get(k) == CoreType.I64) {
                out[n++] = k;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * {@code flatten_functype(opts, ft, context)}: the core signature of a function of type {@code
     * ft} lifted or lowered with the {@code async} canonical option {@code asyncOption} (and, for
     * an async lift, a {@code callback} or not), for memories of address type {@code addr}.
     */
    public static CoreFuncType flattenFuncType(
            FuncType ft,
            AddrType addr,
            boolean asyncOption,
            boolean callback,
            FlatContext context) {
        List<ValType> paramTypes = ft.paramTypes();
        List<ValType> resultTypes = ft.resultTypes();
        CoreType ptr = CoreType.of(addr);
        long paramCount = flatCount(paramTypes, addr);
        long resultCount = flatCount(resultTypes, addr);
        List<CoreType> params;
        List<CoreType> results;
        if (!asyncOption) {
            params = paramCount > MAX_FLAT_PARAMS ? List.of(ptr) : flattenTypes(paramTypes, addr);
            results = resultCount > MAX_FLAT_RESULTS ? null : flattenTypes(resultTypes, addr);
            if (results == null) {
                if (context == FlatContext.LIFT) {
                    results = List.of(ptr);
                } else {
                    params = append(params, ptr);
                    results = List.of();
                }
            }
        } else if (context == FlatContext.LIFT) {
            params = paramCount > MAX_FLAT_PARAMS ? List.of(ptr) : flattenTypes(paramTypes, addr);
            results = callback ? List.of(CoreType.I32) : List.of();
        } else {
            params =
                    paramCount > MAX_FLAT_ASYNC_PARAMS
                            ? List.of(ptr)
                            : flattenTypes(paramTypes, addr);
            if (resultCount > 0) {
                params = append(params, ptr);
            }
            results = List.of(CoreType.I32);
        }
        return new CoreFuncType(params, results);
    }

    private static List<CoreType> append(List<CoreType> list, CoreType t) {
        List<CoreType> out = new ArrayList<>(list);
        out.add(t);
        return out;
    }
}
