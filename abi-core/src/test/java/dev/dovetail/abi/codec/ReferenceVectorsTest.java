package dev.dovetail.abi.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.gen.TestHeap;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The flat-lifting vectors of the reference tests ({@code test(t, vals_to_lift, v)} in {@code
 * run_tests.py}): lift the given core values, compare, then lower the value into a fresh heap and
 * lift it again. Core values are given as the reference does (unsigned {@code i32}/{@code i64});
 * they are passed zero-extended here, and {@link #check} also tries them sign-extended.
 */
class ReferenceVectorsTest {
    static Val check(ValType t, long[] flat, Val expected) {
        Codec<Val> c = ValCodec.of(t);
        assertEquals(flat.length, c.flatCount(), "flat count of " + t);
        LiftLowerContext none =
                new LiftLowerContext(
                        null,
                        null,
                        dev.dovetail.abi.StringEncoding.UTF8,
                        dev.dovetail.abi.Handles.NONE);
        FlatSource in = new FlatSource(flat);
        Val got = c.liftFlat(none, in);
        assertEquals(expected, got, "lift_flat " + t);
        assertEquals(flat.length, in.position());
        // the same values with the upper 32 bits of i32/f32 slots set
        long[] signExtended = flat.clone();
        for (int i = 0; i < flat.length; i++) {
            if (c.flatType(i).is32()) {
                signExtended[i] = flat[i] | 0xFFFF_FFFF_0000_0000L;
            }
        }
        assertEquals(
                expected, c.liftFlat(none, new FlatSource(signExtended)), "sign-extended " + t);

        TestHeap heap = new TestHeap(1024);
        LiftLowerContext cx = heap.cx();
        long[] lowered = new long[c.flatCount()];
        FlatSink sink = new FlatSink(lowered);
        c.lowerFlat(cx, got, sink);
        assertEquals(lowered.length, sink.position());
        assertEquals(expected, c.liftFlat(cx, new FlatSource(lowered)), "re-lift " + t);
        return got;
    }

    static void trapsOnLift(ValType t, long[] flat, String message) {
        Codec<Val> c = ValCodec.of(t);
        Trap trap =
                assertThrows(
                        Trap.class,
                        () -> c.liftFlat(new TestHeap(64).cx(), new FlatSource(flat)),
                        () -> t + " from " + java.util.Arrays.toString(flat));
        assertEquals(message, trap.getMessage());
    }

    private static long[] v(long... xs) {
        return xs;
    }

    private static Val.Record rec(Object... kv) {
        List<Val.Field> fs = new ArrayList<>();
        for (int i = 0; i < kv.length; i += 2) {
            fs.add(new Val.Field((String) kv[i], (Val) kv[i + 1]));
        }
        return new Val.Record(fs);
    }

    private static Val.U8 u8(int x) {
        return new Val.U8((byte) x);
    }

    @Test
    void recordsTuplesFixedLists() {
        check(
                RecordType.of(
                        new Field("x", PrimType.U8),
                        new Field("y", PrimType.U16),
                        new Field("z", PrimType.U32)),
                v(1, 2, 3),
                rec("x", u8(1), "y", new Val.U16((short) 2), "z", new Val.U32(3)));
        check(
                TupleType.of(TupleType.of(PrimType.U8, PrimType.U8), PrimType.U8),
                v(1, 2, 3),
                Val.tuple(Val.tuple(u8(1), u8(2)), u8(3)));
        check(ListType.fixed(PrimType.U8, 3), v(1, 2, 3), Val.list(u8(1), u8(2), u8(3)));
        check(
                ListType.fixed(ListType.fixed(PrimType.U8, 2), 3),
                v(1, 2, 3, 4, 5, 6),
                Val.list(Val.list(u8(1), u8(2)), Val.list(u8(3), u8(4)), Val.list(u8(5), u8(6))));
    }

    @Test
    void flags() {
        FlagsType t = FlagsType.of("a", "b");
        check(t, v(0), Val.flags());
        check(t, v(2), Val.flags("b"));
        check(t, v(3), Val.flags("a", "b"));
        check(t, v(4), Val.flags()); // unknown bits are ignored
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            labels.add(Integer.toString(i));
        }
        check(new FlagsType(labels), v(0xffff_ffffL), new Val.Flags(Set.copyOf(labels)));
    }

    @Test
    void variants() {
        VariantType t =
                VariantType.of(
                        new Case("x", PrimType.U8), new Case("y", PrimType.F32), Case.of("z"));
        check(t, v(0, 42), new Val.Variant("x", u8(42)));
        check(t, v(0, 256), new Val.Variant("x", u8(0)));
        check(t, v(1, 0x4048f5c3L), new Val.Variant("y", new Val.F32(3.14f)));
        check(t, v(2, 0xffff_ffffL), new Val.Variant("z", null));
        OptionType o = new OptionType(PrimType.F32);
        long pi = Float.floatToRawIntBits(3.14f);
        check(o, v(0, pi), Val.none());
        check(o, v(1, pi), Val.some(new Val.F32(3.14f)));
        ResultType r = new ResultType(PrimType.U8, PrimType.U32);
        check(r, v(0, 42), Val.Result.ok(u8(42)));
        check(r, v(1, 1000), Val.Result.err(new Val.U32(1000)));
        VariantType w = VariantType.of(new Case("w", PrimType.U8), new Case("y", PrimType.U8));
        check(w, v(0, 42), new Val.Variant("w", u8(42)));
        check(w, v(1, 42), new Val.Variant("y", u8(42)));
    }

    @Test
    void integerWrapping() {
        long max32 = 0xffff_ffffL;
        pairs(
                PrimType.BOOL,
                new long[] {0, 1, 2, max32},
                Val.bool(false),
                Val.bool(true),
                Val.bool(true),
                Val.bool(true));
        pairs(
                PrimType.U8,
                new long[] {127, 128, 255, 256, max32, 4294967168L, 4294967167L},
                u8(127),
                u8(128),
                u8(255),
                u8(0),
                u8(255),
                u8(128),
                u8(127));
        pairs(
                PrimType.S8,
                new long[] {127, 128, 255, 256, max32, 4294967168L, 4294967167L},
                Val.s8(127),
                Val.s8(-128),
                Val.s8(-1),
                Val.s8(0),
                Val.s8(-1),
                Val.s8(-128),
                Val.s8(127));
        pairs(
                PrimType.U16,
                new long[] {
                    32767, 32768, 65535, 65536, max32, (1L << 32) - 32768, (1L << 32) - 32769
                },
                Val.u16(32767),
                Val.u16(32768),
                Val.u16(65535),
                Val.u16(0),
                Val.u16(65535),
                Val.u16(32768),
                Val.u16(32767));
        pairs(
                PrimType.S16,
                new long[] {
                    32767, 32768, 65535, 65536, max32, (1L << 32) - 32768, (1L << 32) - 32769
                },
                Val.s16(32767),
                Val.s16(-32768),
                Val.s16(-1),
                Val.s16(0),
                Val.s16(-1),
                Val.s16(-32768),
                Val.s16(32767));
        pairs(
                PrimType.U32,
                new long[] {(1L << 31) - 1, 1L << 31, max32},
                Val.u32((1L << 31) - 1),
                Val.u32(1L << 31),
                Val.u32(max32));
        pairs(
                PrimType.S32,
                new long[] {(1L << 31) - 1, 1L << 31, max32},
                Val.s32(Integer.MAX_VALUE),
                Val.s32(Integer.MIN_VALUE),
                Val.s32(-1));
        pairs(
                PrimType.U64,
                new long[] {Long.MAX_VALUE, Long.MIN_VALUE, -1},
                Val.u64(Long.MAX_VALUE),
                Val.u64(Long.MIN_VALUE),
                Val.u64(-1));
        pairs(
                PrimType.S64,
                new long[] {Long.MAX_VALUE, Long.MIN_VALUE, -1},
                Val.s64(Long.MAX_VALUE),
                Val.s64(Long.MIN_VALUE),
                Val.s64(-1));
        pairs(PrimType.F32, new long[] {Float.floatToRawIntBits(3.14f)}, Val.f32(3.14f));
        pairs(PrimType.F64, new long[] {Double.doubleToRawLongBits(3.14)}, Val.f64(3.14));
    }

    private static void pairs(PrimType t, long[] in, Val... out) {
        assertEquals(in.length, out.length);
        for (int i = 0; i < in.length; i++) {
            check(t, v(in[i]), out[i]);
        }
    }

    @Test
    void chars() {
        check(PrimType.CHAR, v(0), Val.ch(0));
        check(PrimType.CHAR, v(65), Val.ch('A'));
        check(PrimType.CHAR, v(0xD7FF), Val.ch(0xD7FF));
        check(PrimType.CHAR, v(0xE000), Val.ch(0xE000));
        check(PrimType.CHAR, v(0x10FFFF), Val.ch(0x10FFFF));
        for (long bad : new long[] {0xD800, 0xDFFF, 0x110000, 0xFFFF_FFFFL}) {
            trapsOnLift(PrimType.CHAR, v(bad), "invalid `char` bit pattern");
        }
    }

    @Test
    void enums() {
        EnumType e = EnumType.of("a", "b");
        check(e, v(0), new Val.Enum("a"));
        check(e, v(1), new Val.Enum("b"));
        trapsOnLift(e, v(2), "invalid variant discriminant");
    }

    @Test
    void nanCanonicalization() {
        int[][] f32 = {
            {0x7fc00000, 0x7fc00000}, {0x7fc00001, 0x7fc00000}, {0x7fe00000, 0x7fc00000},
            {0x7fffffff, 0x7fc00000}, {0xffffffff, 0x7fc00000}, {0x7f800000, 0x7f800000},
            {0x3fc00000, 0x3fc00000},
        };
        Codec<Val> c32 = ValCodec.of(PrimType.F32);
        for (int[] p : f32) {
            Val.F32 flat = (Val.F32) c32.liftFlat(new TestHeap(0).cx(), new FlatSource(v(p[0])));
            assertEquals(p[1], Float.floatToRawIntBits(flat.value()), Integer.toHexString(p[0]));
            TestHeap heap = new TestHeap(8);
            heap.memory.writeI32(4, p[0]);
            Val.F32 mem = (Val.F32) c32.load(heap.cx(), 4);
            assertEquals(p[1], Float.floatToRawIntBits(mem.value()));
            assertEquals(p[1], Float.floatToRawIntBits(Canon.decodeF32(p[0])));
        }
        long[][] f64 = {
            {0x7ff8000000000000L, 0x7ff8000000000000L}, {0x7ff8000000000001L, 0x7ff8000000000000L},
            {0x7ffc000000000000L, 0x7ff8000000000000L}, {0x7fffffffffffffffL, 0x7ff8000000000000L},
            {0xffffffffffffffffL, 0x7ff8000000000000L}, {0x7ff0000000000000L, 0x7ff0000000000000L},
            {0x3ff0000000000000L, 0x3ff0000000000000L},
        };
        Codec<Val> c64 = ValCodec.of(PrimType.F64);
        for (long[] p : f64) {
            Val.F64 flat = (Val.F64) c64.liftFlat(new TestHeap(0).cx(), new FlatSource(v(p[0])));
            assertEquals(p[1], Double.doubleToRawLongBits(flat.value()), Long.toHexString(p[0]));
            TestHeap heap = new TestHeap(16);
            heap.memory.writeI64(8, p[0]);
            Val.F64 mem = (Val.F64) c64.load(heap.cx(), 8);
            assertEquals(p[1], Double.doubleToRawLongBits(mem.value()));
        }
        // lowering keeps the host's NaN bits (an allowed choice of maybe_scramble_nan)
        long[] out = new long[1];
        c32.lowerFlat(
                new TestHeap(0).cx(), Val.f32(Float.intBitsToFloat(0x7fa00001)), new FlatSink(out));
        assertEquals(0x7fa00001L, out[0]);
    }
}
