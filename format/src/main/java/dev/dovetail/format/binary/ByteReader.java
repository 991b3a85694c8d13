package dev.dovetail.format.binary;

import dev.dovetail.format.MalformedComponentException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A bounded cursor over the input. Every read checks the bound and reports problems as {@link
 * MalformedComponentException}s carrying the absolute offset in the original input.
 */
final class ByteReader {
    /** Nested components and component/instance types deeper than this are rejected. */
    static final int MAX_DEPTH = 100;

    private final byte[] buf;
    private final int end;
    private final int[] depth; // shared by a reader and its slices
    private int pos;

    ByteReader(byte[] buf) {
        this(buf, 0, buf.length, new int[1]);
    }

    private ByteReader(byte[] buf, int start, int end, int[] depth) {
        this.buf = buf;
        this.pos = start;
        this.end = end;
        this.depth = depth;
    }

    int position() {
        return pos;
    }

    int end() {
        return end;
    }

    boolean atEnd() {
        return pos >= end;
    }

    int remaining() {
        return end - pos;
    }

    static MalformedComponentException error(String message, long offset) {
        return new MalformedComponentException(message, offset);
    }

    MalformedComponentException eof() {
        return error("unexpected end-of-file", Math.min(pos, end));
    }

    /** "invalid leading byte (0x..) for what", reported at the byte just read. */
    MalformedComponentException invalidByte(int b, String what) {
        return error(
                "invalid leading byte (0x" + Integer.toHexString(b) + ") for " + what, pos - 1);
    }

    int u8() {
        if (pos >= end) {
            throw eof();
        }
        return buf[pos++] & 0xff;
    }

    int peek() {
        if (pos >= end) {
            throw eof();
        }
        return buf[pos] & 0xff;
    }

    /** A byte that must be {@code 0x00} or {@code 0x01}. */
    boolean bool() {
        int b = u8();
        if (b > 1) {
            throw error("invalid boolean value", pos - 1);
        }
        return b == 1;
    }

    /** Unsigned LEB128 of at most 5 bytes; unused bits of the last byte must be clear. */
    long u32() {
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = u8();
            if (shift == 28 && (b & 0xf0) != 0) {
                throw error(
                        (b & 0x80) != 0
                                ? "invalid var_u32: integer representation too long"
                                : "invalid var_u32: integer too large",
                        pos - 1);
            }
            result |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
    }

    /** Unsigned LEB128 of at most 10 bytes (memory64 limits). */
    long u64() {
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = u8();
            if (shift == 63 && (b & 0xfe) != 0) {
                throw error(
                        (b & 0x80) != 0
                                ? "invalid var_u64: integer representation too long"
                                : "invalid var_u64: integer too large",
                        pos - 1);
            }
            result |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
    }

    /** Signed LEB128 of 33 bits (at most 5 bytes), sign-extended. */
    long s33() {
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = u8();
            if (shift == 28) {
                // 5th byte: bits 28..32 are value, the rest must repeat the sign bit (bit 32)
                int rest = b & 0x70;
                boolean negative = (b & 0x10) != 0;
                if ((b & 0x80) != 0 || rest != (negative ? 0x70 : 0x00)) {
                    throw error("invalid var_s33: integer representation too long", pos - 1);
                }
            }
            result |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                int used = shift + 7;
                if (used < 64 && (b & 0x40) != 0) {
                    result |= -1L << used;
                }
                return result;
            }
        }
    }

    /**
     * A vector length. Every vector element takes at least one byte, so a length beyond what is
     * left cannot be satisfied: fail before anything is allocated for it.
     */
    int vecLength() {
        long n = u32();
        if (n > remaining()) {
            throw error("unexpected end-of-file", end);
        }
        return (int) n;
    }

    byte[] bytes(long n) {
        if (n > remaining()) {
            throw error("unexpected end-of-file", end);
        }
        byte[] out = new byte[(int) n];
        System.arraycopy(buf, pos, out, 0, (int) n);
        pos += (int) n;
        return out;
    }

    /** {@code name}: a length-prefixed, well-formed UTF-8 string. */
    String name() {
        long n = u32();
        int start = pos;
        if (n > remaining()) {
            throw error("unexpected end-of-file", end);
        }
        pos += (int) n;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buf, start, (int) n))
                    .toString();
        } catch (CharacterCodingException e) {
            throw error("malformed UTF-8 encoding", start);
        }
    }

    /** Takes the next {@code n} bytes as a reader of their own. */
    ByteReader slice(long n) {
        if (n > remaining()) {
            throw error("unexpected end-of-file", end);
        }
        ByteReader r = new ByteReader(buf, pos, pos + (int) n, depth);
        pos += (int) n;
        return r;
    }

    /** Raw access for copying a slice's bytes out (core modules). */
    byte[] copyRange(int from, int to) {
        byte[] out = new byte[to - from];
        System.arraycopy(buf, from, out, 0, to - from);
        return out;
    }

    /** Fails unless the reader has been consumed exactly. */
    void expectEnd() {
        if (pos < end) {
            throw error("section size mismatch: unexpected data at the end of the section", pos);
        }
    }

    /** Enter one level of component or type nesting. */
    void enter() {
        if (++depth[0] > MAX_DEPTH) {
            throw error("nesting too deep (more than " + MAX_DEPTH + " levels)", pos);
        }
    }

    void exit() {
        depth[0]--;
    }
}
