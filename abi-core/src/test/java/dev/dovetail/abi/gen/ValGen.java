package dev.dovetail.abi.gen;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.BorrowType;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.FutureType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.MapType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.OwnType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.StreamType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded generator of random values of a given type: edge values for numbers (extremes, -0.0,
 * infinities, NaNs with arbitrary payloads), every kind of code point in chars and strings, lists
 * up to a few elements (sometimes empty). Handles are fresh {@link Token}s, which the fake handle
 * table moves in and out.
 */
public final class ValGen {
    /** A host-side handle object; equal by identity of its id. */
    public record Token(String kind, int id) {}

    private final Random random;
    private int nextToken;

    public ValGen(Random random) {
        this.random = random;
    }

    public Val value(ValType t) {
        if (t instanceof PrimType p) {
            return prim(p);
        }
        if (t instanceof ListType l) {
            int n = l.isFixed() ? l.length() : listLength();
            List<Val> es = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                es.add(value(l.element()));
            }
            return new Val.List(es);
        }
        if (t instanceof RecordType r) {
            List<Val.Field> fs = new ArrayList<>();
            for (Field f : r.fields()) {
                fs.add(new Val.Field(f.name(), value(f.type())));
            }
            return new Val.Record(fs);
        }
        if (t instanceof TupleType tt) {
            List<Val> es = new ArrayList<>();
            for (ValType e : tt.types()) {
                es.add(value(e));
            }
            return new Val.Tuple(es);
        }
        if (t instanceof VariantType v) {
            Case c = v.cases().get(random.nextInt(v.cases().size()));
            return new Val.Variant(c.name(), c.type() == null ? null : value(c.type()));
        }
        if (t instanceof EnumType e) {
            return new Val.Enum(e.labels().get(random.nextInt(e.labels().size())));
        }
        if (t instanceof OptionType o) {
            return random.nextInt(3) == 0 ? Val.Option.NONE : new Val.Option(value(o.type()));
        }
        if (t instanceof ResultType r) {
            boolean ok = random.nextBoolean();
            ValType pt = ok ? r.ok() : r.err();
            return new Val.Result(ok, pt == null ? null : value(pt));
        }
        if (t instanceof FlagsType f) {
            Set<String> set = new HashSet<>();
            for (String l : f.labels()) {
                if (random.nextBoolean()) {
                    set.add(l);
                }
            }
            return new Val.Flags(set);
        }
        if (t instanceof MapType m) {
            int n = listLength();
            List<Val.Entry> es = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                es.add(new Val.Entry(value(m.key()), value(m.value())));
            }
            return new Val.Map(es);
        }
        if (t instanceof OwnType || t instanceof BorrowType) {
            return new Val.Resource(new Token("resource", nextToken++));
        }
        if (t instanceof StreamType) {
            return new Val.Stream(new Token("stream", nextToken++));
        }
        if (t instanceof FutureType) {
            return new Val.Future(new Token("future", nextToken++));
        }
        throw new IllegalArgumentException("unknown type " + t);
    }

    private int listLength() {
        return random.nextInt(5) == 0 ? 0 : random.nextInt(5);
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
            case ERROR_CONTEXT -> new Val.ErrorContext(new Token("error-context", nextToken++));
        };
    }

    /** Mostly small values, sometimes extremes. */
    public int anInt() {
        return switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> -1;
            case 2 -> random.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            case 3 -> random.nextInt(256) - 128;
            default -> random.nextInt();
        };
    }

    public long aLong() {
        return switch (random.nextInt(5)) {
            case 0 -> 0;
            case 1 -> -1;
            case 2 -> random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
            default -> random.nextLong();
        };
    }

    public float aFloat() {
        return switch (random.nextInt(8)) {
            case 0 -> Float.intBitsToFloat(0x7f80_0000 | (1 + random.nextInt(0x7f_ffff)));
            case 1 -> -0.0f;
            case 2 -> random.nextBoolean() ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
            case 3 -> Float.MIN_VALUE;
            default -> Float.intBitsToFloat(random.nextInt());
        };
    }

    public double aDouble() {
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

    /** A Unicode scalar value: ASCII, Latin-1, BMP or supplementary, never a surrogate. */
    public int aCodePoint() {
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

    public String aString() {
        int n = random.nextInt(4) == 0 ? 0 : random.nextInt(12);
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
}
