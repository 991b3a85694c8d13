package dev.dovetail.abi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ByteArrayMemoryTest {
    @Test
    void littleEndianReadsAndWrites() {
        ByteArrayMemory m = new ByteArrayMemory(16);
        m.writeI32(0, 0x11223344);
        assertArrayEquals(new byte[] {0x44, 0x33, 0x22, 0x11}, m.read(0, 4));
        m.writeI64(8, 0x0102030405060708L);
        assertEquals(0x0102030405060708L, m.readI64(8));
        assertEquals(0x05060708, m.readI32(8));
        m.writeI16(4, (short) 0xBEEF);
        assertEquals((short) 0xBEEF, m.readI16(4));
        assertEquals((byte) 0xEF, m.readI8(4));
    }

    @Test
    void outOfBoundsTrapsInsteadOfThrowingJvmExceptions() {
        ByteArrayMemory m = new ByteArrayMemory(8);
        assertThrows(Trap.class, () -> m.readI32(5));
        assertThrows(Trap.class, () -> m.writeI64(1, 0));
        assertThrows(Trap.class, () -> m.readI8(-1));
        assertThrows(Trap.class, () -> m.read(0xFFFF_FFFFL, 2));
        assertThrows(Trap.class, () -> m.write(7, new byte[2], 0, 2));
        m.grow(8);
        assertEquals(16, m.byteSize());
        m.writeI64(8, -1);
        assertEquals(-1, m.readI64(8));
    }
}
