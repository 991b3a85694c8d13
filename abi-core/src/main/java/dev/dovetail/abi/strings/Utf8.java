package dev.dovetail.abi.strings;

import dev.dovetail.abi.Trap;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8: validation with the error classification of Rust's {@code str::from_utf8} (which
 * the specification tests' messages come from), decoding and length counting.
 *
 * <p>Valid UTF-8 is exactly the Unicode definition: no overlong forms, no encoded surrogates
 * (U+D800..U+DFFF), nothing above U+10FFFF. Once validated, the JDK's decoder is exact, so it does
 * the decoding.
 */
final class Utf8 {
    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    private Utf8() {}

    /** Length of the leading run of ASCII bytes in {@code bytes[0..length)}. */
    static int asciiPrefixLength(byte[] bytes, int length) {
        return asciiPrefixLength(bytes, 0, length);
    }

    /** Decodes {@code bytes} or traps with the first error. */
    static String decode(byte[] bytes) {
        int ascii = asciiPrefixLength(bytes, bytes.length);
        if (ascii == bytes.length) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        validate(bytes, ascii);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Validates {@code bytes[from..]}, where {@code from} is the start of a sequence. Traps with
     * {@code "invalid utf-8 sequence of N bytes from index I"} or, when the input ends inside a
     * sequence that is valid so far, {@code "incomplete utf-8 byte sequence from index I"}.
     */
    static void validate(byte[] bytes, int from) {
        int length = bytes.length;
        int i = from;
        while (i < length) {
            int b0 = bytes[i] & 0xFF;
            if (b0 < 0x80) {
                i += asciiPrefixLength(bytes, i, length);
                continue;
            }
            int start = i;
            int size;
            int lo = 0x80;
            int hi = 0xBF;
            if (b0 < 0xC2) {
                throw invalid(1, start); // continuation byte, or lead of an overlong 2-byte form
            } else if (b0 < 0xE0) {
                size = 2;
            } else if (b0 < 0xF0) {
                size = 3;
                if (b0 == 0xE0) {
                    lo = 0xA0; // overlong below U+0800
                } else if (b0 == 0xED) {
                    hi = 0x9F; // surrogates U+D800..U+DFFF
                }
            } else if (b0 < 0xF5) {
                size = 4;
                if (b0 == 0xF0) {
                    lo = 0x90; // overlong below U+10000
                } else if (b0 == 0xF4) {
                    hi = 0x8F; // above U+10FFFF
                }
            } else {
                throw invalid(1, start);
            }
            if (start + 1 >= length) {
                throw incomplete(start);
            }
            int b1 = bytes[start + 1] & 0xFF;
            if (b1 < lo || b1 > hi) {
                throw invalid(1, start);
            }
            for (int k = 2; k < size; k++) {
                if (start + k >= length) {
                    throw incomplete(start);
                }
                if ((bytes[start + k] & 0xC0) != 0x80) {
                    throw invalid(k, start);
                }
            }
            i = start + size;
        }
    }

    /** Length of the ASCII run in {@code bytes[from..length)}. */
    private static int asciiPrefixLength(byte[] bytes, int from, int length) {
        int i = from;
        for (; i + 8 <= length; i += 8) {
            if (((long) LONGS.get(bytes, i) & HIGH_BITS) != 0) {
                break;
            }
        }
        while (i < length && bytes[i] >= 0) {
            i++;
        }
        return i - from;
    }

    private static Trap invalid(int sequenceLength, int index) {
        return new Trap(
                StringCodec.MSG_INVALID_UTF8
                        + " sequence of "
                        + sequenceLength
                        + " bytes from index "
                        + index);
    }

    private static Trap incomplete(int index) {
        return new Trap(StringCodec.MSG_INCOMPLETE_UTF8 + " from index " + index);
    }

    /** The UTF-8 length of a well-formed string. */
    static long encodedLength(String value) {
        int n = value.length();
        long length = n;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    length += 1;
                } else if (Character.isHighSurrogate(c)) {
                    length += 2; // the pair: 2 chars, 4 bytes
                    i++;
                } else {
                    length += 2;
                }
            }
        }
        return length;
    }
}
