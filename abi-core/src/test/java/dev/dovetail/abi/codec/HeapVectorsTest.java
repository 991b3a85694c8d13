package dev.dovetail.abi.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.gen.TestHeap;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.MapType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reference tests' {@code test_heap} vectors (32-bit memory): lift a list from {@code (ptr,
 * len)} over the given bytes, compare, lower into a fresh heap and lift again; plus the exact bytes
 * and {@code realloc} calls of lowering.
 */
class HeapVectorsTest {
    private static void heap(ValType t, Val expected, long ptr, long len, int... bytes) {
        TestHeap h = new TestHeap(bytes.length);
        h.put(0, bytes);
        Codec<Val> c = ValCodec.of(t);
        Val got = c.liftFlat(h.cx(), new FlatSource(new long[] {ptr, len}));
        assertEquals(expected, got, () -> "lift " + t);
        TestHeap fresh = new TestHeap(5 * bytes.length + 64);
        long[] flat = new long[2];
        c.lowerFlat(fresh.cx(), got, new FlatSink(flat));
        assertEquals(expected, c.liftFlat(fresh.cx(), new FlatSource(flat)), () -> "re-lift " + t);
    }

    private static void heapTrap(ValType t, String message, long ptr, long len, int... bytes) {
        TestHeap h = new TestHeap(bytes.length);
        h.put(0, bytes);
        Codec<Val> c = ValCodec.of(t);
        Trap trap =
                assertThrows(
                        Trap.class,
                        () -> c.liftFlat(h.cx(), new FlatSource(new long[] {ptr, len})));
        assertEquals(message, trap.getMessage());
    }

    private static Val.List list(Val... es) {
        return Val.list(es);
    }

    private static Val u8(int x) {
        return Val.u8(x);
    }

    private static Val u16(int x) {
        return Val.u16(x);
    }

    private static Val u32(long x) {
        return Val.u32(x);
    }

    @Test
    void scalarLists() {
        Val bools = list(Val.bool(true), Val.bool(false), Val.bool(true));
        heap(ListType.of(PrimType.BOOL), bools, 0, 3, 1, 0, 1);
        heap(ListType.of(PrimType.BOOL), bools, 0, 3, 1, 0, 2);
        heap(ListType.of(PrimType.BOOL), bools, 3, 3, 0xff, 0xff, 0xff, 1, 0, 1);
        heap(ListType.of(PrimType.U8), list(u8(1), u8(2), u8(3)), 0, 3, 1, 2, 3);
        heap(ListType.of(PrimType.U16), list(u16(1), u16(2), u16(3)), 0, 3, 1, 0, 2, 0, 3, 0);
        heapTrap(ListType.of(PrimType.U16), "unaligned pointer", 1, 3, 0, 1, 0, 2, 0, 3, 0);
        heap(
                ListType.of(PrimType.U32),
                list(u32(1), u32(2), u32(3)),
                0,
                3,
                1,
                0,
                0,
                0,
                2,
                0,
                0,
                0,
                3,
                0,
                0,
                0);
        heap(
                ListType.of(PrimType.U64),
                list(Val.u64(1), Val.u64(2)),
                0,
                2,
                1,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                2,
                0,
                0,
                0,
                0,
                0,
                0,
                0);
        heap(
                ListType.of(PrimType.S8),
                list(Val.s8(-1), Val.s8(-2), Val.s8(-3)),
                0,
                3,
                0xff,
                0xfe,
                0xfd);
        heap(
                ListType.of(PrimType.S16),
                list(Val.s16(-1), Val.s16(-2), Val.s16(-3)),
                0,
                3,
                0xff,
                0xff,
                0xfe,
                0xff,
                0xfd,
                0xff);
        heap(
                ListType.of(PrimType.S32),
                list(Val.s32(-1), Val.s32(-2), Val.s32(-3)),
                0,
                3,
                0xff,
                0xff,
                0xff,
                0xff,
                0xfe,
                0xff,
                0xff,
                0xff,
                0xfd,
                0xff,
                0xff,
                0xff);
        heap(
                ListType.of(PrimType.S64),
                list(Val.s64(-1), Val.s64(-2)),
                0,
                2,
                0xff,
                0xff,
                0xff,
                0xff,
                0xff,
                0xff,
                0xff,
                0xff,
                0xfe,
                0xff,
                0xff,
                0xff,
                0xff,
                0xff,
                0xff,
                0xff);
        heap(
                ListType.of(PrimType.CHAR),
                list(Val.ch('A'), Val.ch('B'), Val.ch('c')),
                0,
                3,
                65,
                0,
                0,
                0,
                66,
                0,
                0,
                0,
                99,
                0,
                0,
                0);
    }

    @Test
    void nestedLists() {
        heap(
                ListType.of(PrimType.STRING),
                list(Val.str("hi"), Val.str("wat")),
                0,
                2,
                16,
                0,
                0,
                0,
                2,
                0,
                0,
                0,
                21,
                0,
                0,
                0,
                3,
                0,
                0,
                0,
                'h',
                'i',
                0xf,
                0xf,
                0xf,
                'w',
                'a',
                't');
        heap(
                ListType.of(ListType.of(PrimType.U8)),
                list(list(u8(3), u8(4), u8(5)), list(), list(u8(6), u8(7))),
                0,
                3,
                24,
                0,
                0,
                0,
                3,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                27,
                0,
                0,
                0,
                2,
                0,
                0,
                0,
                3,
                4,
                5,
                6,
                7);
        heap(
                ListType.of(ListType.of(PrimType.U16)),
                list(list(u16(5), u16(6))),
                0,
                1,
                8,
                0,
                0,
                0,
                2,
                0,
                0,
                0,
                5,
                0,
                6,
                0);
        heapTrap(
                ListType.of(ListType.of(PrimType.U16)),
                "unaligned pointer",
                0,
                1,
                9,
                0,
                0,
                0,
                2,
                0,
                0,
                0,
                0,
                5,
                0,
                6,
                0);
        heap(
                ListType.of(ListType.fixed(PrimType.U8, 2)),
                list(list(u8(1), u8(2)), list(u8(3), u8(4))),
                0,
                2,
                1,
                2,
                3,
                4);
        heap(
                ListType.of(ListType.fixed(PrimType.U32, 2)),
                list(list(u32(1), u32(2)), list(u32(3), u32(4))),
                0,
                2,
                1,
                0,
                0,
                0,
                2,
                0,
                0,
                0,
                3,
                0,
                0,
                0,
                4,
                0,
                0,
                0);
        heapTrap(
                ListType.of(ListType.fixed(PrimType.U32, 2)),
                "unaligned pointer",
                1,
                2,
                0,
                1,
                0,
                0,
                0,
                2,
                0,
                0,
                0,
                3,
                0,
                0,
                0,
                4,
                0,
                0,
                0);
    }

    @Test
    void tupleLists() {
        heap(
                ListType.of(TupleType.of(PrimType.U8, PrimType.U8, PrimType.U16, PrimType.U32)),
                list(
                        Val.tuple(u8(6), u8(7), u16(8), u32(9)),
                        Val.tuple(u8(4), u8(5), u16(6), u32(7))),
                0,
                2,
                6,
                7,
                8,
                0,
                9,
                0,
                0,
                0,
                4,
                5,
                6,
                0,
                7,
                0,
                0,
                0);
        heap(
                ListType.of(TupleType.of(PrimType.U8, PrimType.U16, PrimType.U8, PrimType.U32)),
                list(
                        Val.tuple(u8(6), u16(7), u8(8), u32(9)),
                        Val.tuple(u8(4), u16(5), u8(6), u32(7))),
                0,
                2,
                6,
                0xff,
                7,
                0,
                8,
                0xff,
                0xff,
                0xff,
                9,
                0,
                0,
                0,
                4,
                0xff,
                5,
                0,
                6,
                0xff,
                0xff,
                0xff,
                7,
                0,
                0,
                0);
        heap(
                ListType.of(TupleType.of(PrimType.U16, PrimType.U8)),
                list(Val.tuple(u16(6), u8(7)), Val.tuple(u16(8), u8(9))),
                0,
                2,
                6,
                0,
                7,
                0x0ff,
                8,
                0,
                9,
                0xff);
        heap(
                ListType.of(TupleType.of(TupleType.of(PrimType.U16, PrimType.U8), PrimType.U8)),
                list(
                        Val.tuple(Val.tuple(u16(4), u8(5)), u8(6)),
                        Val.tuple(Val.tuple(u16(7), u8(8)), u8(9))),
                0,
                2,
                4,
                0,
                5,
                0xff,
                6,
                0xff,
                7,
                0,
                8,
                0xff,
                9,
                0xff);
    }

    private static FlagsType flags(int n) {
        List<String> ls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ls.add(Integer.toString(i));
        }
        return new FlagsType(ls);
    }

    @Test
    void flagLists() {
        FlagsType ab = FlagsType.of("a", "b");
        heap(
                ListType.of(ab),
                list(Val.flags(), Val.flags("b"), Val.flags("a", "b")),
                0,
                3,
                0,
                2,
                3);
        heap(ListType.of(ab), list(Val.flags(), Val.flags("b"), Val.flags()), 0, 3, 0, 2, 4);
        for (int n : new int[] {9, 17, 32}) {
            FlagsType t = flags(n);
            Val all = new Val.Flags(Set.copyOf(t.labels()));
            Val v = list(all, Val.flags());
            switch (n) {
                case 9 -> {
                    heap(ListType.of(t), v, 0, 2, 0xff, 0x1, 0, 0);
                    heap(ListType.of(t), v, 0, 2, 0xff, 0x3, 0, 0);
                }
                case 17 -> {
                    heap(ListType.of(t), v, 0, 2, 0xff, 0xff, 0x1, 0, 0, 0, 0, 0);
                    heap(ListType.of(t), v, 0, 2, 0xff, 0xff, 0x3, 0, 0, 0, 0, 0);
                }
                default -> heap(ListType.of(t), v, 0, 2, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0);
            }
        }
    }

    @Test
    void maps() {
        heap(
                new MapType(PrimType.U8, PrimType.U16),
                new Val.Map(
                        List.of(new Val.Entry(u8(42), u16(83)), new Val.Entry(u8(43), u16(84)))),
                0,
                2,
                42,
                0xff,
                83,
                0,
                43,
                0xff,
                84,
                0);
    }

    // ---- exact bytes and realloc calls of lowering --------------------------------------------

    @Test
    void storedRecordBytesWithPadding() {
        RecordType r =
                RecordType.of(
                        new Field("a", PrimType.U8),
                        new Field("b", PrimType.U32),
                        new Field("c", PrimType.U8));
        TestHeap h = new TestHeap(16);
        h.put(
                0, 0xee, 0xee, 0xee, 0xee, 0xee, 0xee, 0xee, 0xee, 0xee, 0xee, 0xee, 0xee, 0xee,
                0xee, 0xee, 0xee);
        ValCodec.of(r)
                .store(
                        h.cx(),
                        Val.record(
                                Val.field("a", u8(1)),
                                Val.field("b", u32(0x05040302L)),
                                Val.field("c", u8(6))),
                        4);
        // padding bytes are left untouched, as in the reference
        assertArrayEquals(
                new int[] {
                    0xee, 0xee, 0xee, 0xee, 1, 0xee, 0xee, 0xee, 2, 3, 4, 5, 6, 0xee, 0xee, 0xee
                },
                h.bytes(0, 16));
    }

    @Test
    void storedVariantBytes() {
        TestHeap h = new TestHeap(32);
        ValCodec.of(new dev.dovetail.abi.type.ResultType(PrimType.U64, PrimType.F32))
                .store(h.cx(), Val.Result.err(Val.f32(1.0f)), 0);
        assertArrayEquals(new int[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x80, 0x3f}, h.bytes(0, 12));
        ValCodec.of(ListType.fixed(PrimType.S16, 3))
                .store(h.cx(), list(Val.s16(-2), Val.s16(1), Val.s16(256)), 16);
        assertArrayEquals(new int[] {0xfe, 0xff, 1, 0, 0, 1}, h.bytes(16, 6));
    }

    @Test
    void loweredListOfStringsBytesAndReallocCalls() {
        TestHeap h = new TestHeap(64);
        long[] flat = new long[2];
        ValCodec.of(ListType.of(PrimType.STRING))
                .lowerFlat(h.cx(), list(Val.str("hi"), Val.str("wat")), new FlatSink(flat));
        assertArrayEquals(new long[] {0, 2}, flat);
        assertEquals(
                List.of(
                        new TestHeap.Call(0, 0, 4, 16, 0),
                        new TestHeap.Call(0, 0, 1, 2, 16),
                        new TestHeap.Call(0, 0, 1, 3, 18)),
                h.calls);
        assertArrayEquals(
                new int[] {
                    16, 0, 0, 0, 2, 0, 0, 0, 18, 0, 0, 0, 3, 0, 0, 0, 'h', 'i', 'w', 'a', 't'
                },
                h.bytes(0, 21));
    }

    @Test
    void loweredNestedListsAllocateOuterFirst() {
        TestHeap h = new TestHeap(64, 1);
        long[] flat = new long[2];
        LiftLowerContext cx = h.cx();
        ValCodec.of(ListType.of(ListType.of(PrimType.U16)))
                .lowerFlat(cx, list(list(u16(5), u16(6)), list()), new FlatSink(flat));
        assertEquals(
                List.of(
                        new TestHeap.Call(0, 0, 4, 16, 4),
                        new TestHeap.Call(0, 0, 2, 4, 20),
                        new TestHeap.Call(0, 0, 2, 0, 24)),
                h.calls);
        assertArrayEquals(new long[] {4, 2}, flat);
        assertArrayEquals(
                new int[] {20, 0, 0, 0, 2, 0, 0, 0, 24, 0, 0, 0, 0, 0, 0, 0, 5, 0, 6, 0},
                h.bytes(4, 20));
    }
}
