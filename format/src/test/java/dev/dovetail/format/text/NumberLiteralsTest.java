package dev.dovetail.format.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NumberLiteralsTest {

    private static SAtom num(String text) {
        Token t = Lexer.tokenize(text).get(0);
        assertEquals(TokenKind.NUMBER, t.kind(), text);
        return new SAtom(t);
    }

    private static int f32(String s) {
        return NumberLiterals.f32(num(s));
    }

    private static long f64(String s) {
        return NumberLiterals.f64(num(s));
    }

    @Test
    void integers() {
        assertEquals(-1, NumberLiterals.i32(num("0xffff_ffff")));
        assertEquals(-1, NumberLiterals.i32(num("-1")));
        assertEquals(Integer.MIN_VALUE, NumberLiterals.i32(num("-0x8000_0000")));
        assertEquals(1_000_000, NumberLiterals.i32(num("+1_000_000")));
        assertEquals(-1L, NumberLiterals.i64(num("18446744073709551615")));
        assertEquals(Long.MIN_VALUE, NumberLiterals.i64(num("-9223372036854775808")));
        assertEquals(0xffff_ffffL, NumberLiterals.u32(num("4294967295")));
    }

    @Test
    void integerRanges() {
        assertEquals(
                "constant out of range",
                assertThrows(WatException.class, () -> NumberLiterals.i32(num("0x1_0000_0000")))
                        .reason());
        assertThrows(WatException.class, () -> NumberLiterals.i32(num("-2147483649")));
        assertThrows(WatException.class, () -> NumberLiterals.i64(num("0x1_0000_0000_0000_0000")));
        assertThrows(WatException.class, () -> NumberLiterals.u32(num("-1")));
        assertThrows(WatException.class, () -> NumberLiterals.u32(num("+1")));
        assertThrows(WatException.class, () -> NumberLiterals.i32(num("1.5")));
    }

    @Test
    void decimalFloatsRoundToNearestEven() {
        assertEquals(Float.floatToRawIntBits(0.1f), f32("0.1"));
        assertEquals(Double.doubleToRawLongBits(0.1), f64("0.1"));
        assertEquals(Float.floatToRawIntBits(1.5e10f), f32("1.5e10"));
        assertEquals(Double.doubleToRawLongBits(-123.456e-7), f64("-123.456e-7"));
        assertEquals(0x8000_0000, f32("-0.0"));
        assertEquals(Float.floatToRawIntBits(Float.MAX_VALUE), f32("3.4028234663852886e38"));
        assertEquals(1, f32("1.4e-45")); // smallest subnormal
        assertEquals(0, f32("7.006492321624085e-46")); // just below half of it
        assertEquals(1, f32("7.006492321624086e-46")); // just above half rounds up
        // 2^24 + 1 is halfway between two floats: ties to the even significand
        assertEquals(Float.floatToRawIntBits(16777216f), f32("16777217"));
        assertEquals(Float.floatToRawIntBits(16777220f), f32("16777219"));
        assertEquals(Double.doubleToRawLongBits(Double.MIN_VALUE), f64("4.9e-324"));
        assertEquals(Double.doubleToRawLongBits(1e300), f64("1e300"));
        assertEquals(0, f64("1e-400"));
    }

    @Test
    void hexFloats() {
        assertEquals(Float.floatToRawIntBits(12.0f), f32("0x1.8p3"));
        assertEquals(Float.floatToRawIntBits(0.5f), f32("0x0.8"));
        assertEquals(Float.floatToRawIntBits(255f), f32("0xff"));
        assertEquals(
                Double.doubleToRawLongBits(0x1.fffffffffffffp1023), f64("0x1.fffffffffffffp1023"));
        assertEquals(0x0000_0001, f32("0x1p-149"));
        assertEquals(0x7f7f_ffff, f32("0x1.fffffefffffffp127")); // just below the rounding edge
        // 0x1.000001p0 is halfway between 1 and its successor: ties to even (1.0)
        assertEquals(0x3f80_0000, f32("0x1.000001p0"));
        assertEquals(0x3f80_0002, f32("0x1.000003p0")); // 1.5 ulp: ties to even (2 ulp)
    }

    @Test
    void infinitiesAndNans() {
        assertEquals(0x7f80_0000, f32("inf"));
        assertEquals(0xff80_0000, f32("-inf"));
        assertEquals(0x7fc0_0000, f32("nan"));
        assertEquals(0xffc0_0000, f32("-nan"));
        assertEquals(0x7f80_0001, f32("nan:0x1"));
        assertEquals(0x7ff0_0000_0000_0000L, f64("+inf"));
        assertEquals(0x7ff8_0000_0000_0000L, f64("nan"));
        assertEquals(0xfff0_0000_0000_0abcL, f64("-nan:0xabc"));
        assertThrows(WatException.class, () -> f32("nan:0x0"));
        assertThrows(WatException.class, () -> f32("nan:0x80_0000"));
    }

    @Test
    void overflowToInfinityIsAnError() {
        WatException e = assertThrows(WatException.class, () -> f32("0x1p128"));
        assertEquals("constant out of range", e.reason());
        assertThrows(WatException.class, () -> f32("3.4028236e38"));
        assertThrows(WatException.class, () -> f64("1e309"));
        assertEquals(0x7f7f_ffff, f32("3.4028235e38"));
    }
}
