package dev.dovetail.cli.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.MapType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Property tests: random types and values survive print → parse, and junk never crashes. */
class WaveRoundTripTest {
    private static final String[] LABELS = {
        "a",
        "b-c",
        "x1",
        "HTTP3",
        "method-GET",
        "ok",
        "err",
        "none",
        "some",
        "true",
        "nan",
        "inf",
        "long-kebab-name",
        "q",
        "z9-y8"
    };

    private final Random random = new Random(0xD0E7A11L);

    private List<String> labels(int n) {
        Set<String> out = new java.util.LinkedHashSet<>();
        while (out.size() < n) {
            out.add(LABELS[random.nextInt(LABELS.length)]);
        }
        return new ArrayList<>(out);
    }

    private ValType type(int depth) {
        int kinds = depth <= 0 ? 1 : 12;
        switch (random.nextInt(kinds)) {
            case 0:
                PrimType[] prims = PrimType.values();
                return prims[random.nextInt(prims.length - 1)]; // not error-context
            case 1:
                return random.nextInt(4) == 0
                        ? ListType.fixed(type(depth - 1), 1 + random.nextInt(3))
                        : ListType.of(type(depth - 1));
            case 2:
                {
                    List<Field> fields = new ArrayList<>();
                    for (String l : labels(1 + random.nextInt(4))) {
                        fields.add(new Field(l, type(depth - 1)));
                    }
                    return new RecordType(fields);
                }
            case 3:
                {
                    List<ValType> ts = new ArrayList<>();
                    for (int i = random.nextInt(3); i >= 0; i--) {
                        ts.add(type(depth - 1));
                    }
                    return new TupleType(ts);
                }
            case 4:
                {
                    List<Case> cases = new ArrayList<>();
                    for (String l : labels(1 + random.nextInt(4))) {
                        cases.add(new Case(l, random.nextBoolean() ? type(depth - 1) : null));
                    }
                    return new VariantType(cases);
                }
            case 5:
                return new EnumType(labels(1 + random.nextInt(4)));
            case 6:
            case 7:
                return new OptionType(type(depth - 1));
            case 8:
            case 9:
                return new ResultType(
                        random.nextBoolean() ? type(depth - 1) : null,
                        random.nextBoolean() ? type(depth - 1) : null);
            case 10:
                return new FlagsType(labels(1 + random.nextInt(5)));
            default:
                return new MapType(type(0), type(depth - 1));
        }
    }

    private Val value(ValType t) {
        if (t instanceof PrimType p) {
            return prim(p);
        } else if (t instanceof ListType l) {
            int n = l.isFixed() ? l.length() : random.nextInt(4);
            List<Val> es = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                es.add(value(l.element()));
            }
            return new Val.List(es);
        } else if (t instanceof RecordType r) {
            List<Val.Field> fs = new ArrayList<>();
            for (Field f : r.fields()) {
                fs.add(new Val.Field(f.name(), value(f.type())));
            }
            return new Val.Record(fs);
        } else if (t instanceof TupleType tt) {
            List<Val> es = new ArrayList<>();
            for (ValType e : tt.types()) {
                es.add(value(e));
            }
            return new Val.Tuple(es);
        } else if (t instanceof VariantType v) {
            Case c = v.cases().get(random.nextInt(v.cases().size()));
            return new Val.Variant(c.name(), c.type() == null ? null : value(c.type()));
        } else if (t instanceof EnumType e) {
            return new Val.Enum(e.labels().get(random.nextInt(e.labels().size())));
        } else if (t instanceof OptionType o) {
            return random.nextInt(3) == 0 ? Val.none() : Val.some(value(o.type()));
        } else if (t instanceof ResultType r) {
            boolean ok = random.nextBoolean();
            ValType pt = ok ? r.ok() : r.err();
            return new Val.Result(ok, pt == null ? null : value(pt));
        } else if (t instanceof FlagsType f) {
            Set<String> set = new HashSet<>();
            for (String l : f.labels()) {
                if (random.nextBoolean()) {
                    set.add(l);
                }
            }
            return new Val.Flags(set);
        } else if (t instanceof MapType m) {
            List<Val.Entry> es = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                es.add(new Val.Entry(value(m.key()), value(m.value())));
            }
            return new Val.Map(es);
        }
        throw new IllegalStateException(t.toString());
    }

    private static final float[] FLOATS = {
        0f,
        -0f,
        1f,
        -1.5f,
        Float.NaN,
        Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY,
        Float.MIN_VALUE,
        Float.MAX_VALUE,
        Float.MIN_NORMAL,
        0.1f,
        1e-10f,
        3.4e38f
    };
    private static final double[] DOUBLES = {
        0d,
        -0d,
        1d,
        0.1,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE,
        Double.MAX_VALUE,
        Double.MIN_NORMAL,
        1e300,
        123456.789e-200
    };

    private Val prim(PrimType p) {
        long bits = random.nextInt(4) == 0 ? random.nextInt(3) - 1 : random.nextLong();
        return switch (p) {
            case BOOL -> Val.bool(random.nextBoolean());
            case S8 -> new Val.S8((byte) bits);
            case U8 -> new Val.U8((byte) bits);
            case S16 -> new Val.S16((short) bits);
            case U16 -> new Val.U16((short) bits);
            case S32 -> new Val.S32((int) bits);
            case U32 -> new Val.U32((int) bits);
            case S64 -> new Val.S64(bits);
            case U64 -> new Val.U64(bits);
            case F32 ->
                    new Val.F32(
                            random.nextBoolean()
                                    ? FLOATS[random.nextInt(FLOATS.length)]
                                    : Float.intBitsToFloat((int) bits));
            case F64 ->
                    new Val.F64(
                            random.nextBoolean()
                                    ? DOUBLES[random.nextInt(DOUBLES.length)]
                                    : Double.longBitsToDouble(bits));
            case CHAR -> new Val.Char(codePoint());
            case STRING -> {
                StringBuilder sb = new StringBuilder();
                for (int i = random.nextInt(8); i > 0; i--) {
                    sb.appendCodePoint(codePoint());
                }
                yield new Val.Str(sb.toString());
            }
            default -> throw new IllegalStateException(p.toString());
        };
    }

    private static final int[] SPECIAL = {
        '\'', '"', '\\', '\n', '\r', '\t', 0, 0x7f, ' ', '/', '%', 0x1F600, 0x10FFFF, 0xFFFD
    };

    private int codePoint() {
        switch (random.nextInt(4)) {
            case 0:
                return SPECIAL[random.nextInt(SPECIAL.length)];
            case 1:
                return 0x20 + random.nextInt(0x5f);
            default:
                int cp;
                do {
                    cp = random.nextInt(0x110000);
                } while (!Val.Char.isScalarValue(cp));
                return cp;
        }
    }

    @Test
    void printThenParseGivesTheSameValue() {
        for (int i = 0; i < 3000; i++) {
            ValType t = type(random.nextInt(4));
            Val v = value(t);
            String text = Wave.print(v, t);
            Val back;
            try {
                back = Wave.parse(text, t);
            } catch (WaveException e) {
                fail("cannot read back " + text + " as " + t + ": " + e.getMessage(), e);
                return;
            }
            assertEquals(v, back, () -> "round trip of " + text + " as " + t);
            assertEquals(text, Wave.print(back, t));
        }
    }

    @Test
    void mangledTextEitherParsesOrFailsWithAWaveException() {
        String junk = "{}[](),:%'\"\\ -0123456789.eE/\nabcz";
        for (int i = 0; i < 3000; i++) {
            ValType t = type(random.nextInt(3));
            StringBuilder text = new StringBuilder(Wave.print(value(t), t));
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                int at = random.nextInt(text.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, junk.charAt(random.nextInt(junk.length())));
                    case 1 -> {
                        if (at < text.length()) {
                            text.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (at < text.length()) {
                            text.setCharAt(at, junk.charAt(random.nextInt(junk.length())));
                        }
                    }
                }
            }
            try {
                Wave.parse(text.toString(), t);
            } catch (WaveException e) {
                if (e.line() < 1 || e.column() < 1) {
                    fail("no position in " + e.getMessage());
                }
            } catch (RuntimeException e) {
                fail("parsing " + text + " as " + t + " threw " + e, e);
            }
        }
    }
}
