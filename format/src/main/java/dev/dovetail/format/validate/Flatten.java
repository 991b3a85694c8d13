package dev.dovetail.format.validate;

import dev.dovetail.abi.flat.CoreType;
import dev.dovetail.abi.flat.FlatContext;
import dev.dovetail.abi.flat.Flattening;
import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.format.model.CoreValType;
import dev.dovetail.format.model.CoreValType.Num;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Flattening for validation ({@code flatten_functype} of CanonicalABI.md): the validator's types
 * are converted to abi-core's and flattened by abi-core's {@link Flattening}, the one
 * implementation the runtime also uses, then expressed as core value types of the model.
 */
final class Flatten {
    static final int MAX_FLAT_PARAMS = Flattening.MAX_FLAT_PARAMS;
    static final int MAX_FLAT_ASYNC_PARAMS = Flattening.MAX_FLAT_ASYNC_PARAMS;
    static final int MAX_FLAT_RESULTS = Flattening.MAX_FLAT_RESULTS;

    /** Beyond this many core values only the count matters, and it is reported as this plus one. */
    private static final int CAP = 1 << 16;

    private Flatten() {}

    /**
     * {@code flatten_type}; for a type with more than {@value #CAP} core values, a list just over
     * that size (callers compare counts with the small flattening limits only).
     */
    static List<CoreValType> flatten(ValueType v) {
        CoreType[] flat = Flattening.flattenCapped(new PublicTypes().val(v), AddrType.I32, CAP);
        if (flat == null) {
            return Collections.nCopies(CAP + 1, Num.I32);
        }
        List<CoreValType> out = new ArrayList<>(flat.length);
        for (CoreType t : flat) {
            out.add(num(t));
        }
        return out;
    }

    static void flatten(ValueType v, List<CoreValType> out) {
        out.addAll(flatten(v));
    }

    /** {@code flatten_functype}: the core signature of a lifted or lowered function. */
    static dev.dovetail.format.types.CoreFuncType functype(
            FunctionType f, boolean async, boolean callback, boolean lift) {
        var core =
                Flattening.flattenFuncType(
                        new PublicTypes().func(f),
                        AddrType.I32,
                        async,
                        callback,
                        lift ? FlatContext.LIFT : FlatContext.LOWER);
        return new dev.dovetail.format.types.CoreFuncType(
                core.params().stream().map(Flatten::num).toList(),
                core.results().stream().map(Flatten::num).toList());
    }

    private static CoreValType num(CoreType t) {
        return switch (t) {
            case I32 -> Num.I32;
            case I64 -> Num.I64;
            case F32 -> Num.F32;
            case F64 -> Num.F64;
        };
    }
}
