package dev.dovetail.abi.layout;

/**
 * The address type of a linear memory, which fixes the size of pointers and lengths in the
 * Canonical ABI: {@code i32} for ordinary memories, {@code i64} for 64-bit memories. The
 * specification also uses {@code i64} to bound the size of every value type (see {@link
 * Layout#checkMaxValueSize}).
 */
public enum AddrType {
    I32(4),
    I64(8);

    private final int size;

    AddrType(int size) {
        this.size = size;
    }

    /** Pointer size in bytes: 4 or 8. */
    public int size() {
        return size;
    }
}
