package dev.dovetail.runtime.fuzz;

import dev.dovetail.abi.StringEncoding;
import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.codec.Canon;
import dev.dovetail.abi.flat.Flattening;
import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.layout.Layout;
import dev.dovetail.abi.strings.StringCodec;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.Field;
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
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Store;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Generated components whose core code corrupts what the export returns (an invalid discriminant,
 * {@code char}, string or list pointer, length or contents, handle index or result pointer, or a
 * {@code realloc} that returns a bad pointer), somewhere inside a random value: lifting must trap
 * with the right message, nothing else may escape, and the store must stay usable.
 */
final class TrapFuzzer {
    /** One generated case. */
    record TrapCase(
            String kind,
            ValType type,
            Val value,
            StringEncoding encoding,
            boolean compiler,
            String wat,
            List<String> expected,
            boolean mayPass) {
        @Override
        public String toString() {
            return "corruption: "
                    + kind
                    + "\ntype: "
                    + type
                    + "\nvalue: "
                    + value
                    + "\nstring-encoding: "
                    + encoding
                    + ", engine: "
                    + (compiler ? "compiler" : "interpreter")
                    + "\nexpected a trap starting with one of "
                    + expected
                    + (mayPass ? " (or a clean round trip)" : "")
                    + "\ncomponent:\n"
                    + wat;
        }
    }

    /** A corruptible value: its type, a valid value, and core code corrupting it at an address. */
    private record Victim(
            String kind,
            ValType type,
            Val value,
            UnaryOperator<String> code,
            List<String> expected) {}

    /** A value with the address (as core code, given its container's) of the victim inside. */
    private record Node(ValType type, Val value, UnaryOperator<String> addrOf) {}

    private final Random random;
    private final FuzzGen gen;
    private StringEncoding encoding;

    private TrapFuzzer(long seed) {
        this.random = new Random(seed);
        this.gen = new FuzzGen(random, false);
    }

    static TrapCase generate(long seed) {
        return new TrapFuzzer(seed).generate();
    }

    private TrapCase generate() {
        encoding = StringEncoding.values()[random.nextInt(3)];
        boolean compiler = random.nextInt(10) == 0;
        int what = random.nextInt(20);
        if (what < 2) {
            return reallocCase(compiler);
        }
        if (what < 4) {
            return resultPointerCase(compiler);
        }
        if (what < 6) {
            return flatCase(compiler);
        }
        Victim v = victim();
        Node n = wrap(random.nextInt(4), v);
        ValType t = n.type();
        Val value = n.value();
        UnaryOperator<String> addrOf = n.addrOf();
        if (Flattening.flatCount(t, AddrType.I32) <= 1) {
            // make the result go through memory
            t = new RecordType(List.of(new Field("v", t), new Field("pad", PrimType.U8)));
            value =
                    new Val.Record(
                            List.of(
                                    new Val.Field("v", value),
                                    new Val.Field("pad", new Val.U8((byte) 7))));
        }
        UnaryOperator<String> at = addrOf;
        String wat =
                WatGen.forwarder(
                        t,
                        new WatGen.Options(
                                encoding,
                                null,
                                (out, scratch) ->
                                        "(local.set "
                                                + scratch
                                                + " "
                                                + at.apply("(local.get " + out + ")")
                                                + ")\n      "
                                                + v.code().apply("(local.get " + scratch + ")")));
        return new TrapCase(v.kind(), t, value, encoding, compiler, wat, v.expected(), false);
    }

    // ---- victims ----------------------------------------------------------------------------

    private Victim victim() {
        switch (random.nextInt(12)) {
            case 0:
                {
                    int bad = badChar();
                    return new Victim(
                            "char 0x" + Integer.toHexString(bad),
                            PrimType.CHAR,
                            new Val.Char(gen.aCodePoint()),
                            a -> "(i32.store " + a + " (i32.const " + bad + "))",
                            List.of(Canon.INVALID_CHAR));
                }
            case 1:
                {
                    int n =
                            random.nextBoolean()
                                    ? 1 + random.nextInt(255)
                                    : 257 + random.nextInt(300);
                    EnumType e = new EnumType(labels("e", n));
                    return discriminant("enum", e, gen.value(e, r -> r), n);
                }
            case 2:
                {
                    int n = random.nextBoolean() ? 1 + random.nextInt(8) : 257 + random.nextInt(40);
                    List<Case> cs = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        cs.add(
                                new Case(
                                        "c" + i,
                                        random.nextInt(n > 256 ? 30 : 2) == 0
                                                ? gen.type(1)
                                                : null));
                    }
                    VariantType vt = new VariantType(cs);
                    return discriminant("variant", vt, gen.value(vt, r -> r), n);
                }
            case 3:
                {
                    OptionType o = new OptionType(gen.type(1));
                    return discriminant("option", o, gen.value(o, r -> r), 2);
                }
            case 4:
                {
                    ResultType r =
                            new ResultType(
                                    random.nextBoolean() ? gen.type(1) : null,
                                    random.nextBoolean() ? gen.type(1) : null);
                    return discriminant("result", r, gen.value(r, x -> x), 2);
                }
            case 5:
                {
                    boolean hugeLength = random.nextInt(3) == 0;
                    long ptr = hugeLength ? 1024 : 0x7FFF_0000L + 2 * random.nextInt(0x8000);
                    long len =
                            hugeLength
                                    ? (1L << 28) + random.nextInt(1 << 20)
                                    : 1 + random.nextInt(64);
                    return pointerAndLength(
                            "string out of bounds",
                            PrimType.STRING,
                            new Val.Str(gen.aString()),
                            ptr,
                            len,
                            "",
                            List.of(StringCodec.MSG_OUT_OF_BOUNDS, StringCodec.MSG_TOO_LONG));
                }
            case 6:
                {
                    if (encoding == StringEncoding.UTF8) {
                        encoding =
                                random.nextBoolean()
                                        ? StringEncoding.UTF16
                                        : StringEncoding.LATIN1_UTF16;
                    }
                    long len = 1 + random.nextInt(4);
                    if (encoding == StringEncoding.LATIN1_UTF16 && random.nextBoolean()) {
                        len |= StringCodec.UTF16_TAG;
                    }
                    return pointerAndLength(
                            "misaligned string",
                            PrimType.STRING,
                            new Val.Str(gen.aString()),
                            65,
                            len,
                            "",
                            List.of(StringCodec.MSG_UNALIGNED));
                }
            case 7:
                {
                    encoding = StringEncoding.UTF8;
                    byte[] bytes = invalidUtf8();
                    return pointerAndLength(
                            "invalid utf-8 " + Arrays.toString(bytes),
                            PrimType.STRING,
                            new Val.Str(gen.aString()),
                            64,
                            bytes.length,
                            storeBytes(64, bytes),
                            List.of(StringCodec.MSG_INVALID_UTF8, StringCodec.MSG_INCOMPLETE_UTF8));
                }
            case 8:
                {
                    encoding =
                            random.nextBoolean()
                                    ? StringEncoding.UTF16
                                    : StringEncoding.LATIN1_UTF16;
                    int[] units = invalidUtf16();
                    byte[] bytes = new byte[2 * units.length];
                    for (int i = 0; i < units.length; i++) {
                        bytes[2 * i] = (byte) units[i];
                        bytes[2 * i + 1] = (byte) (units[i] >> 8);
                    }
                    long len = units.length;
                    if (encoding == StringEncoding.LATIN1_UTF16) {
                        len |= StringCodec.UTF16_TAG;
                    }
                    return pointerAndLength(
                            "invalid utf-16 " + Arrays.toString(units),
                            PrimType.STRING,
                            new Val.Str(gen.aString()),
                            64,
                            len,
                            storeBytes(64, bytes),
                            List.of(StringCodec.MSG_INVALID_UTF16));
                }
            case 9:
                {
                    ListType l = ListType.of(gen.type(1));
                    long size = Layout.elemSize(l.element(), AddrType.I32);
                    boolean hugeLength = random.nextInt(3) == 0;
                    long ptr = hugeLength ? 1024 : 0x7FFF_0000L + 8 * random.nextInt(0x1000);
                    long len =
                            hugeLength
                                    ? (1L << 28) / size + 1 + random.nextInt(1000)
                                    : 1 + random.nextInt(10);
                    return pointerAndLength(
                            "list out of bounds",
                            l,
                            gen.value(l, r -> r),
                            ptr,
                            len,
                            "",
                            List.of(Canon.LIST_OUT_OF_BOUNDS));
                }
            case 10:
                {
                    ValType e;
                    do {
                        e = gen.type(1);
                    } while (Layout.alignment(e, AddrType.I32) == 1);
                    ListType l = ListType.of(e);
                    int align = Layout.alignment(e, AddrType.I32);
                    return pointerAndLength(
                            "misaligned list",
                            l,
                            gen.value(l, r -> r),
                            64 + 1 + random.nextInt(align - 1),
                            1,
                            "",
                            List.of(Canon.UNALIGNED_POINTER));
                }
            default:
                {
                    int bad = random.nextBoolean() ? 0 : 1000 + random.nextInt(100_000);
                    return new Victim(
                            "handle index " + bad,
                            new OwnType(FuzzGen.RES),
                            new Val.Resource(random.nextInt(100)),
                            a -> "(i32.store " + a + " (i32.const " + bad + "))",
                            List.of("unknown handle index"));
                }
        }
    }

    private int badChar() {
        return switch (random.nextInt(3)) {
            case 0 -> 0xD800 + random.nextInt(0x800);
            case 1 -> 0x110000 + random.nextInt(1 << 20);
            default -> 0x8000_0000 | random.nextInt();
        };
    }

    private Victim discriminant(String what, ValType t, Val value, int cases) {
        int size = Layout.discriminantSize(cases);
        long limit = 1L << (8 * size);
        if (cases >= limit) {
            cases = 1; // u8 with 256 cases has no bad discriminant: use a smaller type instead
        }
        long bad = cases + (long) (random.nextDouble() * (limit - cases));
        if (bad >= limit) {
            bad = limit - 1;
        }
        String op = size == 1 ? "i32.store8" : size == 2 ? "i32.store16" : "i32.store";
        long b = bad;
        return new Victim(
                what + " discriminant " + bad + " of " + cases + " cases",
                t,
                value,
                a -> "(" + op + " " + a + " (i32.const " + (int) b + "))",
                List.of(Canon.INVALID_DISCRIMINANT));
    }

    private static Victim pointerAndLength(
            String kind,
            ValType t,
            Val value,
            long ptr,
            long len,
            String prelude,
            List<String> expected) {
        return new Victim(
                kind + " (ptr " + ptr + ", length " + Long.toUnsignedString(len) + ")",
                t,
                value,
                a ->
                        prelude
                                + "(i32.store "
                                + a
                                + " (i32.const "
                                + (int) ptr
                                + ")) (i32.store offset=4 "
                                + a
                                + " (i32.const "
                                + (int) len
                                + "))",
                expected);
    }

    private static String storeBytes(int at, byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            s.append("(i32.store8 (i32.const ")
                    .append(at + i)
                    .append(") (i32.const ")
                    .append(bytes[i] & 0xFF)
                    .append(")) ");
        }
        return s.toString();
    }

    private byte[] invalidUtf8() {
        byte[][] bad = {
            {(byte) 0xFF},
            {(byte) 0x80},
            {(byte) 0xC0, (byte) 0x80},
            {(byte) 0xC1, (byte) 0xBF},
            {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xF0, (byte) 0x9F, (byte) 0x8D},
            {(byte) 0xC3}
        };
        byte[] core = bad[random.nextInt(bad.length)];
        int before = random.nextInt(5);
        int after = random.nextInt(3);
        byte[] out = new byte[before + core.length + after];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ('a' + random.nextInt(26));
        }
        System.arraycopy(core, 0, out, before, core.length);
        return out;
    }

    private int[] invalidUtf16() {
        int before = random.nextInt(4);
        int after = random.nextInt(3);
        int[] out = new int[before + 1 + after];
        for (int i = 0; i < out.length; i++) {
            out[i] = 'a' + random.nextInt(26);
        }
        out[before] =
                random.nextBoolean()
                        ? 0xD800 + random.nextInt(0x400)
                        : 0xDC00 + random.nextInt(0x400);
        if (after > 0 && out[before] < 0xDC00 && random.nextBoolean()) {
            out[before + 1] = 0xD800 + random.nextInt(0x400); // two high surrogates
        }
        return out;
    }

    private static List<String> labels(String prefix, int n) {
        List<String> ls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ls.add(prefix + i);
        }
        return ls;
    }

    // ---- containers -------------------------------------------------------------------------

    private Node wrap(int depth, Victim v) {
        if (depth == 0) {
            return new Node(v.type(), v.value(), a -> a);
        }
        Node in = wrap(depth - 1, v);
        switch (random.nextInt(6)) {
            case 0:
            case 1:
                {
                    boolean tuple = random.nextBoolean();
                    int n = 1 + random.nextInt(4);
                    int at = random.nextInt(n);
                    List<ValType> ts = new ArrayList<>();
                    List<Val> vs = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        ValType t = i == at ? in.type() : gen.type(1);
                        ts.add(t);
                        vs.add(i == at ? in.value() : gen.value(t, r -> r));
                    }
                    long off = Layout.fieldOffsets(ts, AddrType.I32)[at];
                    UnaryOperator<String> addr = a -> in.addrOf().apply(plus(a, off));
                    if (tuple) {
                        return new Node(new TupleType(ts), new Val.Tuple(vs), addr);
                    }
                    List<Field> fs = new ArrayList<>();
                    List<Val.Field> fvs = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        fs.add(new Field("f" + i, ts.get(i)));
                        fvs.add(new Val.Field("f" + i, vs.get(i)));
                    }
                    return new Node(new RecordType(fs), new Val.Record(fvs), addr);
                }
            case 2:
                {
                    boolean fixed = random.nextBoolean();
                    int n = 1 + random.nextInt(3);
                    int at = random.nextInt(n);
                    List<Val> vs = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        vs.add(i == at ? in.value() : gen.value(in.type(), r -> r));
                    }
                    long off = at * Layout.elemSize(in.type(), AddrType.I32);
                    ListType l = fixed ? ListType.fixed(in.type(), n) : ListType.of(in.type());
                    UnaryOperator<String> addr =
                            fixed
                                    ? a -> in.addrOf().apply(plus(a, off))
                                    : a -> in.addrOf().apply(plus("(i32.load " + a + ")", off));
                    return new Node(l, new Val.List(vs), addr);
                }
            case 3:
                {
                    OptionType o = new OptionType(in.type());
                    long off = Layout.payloadOffset(Layout.caseTypes(o), AddrType.I32);
                    return new Node(
                            o, new Val.Option(in.value()), a -> in.addrOf().apply(plus(a, off)));
                }
            case 4:
                {
                    boolean ok = random.nextBoolean();
                    ValType other = random.nextBoolean() ? gen.type(1) : null;
                    ResultType r =
                            ok
                                    ? new ResultType(in.type(), other)
                                    : new ResultType(other, in.type());
                    long off = Layout.payloadOffset(Layout.caseTypes(r), AddrType.I32);
                    return new Node(
                            r,
                            new Val.Result(ok, in.value()),
                            a -> in.addrOf().apply(plus(a, off)));
                }
            default:
                {
                    int n = 1 + random.nextInt(random.nextInt(4) == 0 ? 300 : 5);
                    int at = random.nextInt(n);
                    List<Case> cs = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        cs.add(
                                new Case(
                                        "c" + i,
                                        i == at
                                                ? in.type()
                                                : random.nextInt(3) == 0 ? gen.type(0) : null));
                    }
                    VariantType vt = new VariantType(cs);
                    long off = Layout.payloadOffset(Layout.caseTypes(vt), AddrType.I32);
                    return new Node(
                            vt,
                            new Val.Variant("c" + at, in.value()),
                            a -> in.addrOf().apply(plus(a, off)));
                }
        }
    }

    private static String plus(String a, long off) {
        return off == 0 ? a : "(i32.add " + a + " (i32.const " + off + "))";
    }

    // ---- other corruptions ------------------------------------------------------------------

    /** The result pointer itself is misaligned or out of bounds. */
    private TrapCase resultPointerCase(boolean compiler) {
        ValType t;
        do {
            t = gen.type(3);
        } while (Flattening.flatCount(t, AddrType.I32) <= 1 || FuzzGen.usesResources(t));
        int align = Layout.alignment(t, AddrType.I32);
        boolean misaligned = align > 1 && random.nextBoolean();
        String code;
        List<String> expected;
        String kind;
        if (misaligned) {
            int by = 1 + random.nextInt(align - 1);
            kind = "result pointer misaligned by " + by;
            code = "(local.set %1$d (i32.add (local.get %1$d) (i32.const " + by + ")))";
            expected = List.of(Canon.UNALIGNED_POINTER);
        } else {
            long ptr = 0x7FFF_0000L + 8L * random.nextInt(0x1000);
            if (random.nextBoolean()) {
                ptr = 0xFFFF_FFF8L;
            }
            kind = "result pointer " + ptr + " out of bounds";
            code = "(local.set %1$d (i32.const " + (int) ptr + "))";
            expected = List.of(Canon.POINTER_OUT_OF_BOUNDS);
        }
        String c = code;
        String wat =
                WatGen.forwarder(
                        t, new WatGen.Options(encoding, null, (out, scratch) -> c.formatted(out)));
        return new TrapCase(
                kind, t, gen.value(t, r -> r), encoding, compiler, wat, expected, false);
    }

    /** A single flat result (a char, an enum, a handle) replaced by an invalid one. */
    private TrapCase flatCase(boolean compiler) {
        ValType t;
        int bad;
        List<String> expected;
        switch (random.nextInt(3)) {
            case 0 -> {
                t = PrimType.CHAR;
                bad = badChar();
                expected = List.of(Canon.INVALID_CHAR);
            }
            case 1 -> {
                int n = 1 + random.nextInt(300);
                t = new EnumType(labels("e", n));
                bad = random.nextBoolean() ? n + random.nextInt(1000) : -1 - random.nextInt(1000);
                expected = List.of(Canon.INVALID_DISCRIMINANT);
            }
            default -> {
                t = new OwnType(FuzzGen.RES);
                bad = random.nextBoolean() ? 0 : 2 + random.nextInt(1 << 20);
                expected = List.of("unknown handle index");
            }
        }
        int b = bad;
        String wat =
                WatGen.forwarder(
                        t,
                        new WatGen.Options(
                                encoding, null, (out, scratch) -> "drop (i32.const " + b + ")"));
        return new TrapCase(
                "flat "
                        + (t instanceof EnumType e ? "enum of " + e.labels().size() : t)
                        + " as "
                        + Integer.toUnsignedString(bad),
                t,
                gen.value(t, r -> r),
                encoding,
                compiler,
                wat,
                expected,
                false);
    }

    /**
     * {@code realloc} returns an out-of-bounds or (when asked for alignment) misaligned pointer.
     */
    private TrapCase reallocCase(boolean compiler) {
        ValType t;
        do {
            t = gen.type(3);
        } while (!t.toString().contains("string")
                && !t.toString().contains("list<")
                && Flattening.flatCount(t, AddrType.I32) <= Flattening.MAX_FLAT_PARAMS);
        int how = random.nextInt(5);
        boolean misaligned = how < 2;
        String mode;
        List<String> expected;
        if (how == 4) {
            String kind = "realloc traps";
            String wat = WatGen.forwarder(t, new WatGen.Options(encoding, "(unreachable)", null));
            return new TrapCase(
                    kind,
                    t,
                    gen.value(t, r -> r),
                    encoding,
                    compiler,
                    wat,
                    List.of("wasm trap: wasm `unreachable` instruction executed"),
                    true);
        }
        if (misaligned) {
            int by = 1 + random.nextInt(7);
            mode =
                    "(select (i32.add (local.get $r) (i32.rem_u (i32.const "
                            + by
                            + ") (local.get $align))) (local.get $r)"
                            + " (i32.gt_u (local.get $align) (i32.const 1)))";
            expected = List.of(StringCodec.MSG_REALLOC_UNALIGNED);
        } else {
            mode = "(i32.const " + (0x7FFF_0000 + 8 * random.nextInt(0x1000)) + ")";
            expected = List.of(StringCodec.MSG_REALLOC_OUT_OF_BOUNDS);
        }
        String wat = WatGen.forwarder(t, new WatGen.Options(encoding, mode, null));
        return new TrapCase(
                misaligned ? "realloc misaligned" : "realloc out of bounds",
                t,
                gen.value(t, r -> r),
                encoding,
                compiler,
                wat,
                expected,
                true);
    }

    // ---- running ----------------------------------------------------------------------------

    private static final class Rt {
        final Engine engine;
        final Linker<CallFuzzer.Seen> linker;
        final ResourceType res;
        final Component healthy;

        Rt(boolean compiler) {
            engine = Engine.builder().compiler(compiler).build();
            linker = new Linker<>(engine);
            res = linker.root().resource("r", (store, rep) -> {});
            linker.root()
                    .funcNew(
                            "f",
                            (store, type, params) -> {
                                store.data().value = params.get(0);
                                return params.get(0);
                            });
            healthy =
                    Component.fromWat(
                            engine,
                            WatGen.forwarder(
                                    ListType.of(PrimType.STRING),
                                    WatGen.Options.plain(StringEncoding.UTF8)));
        }
    }

    private final Rt[] rts = new Rt[2];

    /** Cases that trapped (or passed, for {@code realloc} cases) by kind, for the report. */
    final java.util.Map<String, Integer> outcomes = new java.util.TreeMap<>();

    private void count(TrapCase c, String outcome) {
        String k = c.kind().replaceAll(" [-0-9(\\[{].*", "");
        outcomes.merge(k + " " + outcome, 1, Integer::sum);
    }

    TrapFuzzer() {
        this.random = null;
        this.gen = null;
    }

    private Rt rt(boolean compiler) {
        int i = compiler ? 1 : 0;
        if (rts[i] == null) {
            rts[i] = new Rt(compiler);
        }
        return rts[i];
    }

    /** Runs a case; {@code null} when it behaves, else what went wrong. */
    String check(TrapCase c, long timeoutMillis) {
        try {
            return FuzzConfig.withTimeout(timeoutMillis, () -> run(c));
        } catch (Throwable e) {
            return "unexpected " + CallFuzzer.describe(e);
        }
    }

    private String run(TrapCase c) {
        Rt rt = rt(c.compiler());
        Component comp = Component.fromWat(rt.engine, c.wat());
        Store<CallFuzzer.Seen> store = new Store<>(rt.engine, new CallFuzzer.Seen());
        Instance instance = rt.linker.instantiate(store, comp);
        Val arg = CallFuzzer.materialize(c.value(), rt.res);
        try {
            Val out = instance.getFunc("g").call(store, arg);
            if (!c.mayPass()) {
                return "no trap; g returned " + out;
            }
            Val expected = CallFuzzer.normalize(c.value());
            if (!expected.equals(CallFuzzer.normalize(out))) {
                return "no trap, and g returned " + out + " instead of " + c.value();
            }
            count(c, "passed");
        } catch (Trap t) {
            String m = String.valueOf(t.getMessage());
            if (c.expected().stream().noneMatch(m::startsWith)) {
                return "wrong trap message: " + m;
            }
            count(c, "trapped");
            try {
                instance.getFunc("g").call(store, CallFuzzer.materialize(c.value(), rt.res));
                return "the instance is still usable after a trap";
            } catch (Trap again) {
                // poisoned, as expected
            }
        }
        // the store still works for other instances
        Instance other = rt.linker.instantiate(store, rt.healthy);
        Val list = new Val.List(List.of(new Val.Str("ok"), new Val.Str("ça va")));
        Val back = other.getFunc("g").call(store, list);
        if (!list.equals(back)) {
            return "a healthy instance in the same store returned " + back;
        }
        return null;
    }
}
