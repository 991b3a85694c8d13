package dev.dovetail.abi.strings;

import dev.dovetail.abi.Trap;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;

/** UTF-16LE: strict decoding, encoding of well-formed Java strings, and the host check. */
final class Utf16 {
    /** From this many code units on, a bulk copy through a buffer view beats a loop. */
    private static final int BULK = 64;

    private Utf16() {}

    /** Decodes little-endian UTF-16 ({@code bytes.length} is even) or traps on a lone surrogate. */
    static String decode(byte[] bytes) {
        int n = bytes.length >>> 1;
        char[] chars = new char[n];
        if (n < BULK) {
            for (int i = 0; i < n; i++) {
                chars[i] = (char) ((bytes[2 * i] & 0xFF) | (bytes[2 * i + 1] << 8));
            }
        } else {
            // A bulk copy (a plain memory copy on little-endian machines).
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer().get(chars);
        }
        // Most strings have no surrogate: only those with some are checked pair by pair.
        boolean surrogates = false;
        for (int i = 0; i < n; i++) {
            surrogates |= Character.isSurrogate(chars[i]);
        }
        if (surrogates) {
            checkPaired(chars);
        }
        return new String(chars);
    }

    private static void checkPaired(char[] chars) {
        int n = chars.length;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)
                        && i + 1 < n
                        && Character.isLowSurrogate(chars[i + 1])) {
                    i++;
                } else {
                    throw new Trap(
                            StringCodec.MSG_INVALID_UTF16
                                    + ": unpaired surrogate 0x"
                                    + StringCodec.hex4(c)
                                    + " at code unit index "
                                    + i);
                }
            }
        }
    }

    /**
     * Little-endian UTF-16 of {@code value}, {@code 2 * length()} bytes; the code units before
     * {@code from} are left zero.
     */
    static byte[] encode(String value, int from) {
        int n = value.length();
        byte[] bytes = new byte[2 * n];
        if (n - from < BULK) {
            for (int i = from; i < n; i++) {
                char c = value.charAt(i);
                bytes[2 * i] = (byte) c;
                bytes[2 * i + 1] = (byte) (c >>> 8);
            }
        } else {
            char[] chars = new char[n - from];
            value.getChars(from, n, chars, 0);
            // A bulk copy (a plain memory copy on little-endian machines).
            CharBuffer out = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer();
            out.position(from);
            out.put(chars);
        }
        return bytes;
    }

    /**
     * Throws {@link IllegalArgumentException} naming the index of the first unpaired surrogate at
     * or after {@code from} ({@code from} must not split a pair).
     */
    static void checkWellFormed(String value, int from) {
        int n = value.length();
        for (int i = from; i < n; i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)
                        && i + 1 < n
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    throw new IllegalArgumentException(
                            "string is not well-formed UTF-16: unpaired surrogate U+"
                                    + StringCodec.hex4(c)
                                    + " at index "
                                    + i
                                    + " cannot be lowered");
                }
            }
        }
    }
}
