package dev.dovetail.abi;

import java.util.Arrays;

/**
 * A {@link LinearMemory} over a Java byte array, for hosts and tests that need memory outside a
 * wasm instance. It grows only through {@link #grow(int)}.
 */
public final class ByteArrayMemory implements LinearMemory {
    private byte[] bytes;

    public ByteArrayMemory(int size) {
        this.bytes = new byte[size];
    }

    /** Adds {@code extra} zeroed bytes at the end. */
    public void grow(int extra) {
        bytes = Arrays.copyOf(bytes, Math.addExact(bytes.length, extra));
    }

    @Override
    public long byteSize() {
        return bytes.length;
    }

    private int at(long address, int length) {
        if (address < 0 || length < 0 || address + length > bytes.length) {
            throw new Trap("out of bounds memory access");
        }
        return (int) address;
    }

    @Override
    public byte readI8(long address) {
        return bytes[at(address, 1)];
    }

    @Override
    public short readI16(long address) {
        int i = at(address, 2);
        return (short) ((bytes[i] & 0xFF) | (bytes[i + 1] << 8));
    }

    @Override
    public int readI32(long address) {
        int i = at(address, 4);
        return (bytes[i] & 0xFF)
                | (bytes[i + 1] & 0xFF) << 8
                | (bytes[i + 2] & 0xFF) << 16
                | (bytes[i + 3] & 0xFF) << 24;
    }

    @Override
    public long readI64(long address) {
        int i = at(address, 8);
        return (readI32(i) & 0xFFFF_FFFFL) | ((long) readI32(i + 4L)) << 32;
    }

    @Override
    public void writeI8(long address, byte value) {
        bytes[at(address, 1)] = value;
    }

    @Override
    public void writeI16(long address, short value) {
        int i = at(address, 2);
        bytes[i] = (byte) value;
        bytes[i + 1] = (byte) (value >>> 8);
    }

    @Override
    public void writeI32(long address, int value) {
        int i = at(address, 4);
        bytes[i] = (byte) value;
        bytes[i + 1] = (byte) (value >>> 8);
        bytes[i + 2] = (byte) (value >>> 16);
        bytes[i + 3] = (byte) (value >>> 24);
    }

    @Override
    public void writeI64(long address, long value) {
        int i = at(address, 8);
        writeI32(i, (int) value);
        writeI32(i + 4L, (int) (value >>> 32));
    }

    @Override
    public void read(long address, byte[] dst, int offset, int length) {
        System.arraycopy(bytes, at(address, length), dst, offset, length);
    }

    @Override
    public void write(long address, byte[] src, int offset, int length) {
        System.arraycopy(src, offset, bytes, at(address, length), length);
    }
}
