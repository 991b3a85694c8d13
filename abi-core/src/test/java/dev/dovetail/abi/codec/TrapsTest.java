package dev.dovetail.abi.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.abi.ByteArrayMemory;
import dev.dovetail.abi.Handles;
import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Realloc;
import dev.dovetail.abi.StringEncoding;
import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.gen.TestHeap;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every trap of lifting and lowering, with its message. */
class TrapsTest {
    private static void assertTrap(String message, Executable e) {
        Trap trap = assertThrows(Trap.class, e);
        assertEquals(message, trap.getMessage());
    }

    private static Val liftFlat(ValType t, TestHeap h, long... flat) {
        return ValCodec.of(t).liftFlat(h.cx(), new FlatSource(flat));
    }

    private static VariantType manyCases(int n) {
        List<Case> cs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cs.add(new Case("c" + i, i == 1 ? PrimType.U8 : null));
        }
        return new VariantType(cs);
    }

    @Test
    void invalidChars() {
        TestHeap h = new TestHeap(16);
        for (long bad :
                new long[] {0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x110000, 0x7FFF_FFFF, 0xFFFF_FFFFL}) {
            assertTrap("invalid `char` bit pattern", () -> liftFlat(PrimType.CHAR, h, bad));
            h.memory.writeI32(4, (int) bad);
            assertTrap(
                    "invalid `char` bit pattern", () -> ValCodec.of(PrimType.CHAR).load(h.cx(), 4));
            h.memory.writeI32(8, (int) bad);
            assertTrap(
                    "invalid `char` bit pattern",
                    () ->
                            ValCodec.of(ListType.of(PrimType.CHAR))
                                    .liftFlat(h.cx(), new FlatSource(new long[] {4, 2})));
        }
    }

    @Test
    void invalidDiscriminants() {
        TestHeap h = new TestHeap(16);
        assertTrap(
                "invalid variant discriminant",
                () -> liftFlat(new OptionType(PrimType.U8), h, 2, 0));
        assertTrap("invalid variant discriminant", () -> liftFlat(EnumType.of("a"), h, 1));
        assertTrap(
                "invalid variant discriminant", () -> liftFlat(EnumType.of("a"), h, 0xFFFF_FFFFL));
        VariantType big = manyCases(300);
        assertEquals(new Val.Variant("c299", null), liftFlat(big, h, 299, 0));
        assertTrap("invalid variant discriminant", () -> liftFlat(big, h, 300, 0));
        // in memory, with a u16 discriminant
        h.memory.writeI16(0, (short) 299);
        assertEquals(new Val.Variant("c299", null), ValCodec.of(big).load(h.cx(), 0));
        h.memory.writeI16(0, (short) 300);
        assertTrap("invalid variant discriminant", () -> ValCodec.of(big).load(h.cx(), 0));
        h.memory.writeI16(0, (short) 0xFFFF);
        assertTrap("invalid variant discriminant", () -> ValCodec.of(big).load(h.cx(), 0));
        h.memory.writeI8(4, (byte) 2);
        assertTrap(
                "invalid variant discriminant",
                () ->
                        ValCodec.of(new dev.dovetail.abi.type.ResultType(null, null))
                                .load(h.cx(), 4));
    }

    @Test
    void listRanges() {
        TestHeap h = new TestHeap(64);
        ValType u32s = ListType.of(PrimType.U32);
        assertTrap("unaligned pointer", () -> liftFlat(u32s, h, 2, 1));
        assertTrap("unaligned pointer", () -> liftFlat(u32s, h, 2, 0)); // even when empty
        assertTrap("list pointer/length out of bounds of memory", () -> liftFlat(u32s, h, 60, 2));
        assertTrap("list pointer/length out of bounds of memory", () -> liftFlat(u32s, h, 68, 0));
        assertTrap(
                "list pointer/length out of bounds of memory",
                () -> liftFlat(u32s, h, 0xFFFF_FFFCL, 1));
        assertEquals(Val.list(), liftFlat(u32s, h, 64, 0)); // empty at the very end is fine
        // the byte length limit is checked before alignment and bounds
        String tooLong =
                "list pointer/length out of bounds of memory (byte length exceeds 2^28 - 1)";
        assertTrap(tooLong, () -> liftFlat(u32s, h, 2, 1 << 26));
        assertTrap(tooLong, () -> liftFlat(ListType.of(PrimType.U8), h, 0, 1 << 28));
        assertTrap(tooLong, () -> liftFlat(ListType.of(PrimType.U8), h, 0, 0xFFFF_FFFFL));
        assertTrap(
                "list pointer/length out of bounds of memory",
                () -> liftFlat(ListType.of(PrimType.U8), h, 0, (1 << 28) - 1));
        // the same checks apply to a list stored in memory
        h.memory.writeI32(0, 3);
        h.memory.writeI32(4, 1);
        assertTrap("unaligned pointer", () -> ValCodec.of(u32s).load(h.cx(), 0));
        assertTrap(
                "unaligned pointer",
                () ->
                        ValCodec.of(new dev.dovetail.abi.type.MapType(PrimType.U8, PrimType.U32))
                                .load(h.cx(), 0));
    }

    private static LiftLowerContext cx(Realloc realloc, int memorySize) {
        return new LiftLowerContext(
                new ByteArrayMemory(memorySize), realloc, StringEncoding.UTF8, Handles.NONE);
    }

    @Test
    void reallocResultsAreChecked() {
        Codec<Val> u32s = ValCodec.of(ListType.of(PrimType.U32));
        Val two = Val.list(Val.u32(1), Val.u32(2));
        String notAligned = "realloc return: result not aligned (unaligned pointer)";
        String beyond = "realloc return: beyond end of memory (list content out-of-bounds)";
        for (Val v : List.of(two, Val.list())) {
            assertTrap(
                    notAligned,
                    () ->
                            u32s.lowerFlat(
                                    cx((p, s, a, n) -> 2, 65536), v, new FlatSink(new long[2])));
            // -1: alignment is checked before bounds
            assertTrap(
                    notAligned,
                    () ->
                            u32s.lowerFlat(
                                    cx((p, s, a, n) -> -1, 65536), v, new FlatSink(new long[2])));
            assertTrap(
                    notAligned,
                    () ->
                            u32s.lowerFlat(
                                    cx((p, s, a, n) -> 0xFFFF_FFFFL, 65536),
                                    v,
                                    new FlatSink(new long[2])));
            // -4 is aligned, but beyond the end, even for a zero-size allocation
            assertTrap(
                    beyond,
                    () ->
                            u32s.lowerFlat(
                                    cx((p, s, a, n) -> -4, 65536), v, new FlatSink(new long[2])));
            assertTrap(beyond, () -> u32s.store(cx((p, s, a, n) -> 65540, 65536), v, 0));
        }
        assertTrap(
                beyond,
                () ->
                        u32s.lowerFlat(
                                cx((p, s, a, n) -> 65532, 65536), two, new FlatSink(new long[2])));
        long[] flat = new long[2];
        u32s.lowerFlat(cx((p, s, a, n) -> 65528, 65536), two, new FlatSink(flat));
        assertEquals(65528, flat[0]);
        u32s.lowerFlat(cx((p, s, a, n) -> 65536, 65536), Val.list(), new FlatSink(flat));
        assertEquals(65536, flat[0]);
        assertEquals(0, flat[1]);
    }

    @Test
    void emptyListsStillCallRealloc() {
        for (PrimType t :
                new PrimType[] {PrimType.U8, PrimType.U32, PrimType.F64, PrimType.STRING}) {
            TestHeap h = new TestHeap(64, 3);
            long[] flat = new long[2];
            ValCodec.of(ListType.of(t)).lowerFlat(h.cx(), Val.list(), new FlatSink(flat));
            int align = t == PrimType.U8 ? 1 : t == PrimType.F64 ? 8 : 4;
            long ptr = dev.dovetail.abi.layout.Layout.alignTo(3L, align);
            assertEquals(List.of(new TestHeap.Call(0, 0, align, 0, ptr)), h.calls, t::toString);
            assertEquals(ptr, flat[0]);
            assertEquals(0, flat[1]);
        }
    }

    @Test
    void noReallocOrMemory() {
        LiftLowerContext bare = new LiftLowerContext(null, null, StringEncoding.UTF8, Handles.NONE);
        assertTrap(
                "canonical option `realloc` is required",
                () ->
                        ValCodec.of(ListType.of(PrimType.U8))
                                .lowerFlat(bare, Val.list(), new FlatSink(new long[2])));
        assertTrap(
                "canonical option `memory` is required",
                () ->
                        ValCodec.of(ListType.of(PrimType.U8))
                                .liftFlat(bare, new FlatSource(new long[2])));
    }

    @Test
    void scalarsWrapWithoutTrapping() {
        TestHeap h = new TestHeap(8);
        assertEquals(Val.bool(true), liftFlat(PrimType.BOOL, h, 2));
        assertEquals(Val.u8(0xFF), liftFlat(PrimType.U8, h, 0x1FF));
        assertEquals(Val.s8(-1), liftFlat(PrimType.S8, h, 0xFF));
        h.memory.writeI8(0, (byte) 2);
        assertEquals(Val.bool(true), ValCodec.of(PrimType.BOOL).load(h.cx(), 0));
        // flags ignore bits beyond the last label, flat and in memory
        assertEquals(Val.flags("a"), liftFlat(FlagsType.of("a", "b", "c"), h, 0xF9));
        h.memory.writeI8(1, (byte) 0xFA);
        assertEquals(Val.flags("b"), ValCodec.of(FlagsType.of("a", "b", "c")).load(h.cx(), 1));
    }
}
