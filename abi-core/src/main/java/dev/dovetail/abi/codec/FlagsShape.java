package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.type.ValType;

/**
 * The shape of {@code flags} (at most 32 labels): one {@code i32} flat, 1, 2 or 4 bytes in memory,
 * bit {@code i} set when label {@code i} is. Subclasses only pack their value representation {@code
 * V} into bits and back; bits beyond the last label are cleared before {@link #unpack}, as the
 * specification ignores them on lift.
 *
 * @param <V> the value representation
 */
public abstract class FlagsShape<V> extends Codec<V> {
    private final int mask;

    protected FlagsShape(ValType type, int labelCount) {
        super(type);
        this.mask = labelCount == 32 ? -1 : (1 << labelCount) - 1;
    }

    /** {@code pack_flags_into_int}. */
    protected abstract int pack(V v);

    /** {@code unpack_flags_from_int}, given only the bits of known labels. */
    protected abstract V unpack(int bits);

    @Override
    public final void lowerFlat(LiftLowerContext cx, V v, FlatSink out) {
        out.putI32(pack(v));
    }

    @Override
    public final V liftFlat(LiftLowerContext cx, FlatSource in) {
        return unpack(in.i32() & mask);
    }

    @Override
    public final void store(LiftLowerContext cx, V v, long ptr) {
        Canon.storeUnsigned(cx.requireMemory(), ptr, size(), pack(v));
    }

    @Override
    public final V load(LiftLowerContext cx, long ptr) {
        return unpack((int) Canon.loadUnsigned(cx.requireMemory(), ptr, size()) & mask);
    }
}
