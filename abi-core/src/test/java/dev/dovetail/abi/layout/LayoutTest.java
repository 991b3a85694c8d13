package dev.dovetail.abi.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.gen.TypeGen;
import dev.dovetail.abi.type.BorrowType;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.MapType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.OwnType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LayoutTest {
    private static final AddrType A32 = AddrType.I32;
    private static final AddrType A64 = AddrType.I64;

    private static void assertLayout(ValType t, int size, int align, AddrType addr) {
        assertEquals(size, Layout.elemSize(t, addr), "size of " + t + " (" + addr + ")");
        assertEquals(align, Layout.alignment(t, addr), "alignment of " + t + " (" + addr + ")");
    }

    private static VariantType variantOf(int n, ValType payload) {
        List<Case> cs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cs.add(new Case("c" + i, i == 0 ? payload : null));
        }
        return new VariantType(cs);
    }

    @Test
    void primitives() {
        assertLayout(PrimType.BOOL, 1, 1, A32);
        assertLayout(PrimType.S8, 1, 1, A32);
        assertLayout(PrimType.U16, 2, 2, A32);
        assertLayout(PrimType.S32, 4, 4, A32);
        assertLayout(PrimType.U64, 8, 8, A32);
        assertLayout(PrimType.F32, 4, 4, A32);
        assertLayout(PrimType.F64, 8, 8, A32);
        assertLayout(PrimType.CHAR, 4, 4, A32);
        assertLayout(PrimType.STRING, 8, 4, A32);
        assertLayout(PrimType.STRING, 16, 8, A64);
        assertLayout(PrimType.ERROR_CONTEXT, 4, 4, A64);
        ResourceType r = new ResourceType("r");
        assertLayout(new OwnType(r), 4, 4, A64);
        assertLayout(new BorrowType(r), 4, 4, A32);
    }

    @Test
    void records() {
        RecordType r =
                RecordType.of(
                        new Field("a", PrimType.U8),
                        new Field("b", PrimType.U32),
                        new Field("c", PrimType.U8));
        assertLayout(r, 12, 4, A32);
        assertArrayEquals(new long[] {0, 4, 8}, Layout.fieldOffsets(Layout.fieldTypes(r), A32));
        // the reference's list<tuple<u8, u16, u8, u32>> element: 6,0xff,7,0,8,0xff,0xff,0xff,9...
        TupleType t = TupleType.of(PrimType.U8, PrimType.U16, PrimType.U8, PrimType.U32);
        assertLayout(t, 12, 4, A32);
        assertArrayEquals(new long[] {0, 2, 4, 8}, Layout.fieldOffsets(t.types(), A32));
        TupleType u = TupleType.of(PrimType.U16, PrimType.U8);
        assertLayout(u, 4, 2, A32);
        assertLayout(TupleType.of(u, PrimType.U8), 6, 2, A32);
        assertLayout(TupleType.of(PrimType.U8, PrimType.STRING), 24, 8, A64);
    }

    @Test
    void lists() {
        assertLayout(ListType.of(PrimType.U64), 8, 4, A32);
        assertLayout(ListType.of(PrimType.U8), 16, 8, A64);
        assertLayout(ListType.fixed(PrimType.U32, 3), 12, 4, A32);
        assertLayout(ListType.fixed(ListType.fixed(PrimType.U8, 2), 3), 6, 1, A32);
        assertLayout(new MapType(PrimType.U8, PrimType.U16), 8, 4, A32);
        assertLayout(Layout.mapEntryType(new MapType(PrimType.U8, PrimType.U16)), 4, 2, A32);
    }

    @Test
    void variants() {
        assertLayout(new OptionType(PrimType.U8), 2, 1, A32);
        assertLayout(new OptionType(PrimType.U32), 8, 4, A32);
        assertLayout(new OptionType(PrimType.U64), 16, 8, A32);
        assertLayout(new OptionType(PrimType.STRING), 12, 4, A32);
        assertLayout(new OptionType(PrimType.STRING), 24, 8, A64);
        assertLayout(new ResultType(null, null), 1, 1, A32);
        assertLayout(new ResultType(PrimType.U32, PrimType.F32), 8, 4, A32);
        assertLayout(new ResultType(null, PrimType.U16), 4, 2, A32);
        assertLayout(EnumType.of("a", "b"), 1, 1, A32);
        assertLayout(variantOf(256, null), 1, 1, A32);
        assertLayout(variantOf(257, null), 2, 2, A32);
        assertLayout(variantOf(257, PrimType.U8), 4, 2, A32);
        assertLayout(variantOf(257, PrimType.U64), 16, 8, A32);
        assertLayout(variantOf(65536, null), 2, 2, A32);
        assertLayout(variantOf(65537, null), 4, 4, A32);
        assertEquals(2, Layout.payloadOffset(Layout.caseTypes(variantOf(300, PrimType.U8)), A32));
        assertEquals(4, Layout.payloadOffset(Layout.caseTypes(new OptionType(PrimType.F32)), A32));
    }

    @Test
    void discriminants() {
        assertEquals(PrimType.U8, Layout.discriminantType(1));
        assertEquals(PrimType.U8, Layout.discriminantType(256));
        assertEquals(PrimType.U16, Layout.discriminantType(257));
        assertEquals(PrimType.U16, Layout.discriminantType(65536));
        assertEquals(PrimType.U32, Layout.discriminantType(65537));
        assertThrows(IllegalArgumentException.class, () -> Layout.discriminantType(0));
    }

    @Test
    void flags() {
        assertEquals(1, Layout.flagsSize(1));
        assertEquals(1, Layout.flagsSize(8));
        assertEquals(2, Layout.flagsSize(9));
        assertEquals(2, Layout.flagsSize(16));
        assertEquals(4, Layout.flagsSize(17));
        assertEquals(4, Layout.flagsSize(32));
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            labels.add("f" + i);
        }
        assertLayout(new FlagsType(labels), 4, 4, A32);
    }

    @Test
    void alignTo() {
        assertEquals(0, Layout.alignTo(0L, 4));
        assertEquals(4, Layout.alignTo(1L, 4));
        assertEquals(8, Layout.alignTo(8L, 8));
        assertEquals(9, Layout.alignTo(9, 1));
        assertEquals(Long.MAX_VALUE, Layout.alignTo(Long.MAX_VALUE - 1, 8));
    }

    @Test
    void maxValueSize() {
        Layout.checkMaxValueSize(ListType.fixed(PrimType.U8, (1 << 28) - 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> Layout.checkMaxValueSize(ListType.fixed(PrimType.U8, 1 << 28)));
        // strings are 16 bytes with 64-bit pointers: 2^24 of them reach 2^28
        assertThrows(
                IllegalArgumentException.class,
                () -> Layout.checkMaxValueSize(ListType.fixed(PrimType.STRING, 1 << 24)));
        Layout.checkMaxValueSize(ListType.fixed(PrimType.STRING, (1 << 24) - 1));
        // nested fixed lists whose size overflows a long are rejected, not wrapped
        ValType huge =
                ListType.fixed(
                        ListType.fixed(ListType.fixed(PrimType.U64, 1 << 30), 1 << 30), 1 << 30);
        assertThrows(IllegalArgumentException.class, () -> Layout.checkMaxValueSize(huge));
    }

    /** Layout invariants over random types, for both address types. */
    @Test
    void invariantsOnRandomTypes() {
        TypeGen gen = new TypeGen(new Random(0x1a7e0), 4, true);
        int checked = 0;
        for (int n = 0; n < 3000; n++) {
            ValType t = gen.type();
            for (AddrType addr : AddrType.values()) {
                long size = Layout.elemSize(t, addr);
                int align = Layout.alignment(t, addr);
                assertTrue(align == 1 || align == 2 || align == 4 || align == 8, t::toString);
                assertTrue(size > 0, t::toString);
                assertEquals(0, size % align, () -> "size multiple of alignment: " + t);
                List<ValType> fields = Layout.fieldTypes(t);
                if (fields != null) {
                    long[] offs = Layout.fieldOffsets(fields, addr);
                    long end = 0;
                    for (int i = 0; i < offs.length; i++) {
                        ValType f = fields.get(i);
                        assertEquals(0, offs[i] % Layout.alignment(f, addr), "field aligned");
                        assertTrue(offs[i] >= end, "fields do not overlap");
                        end = offs[i] + Layout.elemSize(f, addr);
                        assertTrue(align >= Layout.alignment(f, addr));
                    }
                    assertTrue(end <= size, "fields fit");
                }
                List<ValType> cases = Layout.caseTypes(t);
                if (cases != null) {
                    long off = Layout.payloadOffset(cases, addr);
                    assertTrue(off >= Layout.discriminantSize(cases.size()));
                    for (ValType c : cases) {
                        if (c != null) {
                            assertEquals(0, off % Layout.alignment(c, addr));
                            assertTrue(off + Layout.elemSize(c, addr) <= size, "payload fits");
                        }
                    }
                }
                if (addr == AddrType.I64) {
                    assertTrue(size >= Layout.elemSize(t, AddrType.I32), "i64 layout is larger");
                }
            }
            checked++;
        }
        assertEquals(3000, checked);
    }
}
