package dev.dovetail.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValTest {
    @Test
    void unsignedValuesKeepTheirBits() {
        assertEquals(new Val.U8((byte) -1), Val.u8(255));
        assertEquals(255, Val.u8(255).intValue());
        assertEquals("255", Val.u8(255).toString());
        assertEquals(65535, Val.u16(65535).intValue());
        assertEquals(4_294_967_295L, Val.u32(4_294_967_295L).longValue());
        assertEquals("18446744073709551615", Val.u64(-1L).toString());
    }

    @Test
    void factoriesRejectOutOfRangeValues() {
        assertThrows(IllegalArgumentException.class, () -> Val.u8(256));
        assertThrows(IllegalArgumentException.class, () -> Val.u8(-1));
        assertThrows(IllegalArgumentException.class, () -> Val.s8(128));
        assertThrows(IllegalArgumentException.class, () -> Val.u16(65536));
        assertThrows(IllegalArgumentException.class, () -> Val.s16(-32769));
        var e = assertThrows(IllegalArgumentException.class, () -> Val.u32(1L << 32));
        assertTrue(e.getMessage().contains("u32"), e.getMessage());
    }

    @Test
    void nanEqualsNanSoRoundTripsCompare() {
        assertEquals(Val.f32(Float.NaN), Val.f32(Float.intBitsToFloat(0x7fc00001)));
        assertEquals(Val.f64(Double.NaN), Val.f64(Double.NaN));
        assertNotEquals(Val.f64(0.0), Val.f64(-0.0));
        assertEquals(Val.list(Val.f32(Float.NaN)), Val.list(Val.f32(Float.NaN)));
    }

    @Test
    void charsMustBeScalarValues() {
        assertEquals("'\uD83D\uDE00'", Val.ch(0x1F600).toString());
        assertThrows(IllegalArgumentException.class, () -> Val.ch(0xD800));
        assertThrows(IllegalArgumentException.class, () -> Val.ch(0xDFFF));
        assertThrows(IllegalArgumentException.class, () -> Val.ch(0x110000));
        assertThrows(IllegalArgumentException.class, () -> Val.ch(-1));
        assertEquals(0xE000, Val.ch(0xE000).codePoint());
    }

    @Test
    void compositeValuesPrintAndCompare() {
        Val r = Val.record(Val.field("a", Val.u32(1)), Val.field("b", Val.some(Val.str("x"))));
        assertEquals("{a: 1, b: some(\"x\")}", r.toString());
        assertEquals(Val.u32(1), ((Val.Record) r).get("a"));
        assertEquals(null, ((Val.Record) r).get("zz"));
        assertEquals(Val.flags("b", "a"), Val.flags("a", "b"));
        assertEquals("{a, b}", Val.flags("b", "a").toString());
        assertEquals("err(\"e\")", Val.Result.err(Val.str("e")).toString());
        assertEquals("ok", Val.Result.ok(null).toString());
        assertEquals("none", Val.none().toString());
        assertEquals("(1, 'x')", Val.tuple(Val.s32(1), Val.ch('x')).toString());
    }
}
