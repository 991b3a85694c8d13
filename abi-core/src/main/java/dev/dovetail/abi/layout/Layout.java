package dev.dovetail.abi.layout;

import dev.dovetail.abi.type.BorrowType;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.FutureType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.MapType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.OwnType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.StreamType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Memory layout of value types as the Canonical ABI defines it (sections <i>Despecialization</i>,
 * <i>Alignment</i> and <i>Element Size</i> of the specification): alignment, element size,
 * discriminants, field and payload offsets.
 *
 * <p>Despecialization is structural: a {@code tuple} is laid out as a record of its element types,
 * {@code enum}, {@code option} and {@code result} as variants of their case payload types ({@link
 * #caseTypes}), and {@code map<K, V>} as {@code list<tuple<K, V>>} ({@link #mapEntryType}). Nothing
 * here looks at values.
 *
 * <p>Sizes are computed as {@code long} so that a type that breaks the maximum value size rule
 * ({@link #checkMaxValueSize}) cannot overflow; for valid types they fit comfortably in an {@code
 * int}.
 */
public final class Layout {
    /** The largest byte length of a list (and string) that may be lifted: 2^28 - 1. */
    public static final long MAX_LIST_BYTE_LENGTH = (1L << 28) - 1;

    /** Every value type must have {@code elemSize(t, I64)} strictly below this: 2^28. */
    public static final long MAX_VALUE_SIZE = 1L << 28;

    private Layout() {}

    // ---- despecialization -------------------------------------------------------------------

    /**
     * The field types of a record-like type ({@code record}, {@code tuple}) in order, or {@code
     * null} if {@code t} is not record-like.
     */
    public static List<ValType> fieldTypes(ValType t) {
        if (t instanceof RecordType r) {
            List<ValType> out = new ArrayList<>(r.fields().size());
            for (Field f : r.fields()) {
                out.add(f.type());
            }
            return Collections.unmodifiableList(out);
        }
        if (t instanceof TupleType tt) {
            return tt.types();
        }
        return null;
    }

    /**
     * The case payload types of a variant-like type ({@code variant}, {@code enum}, {@code option}
     * = {@code [none, some(T)]}, {@code result} = {@code [ok(T?), error(E?)]}); a case without
     * payload is a {@code null} element. Returns {@code null} if {@code t} is not variant-like.
     */
    public static List<ValType> caseTypes(ValType t) {
        if (t instanceof VariantType v) {
            List<ValType> out = new ArrayList<>(v.cases().size());
            for (Case c : v.cases()) {
                out.add(c.type());
            }
            return Collections.unmodifiableList(out);
        }
        if (t instanceof EnumType e) {
            return Collections.nCopies(e.labels().size(), null);
        }
        if (t instanceof OptionType o) {
            return Collections.unmodifiableList(Arrays.asList(null, o.type()));
        }
        if (t instanceof ResultType r) {
            return Collections.unmodifiableList(Arrays.asList(r.ok(), r.err()));
        }
        return null;
    }

    /** The element type of {@code map<K, V>} seen as {@code list<tuple<K, V>>}. */
    public static TupleType mapEntryType(MapType m) {
        return TupleType.of(m.key(), m.value());
    }

    /** Number of cases of a variant-like type, or -1. */
    public static int caseCount(ValType t) {
        if (t instanceof VariantType v) {
            return v.cases().size();
        }
        if (t instanceof EnumType e) {
            return e.labels().size();
        }
        if (t instanceof OptionType || t instanceof ResultType) {
            return 2;
        }
        return -1;
    }

    // ---- alignment ----------------------------------------------------------------------------

    /** {@code alignment(t, addr)}: 1, 2, 4 or 8. */
    public static int alignment(ValType t, AddrType addr) {
        if (t instanceof PrimType p) {
            return p == PrimType.STRING ? addr.size() : primSize(p, addr);
        }
        if (t instanceof ListType l) {
            return l.isFixed() ? alignment(l.element(), addr) : addr.size();
        }
        if (t instanceof MapType) {
            return addr.size();
        }
        List<ValType> fields = fieldTypes(t);
        if (fields != null) {
            return alignmentRecord(fields, addr);
        }
        List<ValType> cases = caseTypes(t);
        if (cases != null) {
            return alignmentVariant(cases, addr);
        }
        if (t instanceof FlagsType f) {
            return flagsSize(f.labels().size());
        }
        if (t instanceof OwnType
                || t instanceof BorrowType
                || t instanceof StreamType
                || t instanceof FutureType) {
            return 4;
        }
        throw new IllegalArgumentException("unknown value type " + t);
    }

    /** Alignment of a record with these field types: the largest field alignment, at least 1. */
    public static int alignmentRecord(List<ValType> fieldTypes, AddrType addr) {
        int a = 1;
        for (ValType f : fieldTypes) {
            a = Math.max(a, alignment(f, addr));
        }
        return a;
    }

    /** Alignment of a variant with these case payload types ({@code null} = no payload). */
    public static int alignmentVariant(List<ValType> caseTypes, AddrType addr) {
        return Math.max(discriminantSize(caseTypes.size()), maxCaseAlignment(caseTypes, addr));
    }

    /** The largest alignment of the case payloads, at least 1. */
    public static int maxCaseAlignment(List<ValType> caseTypes, AddrType addr) {
        int a = 1;
        for (ValType c : caseTypes) {
            if (c != null) {
                a = Math.max(a, alignment(c, addr));
            }
        }
        return a;
    }

    /**
     * {@code discriminant_type}: {@code u8} up to 256 cases, {@code u16} up to 65536, else {@code
     * u32}.
     */
    public static PrimType discriminantType(int caseCount) {
        if (caseCount <= 0) {
            throw new IllegalArgumentException("a variant needs at least one case: " + caseCount);
        }
        if (caseCount <= 1 << 8) {
            return PrimType.U8;
        }
        if (caseCount <= 1 << 16) {
            return PrimType.U16;
        }
        return PrimType.U32;
    }

    /** Byte size (and alignment) of the discriminant for {@code caseCount} cases: 1, 2 or 4. */
    public static int discriminantSize(int caseCount) {
        return switch (discriminantType(caseCount)) {
            case U8 -> 1;
            case U16 -> 2;
            default -> 4;
        };
    }

    /** Byte size (and alignment) of a flags value with {@code n} labels: 1, 2 or 4. */
    public static int flagsSize(int n) {
        if (n <= 0 || n > FlagsType.MAX_FLAGS) {
            throw new IllegalArgumentException("flags must have 1 to 32 labels: " + n);
        }
        if (n <= 8) {
            return 1;
        }
        if (n <= 16) {
            return 2;
        }
        return 4;
    }

    // ---- element size -------------------------------------------------------------------------

    /** {@code elem_size(t, addr)}: the byte size of {@code t} stored in memory. */
    public static long elemSize(ValType t, AddrType addr) {
        if (t instanceof PrimType p) {
            return primSize(p, addr);
        }
        if (t instanceof ListType l) {
            return l.isFixed()
                    ? saturatingMultiply(l.length(), elemSize(l.element(), addr))
                    : 2L * addr.size();
        }
        if (t instanceof MapType) {
            return 2L * addr.size();
        }
        List<ValType> fields = fieldTypes(t);
        if (fields != null) {
            return elemSizeRecord(fields, addr);
        }
        List<ValType> cases = caseTypes(t);
        if (cases != null) {
            return elemSizeVariant(cases, addr);
        }
        if (t instanceof FlagsType f) {
            return flagsSize(f.labels().size());
        }
        if (t instanceof OwnType
                || t instanceof BorrowType
                || t instanceof StreamType
                || t instanceof FutureType) {
            return 4;
        }
        throw new IllegalArgumentException("unknown value type " + t);
    }

    private static int primSize(PrimType p, AddrType addr) {
        return switch (p) {
            case BOOL, S8, U8 -> 1;
            case S16, U16 -> 2;
            case S32, U32, F32, CHAR, ERROR_CONTEXT -> 4;
            case S64, U64, F64 -> 8;
            case STRING -> 2 * addr.size();
        };
    }

    /** Size of a record with these field types, padded to its alignment. */
    public static long elemSizeRecord(List<ValType> fieldTypes, AddrType addr) {
        long s = 0;
        for (ValType f : fieldTypes) {
            s = alignTo(s, alignment(f, addr));
            s = saturatingAdd(s, elemSize(f, addr));
        }
        return alignTo(s, alignmentRecord(fieldTypes, addr));
    }

    /**
     * Offsets of the fields of a record with these field types: each field at the next multiple of
     * its alignment after the previous one.
     */
    public static long[] fieldOffsets(List<ValType> fieldTypes, AddrType addr) {
        long[] offsets = new long[fieldTypes.size()];
        long s = 0;
        for (int i = 0; i < offsets.length; i++) {
            ValType f = fieldTypes.get(i);
            s = alignTo(s, alignment(f, addr));
            offsets[i] = s;
            s = saturatingAdd(s, elemSize(f, addr));
        }
        return offsets;
    }

    /** Offset of the payload of a variant with these case types: discriminant, then padding. */
    public static long payloadOffset(List<ValType> caseTypes, AddrType addr) {
        return alignTo(discriminantSize(caseTypes.size()), maxCaseAlignment(caseTypes, addr));
    }

    /** Size of a variant with these case payload types. */
    public static long elemSizeVariant(List<ValType> caseTypes, AddrType addr) {
        long s = payloadOffset(caseTypes, addr);
        long cs = 0;
        for (ValType c : caseTypes) {
            if (c != null) {
                cs = Math.max(cs, elemSize(c, addr));
            }
        }
        return alignTo(saturatingAdd(s, cs), alignmentVariant(caseTypes, addr));
    }

    /** {@code align_to}: the smallest multiple of {@code alignment} at least {@code ptr}. */
    public static long alignTo(long ptr, int alignment) {
        if (ptr > Long.MAX_VALUE - alignment) {
            return Long.MAX_VALUE;
        }
        return (ptr + alignment - 1) / alignment * alignment;
    }

    /** {@code align_to} for int offsets. */
    public static int alignTo(int ptr, int alignment) {
        return (ptr + alignment - 1) / alignment * alignment;
    }

    /** Whether {@code ptr} (unsigned) is a multiple of {@code alignment} (a power of two). */
    public static boolean isAligned(long ptr, int alignment) {
        return (ptr & (alignment - 1)) == 0;
    }

    // ---- validation ---------------------------------------------------------------------------

    /**
     * The maximum value size rule: {@code elem_size(t, 'i64')} must be below 2^28 for every value
     * type a component defines. Also rejects the structural errors a {@link ValType} constructor
     * cannot see. Throws {@link IllegalArgumentException} naming the type.
     */
    public static void checkMaxValueSize(ValType t) {
        long size = elemSize(t, AddrType.I64);
        if (size >= MAX_VALUE_SIZE) {
            throw new IllegalArgumentException(
                    "type "
                            + t
                            + " is too large: its size with 64-bit pointers is "
                            + (size == Long.MAX_VALUE ? "over 2^62" : Long.toString(size))
                            + " bytes, the maximum is 2^28 - 1");
        }
    }

    static long saturatingMultiply(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    static long saturatingAdd(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
