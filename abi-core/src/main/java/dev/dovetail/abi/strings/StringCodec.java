package dev.dovetail.abi.strings;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.LinearMemory;
import dev.dovetail.abi.Realloc;
import dev.dovetail.abi.StringEncoding;
import dev.dovetail.abi.Trap;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Lifting and lowering of {@code string} values in linear memory, following the Canonical ABI's
 * {@code load_string_from_range} and {@code store_string_into_range} (with every transcoding
 * routine they dispatch to) exactly: same traps, same {@code realloc} calls with the same arguments
 * in the same order, same bytes in memory.
 *
 * <h2>Pointers and lengths</h2>
 *
 * Only 32-bit memories are supported. Pointers and tagged code unit counts are {@code i32} values
 * carried in a {@code long}; only their low 32 bits are used, read as unsigned, so a zero-extended
 * and a sign-extended {@code i32} mean the same thing. In the {@code latin1+utf16} encoding the top
 * bit of the length, {@link #UTF16_TAG} ({@code 1 << 31}), marks a UTF-16 string; the remaining
 * bits count UTF-16 code units. Stores return both results packed in one {@code long}: the pointer
 * in the high 32 bits and the tagged code units in the low 32 bits, see {@link #ptr(long)} and
 * {@link #taggedCodeUnits(long)}.
 *
 * <h2>Where a stored string comes from</h2>
 *
 * The reference decides how much to allocate from the <em>source</em> of the string: its encoding
 * and its code unit count. A string lifted from another component keeps the encoding of that
 * component and the tagged code units it was lifted with: pass both to {@link #store(
 * LiftLowerContext, String, StringEncoding, long)}.
 *
 * <p>A Java string created by the host is treated as a {@code latin1+utf16} source, which is what
 * compact strings are: when every {@code char} is below {@code 0x100} it is Latin-1 with {@link
 * String#length()} code units, otherwise UTF-16 with {@code length()} code units and the UTF-16 tag
 * (see {@link #hostSource(String)}). This fixes the worst case of the {@code realloc} sequence:
 * lowering to UTF-8 allocates {@code length()} bytes, then grows to {@code 2 * length()} for a
 * Latin-1 string or to {@code 3 * length()} for a UTF-16 one on the first non-ASCII character, and
 * shrinks to the exact size; lowering to UTF-16 allocates exactly {@code 2 * length()} bytes;
 * lowering to {@code latin1+utf16} allocates exactly ({@code length()} or {@code 2 * length()}
 * bytes) and never deflates.
 *
 * <h2>Errors</h2>
 *
 * Malformed guest data and misbehaving {@code realloc} results raise a {@link Trap} whose message
 * contains the wording of the specification tests (see the {@code MSG_} constants). A Java string
 * that is not well-formed UTF-16 (it holds an unpaired surrogate) cannot be lowered and is a host
 * bug: {@link IllegalArgumentException}, before any {@code realloc} call.
 */
public final class StringCodec {
    /** The largest byte length a lifted string may have: {@code 2^28 - 1}. */
    public static final long MAX_STRING_BYTE_LENGTH = (1L << 28) - 1;

    /** The largest size {@code realloc} may be asked for in a 32-bit memory. */
    public static final long REALLOC_I32_MAX = 0xFFFF_FFFFL;

    /** The {@code latin1+utf16} length bit that marks a UTF-16 string in a 32-bit memory. */
    public static final long UTF16_TAG = 1L << 31;

    /** Trap: a {@code realloc} result is not aligned as asked (checked before bounds). */
    public static final String MSG_REALLOC_UNALIGNED = "realloc return: result not aligned";

    /** Trap: a {@code realloc} result plus the asked size is beyond the end of memory. */
    public static final String MSG_REALLOC_OUT_OF_BOUNDS = "realloc return: beyond end of memory";

    /** Trap: a lifted string's pointer is not aligned to its code unit size. */
    public static final String MSG_UNALIGNED = "unaligned pointer";

    /**
     * Trap (prefix): a lifted string's byte range is not inside memory. The message goes on with
     * {@code "(string content out-of-bounds: ...)"}, which is how wasmtime words the same trap in
     * its component-to-component adapters, so that tests of either path match.
     */
    public static final String MSG_OUT_OF_BOUNDS = "string pointer/length out of bounds of memory";

    /**
     * Trap (prefix): a lifted string's byte length exceeds {@link #MAX_STRING_BYTE_LENGTH}. The
     * specification names no message; this is wasmtime's adapter wording for an oversized string.
     */
    public static final String MSG_TOO_LONG = "string content out-of-bounds";

    /**
     * Trap (prefix): invalid UTF-8, other than a valid but truncated sequence at the end. Messages
     * are those of Rust's {@code str::from_utf8}, which wasmtime reports: {@code "invalid utf-8
     * sequence of N bytes from index I"} and {@code "incomplete utf-8 byte sequence from index I"}.
     */
    public static final String MSG_INVALID_UTF8 = "invalid utf-8";

    /** Trap (prefix): UTF-8 that ends in the middle of an otherwise valid sequence. */
    public static final String MSG_INCOMPLETE_UTF8 = "incomplete utf-8 byte sequence";

    /** Trap (prefix): UTF-16 with an unpaired surrogate. */
    public static final String MSG_INVALID_UTF16 = "invalid utf-16";

    private static final long U32 = 0xFFFF_FFFFL;

    private StringCodec() {}

    /**
     * Where a string to store comes from: the {@code string-encoding} it was lifted with and its
     * tagged code units, as {@link #store(LiftLowerContext, String, StringEncoding, long)} takes
     * them. {@link #hostSource(String)} gives the one of a host Java string.
     */
    public record Source(StringEncoding encoding, long taggedCodeUnits) {
        public Source {
            Objects.requireNonNull(encoding, "encoding");
        }
    }

    /**
     * The (encoding, tagged code units) a host Java string presents as a source: {@code
     * latin1+utf16} with {@code length()} code units, tagged as UTF-16 when some {@code char} is
     * {@code >= 0x100}.
     */
    public static Source hostSource(String value) {
        return new Source(StringEncoding.LATIN1_UTF16, hostTaggedCodeUnits(value));
    }

    /**
     * The tagged code units {@code value} had in a component using {@code encoding}: its UTF-8 byte
     * length, its UTF-16 length, or for {@code latin1+utf16} its length, tagged when a character
     * does not fit Latin-1 (the representation {@code store_string_to_latin1_or_utf16} picks).
     */
    public static long taggedCodeUnitsIn(String value, StringEncoding encoding) {
        return switch (encoding) {
            case UTF8 -> Utf8.encodedLength(value);
            case UTF16 -> value.length();
            case LATIN1_UTF16 -> hostTaggedCodeUnits(value);
        };
    }

    /** The tagged code units of {@link #hostSource(String)}. */
    public static long hostTaggedCodeUnits(String value) {
        long n = value.length();
        return firstNonLatin1(value) < 0 ? n : n | UTF16_TAG;
    }

    /** The pointer of a packed store result. */
    public static long ptr(long packed) {
        return packed >>> 32;
    }

    /** The tagged code units of a packed store result. */
    public static long taggedCodeUnits(long packed) {
        return packed & U32;
    }

    private static long pack(long ptr, long taggedCodeUnits) {
        return (ptr << 32) | (taggedCodeUnits & U32);
    }

    // ---------------------------------------------------------------------------------------
    // Lifting
    // ---------------------------------------------------------------------------------------

    /**
     * {@code load_string_from_range}: decodes the string at {@code ptr} with the context's
     * encoding; {@code taggedCodeUnits} is the length as the guest gave it (bytes for UTF-8, code
     * units for UTF-16, tagged for {@code latin1+utf16}).
     *
     * <p>Traps, in this order: byte length above {@link #MAX_STRING_BYTE_LENGTH}; pointer not
     * aligned to the code unit size ({@code latin1+utf16} is always 2-aligned); range beyond the
     * end of memory (also for an empty string); invalid UTF-8 or UTF-16. Latin-1 is always valid.
     */
    public static String load(LiftLowerContext cx, long ptr, long taggedCodeUnits) {
        LinearMemory memory = cx.requireMemory();
        ptr &= U32;
        long tagged = taggedCodeUnits & U32;
        int alignment;
        long byteLength;
        int kind; // 0 = utf-8, 1 = utf-16le, 2 = latin-1
        switch (cx.stringEncoding()) {
            case UTF8 -> {
                alignment = 1;
                byteLength = tagged;
                kind = 0;
            }
            case UTF16 -> {
                alignment = 2;
                byteLength = 2 * tagged;
                kind = 1;
            }
            case LATIN1_UTF16 -> {
                alignment = 2;
                if ((tagged & UTF16_TAG) != 0) {
                    byteLength = 2 * (tagged ^ UTF16_TAG);
                    kind = 1;
                } else {
                    byteLength = tagged;
                    kind = 2;
                }
            }
            default -> throw new AssertionError(cx.stringEncoding());
        }
        if (byteLength > MAX_STRING_BYTE_LENGTH) {
            throw new Trap(
                    MSG_TOO_LONG
                            + ": byte length "
                            + byteLength
                            + " exceeds the maximum string byte length "
                            + MAX_STRING_BYTE_LENGTH);
        }
        if ((ptr & (alignment - 1)) != 0) {
            // the reference tests' wording, then wasmtime's (which names no pointer)
            throw new Trap(MSG_UNALIGNED + ": string pointer not aligned to " + alignment);
        }
        long memorySize = memory.byteSize();
        if (ptr + byteLength > memorySize) {
            throw new Trap(
                    MSG_OUT_OF_BOUNDS
                            + " (string content out-of-bounds: pointer "
                            + ptr
                            + ", byte length "
                            + byteLength
                            + ", memory size "
                            + memorySize
                            + ")");
        }
        if (byteLength == 0) {
            return "";
        }
        byte[] bytes = memory.read(ptr, (int) byteLength);
        return switch (kind) {
            case 0 -> Utf8.decode(bytes);
            case 1 -> Utf16.decode(bytes);
            default -> new String(bytes, StandardCharsets.ISO_8859_1);
        };
    }

    /**
     * {@code load_string}: reads the {@code (ptr, tagged code units)} pair of {@code i32}s at
     * {@code addr} and {@code addr + 4} and lifts the string it describes. The caller has checked
     * that the 8-byte pair is aligned and in bounds, as for any value it loads.
     */
    public static String loadAt(LiftLowerContext cx, long addr) {
        LinearMemory memory = cx.requireMemory();
        long ptr = memory.readI32(addr) & U32;
        long taggedCodeUnits = memory.readI32(addr + 4) & U32;
        return load(cx, ptr, taggedCodeUnits);
    }

    // ---------------------------------------------------------------------------------------
    // Lowering
    // ---------------------------------------------------------------------------------------

    /** {@link #store(LiftLowerContext, String, StringEncoding, long)} from a {@link Source}. */
    public static long store(LiftLowerContext cx, String value, Source source) {
        return store(cx, value, source.encoding(), source.taggedCodeUnits());
    }

    /**
     * {@code store_string_into_range} for a host Java string, whose source is {@link
     * #hostSource(String)}. Returns {@code (ptr << 32) | taggedCodeUnits}.
     *
     * @throws IllegalArgumentException when {@code value} holds an unpaired surrogate
     */
    public static long store(LiftLowerContext cx, String value) {
        int firstNonLatin1 = firstNonLatin1(value);
        if (firstNonLatin1 >= 0) {
            Utf16.checkWellFormed(value, firstNonLatin1);
            return storeChecked(
                    cx, value, firstNonLatin1, StringEncoding.LATIN1_UTF16, true, value.length());
        }
        return storeChecked(cx, value, -1, StringEncoding.LATIN1_UTF16, false, value.length());
    }

    /**
     * {@code store_string_into_range} for a string whose source is another component's memory:
     * {@code srcEncoding} is that component's {@code string-encoding} and {@code
     * srcTaggedCodeUnits} the tagged length it was lifted with, which together decide the {@code
     * realloc} sequence. Returns {@code (ptr << 32) | taggedCodeUnits}.
     *
     * @throws IllegalArgumentException when {@code value} holds an unpaired surrogate or does not
     *     match the source length (UTF-8 bytes, UTF-16 code units, or the Latin-1/UTF-16 tagged
     *     length, where an untagged Latin-1 source must hold only {@code char}s below {@code
     *     0x100})
     */
    public static long store(
            LiftLowerContext cx,
            String value,
            StringEncoding srcEncoding,
            long srcTaggedCodeUnits) {
        Objects.requireNonNull(srcEncoding, "srcEncoding");
        int firstNonLatin1 = firstNonLatin1(value);
        if (firstNonLatin1 >= 0) {
            Utf16.checkWellFormed(value, firstNonLatin1);
        }
        long tagged = srcTaggedCodeUnits & U32;
        boolean utf16Tagged = false;
        long srcCodeUnits;
        switch (srcEncoding) {
            case UTF8 -> {
                srcCodeUnits = tagged;
                long utf8Length = Utf8.encodedLength(value);
                if (utf8Length != srcCodeUnits) {
                    throw new IllegalArgumentException(
                            "a utf8 source of "
                                    + srcCodeUnits
                                    + " bytes does not match the string, whose UTF-8 form has "
                                    + utf8Length
                                    + " bytes");
                }
            }
            case UTF16 -> {
                srcCodeUnits = tagged;
                requireCodeUnits(value, srcCodeUnits, "utf16");
            }
            case LATIN1_UTF16 -> {
                utf16Tagged = (tagged & UTF16_TAG) != 0;
                srcCodeUnits = utf16Tagged ? tagged ^ UTF16_TAG : tagged;
                requireCodeUnits(value, srcCodeUnits, "latin1+utf16");
                if (!utf16Tagged && firstNonLatin1 >= 0) {
                    throw new IllegalArgumentException(
                            "an untagged (Latin-1) latin1+utf16 source cannot hold char U+"
                                    + hex4(value.charAt(firstNonLatin1))
                                    + " at index "
                                    + firstNonLatin1);
                }
            }
            default -> throw new AssertionError(srcEncoding);
        }
        return storeChecked(cx, value, firstNonLatin1, srcEncoding, utf16Tagged, srcCodeUnits);
    }

    /**
     * {@code store_string} for a host string: lowers {@code value} with {@link #store(
     * LiftLowerContext, String)} and writes the {@code (ptr, tagged code units)} pair of {@code
     * i32}s at {@code addr} and {@code addr + 4}, which the caller has checked.
     */
    public static void storeAt(LiftLowerContext cx, String value, long addr) {
        writePair(cx.requireMemory(), store(cx, value), addr);
    }

    /**
     * {@code store_string} for another component's string: as {@link #store(LiftLowerContext,
     * String, StringEncoding, long)}, then writes the pair at {@code addr}.
     */
    public static void storeAt(
            LiftLowerContext cx,
            String value,
            StringEncoding srcEncoding,
            long srcTaggedCodeUnits,
            long addr) {
        writePair(cx.requireMemory(), store(cx, value, srcEncoding, srcTaggedCodeUnits), addr);
    }

    private static void writePair(LinearMemory memory, long packed, long addr) {
        memory.writeI32(addr, (int) ptr(packed));
        memory.writeI32(addr + 4, (int) taggedCodeUnits(packed));
    }

    private static void requireCodeUnits(String value, long srcCodeUnits, String encoding) {
        if (srcCodeUnits != value.length()) {
            throw new IllegalArgumentException(
                    "a "
                            + encoding
                            + " source of "
                            + srcCodeUnits
                            + " code units does not match the string's length "
                            + value.length());
        }
    }

    /**
     * The dispatch of {@code store_string_into_range}, once the source is known to be consistent
     * with {@code value} and {@code value} well-formed.
     */
    private static long storeChecked(
            LiftLowerContext cx,
            String value,
            int firstNonLatin1,
            StringEncoding srcEncoding,
            boolean utf16Tagged,
            long srcCodeUnits) {
        Lowering out = new Lowering(cx.requireMemory(), cx.requireRealloc(), value);
        // The simple encoding: latin1+utf16 splits into latin1 and utf16 by the tag.
        boolean srcUtf8 = srcEncoding == StringEncoding.UTF8;
        boolean srcLatin1 = srcEncoding == StringEncoding.LATIN1_UTF16 && !utf16Tagged;
        switch (cx.stringEncoding()) {
            case UTF8 -> {
                if (srcUtf8) {
                    return out.copyUtf8(srcCodeUnits);
                }
                return out.toUtf8(srcCodeUnits, (srcLatin1 ? 2 : 3) * srcCodeUnits);
            }
            case UTF16 -> {
                if (srcUtf8) {
                    return out.utf8ToUtf16(srcCodeUnits);
                }
                return out.copyUtf16(srcCodeUnits);
            }
            case LATIN1_UTF16 -> {
                if (srcEncoding != StringEncoding.LATIN1_UTF16) {
                    return out.toLatin1OrUtf16(srcCodeUnits, firstNonLatin1);
                }
                if (srcLatin1) {
                    return out.copyLatin1(srcCodeUnits);
                }
                return out.probablyUtf16ToLatin1OrUtf16(srcCodeUnits, firstNonLatin1);
            }
            default -> throw new AssertionError(cx.stringEncoding());
        }
    }

    /** One store: the memory, the realloc function and the string being written. */
    private static final class Lowering {
        private final LinearMemory memory;
        private final Realloc realloc;
        private final String value;

        Lowering(LinearMemory memory, Realloc realloc, String value) {
            this.memory = memory;
            this.realloc = realloc;
            this.value = value;
        }

        /**
         * Calls realloc and checks its result: alignment first, then that {@code [ptr, ptr +
         * newSize)} is inside memory (memory is measured after the call, which may grow it).
         */
        long realloc(long originalPtr, long originalSize, int alignment, long newSize) {
            requireReallocSize(newSize, value.length());
            long ptr = realloc.realloc(originalPtr, originalSize, alignment, newSize);
            if ((ptr & (alignment - 1)) != 0) {
                throw new Trap(MSG_REALLOC_UNALIGNED);
            }
            long memorySize = memory.byteSize();
            if (Long.compareUnsigned(ptr, memorySize) > 0 || newSize > memorySize - ptr) {
                throw new Trap(MSG_REALLOC_OUT_OF_BOUNDS);
            }
            return ptr;
        }

        /** {@code store_string_copy} into UTF-8 from a UTF-8 source. */
        long copyUtf8(long srcCodeUnits) {
            byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
            long ptr = realloc(0, 0, 1, srcCodeUnits);
            memory.write(ptr, encoded, 0, encoded.length);
            return pack(ptr, srcCodeUnits);
        }

        /**
         * {@code store_string_to_utf8} (for Latin-1 and UTF-16 sources): allocate one byte per
         * source code unit and copy the ASCII prefix; at the first non-ASCII character grow to the
         * worst case, write the rest, and shrink to the exact size.
         */
        long toUtf8(long srcCodeUnits, long worstCaseSize) {
            long ptr = realloc(0, 0, 1, srcCodeUnits);
            byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
            int asciiPrefix = Utf8.asciiPrefixLength(encoded, encoded.length);
            memory.write(ptr, encoded, 0, asciiPrefix);
            if (asciiPrefix == encoded.length) {
                return pack(ptr, srcCodeUnits);
            }
            ptr = realloc(ptr, srcCodeUnits, 1, worstCaseSize);
            memory.write(ptr + asciiPrefix, encoded, asciiPrefix, encoded.length - asciiPrefix);
            if (worstCaseSize > encoded.length) {
                ptr = realloc(ptr, worstCaseSize, 1, encoded.length);
            }
            return pack(ptr, encoded.length);
        }

        /** {@code store_utf8_to_utf16}: worst case two bytes per UTF-8 byte, then shrink. */
        long utf8ToUtf16(long srcCodeUnits) {
            long worstCaseSize = 2 * srcCodeUnits;
            long ptr = realloc(0, 0, 2, worstCaseSize);
            byte[] encoded = Utf16.encode(value, 0);
            memory.write(ptr, encoded, 0, encoded.length);
            if (encoded.length < worstCaseSize) {
                ptr = realloc(ptr, worstCaseSize, 2, encoded.length);
            }
            return pack(ptr, encoded.length / 2);
        }

        /** {@code store_string_copy} into UTF-16 from a UTF-16 or Latin-1 source. */
        long copyUtf16(long srcCodeUnits) {
            long ptr = realloc(0, 0, 2, 2 * srcCodeUnits);
            byte[] encoded = Utf16.encode(value, 0);
            memory.write(ptr, encoded, 0, encoded.length);
            return pack(ptr, srcCodeUnits);
        }

        /** {@code store_string_copy} into {@code latin1+utf16} from a Latin-1 source. */
        long copyLatin1(long srcCodeUnits) {
            long ptr = realloc(0, 0, 2, srcCodeUnits);
            byte[] encoded = value.getBytes(StandardCharsets.ISO_8859_1);
            memory.write(ptr, encoded, 0, encoded.length);
            return pack(ptr, srcCodeUnits);
        }

        /**
         * {@code store_string_to_latin1_or_utf16} (UTF-8 and UTF-16 sources): allocate one byte per
         * source code unit and write Latin-1; at the first character {@code >= 0x100} grow to two
         * bytes per source code unit, inflate the Latin-1 prefix already in memory to UTF-16, write
         * the rest as UTF-16 and shrink to the exact size. An all-Latin-1 string shrinks to its
         * length when that is less than the source code units.
         */
        long toLatin1OrUtf16(long srcCodeUnits, int firstNonLatin1) {
            long ptr = realloc(0, 0, 2, srcCodeUnits);
            if (firstNonLatin1 < 0) {
                byte[] latin1 = value.getBytes(StandardCharsets.ISO_8859_1);
                memory.write(ptr, latin1, 0, latin1.length);
                if (latin1.length < srcCodeUnits) {
                    ptr = realloc(ptr, srcCodeUnits, 2, latin1.length);
                }
                return pack(ptr, latin1.length);
            }
            int prefix = firstNonLatin1;
            byte[] latin1Prefix = new byte[prefix];
            for (int i = 0; i < prefix; i++) {
                latin1Prefix[i] = (byte) value.charAt(i);
            }
            memory.write(ptr, latin1Prefix, 0, prefix);
            long worstCaseSize = 2 * srcCodeUnits;
            ptr = realloc(ptr, srcCodeUnits, 2, worstCaseSize);
            // The reference inflates in place, from the last byte down, reading what memory
            // holds now at the (possibly moved) pointer: read it back rather than assume realloc
            // preserved it.
            memory.read(ptr, latin1Prefix, 0, prefix);
            byte[] encoded = Utf16.encode(value, prefix);
            for (int i = 0; i < prefix; i++) {
                encoded[2 * i] = latin1Prefix[i];
                encoded[2 * i + 1] = 0;
            }
            memory.write(ptr, encoded, 0, encoded.length);
            if (worstCaseSize > encoded.length) {
                ptr = realloc(ptr, worstCaseSize, 2, encoded.length);
            }
            return pack(ptr, (encoded.length / 2) | UTF16_TAG);
        }

        /**
         * {@code store_probably_utf16_to_latin1_or_utf16} (a UTF-16-tagged {@code latin1+utf16}
         * source): write UTF-16; if every character fits in Latin-1, compact it in place to the
         * front and shrink with alignment 1. As in the reference, that last result is checked for
         * bounds only: realloc may return an odd pointer there although lifting a {@code
         * latin1+utf16} string requires 2-alignment.
         */
        long probablyUtf16ToLatin1OrUtf16(long srcCodeUnits, int firstNonLatin1) {
            long srcByteLength = 2 * srcCodeUnits;
            long ptr = realloc(0, 0, 2, srcByteLength);
            byte[] encoded = Utf16.encode(value, 0);
            if (firstNonLatin1 >= 0) {
                memory.write(ptr, encoded, 0, encoded.length);
                return pack(ptr, (encoded.length / 2) | UTF16_TAG);
            }
            // Writing UTF-16 then moving every low byte to the front leaves the Latin-1 bytes
            // followed by the second half of the UTF-16 bytes.
            int latin1Size = encoded.length / 2;
            for (int i = 0; i < latin1Size; i++) {
                encoded[i] = encoded[2 * i];
            }
            memory.write(ptr, encoded, 0, encoded.length);
            ptr = realloc(ptr, srcByteLength, 1, latin1Size);
            return pack(ptr, latin1Size);
        }
    }

    /**
     * The reference asserts that no size passed to realloc exceeds {@link #REALLOC_I32_MAX}; that
     * holds for every string lifted from a component (at most {@link #MAX_STRING_BYTE_LENGTH}
     * bytes), so only a huge host string can fail it. It traps at the point of the assertion, with
     * wasmtime's wording.
     */
    static void requireReallocSize(long newSize, int stringLength) {
        if (newSize > REALLOC_I32_MAX) {
            throw new Trap("string length of " + stringLength + " too large to copy into wasm");
        }
    }

    // ---------------------------------------------------------------------------------------
    // Character scans
    // ---------------------------------------------------------------------------------------

    /** Index of the first {@code char >= 0x100}, or -1 when the string is all Latin-1. */
    static int firstNonLatin1(String value) {
        int n = value.length();
        for (int i = 0; i < n; i++) {
            if (value.charAt(i) >= 0x100) {
                return i;
            }
        }
        return -1;
    }

    static String hex4(int c) {
        String h = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        return "0000".substring(Math.min(4, h.length())) + h;
    }
}
