package dev.dovetail.abi;

/**
 * A linear memory as the Canonical ABI sees it: little-endian, byte-addressed. Addresses are
 * unsigned and carried in a {@code long} so a 32-bit pointer above 2 GiB stays positive.
 *
 * <p>The ABI checks every range against {@link #byteSize()} before it reads or writes, so that it
 * can trap with the specification's wording; implementations still check bounds themselves and
 * throw a {@link Trap} rather than an unchecked JVM exception.
 */
public interface LinearMemory {
    /** Current size in bytes. */
    long byteSize();

    byte readI8(long address);

    short readI16(long address);

    int readI32(long address);

    long readI64(long address);

    void writeI8(long address, byte value);

    void writeI16(long address, short value);

    void writeI32(long address, int value);

    void writeI64(long address, long value);

    /** Copies {@code length} bytes at {@code address} into {@code dst[offset..]}. */
    void read(long address, byte[] dst, int offset, int length);

    /** Copies {@code src[offset..offset+length)} to {@code address}. */
    void write(long address, byte[] src, int offset, int length);

    /** Reads {@code length} bytes at {@code address} into a new array. */
    default byte[] read(long address, int length) {
        byte[] bytes = new byte[length];
        read(address, bytes, 0, length);
        return bytes;
    }
}
