package dev.dovetail.format.binary;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with the binary format's primitive encodings (minimal LEB128). */
final class ByteWriter {
    private byte[] buf = new byte[64];
    private int len;

    int size() {
        return len;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    ByteWriter u8(int b) {
        ensure(1);
        buf[len++] = (byte) b;
        return this;
    }

    ByteWriter bool(boolean b) {
        return u8(b ? 1 : 0);
    }

    ByteWriter bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
        return this;
    }

    ByteWriter append(ByteWriter other) {
        ensure(other.len);
        System.arraycopy(other.buf, 0, buf, len, other.len);
        len += other.len;
        return this;
    }

    /** Unsigned LEB128 of a u32; values outside {@code [0, 2^32)} are a model error. */
    ByteWriter u32(long v) {
        if (v < 0 || v > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("not a u32: " + v);
        }
        return uleb(v);
    }

    /** Unsigned LEB128 of a u64 held as an unsigned long. */
    ByteWriter u64(long v) {
        return uleb(v);
    }

    private ByteWriter uleb(long v) {
        do {
            int b = (int) (v & 0x7f);
            v >>>= 7;
            u8(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return this;
    }

    /** Signed LEB128 of an s33 (used for type indices where negative codes mean types). */
    ByteWriter s33(long v) {
        if (v < -(1L << 32) || v >= (1L << 32)) {
            throw new IllegalArgumentException("not an s33: " + v);
        }
        while (true) {
            int b = (int) (v & 0x7f);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            u8(done ? b : b | 0x80);
            if (done) {
                return this;
            }
        }
    }

    /** A name; strings with unpaired surrogates have no UTF-8 form and are a model error. */
    ByteWriter name(String s) {
        byte[] b;
        try {
            ByteBuffer bb =
                    StandardCharsets.UTF_8
                            .newEncoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .encode(CharBuffer.wrap(s));
            b = new byte[bb.remaining()];
            bb.get(b);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("name is not valid Unicode: " + s, e);
        }
        u32(b.length);
        return bytes(b);
    }

    /** A length-prefixed vector length. */
    ByteWriter vecLength(int n) {
        return u32(n);
    }
}
