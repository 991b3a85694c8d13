package dev.dovetail.format.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with the WebAssembly binary primitives (minimal LEB128). */
final class WasmWriter {
    private byte[] buf = new byte[64];
    private int size;

    int size() {
        return size;
    }

    WasmWriter u8(int b) {
        if (size == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[size++] = (byte) b;
        return this;
    }

    WasmWriter bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    WasmWriter bytes(byte[] b, int off, int len) {
        if (size + len > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + len));
        }
        System.arraycopy(b, off, buf, size, len);
        size += len;
        return this;
    }

    WasmWriter bytes(WasmWriter w) {
        return bytes(w.buf, 0, w.size);
    }

    /** Unsigned LEB128 of a value taken as unsigned 64-bit. */
    WasmWriter u64(long v) {
        do {
            int b = (int) (v & 0x7f);
            v >>>= 7;
            u8(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return this;
    }

    WasmWriter u32(long v) {
        return u64(v & 0xffffffffL);
    }

    /** Signed LEB128. */
    WasmWriter s64(long v) {
        while (true) {
            int b = (int) (v & 0x7f);
            v >>= 7;
            boolean done = v == 0 && (b & 0x40) == 0 || v == -1 && (b & 0x40) != 0;
            u8(done ? b : b | 0x80);
            if (done) {
                return this;
            }
        }
    }

    WasmWriter s32(int v) {
        return s64(v);
    }

    WasmWriter f32(int bits) {
        for (int i = 0; i < 4; i++) {
            u8(bits >>> (8 * i));
        }
        return this;
    }

    WasmWriter f64(long bits) {
        for (int i = 0; i < 8; i++) {
            u8((int) (bits >>> (8 * i)));
        }
        return this;
    }

    WasmWriter name(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return u32(b.length).bytes(b);
    }

    /** Length-prefixed contents of {@code w}. */
    WasmWriter sized(WasmWriter w) {
        return u32(w.size).bytes(w);
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
