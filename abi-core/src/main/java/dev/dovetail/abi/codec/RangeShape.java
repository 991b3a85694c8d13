package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.type.ValType;

/**
 * The shape of the values that live in a separately allocated range of memory and are passed as a
 * {@code (pointer, length)} pair: {@code string}, {@code list<T>} and {@code map<K, V>}. Flat, the
 * pair is two {@code i32}s; in memory, two consecutive {@code i32}s. Subclasses only fill and read
 * the range, for their value representation {@code V}.
 *
 * @param <V> the value representation
 */
public abstract class RangeShape<V> extends Codec<V> {
    protected RangeShape(ValType type) {
        super(type);
    }

    /**
     * Allocates and fills the range for {@code v}; returns {@link #pack(long, long)} of the pointer
     * and the length in the type's unit (elements, or tagged code units for strings).
     */
    protected abstract long lowerRange(LiftLowerContext cx, V v);

    /** Checks and reads the range {@code (ptr, length)} given by the guest (unsigned values). */
    protected abstract V liftRange(LiftLowerContext cx, long ptr, long length);

    @Override
    public final void lowerFlat(LiftLowerContext cx, V v, FlatSink out) {
        Canon.lowerRangeFlat(lowerRange(cx, v), out);
    }

    @Override
    public final V liftFlat(LiftLowerContext cx, FlatSource in) {
        long packed = Canon.liftRangeFlat(in);
        return liftRange(cx, packed >>> 32, packed & 0xFFFF_FFFFL);
    }

    @Override
    public final void store(LiftLowerContext cx, V v, long ptr) {
        Canon.storeRange(cx.requireMemory(), ptr, lowerRange(cx, v));
    }

    @Override
    public final V load(LiftLowerContext cx, long ptr) {
        long packed = Canon.loadRange(cx.requireMemory(), ptr);
        return liftRange(cx, packed >>> 32, packed & 0xFFFF_FFFFL);
    }

    /** {@code (ptr << 32) | length}. */
    protected static long pack(long ptr, long length) {
        return Canon.packRange(ptr, length);
    }
}
