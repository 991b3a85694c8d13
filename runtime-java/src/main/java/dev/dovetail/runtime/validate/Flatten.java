package dev.dovetail.runtime.validate;

import dev.dovetail.runtime.model.CoreValType;
import dev.dovetail.runtime.model.CoreValType.Num;
import java.util.ArrayList;
import java.util.List;

/** Flattening of component types to core types ({@code flatten_functype} of CanonicalABI.md). */
final class Flatten {
    static final int MAX_FLAT_PARAMS = 16;
    static final int MAX_FLAT_ASYNC_PARAMS = 4;
    static final int MAX_FLAT_RESULTS = 1;

    private Flatten() {}

    static List<CoreValType> flatten(Ty.V v) {
        List<CoreValType> out = new ArrayList<>();
        flatten(v, out);
        return out;
    }

    static void flatten(Ty.V v, List<CoreValType> out) {
        if (v instanceof Ty.P p) {
            switch (p.prim()) {
                case S64, U64 -> out.add(Num.I64);
                case F32 -> out.add(Num.F32);
                case F64 -> out.add(Num.F64);
                case STRING -> {
                    out.add(Num.I32);
                    out.add(Num.I32);
                }
                default -> out.add(Num.I32);
            }
            return;
        }
        Ty.D d = (Ty.D) v;
        switch (d.kind) {
            case LIST, MAP -> {
                out.add(Num.I32);
                out.add(Num.I32);
            }
            case FIXED_LIST -> {
                for (long i = 0; i < d.length; i++) {
                    flatten(d.kids.get(0), out);
                    if (out.size() > 1 << 16) {
                        return;
                    }
                }
            }
            case RECORD, TUPLE -> d.kids.forEach(k -> flatten(k, out));
            case VARIANT, OPTION, RESULT -> {
                List<Ty.V> cases = new ArrayList<>();
                if (d.kind == Ty.Kind.OPTION) {
                    cases.add(null);
                    cases.add(d.kids.get(0));
                } else {
                    cases.addAll(d.kids);
                }
                List<CoreValType> joined = new ArrayList<>();
                for (Ty.V c : cases) {
                    if (c == null) {
                        continue;
                    }
                    List<CoreValType> f = flatten(c);
                    for (int i = 0; i < f.size(); i++) {
                        if (i < joined.size()) {
                            joined.set(i, join(joined.get(i), f.get(i)));
                        } else {
                            joined.add(f.get(i));
                        }
                    }
                }
                out.add(Num.I32);
                out.addAll(joined);
            }
            default -> out.add(Num.I32);
        }
    }

    private static CoreValType join(CoreValType a, CoreValType b) {
        if (a == b) {
            return a;
        }
        if ((a == Num.I32 && b == Num.F32) || (a == Num.F32 && b == Num.I32)) {
            return Num.I32;
        }
        return Num.I64;
    }

    /** {@code flatten_functype}: the core signature of a lifted or lowered function. */
    static dev.dovetail.runtime.types.CoreFuncType functype(
            Ty.F f, boolean async, boolean callback, boolean lift) {
        List<CoreValType> params = new ArrayList<>();
        for (Ty.V p : f.params()) {
            flatten(p, params);
        }
        List<CoreValType> results = f.result() == null ? new ArrayList<>() : flatten(f.result());
        if (!async) {
            if (params.size() > MAX_FLAT_PARAMS) {
                params = new ArrayList<>(List.of(Num.I32));
            }
            if (results.size() > MAX_FLAT_RESULTS) {
                if (lift) {
                    results = List.of(Num.I32);
                } else {
                    params.add(Num.I32);
                    results = List.of();
                }
            }
        } else if (lift) {
            if (params.size() > MAX_FLAT_PARAMS) {
                params = List.of(Num.I32);
            }
            results = callback ? List.of(Num.I32) : List.of();
        } else {
            if (params.size() > MAX_FLAT_ASYNC_PARAMS) {
                params = new ArrayList<>(List.of(Num.I32));
            }
            if (!results.isEmpty()) {
                params.add(Num.I32);
            }
            results = List.of(Num.I32);
        }
        return new dev.dovetail.runtime.types.CoreFuncType(params, results);
    }
}
