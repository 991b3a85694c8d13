package dev.dovetail.abi.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.flat.CoreType;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.gen.TestHeap;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bit-level coercions of joined variant slots ({@code lower_flat_variant} and the reference's
 * {@code CoerceValueIter}): {@code i32}/{@code f32} payloads in {@code i64} slots are passed as
 * unsigned 32-bit values, {@code f32} in an {@code i32} slot as its bits, unused slots as zero;
 * lifting wraps {@code i64} slots to 32 bits and reinterprets.
 */
class VariantSlotsTest {
    private static final LiftLowerContext CX = new TestHeap(16).cx();

    private static long[] lower(ValType t, Val v) {
        Codec<Val> c = ValCodec.of(t);
        long[] out = new long[c.flatCount()];
        FlatSink sink = new FlatSink(out);
        c.lowerFlat(CX, v, sink);
        assertEquals(out.length, sink.position());
        return out;
    }

    private static Val lift(ValType t, long... flat) {
        Codec<Val> c = ValCodec.of(t);
        FlatSource in = new FlatSource(flat);
        Val v = c.liftFlat(CX, in);
        assertEquals(flat.length, in.position());
        return v;
    }

    @Test
    void f32AndU64ShareAnI64Slot() {
        VariantType t = VariantType.of(new Case("a", PrimType.F32), new Case("b", PrimType.U64));
        assertEquals(List.of(CoreType.I32, CoreType.I64), ValCodec.of(t).flatTypes());
        long bits = Float.floatToRawIntBits(-1.5f) & 0xFFFF_FFFFL; // 0xBFC00000
        assertArrayEquals(new long[] {0, bits}, lower(t, new Val.Variant("a", Val.f32(-1.5f))));
        assertArrayEquals(new long[] {1, -1}, lower(t, new Val.Variant("b", Val.u64(-1))));
        // lifting wraps the i64 slot to its low 32 bits, then reinterprets as f32
        assertEquals(
                new Val.Variant("a", Val.f32(-1.5f)), lift(t, 0, 0x1234_5678_0000_0000L | bits));
        // and canonicalizes a NaN found there
        Val nan = lift(t, 0, 0x7fa0_0001L);
        assertEquals(
                0x7fc0_0000,
                Float.floatToRawIntBits(((Val.F32) ((Val.Variant) nan).payload()).value()));
    }

    @Test
    void u32AndF64ShareAnI64Slot() {
        ResultType t = new ResultType(PrimType.U32, PrimType.F64);
        assertEquals(List.of(CoreType.I32, CoreType.I64), ValCodec.of(t).flatTypes());
        assertArrayEquals(
                new long[] {0, 0xFFFF_FFFFL}, lower(t, Val.Result.ok(Val.u32(0xFFFF_FFFFL))));
        assertArrayEquals(
                new long[] {1, Double.doubleToRawLongBits(-2.0)},
                lower(t, Val.Result.err(Val.f64(-2.0))));
        assertEquals(Val.Result.ok(Val.u32(0xFFFF_FFFFL)), lift(t, 0, 0xFFFF_FFFFL));
        assertEquals(Val.Result.ok(Val.u32(7)), lift(t, 0, 0xABCD_0000_0000_0007L));
        assertEquals(Val.Result.err(Val.f64(-2.0)), lift(t, 1, Double.doubleToRawLongBits(-2.0)));
    }

    @Test
    void s8AndS64ShareAnI64SlotZeroExtended() {
        VariantType t = VariantType.of(new Case("a", PrimType.S8), new Case("b", PrimType.S64));
        assertArrayEquals(new long[] {0, 0xFFFF_FFFFL}, lower(t, new Val.Variant("a", Val.s8(-1))));
        assertEquals(new Val.Variant("a", Val.s8(-1)), lift(t, 0, 0xFFFF_FFFFL));
    }

    @Test
    void f32InAnI32SlotKeepsItsBits() {
        ResultType t = new ResultType(PrimType.U32, PrimType.F32);
        assertEquals(List.of(CoreType.I32, CoreType.I32), ValCodec.of(t).flatTypes());
        long[] flat = lower(t, Val.Result.err(Val.f32(3.14f)));
        assertEquals(1, flat[0]);
        assertEquals(Float.floatToRawIntBits(3.14f), (int) flat[1]);
        assertEquals((long) (int) flat[1], flat[1], "an i32 slot is sign-extended");
        assertEquals(Val.Result.err(Val.f32(3.14f)), lift(t, 1, 0x4048f5c3L));
    }

    @Test
    void unusedSlotsAreZero() {
        VariantType t =
                VariantType.of(
                        new Case("a", TupleType.of(PrimType.F64, PrimType.F32, PrimType.U8)),
                        new Case("b", PrimType.U8),
                        Case.of("c"));
        assertEquals(
                List.of(CoreType.I32, CoreType.I64, CoreType.F32, CoreType.I32),
                ValCodec.of(t).flatTypes());
        assertArrayEquals(new long[] {1, 200, 0, 0}, lower(t, new Val.Variant("b", Val.u8(200))));
        assertArrayEquals(new long[] {2, 0, 0, 0}, lower(t, new Val.Variant("c", null)));
        // lifting ignores whatever is in the unused slots
        assertEquals(new Val.Variant("b", Val.u8(200)), lift(t, 1, 0xFFFF_FF00_0000_01C8L, 99, 99));
        assertEquals(new Val.Variant("c", null), lift(t, 2, 5, 6, 7));
    }

    @Test
    void nestedOptionsFlattenIntoTheSameSlots() {
        ValType t = new OptionType(new OptionType(PrimType.F32));
        assertEquals(List.of(CoreType.I32, CoreType.I32, CoreType.F32), ValCodec.of(t).flatTypes());
        assertArrayEquals(new long[] {1, 0, 0}, lower(t, Val.some(Val.none())));
        assertEquals(Val.some(Val.some(Val.f32(1f))), lift(t, 1, 1, Float.floatToRawIntBits(1f)));
        assertEquals(Val.none(), lift(t, 0, 1, 1));
    }
}
