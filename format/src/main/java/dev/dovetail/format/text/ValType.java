package dev.dovetail.format.text;

import java.util.Arrays;

/**
 * A value (or packed storage) type, held as its binary encoding with type indices already resolved;
 * equality is structural so implicit function types can be matched against existing ones. Reference
 * types use the one-byte shorthand whenever one exists.
 */
final class ValType {
    static final ValType I32 = new ValType(0x7f);
    static final ValType I64 = new ValType(0x7e);
    static final ValType F32 = new ValType(0x7d);
    static final ValType F64 = new ValType(0x7c);
    static final ValType I8 = new ValType(0x78);
    static final ValType I16 = new ValType(0x77);
    static final ValType FUNCREF = new ValType(0x70);
    static final ValType EXTERNREF = new ValType(0x6f);

    private final byte[] enc;

    private ValType(int b) {
        this.enc = new byte[] {(byte) b};
    }

    ValType(byte[] enc) {
        this.enc = enc;
    }

    /** {@code (ref null? ht)}: {@code heap} is the encoding of the heap type. */
    static ValType ref(boolean nullable, byte[] heap) {
        if (nullable && heap.length == 1 && (heap[0] & 0x40) != 0) {
            return new ValType(heap[0] & 0xff); // abstract heap type: shorthand
        }
        byte[] e = new byte[heap.length + 1];
        e[0] = (byte) (nullable ? 0x63 : 0x64);
        System.arraycopy(heap, 0, e, 1, heap.length);
        return new ValType(e);
    }

    /** For reference types: whether null is included. */
    boolean nullable() {
        return enc[0] != 0x64;
    }

    /** For reference types: the encoded heap type. */
    byte[] heapType() {
        return enc.length == 1 ? enc.clone() : Arrays.copyOfRange(enc, 1, enc.length);
    }

    void write(WasmWriter w) {
        w.bytes(enc);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValType v && Arrays.equals(enc, v.enc);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(enc);
    }
}
