package dev.dovetail.format.validate;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Canonical ABI element size and alignment ({@code elem_size}/{@code alignment} of
 * CanonicalABI.md), computed with 64-bit pointers for the maximum-value-size rule.
 */
final class Layout {
    /** Every value type must have {@code elem_size(t, i64) < 2^28}. */
    static final long MAX_BYTE_SIZE = 1L << 28;

    private final int ptr;
    private final Map<Ty.D, long[]> memo = new IdentityHashMap<>();

    Layout(int ptrSize) {
        this.ptr = ptrSize;
    }

    /** {size, alignment}. */
    long[] of(Ty.V v) {
        if (v instanceof Ty.P p) {
            return switch (p.prim()) {
                case BOOL, S8, U8 -> new long[] {1, 1};
                case S16, U16 -> new long[] {2, 2};
                case S64, U64, F64 -> new long[] {8, 8};
                case STRING -> new long[] {2L * ptr, ptr};
                default -> new long[] {4, 4};
            };
        }
        Ty.D d = (Ty.D) v;
        long[] m = memo.get(d);
        if (m != null) {
            return m;
        }
        long[] out;
        switch (d.kind) {
            case LIST, MAP -> out = new long[] {2L * ptr, ptr};
            case OWN, BORROW, STREAM, FUTURE -> out = new long[] {4, 4};
            case FIXED_LIST -> {
                long[] e = of(d.kids.get(0));
                out = new long[] {e[0] * d.length, e[1]};
            }
            case RECORD, TUPLE -> {
                long size = 0;
                long align = 1;
                for (Ty.V k : d.kids) {
                    long[] f = of(k);
                    size = alignTo(size, f[1]) + f[0];
                    align = Math.max(align, f[1]);
                }
                out = new long[] {alignTo(size, align), align};
            }
            case FLAGS -> {
                int n = d.labels.size();
                long s = n <= 8 ? 1 : n <= 16 ? 2 : 4;
                out = new long[] {s, s};
            }
            case ENUM -> {
                long s = discSize(d.labels.size());
                out = new long[] {s, s};
            }
            default -> {
                // variant, option, result
                int cases = d.kind == Ty.Kind.VARIANT ? d.labels.size() : 2;
                long disc = discSize(cases);
                long maxSize = 0;
                long maxAlign = 1;
                for (Ty.V k : d.kids) {
                    if (k != null) {
                        long[] c = of(k);
                        maxSize = Math.max(maxSize, c[0]);
                        maxAlign = Math.max(maxAlign, c[1]);
                    }
                }
                long align = Math.max(disc, maxAlign);
                out = new long[] {alignTo(alignTo(disc, maxAlign) + maxSize, align), align};
            }
        }
        memo.put(d, out);
        return out;
    }

    private static long discSize(int n) {
        return n <= 256 ? 1 : n <= 65536 ? 2 : 4;
    }

    private static long alignTo(long x, long a) {
        return (x + a - 1) / a * a;
    }
}
