package dev.dovetail.runtime.fuzz;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.OwnType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import dev.dovetail.runtime.ResourceAny;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Seeded generators of component value types and values for the fuzzers, over abi-core's main
 * types: every primitive (no {@code error-context}), variable and fixed lists, records, tuples,
 * variants (sometimes with hundreds of cases, so that 16-bit discriminants occur), enums, options,
 * results of the four shapes, flags up to 32 labels and {@code own} handles of one host resource.
 */
final class FuzzGen {
    /** The placeholder resource of generated {@code own} types (the WAT names it {@code $r}). */
    static final ResourceType RES = new ResourceType("r");

    private static final PrimType[] PRIMS = {
        PrimType.BOOL,
        PrimType.S8,
        PrimType.U8,
        PrimType.S16,
        PrimType.U16,
        PrimType.S32,
        PrimType.U32,
        PrimType.S64,
        PrimType.U64,
        PrimType.F32,
        PrimType.F64,
        PrimType.CHAR,
        PrimType.STRING
    };

    private final Random random;
    private final boolean resources;

    FuzzGen(Random random, boolean resources) {
        this.random = random;
        this.resources = resources;
    }

    Random random() {
        return random;
    }

    // ---- types ------------------------------------------------------------------------------

    ValType type(int depth) {
        if (depth <= 0 || random.nextInt(4) == 0) {
            return leaf();
        }
        int d = depth - 1;
        switch (random.nextInt(11)) {
            case 0:
                return ListType.of(type(d));
            case 1:
                return ListType.fixed(type(d), 1 + random.nextInt(random.nextInt(6) == 0 ? 20 : 4));
            case 2:
                {
                    int n = 1 + random.nextInt(random.nextInt(5) == 0 ? 20 : 4);
                    List<Field> fs = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        fs.add(new Field("f" + i, type(d)));
                    }
                    return new RecordType(fs);
                }
            case 3:
                {
                    int n = 1 + random.nextInt(4);
                    List<ValType> ts = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        ts.add(type(d));
                    }
                    return new TupleType(ts);
                }
            case 4:
                {
                    boolean big = random.nextInt(8) == 0;
                    int n = big ? 250 + random.nextInt(60) : 1 + random.nextInt(6);
                    List<Case> cs = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        boolean payload = big ? random.nextInt(40) == 0 : random.nextInt(3) != 0;
                        cs.add(new Case("c" + i, payload ? type(big ? 0 : d) : null));
                    }
                    return new VariantType(cs);
                }
            case 5:
                {
                    int n =
                            random.nextInt(8) == 0
                                    ? 250 + random.nextInt(60)
                                    : 1 + random.nextInt(5);
                    return new EnumType(labels("e", n));
                }
            case 6:
                return new OptionType(type(d));
            case 7:
                switch (random.nextInt(4)) {
                    case 0:
                        return new ResultType(type(d), type(d));
                    case 1:
                        return new ResultType(type(d), null);
                    case 2:
                        return new ResultType(null, type(d));
                    default:
                        return new ResultType(null, null);
                }
            case 8:
                return flags();
            default:
                return leaf();
        }
    }

    private static List<String> labels(String prefix, int n) {
        List<String> ls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ls.add(prefix + i);
        }
        return ls;
    }

    private FlagsType flags() {
        return new FlagsType(labels("g", 1 + random.nextInt(32)));
    }

    ValType leaf() {
        if (resources && random.nextInt(12) == 0) {
            return new OwnType(RES);
        }
        if (random.nextInt(14) == 0) {
            return flags();
        }
        return PRIMS[random.nextInt(PRIMS.length)];
    }

    // ---- values -----------------------------------------------------------------------------

    /**
     * A random value of {@code t}; {@code own} handles get fresh host resources made by {@code
     * handles} (from a rep).
     */
    Val value(ValType t, IntFunction<Object> handles) {
        if (t instanceof PrimType p) {
            return prim(p);
        }
        if (t instanceof ListType l) {
            int n = l.isFixed() ? l.length() : random.nextInt(5) == 0 ? 0 : random.nextInt(5);
            List<Val> es = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                es.add(value(l.element(), handles));
            }
            return new Val.List(es);
        }
        if (t instanceof RecordType r) {
            List<Val.Field> fs = new ArrayList<>();
            for (Field f : r.fields()) {
                fs.add(new Val.Field(f.name(), value(f.type(), handles)));
            }
            return new Val.Record(fs);
        }
        if (t instanceof TupleType tt) {
            List<Val> es = new ArrayList<>();
            for (ValType e : tt.types()) {
                es.add(value(e, handles));
            }
            return new Val.Tuple(es);
        }
        if (t instanceof VariantType v) {
            Case c = v.cases().get(random.nextInt(v.cases().size()));
            return new Val.Variant(c.name(), c.type() == null ? null : value(c.type(), handles));
        }
        if (t instanceof EnumType e) {
            return new Val.Enum(e.labels().get(random.nextInt(e.labels().size())));
        }
        if (t instanceof OptionType o) {
            return random.nextInt(3) == 0
                    ? Val.Option.NONE
                    : new Val.Option(value(o.type(), handles));
        }
        if (t instanceof ResultType r) {
            boolean ok = random.nextBoolean();
            ValType pt = ok ? r.ok() : r.err();
            return new Val.Result(ok, pt == null ? null : value(pt, handles));
        }
        if (t instanceof FlagsType f) {
            Set<String> set = new LinkedHashSet<>();
            for (String l : f.labels()) {
                if (random.nextBoolean()) {
                    set.add(l);
                }
            }
            return new Val.Flags(set);
        }
        if (t instanceof OwnType) {
            return new Val.Resource(handles.apply(random.nextInt(1000)));
        }
        throw new IllegalArgumentException("no values for " + t);
    }

    private Val prim(PrimType p) {
        return switch (p) {
            case BOOL -> new Val.Bool(random.nextBoolean());
            case S8 -> new Val.S8((byte) anInt());
            case U8 -> new Val.U8((byte) anInt());
            case S16 -> new Val.S16((short) anInt());
            case U16 -> new Val.U16((short) anInt());
            case S32 -> new Val.S32(anInt());
            case U32 -> new Val.U32(anInt());
            case S64 -> new Val.S64(aLong());
            case U64 -> new Val.U64(aLong());
            case F32 -> new Val.F32(aFloat());
            case F64 -> new Val.F64(aDouble());
            case CHAR -> new Val.Char(aCodePoint());
            case STRING -> new Val.Str(aString());
            case ERROR_CONTEXT -> throw new IllegalArgumentException("no error contexts");
        };
    }

    int anInt() {
        return switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> -1;
            case 2 -> random.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            case 3 -> random.nextInt(256) - 128;
            default -> random.nextInt();
        };
    }

    long aLong() {
        return switch (random.nextInt(5)) {
            case 0 -> 0;
            case 1 -> -1;
            case 2 -> random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
            default -> random.nextLong();
        };
    }

    float aFloat() {
        return switch (random.nextInt(8)) {
            case 0 -> Float.intBitsToFloat(0x7f80_0000 | (1 + random.nextInt(0x7f_ffff)));
            case 1 -> -0.0f;
            case 2 -> random.nextBoolean() ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
            case 3 -> Float.MIN_VALUE;
            default -> Float.intBitsToFloat(random.nextInt());
        };
    }

    double aDouble() {
        return switch (random.nextInt(8)) {
            case 0 ->
                    Double.longBitsToDouble(
                            0x7ff0_0000_0000_0000L
                                    | (1 + (random.nextLong() & 0xf_ffff_ffff_fffeL)));
            case 1 -> -0.0;
            case 2 -> random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            case 3 -> Double.MIN_VALUE;
            default -> Double.longBitsToDouble(random.nextLong());
        };
    }

    int aCodePoint() {
        while (true) {
            int c =
                    switch (random.nextInt(4)) {
                        case 0 -> random.nextInt(0x80);
                        case 1 -> random.nextInt(0x100);
                        case 2 -> random.nextInt(0x10000);
                        default -> 0x10000 + random.nextInt(0x100000);
                    };
            if (Val.Char.isScalarValue(c)) {
                return c;
            }
        }
    }

    String aString() {
        int n = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextInt(8) == 0 ? 200 : 12);
        StringBuilder sb = new StringBuilder();
        int style = random.nextInt(3); // ascii, latin-1, anything
        for (int i = 0; i < n; i++) {
            int c =
                    style == 0
                            ? random.nextInt(0x80)
                            : style == 1 ? random.nextInt(0x100) : aCodePoint();
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    // ---- comparison -------------------------------------------------------------------------

    /**
     * {@code v} with every resource handle replaced by a comparable description (type name, rep,
     * ownership), since the runtime hands out fresh {@link ResourceAny} objects.
     */
    static Val normalize(Val v) {
        if (v instanceof Val.Resource r && r.handle() instanceof ResourceAny a) {
            return new Val.Resource(a.type().name() + "#" + a.rep() + (a.owned() ? "" : "&"));
        }
        if (v instanceof Val.List l) {
            return new Val.List(l.elements().stream().map(FuzzGen::normalize).toList());
        }
        if (v instanceof Val.Tuple t) {
            return new Val.Tuple(t.elements().stream().map(FuzzGen::normalize).toList());
        }
        if (v instanceof Val.Record r) {
            return new Val.Record(
                    r.fields().stream()
                            .map(f -> new Val.Field(f.name(), normalize(f.value())))
                            .toList());
        }
        if (v instanceof Val.Variant x) {
            return new Val.Variant(
                    x.caseName(), x.payload() == null ? null : normalize(x.payload()));
        }
        if (v instanceof Val.Option o) {
            return o.value() == null ? o : new Val.Option(normalize(o.value()));
        }
        if (v instanceof Val.Result r) {
            return new Val.Result(r.ok(), r.payload() == null ? null : normalize(r.payload()));
        }
        return v;
    }

    static boolean usesResources(ValType t) {
        if (t instanceof OwnType) {
            return true;
        }
        for (ValType c : children(t)) {
            if (c != null && usesResources(c)) {
                return true;
            }
        }
        return false;
    }

    /** The directly nested types of {@code t}. */
    static List<ValType> children(ValType t) {
        List<ValType> out = new ArrayList<>();
        if (t instanceof ListType l) {
            out.add(l.element());
        } else if (t instanceof RecordType r) {
            r.fields().forEach(f -> out.add(f.type()));
        } else if (t instanceof TupleType tt) {
            out.addAll(tt.types());
        } else if (t instanceof VariantType v) {
            v.cases().forEach(c -> out.add(c.type()));
        } else if (t instanceof OptionType o) {
            out.add(o.type());
        } else if (t instanceof ResultType r) {
            out.add(r.ok());
            out.add(r.err());
        }
        out.removeIf(x -> x == null);
        return out;
    }
}
