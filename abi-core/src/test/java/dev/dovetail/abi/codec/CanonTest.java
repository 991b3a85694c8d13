package dev.dovetail.abi.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.Trap;
import org.junit.jupiter.api.Test;

/** The shared primitives against the reference's {@code test_pairs} wrapping vectors. */
class CanonTest {
    @Test
    void unsignedWrapping() {
        long max32 = 0xFFFF_FFFFL;
        assertEquals(0, Canon.liftUnsigned(256, 8));
        assertEquals(255, Canon.liftUnsigned(max32, 8));
        assertEquals(128, Canon.liftUnsigned(4294967168L, 8));
        assertEquals(127, Canon.liftUnsigned(4294967167L, 8));
        assertEquals(255, Canon.liftUnsigned(-1, 8)); // a sign-extended slot
        assertEquals(0, Canon.liftUnsigned(65536, 16));
        assertEquals(32768, Canon.liftUnsigned((1L << 32) - 32768, 16));
        assertEquals(max32, Canon.liftUnsigned(-1, 32));
        assertEquals(-1, Canon.liftUnsigned(-1, 64));
    }

    @Test
    void signedWrapping() {
        long max32 = 0xFFFF_FFFFL;
        assertEquals(-128, Canon.liftSigned(128, 8));
        assertEquals(-1, Canon.liftSigned(255, 8));
        assertEquals(0, Canon.liftSigned(256, 8));
        assertEquals(127, Canon.liftSigned(4294967167L, 8));
        assertEquals(-32768, Canon.liftSigned(32768, 16));
        assertEquals(32767, Canon.liftSigned((1L << 32) - 32769, 16));
        assertEquals(Integer.MIN_VALUE, Canon.liftSigned(1L << 31, 32));
        assertEquals(-1, Canon.liftSigned(max32, 32));
        assertEquals(Long.MIN_VALUE, Canon.liftSigned(Long.MIN_VALUE, 64));
    }

    @Test
    void charsAndBools() {
        assertEquals(0x10FFFF, Canon.liftChar(0x10FFFF));
        assertEquals(0xE000, Canon.liftChar(0xE000));
        assertEquals(
                "invalid `char` bit pattern",
                assertThrows(Trap.class, () -> Canon.liftChar(0xD800)).getMessage());
        assertThrows(Trap.class, () -> Canon.liftChar(-1));
        assertTrue(Canon.toBool(2));
        assertTrue(Canon.toBool(Integer.MIN_VALUE));
        assertFalse(Canon.toBool(0));
    }

    @Test
    void bounds() {
        assertTrue(Canon.inBounds(0, 0, 0));
        assertTrue(Canon.inBounds(10, 6, 16));
        assertFalse(Canon.inBounds(10, 7, 16));
        assertFalse(Canon.inBounds(17, 0, 16));
        assertFalse(Canon.inBounds(-1, 0, 16));
        assertFalse(Canon.inBounds(Long.MAX_VALUE, 2, Long.MAX_VALUE));
    }
}
