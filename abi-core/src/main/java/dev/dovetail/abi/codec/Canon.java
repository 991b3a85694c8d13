package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.LinearMemory;
import dev.dovetail.abi.Trap;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.layout.Layout;

/**
 * The primitive operations of the Canonical ABI, shared by the {@link ValCodec} plans and by typed
 * codecs built on the same layout: integer wrapping, NaN canonicalization, {@code char} checks,
 * range checks and allocation through {@code realloc}, with the trap wordings of the reference
 * tests (constants below).
 *
 * <p>All addresses are for 32-bit memories: unsigned values below 2^32 in a {@code long}.
 */
public final class Canon {
    public static final String INVALID_DISCRIMINANT = "invalid variant discriminant";
    public static final String INVALID_CHAR = "invalid `char` bit pattern";
    public static final String UNALIGNED_POINTER = "unaligned pointer";
    public static final String POINTER_OUT_OF_BOUNDS = "pointer out of bounds of memory";
    public static final String LIST_OUT_OF_BOUNDS = "list pointer/length out of bounds of memory";

    /**
     * A list whose byte length exceeds {@link Layout#MAX_LIST_BYTE_LENGTH}; contains {@link
     * #LIST_OUT_OF_BOUNDS} (wasmtime reports such a list as out of bounds).
     */
    public static final String LIST_TOO_LONG =
            LIST_OUT_OF_BOUNDS + " (byte length exceeds 2^28 - 1)";

    /** {@code realloc} returned a misaligned pointer; also contains {@link #UNALIGNED_POINTER}. */
    public static final String REALLOC_NOT_ALIGNED =
            "realloc return: result not aligned (" + UNALIGNED_POINTER + ")";

    /** {@code realloc} returned a range that does not fit in memory. */
    public static final String REALLOC_OUT_OF_BOUNDS = "realloc return: beyond end of memory";

    /** {@link #REALLOC_OUT_OF_BOUNDS} for list contents, with wasmtime's adapter wording too. */
    public static final String REALLOC_LIST_OUT_OF_BOUNDS =
            REALLOC_OUT_OF_BOUNDS + " (list content out-of-bounds)";

    /** Canonical NaN bit patterns. */
    public static final int CANONICAL_NAN32 = 0x7fc0_0000;

    public static final long CANONICAL_NAN64 = 0x7ff8_0000_0000_0000L;

    private static final float NAN32 = Float.intBitsToFloat(CANONICAL_NAN32);
    private static final double NAN64 = Double.longBitsToDouble(CANONICAL_NAN64);

    private Canon() {}

    // ---- memory plumbing shared by the dynamic and the typed codecs -------------------------

    /** Stores the low {@code size} bytes (1, 2 or 4) of {@code value}: discriminants, flags. */
    public static void storeUnsigned(LinearMemory memory, long ptr, int size, int value) {
        switch (size) {
            case 1 -> memory.writeI8(ptr, (byte) value);
            case 2 -> memory.writeI16(ptr, (short) value);
            default -> memory.writeI32(ptr, value);
        }
    }

    /** Loads an unsigned value of {@code size} bytes (1, 2 or 4). */
    public static long loadUnsigned(LinearMemory memory, long ptr, int size) {
        return switch (size) {
            case 1 -> memory.readI8(ptr) & 0xFFL;
            case 2 -> memory.readI16(ptr) & 0xFFFFL;
            default -> memory.readI32(ptr) & 0xFFFF_FFFFL;
        };
    }

    /** A {@code (pointer, length)} pair packed as {@code (ptr << 32) | length}. */
    public static long packRange(long ptr, long length) {
        return (ptr << 32) | (length & 0xFFFF_FFFFL);
    }

    /** Appends a packed {@code (pointer, length)} pair as two flat {@code i32}s. */
    public static void lowerRangeFlat(long packed, FlatSink out) {
        out.putI32((int) (packed >>> 32));
        out.putI32((int) packed);
    }

    /** Reads two flat {@code i32}s as a packed, unsigned {@code (pointer, length)} pair. */
    public static long liftRangeFlat(FlatSource in) {
        long ptr = in.u32();
        return packRange(ptr, in.u32());
    }

    /** Stores a packed {@code (pointer, length)} pair as two {@code i32}s at {@code ptr}. */
    public static void storeRange(LinearMemory memory, long ptr, long packed) {
        memory.writeI32(ptr, (int) (packed >>> 32));
        memory.writeI32(ptr + 4, (int) packed);
    }

    /** Loads the packed, unsigned {@code (pointer, length)} pair stored at {@code ptr}. */
    public static long loadRange(LinearMemory memory, long ptr) {
        return packRange(memory.readI32(ptr) & 0xFFFF_FFFFL, memory.readI32(ptr + 4));
    }

    // ---- numbers -----------------------------------------------------------------------------

    /**
     * {@code lift_flat_unsigned}: the low {@code bits} bits of a core value, as a non-negative
     * number (for {@code bits} of 8, 16, 32; 64 returns the bits unchanged, to be read unsigned).
     * The upper bits of the core value are ignored, which also covers sign-extended slots.
     */
    public static long liftUnsigned(long coreValue, int bits) {
        return bits == 64 ? coreValue : coreValue & ((1L << bits) - 1);
    }

    /** {@code lift_flat_signed}: the low {@code bits} bits of a core value, sign-extended. */
    public static long liftSigned(long coreValue, int bits) {
        int shift = 64 - bits;
        return (coreValue << shift) >> shift;
    }

    /** {@code canonicalize_nan32}: any NaN becomes the canonical NaN, other values keep bits. */
    public static float canonicalizeNan32(float f) {
        return f != f ? NAN32 : f;
    }

    /** {@code canonicalize_nan64}. */
    public static double canonicalizeNan64(double d) {
        return d != d ? NAN64 : d;
    }

    /** {@code decode_i32_as_float}: reinterpret then canonicalize. */
    public static float decodeF32(int bits) {
        return canonicalizeNan32(Float.intBitsToFloat(bits));
    }

    /** {@code decode_i64_as_float}: reinterpret then canonicalize. */
    public static double decodeF64(long bits) {
        return canonicalizeNan64(Double.longBitsToDouble(bits));
    }

    /**
     * {@code encode_float_as_i32} as Dovetail does it: the host's bits unchanged. The specification
     * lets an implementation replace a NaN by an arbitrary NaN ({@code maybe_scramble_nan32});
     * keeping the bits is one of the allowed choices and is deterministic.
     */
    public static int encodeF32(float f) {
        return Float.floatToRawIntBits(f);
    }

    /** {@code encode_float_as_i64}: the host's bits unchanged (see {@link #encodeF32}). */
    public static long encodeF64(double d) {
        return Double.doubleToRawLongBits(d);
    }

    /** {@code convert_int_to_bool}: any non-zero value is {@code true}. */
    public static boolean toBool(int i) {
        return i != 0;
    }

    /**
     * {@code convert_i32_to_char}: traps with {@link #INVALID_CHAR} unless {@code i} (unsigned) is
     * a Unicode scalar value.
     */
    public static int liftChar(int i) {
        if (Integer.compareUnsigned(i, 0x110000) >= 0 || (i >= 0xD800 && i <= 0xDFFF)) {
            throw new Trap(INVALID_CHAR);
        }
        return i;
    }

    /** The discriminant {@code d} (unsigned) checked against {@code caseCount}. */
    public static int checkDiscriminant(long d, int caseCount) {
        if (d < 0 || d >= caseCount) {
            throw new Trap(INVALID_DISCRIMINANT);
        }
        return (int) d;
    }

    // ---- memory ranges -----------------------------------------------------------------------

    /** Whether {@code [ptr, ptr + length)} (unsigned ptr, length ≥ 0) lies within {@code size}. */
    public static boolean inBounds(long ptr, long length, long size) {
        return ptr >= 0 && length >= 0 && length <= size && ptr <= size - length;
    }

    /**
     * The checks of {@code load_list_from_range}, in the reference's order: the byte length ({@link
     * #LIST_TOO_LONG}), the alignment ({@link #UNALIGNED_POINTER}), then the bounds ({@link
     * #LIST_OUT_OF_BOUNDS}). Returns the byte length.
     */
    public static int checkListRange(
            LinearMemory memory, long ptr, long length, int elemSize, int alignment) {
        long byteLength = length * elemSize; // length < 2^32, elemSize < 2^28: no overflow
        if (byteLength > Layout.MAX_LIST_BYTE_LENGTH) {
            throw new Trap(LIST_TOO_LONG);
        }
        if (!Layout.isAligned(ptr, alignment)) {
            throw new Trap(UNALIGNED_POINTER);
        }
        if (!inBounds(ptr, byteLength, memory.byteSize())) {
            throw new Trap(LIST_OUT_OF_BOUNDS);
        }
        return (int) byteLength;
    }

    /**
     * The checks of a pointer to spilled parameters or results (in {@code lift_flat_values} and
     * {@code lower_flat_values}): alignment ({@link #UNALIGNED_POINTER}), then bounds ({@link
     * #POINTER_OUT_OF_BOUNDS}).
     */
    public static void checkPointer(LinearMemory memory, long ptr, int alignment, long size) {
        if (!Layout.isAligned(ptr, alignment)) {
            throw new Trap(UNALIGNED_POINTER);
        }
        if (!inBounds(ptr, size, memory.byteSize())) {
            throw new Trap(POINTER_OUT_OF_BOUNDS);
        }
    }

    /**
     * {@code cx.allocate(alignment, size)} then the checks the reference performs on its result:
     * alignment first ({@link #REALLOC_NOT_ALIGNED}), then bounds ({@code outOfBoundsMessage}). The
     * result of {@code realloc} is taken as an unsigned {@code i32} (upper bits ignored, so a
     * sign-extended core value works). Returns the pointer.
     */
    public static long allocate(
            LiftLowerContext cx, int alignment, long size, String outOfBoundsMessage) {
        long ptr = cx.requireRealloc().realloc(0, 0, alignment, size) & 0xFFFF_FFFFL;
        if (!Layout.isAligned(ptr, alignment)) {
            throw new Trap(REALLOC_NOT_ALIGNED);
        }
        if (!inBounds(ptr, size, cx.requireMemory().byteSize())) {
            throw new Trap(outOfBoundsMessage);
        }
        return ptr;
    }

    /** {@link #allocate(LiftLowerContext, int, long, String)} for list contents. */
    public static long allocateList(LiftLowerContext cx, int alignment, long byteLength) {
        if (byteLength > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(
                    "list of " + byteLength + " bytes does not fit in a 32-bit memory");
        }
        return allocate(cx, alignment, byteLength, REALLOC_LIST_OUT_OF_BOUNDS);
    }
}
