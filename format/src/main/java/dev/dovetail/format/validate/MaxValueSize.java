package dev.dovetail.format.validate;

import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.layout.Layout;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.format.validate.DefinedType.Kind;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The maximum value size rule: {@code elem_size(t, i64) < 2^28} for every defined value type
 * (CanonicalABI.md), with the sizes computed by abi-core's {@link Layout}.
 *
 * <p>Types share parts (a tuple of a tuple of ... defines exponentially large trees from a few
 * definitions), so each defined type is measured once: abi-core sees one level at a time, each part
 * standing in as a fixed list of the part's size and alignment, which {@code elem_size} treats
 * exactly like the part itself.
 */
final class MaxValueSize {
    /** Every value type must have an {@code i64} element size strictly below this: 2^28. */
    static final long LIMIT = Layout.MAX_VALUE_SIZE;

    private static final long[] TOO_LARGE = {Long.MAX_VALUE, 1};

    private final Map<DefinedType, long[]> measured = new IdentityHashMap<>();

    /** Whether {@code v} breaks the rule. */
    boolean exceeded(ValueType v) {
        return sizeAndAlignment(v)[0] >= LIMIT;
    }

    /** {@code {elem_size(v, i64), alignment(v, i64)}}, saturated beyond the limit. */
    long[] sizeAndAlignment(ValueType v) {
        if (v instanceof PrimitiveType p) {
            return new long[] {
                Layout.elemSize(p.prim(), AddrType.I64), Layout.alignment(p.prim(), AddrType.I64)
            };
        }
        DefinedType d = (DefinedType) v;
        long[] known = measured.get(d);
        if (known != null) {
            return known;
        }
        long[] out = measure(d);
        measured.put(d, out);
        return out;
    }

    private long[] measure(DefinedType d) {
        if (d.kind == Kind.FIXED_LIST && d.length >= LIMIT) {
            return TOO_LARGE; // every element takes at least a byte; also beyond an int length
        }
        boolean[] partTooLarge = {false};
        ValType level =
                PublicTypes.oneLevel(
                        d,
                        part -> {
                            if (part == null) {
                                return null;
                            }
                            long[] sa = sizeAndAlignment(part);
                            if (sa[0] >= LIMIT) {
                                partTooLarge[0] = true;
                                return PrimType.U8;
                            }
                            return standIn(sa[0], (int) sa[1]);
                        });
        if (partTooLarge[0]) {
            return TOO_LARGE;
        }
        return new long[] {
            Layout.elemSize(level, AddrType.I64), Layout.alignment(level, AddrType.I64)
        };
    }

    /** A type of this size and alignment (sizes are multiples of their alignment). */
    private static ValType standIn(long size, int alignment) {
        PrimType unit =
                switch (alignment) {
                    case 1 -> PrimType.U8;
                    case 2 -> PrimType.U16;
                    case 4 -> PrimType.U32;
                    default -> PrimType.U64;
                };
        int count = (int) (size / alignment);
        return count == 1 ? unit : ListType.fixed(unit, count);
    }
}
